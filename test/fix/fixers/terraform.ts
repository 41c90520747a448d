// Terraform for the tests that check the generated HCL: offline (the provider from a filesystem
// mirror, a plugin cache shared by the run, the machine's AWS and Terraform settings kept out). When
// Terraform or the mirror is missing, the suite says so in one line and skips.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const TERRAFORM = process.env.TERRAFORM || 'terraform'
const MIRROR = resolve(process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins')

/** True when Terraform cannot run here, after printing the one line that says why `suite` skips. */
export function lacksTerraform(suite: string): boolean {
  const version = spawnSync(TERRAFORM, ['version'], { encoding: 'utf8' })
  const why = version.error ? `'${TERRAFORM}' is not installed` : !existsSync(MIRROR) ? `the provider mirror ${MIRROR} is missing` : undefined
  if (why) process.stdout.write(`${suite}: skipped, ${why}\n`)
  return why !== undefined
}

let environment: NodeJS.ProcessEnv | undefined

function offlineEnv(): NodeJS.ProcessEnv {
  if (environment) return environment
  const root = mkdtempSync(join(tmpdir(), 'elb-ir-tf-'))
  const config = join(root, 'terraform.rc')
  writeFileSync(config, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(MIRROR)}\n    include = ["registry.terraform.io/*/*"]\n  }\n}\nplugin_cache_dir = ${JSON.stringify(join(root, 'cache'))}\n`)
  spawnSync('mkdir', ['-p', join(root, 'cache')])
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!/^(AWS_|TF_)/.test(key)) env[key] = value
  return (environment = { ...env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' })
}

export function terraform(args: string[], cwd: string, input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(TERRAFORM, args, { cwd, env: offlineEnv(), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input ?? '')
  })
}
