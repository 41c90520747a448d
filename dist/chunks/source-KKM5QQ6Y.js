import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  ANY_RULE,
  PEER_SUPPRESSIONS,
  parseHcl,
  parseSuppressionComment,
  peerSuppressionsMarkdown
} from "./chunk-SNTJF7CY.js";
import {
  hclParser,
  isLocalSource,
  localModuleFolder,
  terraformFileOrder
} from "./chunk-TDRUQYC7.js";
import "./chunk-VVDX2ENP.js";

// src/source/index.ts
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
var RESOURCE_WIDE = /* @__PURE__ */ new Set(["checkov", "terrascan"]);
function resourceKey(mode, type, name) {
  return `${mode}|${type}|${name}`;
}
function errorCode(error) {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
function nestedBlocks(body, name) {
  const out = [];
  for (const item of body) {
    if (item.kind !== "block") continue;
    if (item.type === name && item.labels.length === 0) {
      out.push({ line: item.line, extra: [], body: item.body, dynamic: false });
    } else if (item.type === "dynamic" && item.labels.length === 1 && item.labels[0] === name) {
      const content = item.body.find(
        (c) => c.kind === "block" && c.type === "content" && c.labels.length === 0
      );
      out.push({ line: item.line, extra: content ? [content.line] : [], body: content?.body ?? [], dynamic: true });
    }
  }
  return out;
}
function walk(block, attributePath) {
  const chain = [block.line];
  let line = block.line;
  let body = block.body;
  let value = null;
  let i = 0;
  while (i < attributePath.length) {
    const segment = attributePath[i];
    if (body) {
      if (typeof segment !== "string") break;
      const attribute = body.find((item) => item.kind === "attribute" && item.name === segment);
      if (attribute && attribute.kind === "attribute") {
        line = attribute.line;
        chain.push(line);
        value = attribute.value;
        body = null;
        i++;
        continue;
      }
      const blocks = nestedBlocks(body, segment);
      if (blocks.length === 0) break;
      const next = attributePath[i + 1];
      let pick;
      let used = 1;
      if (typeof next === "number") {
        used = 2;
        pick = blocks[next] ?? [...blocks].reverse().find((b) => b.dynamic);
      } else {
        pick = blocks[0];
      }
      if (!pick) break;
      line = pick.line;
      chain.push(pick.line, ...pick.extra);
      body = pick.body;
      value = null;
      i += used;
      continue;
    }
    if (value?.kind === "object") {
      const key = String(segment);
      const entry = value.entries.find((e) => e.key === key);
      if (!entry) break;
      line = entry.line;
      chain.push(line);
      value = entry.value;
      i++;
      continue;
    }
    if (value?.kind === "tuple" && typeof segment === "number") {
      const item = value.items[segment];
      if (!item) break;
      line = item.line;
      chain.push(line);
      value = item.value;
      i++;
      continue;
    }
    break;
  }
  return { line, consumed: i, chain };
}
function linesAbove(comments, line) {
  const out = [];
  for (let l = line - 1; l >= 1 && comments.commentOnlyLines.has(l); l--) out.push(l);
  return out;
}
async function buildSourceIndex(rootDir, tree, options = {}) {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const rootAbs = path.resolve(rootDir);
  let rootReal;
  try {
    rootReal = realpathSync(rootAbs);
  } catch (error) {
    throw new Error(`source directory ${rootDir} cannot be read (${errorCode(error)})`);
  }
  if (!statSync(rootReal).isDirectory()) throw new Error(`source directory ${rootDir} is not a directory`);
  let boundaryReal = rootReal;
  if (options.boundary !== void 0) {
    try {
      boundaryReal = realpathSync(path.resolve(options.boundary));
    } catch (error) {
      throw new Error(`source boundary ${options.boundary} cannot be read (${errorCode(error)})`);
    }
    const within = (outer, inner) => inner === outer || inner.startsWith(outer + path.sep);
    if (!within(boundaryReal, rootReal)) boundaryReal = rootReal;
  }
  const parser = await hclParser();
  const warnings = [];
  const modules = /* @__PURE__ */ new Map();
  const rel = (abs) => {
    const r = path.relative(rootAbs, abs);
    return r === "" ? "." : r.split(path.sep).join("/");
  };
  const inside = (real) => real === boundaryReal || real.startsWith(boundaryReal + path.sep);
  function readSourceFile(abs) {
    const name = rel(abs);
    const warn = (what) => {
      warnings.push(`${name}: ${what}`);
      return null;
    };
    let stats;
    try {
      stats = lstatSync(abs);
      if (stats.isSymbolicLink()) {
        let real;
        try {
          real = realpathSync(abs);
        } catch (error) {
          return warn(`symlink whose target cannot be read (${errorCode(error)}); skipped`);
        }
        if (!inside(real)) return warn("symlink to a file outside the source directory; not followed");
        stats = statSync(abs);
      }
    } catch (error) {
      return warn(`cannot be read (${errorCode(error)}); skipped`);
    }
    if (stats.isDirectory()) return null;
    if (!stats.isFile()) return warn("not a regular file; skipped");
    if (stats.size > maxFileBytes) return warn(`${stats.size} bytes, over the ${maxFileBytes}-byte limit; skipped`);
    let bytes;
    try {
      bytes = readFileSync(abs);
    } catch (error) {
      return warn(`cannot be read (${errorCode(error)}); skipped`);
    }
    if (bytes.length > maxFileBytes) return warn(`${bytes.length} bytes, over the ${maxFileBytes}-byte limit; skipped`);
    if (bytes.includes(0)) return warn("binary content (NUL bytes), not HCL; skipped");
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      warn("not valid UTF-8; invalid bytes replaced");
      text = new TextDecoder("utf-8").decode(bytes);
    }
    if (text.startsWith("\uFEFF")) text = text.slice(1);
    let hcl;
    try {
      hcl = parseHcl(parser, text);
    } catch (error) {
      return warn(`could not be parsed (${error instanceof Error ? error.message : String(error)}); skipped`);
    }
    if (hcl.errorLine !== void 0) {
      warn(`syntax error at line ${hcl.errorLine}; only the blocks parsed outside the error are used`);
    }
    return { rel: name, hcl };
  }
  function loadModule(dirAbs, address) {
    const dirName = rel(dirAbs);
    let real;
    try {
      real = realpathSync(dirAbs);
    } catch (error) {
      const code = errorCode(error);
      warnings.push(
        code === "ENOENT" ? `${dirName}: directory of ${address} does not exist` : `${dirName}: directory of ${address} cannot be read (${code})`
      );
      return null;
    }
    if (!inside(real)) {
      warnings.push(`${dirName}: directory of ${address} is outside the source directory; not read`);
      return null;
    }
    let names;
    try {
      names = readdirSync(dirAbs);
    } catch (error) {
      warnings.push(`${dirName}: directory of ${address} cannot be listed (${errorCode(error)})`);
      return null;
    }
    names = terraformFileOrder(names);
    const resources = /* @__PURE__ */ new Map();
    for (const name of names) {
      const file = readSourceFile(path.join(dirAbs, name));
      if (!file) continue;
      for (const resource of file.hcl.resources) {
        const key = resourceKey(resource.mode, resource.type, resource.name);
        const list = resources.get(key);
        if (list) list.push({ file, resource });
        else resources.set(key, [{ file, resource }]);
      }
    }
    return { resources };
  }
  function moduleFiles(modulePath) {
    const located = localModuleFolder(rootAbs, tree, modulePath);
    if (!located) return null;
    if (modules.has(located.dir)) return modules.get(located.dir) ?? null;
    let files;
    try {
      files = loadModule(located.dir, located.address);
    } catch (error) {
      warnings.push(
        `${rel(located.dir)}: could not be read (${error instanceof Error ? error.message : String(error)})`
      );
      files = null;
    }
    modules.set(located.dir, files);
    return files;
  }
  function definitions(query) {
    const files = moduleFiles(query.modulePath ?? []);
    if (!files) return [];
    const mode = query.mode === "data" ? "data" : "managed";
    return files.resources.get(resourceKey(mode, query.type, query.name)) ?? [];
  }
  function guarded(query, fallback, f) {
    try {
      return f();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const callPath = (query.modulePath ?? []).map((m) => `module.${m}.`).join("");
      const where = `${callPath}${query.mode === "data" ? "data." : ""}${query.type}.${query.name}`;
      const warning = `${where}: could not be looked up (${message})`;
      if (!warnings.includes(warning)) warnings.push(warning);
      return fallback;
    }
  }
  function readAllModules(node, modulePath) {
    moduleFiles(modulePath);
    for (const [name, call] of Object.entries(node.calls ?? {})) {
      if (call && typeof call.source === "string" && isLocalSource(call.source)) {
        readAllModules(call, [...modulePath, name]);
      }
    }
  }
  function commentsOn(def, walked, seen) {
    const out = [];
    const block = def.resource.block();
    const found = def.resource.comments();
    const comments = /* @__PURE__ */ new Map();
    for (const line of walked.chain) {
      const scope = line === walked.line ? "all" : "path";
      const here = [line, ...linesAbove(found, line)].flatMap((l) => found.commentsByLine.get(l) ?? []);
      for (const c of here) if (comments.get(c) !== "all") comments.set(c, scope);
    }
    for (const c of found.directiveComments) {
      if (!comments.has(c) && c.startLine > block.line && c.endLine <= block.endLine) comments.set(c, "resource");
    }
    for (const [c, scope] of comments) {
      for (const d of c.directives) {
        if (scope === "resource" && !RESOURCE_WIDE.has(d.origin)) continue;
        if (scope === "path" && d.lineOnly) continue;
        const line = c.startLine + d.lineOffset;
        const key = `${def.file.rel}:${line}:${d.origin}:${d.ruleId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ruleId: d.ruleId, reason: d.reason, origin: d.origin, file: def.file.rel, line });
      }
    }
    return out;
  }
  function lookup(query) {
    return guarded(query, { location: null, suppressions: [] }, () => {
      const attributePath = query.attributePath ?? [];
      let best = null;
      const suppressions = [];
      const seen = /* @__PURE__ */ new Set();
      for (const def of definitions(query)) {
        const walked = walk(def.resource.block(), attributePath);
        if (!best || walked.consumed > best.walked.consumed) best = { def, walked };
        suppressions.push(...guarded(query, [], () => commentsOn(def, walked, seen)));
      }
      suppressions.sort((a, b) => a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
      const location = best ? { file: best.def.file.rel, line: best.walked.line, exact: best.walked.consumed === attributePath.length } : null;
      return { location, suppressions };
    });
  }
  return {
    lookup,
    locate: (query) => lookup(query).location,
    suppressionsFor: (query) => lookup(query).suppressions,
    get warnings() {
      readAllModules(tree, []);
      return warnings;
    }
  };
}
export {
  ANY_RULE,
  DEFAULT_MAX_FILE_BYTES,
  PEER_SUPPRESSIONS,
  buildSourceIndex,
  parseSuppressionComment,
  peerSuppressionsMarkdown
};
