import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  constructor(file, problem, remedy) {
    super(`${file}: ${problem}. ${remedy}`);
    this.file = file;
    this.problem = problem;
    this.remedy = remedy;
    this.name = "InputError";
  }
  file;
  problem;
  remedy;
};
var UsageError = class extends Error {
};
function specialFileKind(info) {
  if (info.isFile()) return null;
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export {
  InputError,
  UsageError,
  specialFileKind
};
