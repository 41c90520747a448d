// Types of make-fix-fixtures.mjs for the tests that run its steps in-process.

export interface OfflineTerraform {
  tmpRoot: string
  env: Record<string, string>
  close(): void
}

export function offlineTerraform(prefix: string): Promise<OfflineTerraform>
export function fixSources(fixturesRoot: string): string[]
export function fixFolderOf(fixturesRoot: string, sourceFixture: string): string
export function changedTerraformFiles(patch: string): string[]
export function proveFix(sourceFixture: string, patch: string, offline: OfflineTerraform, work: string, options?: { plan?: boolean }): Promise<{ planJson: string; step?: undefined; detail?: undefined } | { step: string; detail: string; planJson?: undefined }>
export function makeFixFixture(
  sourceFixture: string,
  outFolder: string,
  options: { fix: (planFile: string, sourceDir: string) => Promise<string>; offline: OfflineTerraform }
): Promise<{ status: 'written' | 'nothing' | 'failed'; step?: string; detail?: string }>
