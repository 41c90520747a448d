// The version of this release. scripts/bump-version.mjs writes it here, in package.json and in
// package-lock.json; a test and the release workflow check that they agree.
export const VERSION = '0.1.0'
