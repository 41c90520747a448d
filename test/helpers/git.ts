import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A git repository holding a copy of `dir` (at `subfolder` inside it), committed. */
export function gitRepositoryOf(dir: string, subfolder = '.'): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'elb-ir-git-'))
  cpSync(dir, path.join(repo, subfolder), { recursive: true })
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'sources')
  return repo
}

/** Runs `git apply <args> <patch>` in `cwd`; returns its exit status and stderr. */
export function gitApply(cwd: string, patch: string, args: string[] = []): { status: number | null; stderr: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'elb-ir-patch-')), 'fix.patch')
  writeFileSync(file, patch)
  const run = spawnSync('git', ['apply', ...args, file], { cwd, encoding: 'utf8' })
  return { status: run.status, stderr: run.stderr }
}
