// Replaced at bundle time from package.json; the fallback serves tests run from source.
declare const __ELB_IR_VERSION__: string | undefined
export const VERSION: string = typeof __ELB_IR_VERSION__ === 'string' ? __ELB_IR_VERSION__ : '0.0.0-dev'
