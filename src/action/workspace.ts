// Where the action reads: the repository (workspace), the working directory in it, and the configuration.
// Every read stays inside the repository.

import path from 'node:path'
import { statSync } from 'node:fs'
import { InputError } from '../errors.js'
import { plainLine } from '../report/escape.js'
import { realPath, staysInside } from '../util/inside.js'
import type { ActionInputs } from './inputs.js'
import type { ActionIO } from './io.js'
import { toPosix } from '../util/inside.js'

export interface ActionPlaces {
  workspace: string
  workingDir: string
  /** The working directory relative to the repository root, forward slashes; `.` for the root. */
  workingRel: string
  /** False when the working directory leads out of the repository: its files are then not read. */
  workingInside: boolean
  /** The `config` input, resolved; undefined when not given. */
  configPath: string | undefined
  /** The configuration files looked for when `config` is not given, nearest first. */
  defaultConfigs: string[]
}

export function placesOf(inputs: ActionInputs, io: ActionIO): ActionPlaces {
  const workspace = path.resolve(io.env.GITHUB_WORKSPACE || io.cwd)
  const workingDir = path.resolve(workspace, inputs.workingDirectory)
  if (!statSync(workingDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(inputs.workingDirectory, 'is not a directory in the repository', 'Set `working-directory` to the folder with the .tf files the plan was made from')
  }
  const workingRel = toPosix(path.relative(workspace, workingDir)) || '.'
  // A working directory that leads out of the repository (a link, `..`) is not read.
  const workingInside = staysInside(workspace, workingDir)
  if (!workingInside) io.warning(`elb-ir-check: working-directory ${plainLine(inputs.workingDirectory)} leads outside the repository, so its files are not read (no file and line on the findings)`)
  const configPath = inputs.config ? path.resolve(workspace, inputs.config) : undefined
  if (configPath && realPath(configPath) !== null && !staysInside(workspace, configPath)) {
    throw new InputError(inputs.config, 'lies outside the repository', 'Keep the configuration in the repository and give its path relative to the repository root')
  }
  const defaultConfigs = [...(workingInside ? [path.join(workingDir, '.elb-ir.yml')] : []), path.join(workspace, '.elb-ir.yml')]
  return { workspace, workingDir, workingRel, workingInside, configPath, defaultConfigs }
}
