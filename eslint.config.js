import path from 'node:path'
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

const SRC = path.join(import.meta.dirname, 'src')

/**
 * The layer table (../shared/spec/architecture.md; README, Development): each unit of src/ (a folder, or a
 * file at its top) with the units it may import. Anything else is an error, so a new folder must be
 * placed here (test/layers.test.ts checks that every unit is). The flow goes one way:
 * plan/ → model/ → rules/ → report/ → github/, config/ beside it, source/ on the model's side; the entries
 * (the command line, the action) use the rest and never each other.
 */
export const LAYERS = {
  // The shared vocabulary and helpers: they import nothing of the project.
  'errors.ts': [],
  'severity.ts': [],
  'version.ts': [],
  'rule-info.ts': ['severity.ts'],
  'util/': [],
  'generated/': [],
  'types/': [],
  // Terraform's language: values and built-in functions, for the source evaluator.
  'terraform-lang/': [],
  // The pipeline.
  'plan/': ['errors.ts', 'generated/', 'util/'],
  'model/': ['plan/', 'errors.ts', 'util/'],
  'config/': ['errors.ts', 'severity.ts', 'generated/', 'util/'],
  'rules/': ['model/', 'config/', 'rule-info.ts', 'severity.ts', 'util/'],
  'source/': ['model/', 'errors.ts', 'util/'],
  // Sources without a plan: a source folder evaluated into the plan-shaped document the model reads
  // (the ELB accounts of rules/aws-facts.ts name aws_elb_service_account, as the provider's table does).
  'source-plan/': ['terraform-lang/', 'source/', 'plan/', 'model/', 'rules/', 'errors.ts', 'util/'],
  'report/': ['rule-info.ts', 'model/', 'errors.ts', 'severity.ts', 'version.ts', 'generated/', 'util/'],
  'github/': ['report/', 'errors.ts', 'severity.ts', 'util/'],
  // The world before a plan judged as the planned one: what a change introduces, keeps and fixes.
  'change/': ['model/', 'plan/', 'severity.ts'],
  // A check of one plan, and of many (on worker threads); exemptions and suppression comments applied to its results.
  'suppressions.ts': ['config/', 'report/', 'source/', 'util/'],
  'check.ts': ['plan/', 'model/', 'change/', 'config/', 'rules/', 'source/', 'report/', 'suppressions.ts', 'errors.ts', 'severity.ts', 'version.ts', 'util/'],
  'run-plans.ts': ['check.ts', 'plan/', 'model/', 'config/', 'report/', 'errors.ts', 'severity.ts', 'util/'],
  'worker.ts': ['run-plans.ts'],
  // Sources judged without a plan: evaluated into a plan (source-plan/), then checked as a plan is.
  'run-sources.ts': ['check.ts', 'source-plan/', 'plan/', 'model/', 'config/', 'report/', 'errors.ts', 'util/'],
  'inputs.ts': ['errors.ts', 'util/'],
  // Fixes: fixers say what a failing finding needs in Terraform's terms; the patch writer edits the .tf files.
  'fix/': ['check.ts', 'run-plans.ts', 'plan/', 'model/', 'config/', 'rules/', 'source/', 'errors.ts', 'severity.ts', 'util/'],
  // The command line.
  'pre-commit.ts': ['errors.ts', 'util/'],
  'command.ts': ['check.ts', 'run-plans.ts', 'run-sources.ts', 'inputs.ts', 'pre-commit.ts', 'fix/', 'config/', 'report/', 'errors.ts', 'severity.ts', 'version.ts', 'util/'],
  'cli.ts': ['command.ts'],
  // The GitHub Action.
  'action/': ['github/', 'report/', 'config/', 'errors.ts', 'severity.ts', 'util/'],
  'main.ts': ['action/', 'check.ts', 'run-plans.ts', 'run-sources.ts', 'inputs.ts', 'fix/', 'github/', 'config/', 'report/', 'errors.ts', 'severity.ts', 'util/'],
  'index.ts': ['main.ts']
}

const unitPath = (unit) => path.join(SRC, unit.replace(/\/$/, ''))

/** import-x/no-restricted-paths zones: every unit may import only what LAYERS lists for it. */
function layerZones(layers) {
  const units = Object.keys(layers)
  return units.map((unit) => ({
    target: unitPath(unit),
    from: units.filter((other) => other !== unit && !layers[unit].includes(other)).map(unitPath),
    message: `src/${unit} imports only ${layers[unit].length > 0 ? layers[unit].map((u) => `src/${u}`).join(', ') : 'nothing of the project'} (the layer table in eslint.config.js).`
  }))
}

const layerRule = (layers) => ['error', { zones: layerZones(layers) }]

export default tseslint.config(
  { ignores: ['dist/**', 'src/generated/**', 'node_modules/**', 'fixtures/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off'
    }
  },
  {
    // Layers are checked on resolved paths: `./x.js` is the TypeScript file `./x.ts`. Static, type-only,
    // re-exported and dynamic (`import()`) imports all count.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: {
      'import-x/no-restricted-paths': layerRule(LAYERS),
      // An import the resolver cannot follow would pass the layer check unseen.
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }]
    }
  },
  {
    // The runner is reached through the ActionIO that the action's entry wires; the flow stays testable in-process.
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@actions/core', message: 'Use the ActionIO (src/action/io.ts); src/index.ts wires it to @actions/core.' }] }] }
  },
  {
    // Rules judge the model and nothing else: no files, no GitHub. (This list replaces the one above here.)
    files: ['src/rules/**/*.ts', 'src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['node:fs', 'node:fs/promises', 'node:child_process', 'node:http', 'node:https'], patterns: [{ group: ['@actions/*', '@octokit/*'], message: 'GitHub is reached from src/github/ only.' }] }]
    }
  }
)
