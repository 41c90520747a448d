// Runs the action's flow in-process (src/main.ts's run) with an ActionIO that records what the runner
// would receive: annotations, log lines, outputs, the failure line and the job summary.
import type { ActionIO, AnnotationProperties } from '../../src/main.js'
import { run } from '../../src/main.js'
import { actionEnvironment, type ActionEnv } from './action-runner.js'

export interface RecordedAnnotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: AnnotationProperties
}

export interface InProcessRun {
  code: number
  annotations: RecordedAnnotation[]
  /** Log lines, with `group:` and `endgroup` marking groups. */
  log: string[]
  outputs: Record<string, string>
  /** What setFailed was given, in order. */
  failed: string[]
  summary: string
}

/** Runs the action in this process; `io` replaces parts of the recorder (to make the runner fail, say). */
export async function runInProcess(options: ActionEnv, io: Partial<ActionIO> = {}): Promise<InProcessRun> {
  const { env } = actionEnvironment(options)
  const recorded: Omit<InProcessRun, 'code'> = { annotations: [], log: [], outputs: {}, failed: [], summary: '' }
  const annotate = (level: RecordedAnnotation['level']) => (message: string, properties: AnnotationProperties = {}) => recorded.annotations.push({ level, message, properties })
  const code = await run({
    env,
    cwd: options.workspace,
    error: annotate('error'),
    warning: annotate('warning'),
    notice: annotate('notice'),
    info: (message) => recorded.log.push(message),
    startGroup: (name) => recorded.log.push(`group: ${name}`),
    endGroup: () => recorded.log.push('endgroup'),
    setOutput: (name, value) => (recorded.outputs[name] = value),
    setFailed: (message) => recorded.failed.push(message),
    appendSummary: async (markdown) => {
      recorded.summary += markdown
    },
    ...io
  })
  return { code, ...recorded }
}
