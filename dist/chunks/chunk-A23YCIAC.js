import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);

// src/util/inside.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function isWithin(outer, inner) {
  const rel = path.relative(outer, inner);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function realPath(file) {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
function staysInside(root, file) {
  const rootReal = realPath(root) ?? path.resolve(root);
  const fileReal = realPath(file);
  return fileReal !== null && isWithin(rootReal, fileReal);
}
function shownPath(root, file) {
  const absolute = path.resolve(root, file);
  return isWithin(path.resolve(root), absolute) ? path.relative(path.resolve(root), absolute).split(path.sep).join("/") || "." : file;
}

export {
  realPath,
  staysInside,
  shownPath
};
