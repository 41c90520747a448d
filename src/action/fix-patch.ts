// The fix patch on the action's side: written to RUNNER_TEMP, named in the `fix-patch` output, shown in
// the job summary (folded, cut to a size the summary can hold), and a paragraph for the PR's summary
// comment that says how to apply it locally. The patch itself is made by src/fix/.

import path from 'node:path'
import { markdownCode, markdownFence } from '../report/escape.js'
import type { ActionIO } from './io.js'
import { writeOutputFile } from './outputs.js'

/** What of the patch the job summary shows; the whole patch is in the output file. */
export const MAX_SUMMARY_PATCH_BYTES = 30_000

export interface FixPatchPlaces {
  /** Where the patch file goes (RUNNER_TEMP). */
  directory: string
  /** The working directory relative to the repository root (`.` for the root). */
  workingRel: string
  /** The `plan` input, for the command that makes the patch locally. */
  plans: readonly string[]
  /** Tells this check's files apart from another's in the same job. */
  scope: string
}

export interface PublishedPatch {
  /** The patch file, or '' when nothing is fixable. */
  file: string
  /** For the job summary: the patch folded, or '' when there is none. */
  summary: string
  /** For the PR's summary comment: how to apply the patch locally, or '' when there is none. */
  howToApply: string
}

/** Writes the patch and sets the `fix-patch` output (empty when the patch is). */
export async function publishFixPatch(io: ActionIO, patch: string, files: number, places: FixPatchPlaces, redact: (text: string) => string = (text) => text): Promise<PublishedPatch> {
  if (patch === '') {
    io.setOutput('fix-patch', '')
    return { file: '', summary: '', howToApply: '' }
  }
  const file = path.join(places.directory, `elb-ir-fixes-${places.scope}.patch`)
  await writeOutputFile(file, patch, 'the fix patch')
  io.setOutput('fix-patch', file)
  io.info(`elb-ir-check: a patch that fixes findings in ${files} file(s) is in ${file} (output fix-patch)`)
  return { file, summary: summaryOf(patch, files, places, redact), howToApply: howToApply(places) }
}

/** `git apply` takes the patch from the repository root; paths in it are relative to the working directory. */
function gitApplyCommand(workingRel: string): string {
  return workingRel === '.' ? 'git apply elb-ir-fixes.patch' : `git apply --directory=${shellWord(workingRel)} elb-ir-fixes.patch`
}

function fixCommand(places: FixPatchPlaces): string {
  const plan = places.plans.length === 1 && !/[*?[{]/.test(places.plans[0]) ? places.plans[0] : 'plan.json'
  return `npx elb-ir-check fix --plan ${shellWord(plan)} --source-dir ${shellWord(places.workingRel)} --write`
}

/** A word the shell reads as it is. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

function howToApply(places: FixPatchPlaces): string {
  return `**Fix**: elb-ir-check has a patch for some of these findings. To apply it locally, from the repository root: ${markdownCode(fixCommand(places))} (with ${markdownCode('plan.json')} from ${markdownCode('terraform show -json')}), or save the patch from the job summary as ${markdownCode('elb-ir-fixes.patch')} and run ${markdownCode(gitApplyCommand(places.workingRel))}.`
}

/** The patch as the job summary shows it: values the plan marks sensitive hidden (the file keeps them), cut to size. */
function summaryOf(patch: string, files: number, places: FixPatchPlaces, redact: (text: string) => string): string {
  let shown = redact(patch)
  let note = shown === patch ? '' : `\n_Values the plan marks sensitive are hidden here; the patch file in the ${markdownCode('fix-patch')} output has them._\n`
  if (Buffer.byteLength(shown) > MAX_SUMMARY_PATCH_BYTES) {
    shown = Buffer.from(shown).subarray(0, MAX_SUMMARY_PATCH_BYTES).toString('utf8')
    shown = shown.slice(0, shown.lastIndexOf('\n') + 1)
    note += `\n_The patch is cut here (${Math.round(Buffer.byteLength(patch) / 1024)} KB in all). The whole patch is the file in the step's ${markdownCode('fix-patch')} output; or make it locally with ${markdownCode(fixCommand(places).replace(' --write', ' --output elb-ir-fixes.patch'))}._\n`
  }
  return `\n<details><summary>Fix patch: ${files} file(s) changed. Apply it from the repository root with ${markdownCode(gitApplyCommand(places.workingRel))}</summary>\n\n${markdownFence(shown.replace(/\n$/, ''), 'diff')}\n${note}\n</details>\n`
}
