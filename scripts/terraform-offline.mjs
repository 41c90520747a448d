// Offline Terraform for the fixture scripts (make-fixtures.mjs, make-change-fixtures.mjs,
// make-state-fixtures.mjs): the AWS provider from a filesystem mirror, the machine's AWS and Terraform
// settings kept out, dummy credentials, and a local stand-in for STS (provider blocks with assume_role
// call AssumeRole while they are configured).
//
// Environment: TERRAFORM (binary, default `terraform`), TF_PROVIDER_MIRROR (default /opt/tf-plugins).

import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { URLSearchParams } from 'node:url'

export const terraform = process.env.TERRAFORM || 'terraform'
export const mirror = path.resolve(process.env.TF_PROVIDER_MIRROR || '/opt/tf-plugins')

/** Checks that Terraform and the provider mirror are there; returns Terraform's version, or calls die. */
export function checkTerraform(die) {
  const version = spawnSync(terraform, ['version', '-json'], { encoding: 'utf8' })
  if (version.error) {
    die(
      version.error.code === 'ENOENT'
        ? `'${terraform}' was not found on PATH. Install Terraform 1.x (https://developer.hashicorp.com/terraform/install) or set TERRAFORM to its path.`
        : `cannot run '${terraform}': ${version.error.message}`,
    )
  }
  let terraformVersion = '?'
  try {
    terraformVersion = JSON.parse(version.stdout).terraform_version
  } catch {
    /* older Terraform without -json: keep '?' */
  }
  if (!fs.existsSync(mirror) || !fs.statSync(mirror).isDirectory()) {
    die(`provider mirror ${mirror} does not exist. Set TF_PROVIDER_MIRROR to a directory laid out as registry.terraform.io/hashicorp/aws/<version>/<os_arch>/ (see 'terraform providers mirror').`)
  }
  return terraformVersion
}

// --- a local stand-in for STS (assume_role in provider blocks) ----------------------------------
function startFakeSts() {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const params = new URLSearchParams(body)
      const action = params.get('Action')
      const ns = 'https://sts.amazonaws.com/doc/2011-06-15/'
      let xml
      if (action === 'AssumeRole') {
        const role = params.get('RoleArn') ?? 'arn:aws:iam::123456789012:role/unknown'
        const account = role.split(':')[4] || '123456789012'
        const expiration = new Date(Date.now() + 3600_000).toISOString()
        xml =
          `<AssumeRoleResponse xmlns="${ns}"><AssumeRoleResult><Credentials>` +
          `<AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId><SecretAccessKey>dummy</SecretAccessKey>` +
          `<SessionToken>dummy</SessionToken><Expiration>${expiration}</Expiration></Credentials>` +
          `<AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/fixture/fixture</Arn>` +
          `<AssumedRoleId>AROAIOSFODNN7EXAMPLE:fixture</AssumedRoleId></AssumedRoleUser>` +
          `</AssumeRoleResult><ResponseMetadata><RequestId>fixture</RequestId></ResponseMetadata></AssumeRoleResponse>`
      } else if (action === 'GetCallerIdentity') {
        xml =
          `<GetCallerIdentityResponse xmlns="${ns}"><GetCallerIdentityResult>` +
          `<Arn>arn:aws:iam::123456789012:user/fixture</Arn><UserId>AIDAIOSFODNN7EXAMPLE</UserId>` +
          `<Account>123456789012</Account></GetCallerIdentityResult>` +
          `<ResponseMetadata><RequestId>fixture</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
      } else {
        res.writeHead(400, { 'content-type': 'text/xml' })
        res.end(`<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>not supported offline: ${action}</Message></Error></ErrorResponse>`)
        return
      }
      res.writeHead(200, { 'content-type': 'text/xml' })
      res.end(xml)
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/**
 * A temporary root with the CLI configuration (provider mirror) and the STS stand-in running; `env` is
 * the environment for every Terraform command. Call close() when done (removes the temporary root).
 */
export async function offlineTerraform(prefix) {
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const cliConfig = path.join(tmpRoot, 'terraform.rc')
  fs.writeFileSync(
    cliConfig,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  )
  const sts = await startFakeSts()
  const env = { ...process.env }
  for (const k of Object.keys(env)) {
    // Keep the machine's AWS and Terraform settings out of the plans.
    if (/^(AWS_|TF_)/.test(k)) delete env[k]
  }
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    AWS_CONFIG_FILE: os.devNull,
    AWS_SHARED_CREDENTIALS_FILE: os.devNull,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${sts.address().port}`,
  })
  return {
    tmpRoot,
    env,
    close() {
      sts.close()
      fs.rmSync(tmpRoot, { recursive: true, force: true })
    },
  }
}

/** Runs Terraform; resolves to its exit code, stdout (bytes) and stderr (text). */
export function runTerraform(args, cwd, env) {
  return new Promise((resolve) => {
    const child = spawn(terraform, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    const err = []
    child.stdout.on('data', (c) => out.push(c))
    child.stderr.on('data', (c) => err.push(c))
    child.on('error', (e) => resolve({ code: -1, stdout: Buffer.alloc(0), stderr: String(e) }))
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }))
  })
}

/** Copies a configuration without Terraform's working files or earlier outputs. */
export function copyConfiguration(src, dest) {
  fs.cpSync(src, dest, {
    recursive: true,
    filter: (p) => {
      const name = path.basename(p)
      return !(name === '.terraform' || name === '.terraform.lock.hcl' || name === 'plan.json' || name.endsWith('.tfplan'))
    },
  })
}

/** The paths of a temporary root that must not appear in a written plan. */
export function leakedPath(text, tmpRoot, work) {
  return [tmpRoot, work, fs.realpathSync(tmpRoot)].find((p) => text.includes(p))
}
