import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-KXVQEU22.js";
import {
  compileGlob,
  defaultSettings,
  realPath,
  shownPath,
  staysInside,
  validateConfig,
  wildcardMatches
} from "./chunk-6BTX74DO.js";
import {
  escapePath,
  glob
} from "./chunk-4NPQJMDU.js";
import {
  require_dist
} from "./chunk-BDG7X2O5.js";
import {
  InputError,
  specialFileKind
} from "./chunk-MML4BPFQ.js";
import {
  __toESM
} from "./chunk-VVDX2ENP.js";

// src/config/load.ts
import { lstatSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve, relative } from "node:path";
var import_yaml = __toESM(require_dist(), 1);

// src/util/path-glob.ts
var MAX_ALTERNATIVES = 256;
var WILDCARD = /[*?]/;
function safeFileGlob(pattern) {
  const alternatives = expandBraces(pattern, MAX_ALTERNATIVES);
  if (!alternatives) return null;
  const walk = /* @__PURE__ */ new Set();
  const matchers = [];
  for (const alternative of alternatives) {
    const absolute = alternative.startsWith("/");
    const segments = alternative.split("/").filter((s) => s !== "" && s !== ".");
    const walked = segments.map((s) => s === "**" ? s : WILDCARD.test(s) ? s.startsWith(".") ? ".*" : "*" : escapePath(s));
    const tests = segments.map((s) => {
      if (s === "**") return "**";
      if (!WILDCARD.test(s)) return (name) => name === s;
      const glob2 = compileGlob(s);
      return (name) => wildcardMatches(name, glob2);
    });
    if (tests[tests.length - 1] !== "**") tests.push("**");
    matchers.push(tests);
    const base = `${absolute ? "/" : ""}${walked.join("/")}`;
    walk.add(base);
    if (walked[walked.length - 1] !== "**") walk.add(`${base}/**`);
  }
  return {
    walk: [...walk],
    accepts: (path) => {
      const segments = path.split(/[\\/]/).filter((s) => s !== "");
      return matchers.some((tests) => matchSegments(segments, tests));
    }
  };
}
function expandBraces(pattern, limit) {
  const done = [];
  const pending = [pattern];
  while (pending.length > 0) {
    const current = pending.pop();
    const group = firstGroup(current);
    if (!group) {
      done.push(current);
      if (done.length > limit) return null;
      continue;
    }
    const before = current.slice(0, group.open);
    const after = current.slice(group.close + 1);
    const cuts = [group.open, ...group.commas, group.close];
    for (let i = cuts.length - 2; i >= 0; i--) pending.push(before + current.slice(cuts[i] + 1, cuts[i + 1]) + after);
    if (done.length + pending.length > limit) return null;
  }
  return done;
}
function firstGroup(pattern) {
  const open = [];
  let first = null;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "{") open.push({ at: i, commas: [] });
    else if (char === "," && open.length > 0) open[open.length - 1].commas.push(i);
    else if (char === "}" && open.length > 0) {
      const group = open.pop();
      if (group.commas.length > 0 && (!first || group.at < first.open)) first = { open: group.at, close: i, commas: group.commas };
    }
  }
  return first;
}
function matchSegments(path, tests) {
  const groups = [[]];
  for (const test of tests) {
    if (test === "**") groups.push([]);
    else groups[groups.length - 1].push(test);
  }
  const runAt = (group, at) => at >= 0 && at + group.length <= path.length && group.every((test, k) => test(path[at + k]));
  const first = groups[0];
  if (groups.length === 1) return path.length === first.length && runAt(first, 0);
  const last = groups[groups.length - 1];
  if (first.length + last.length > path.length || !runAt(first, 0) || !runAt(last, path.length - last.length)) return false;
  let position = first.length;
  const end = path.length - last.length;
  for (let i = 1; i < groups.length - 1; i++) {
    let at = position;
    while (at + groups[i].length <= end && !runAt(groups[i], at)) at++;
    if (at + groups[i].length > end) return false;
    position = at + groups[i].length;
  }
  return true;
}

// src/config/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://elb-ir-check.dev/schema/config.json",
  title: ".elb-ir.yml",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      type: "object",
      propertyNames: {
        enum: [
          "ELBIR001",
          "ELBIR002",
          "ELBIR003",
          "ELBIR004",
          "ELBIR005",
          "ELBIR006",
          "ELBIR007",
          "ELBIR008",
          "ELBIR009"
        ]
      },
      additionalProperties: {
        anyOf: [
          {
            enum: [
              "off",
              "error",
              "warning",
              "notice"
            ]
          },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              enabled: {
                type: "boolean"
              },
              severity: {
                enum: [
                  "error",
                  "warning",
                  "notice"
                ]
              }
            }
          }
        ]
      }
    },
    logArchive: {
      type: "object",
      additionalProperties: false,
      properties: {
        buckets: {
          type: "array",
          items: {
            type: "string",
            pattern: "\\S"
          }
        },
        accounts: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[0-9]{12}$"
          }
        }
      }
    },
    analysisTool: {
      type: "string",
      pattern: "\\S"
    },
    retentionDays: {
      type: "integer",
      minimum: 1
    },
    organizationHealthMonitoring: {
      type: "string",
      pattern: "\\S"
    },
    playbooks: {
      type: "array",
      items: {
        type: "string",
        pattern: "\\S"
      }
    },
    exemptions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "address",
          "rule",
          "reason"
        ],
        properties: {
          address: {
            type: "string",
            pattern: "\\S"
          },
          rule: {
            enum: [
              "ELBIR001",
              "ELBIR002",
              "ELBIR003",
              "ELBIR004",
              "ELBIR005",
              "ELBIR006",
              "ELBIR007",
              "ELBIR008",
              "ELBIR009"
            ]
          },
          reason: {
            type: "string",
            pattern: "\\S"
          },
          expires: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
          }
        }
      }
    }
  }
};

// src/config/load.ts
var MAX_PLAYBOOK_BYTES = 2 * 1024 * 1024;
async function loadSettings(path, options = {}) {
  const shown = options.root !== void 0 ? shownPath(options.root, path) : path;
  let text;
  try {
    const special = specialFileKind(await stat(path));
    if (special) throw new InputError(shown, `is ${special}, not a regular file`, "Point --config at the .elb-ir.yml file");
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(shown, code === "ENOENT" ? "does not exist" : `cannot be read (${code})`, "Check the --config path");
  }
  if (text.includes("\0")) throw new InputError(shown, "is a binary file, not YAML", "Point --config at the .elb-ir.yml text file");
  let raw;
  try {
    const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, logLevel: "silent" });
    const fault = doc.errors[0] ?? doc.warnings[0];
    if (fault) throw fault;
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    const line = error.linePos?.[0]?.line;
    throw new InputError(shown, `is not valid YAML${line ? ` (line ${line})` : ""}`, "Fix the syntax; see docs/configuration.md");
  }
  const problem = checkConfig(raw);
  if (problem) throw new InputError(shown, problem, "See docs/configuration.md");
  const boundary = options.root !== void 0 && staysInside(options.root, path) ? options.root : dirname(realPath(path) ?? resolve(path));
  return toSettings(raw, path, boundary, shown);
}
function checkConfig(raw) {
  if (!validateConfig(raw)) return describeConfigError(pickError(validateConfig.errors ?? []));
  const exemptions = raw.exemptions ?? [];
  for (let i = 0; i < exemptions.length; i++) {
    const expires = exemptions[i].expires;
    if (expires && !isRealDate(expires)) return `has an invalid value at \`exemptions.${i}.expires\`; ${expires} is not a date (YYYY-MM-DD)`;
  }
  return null;
}
function pickError(errors) {
  const rank = (e) => e.keyword === "additionalProperties" || e.keyword === "propertyNames" ? 3 : e.keyword === "enum" ? 2 : e.keyword === "anyOf" ? 0 : 1;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(b) - rank(a))[0];
}
function describeConfigError(error) {
  if (!error) return "is not a valid configuration";
  const at = (extra) => {
    const path = error.instancePath.split("/").filter(Boolean).concat(extra ? [extra] : []);
    return path.length ? path.join(".") : "(top level)";
  };
  const allowedKeys = (schemaPath) => {
    const node = schemaNode(schemaPath.replace(/\/additionalProperties$/, ""));
    return node?.properties ? Object.keys(node.properties).join(", ") : "";
  };
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      return `has an unknown key \`${at(key)}\`; allowed here: ${allowedKeys(error.schemaPath)}`;
    }
    case "propertyNames":
      return `has an unknown rule id \`${at(String(error.params.propertyName))}\`; allowed: ELBIR001 \u2026 ELBIR009`;
    case "enum":
      return `has an invalid value at \`${at()}\`; allowed: ${(error.params.allowedValues ?? []).join(", ")}`;
    case "anyOf":
      return `has an invalid value at \`${at()}\`; allowed: off, ${SEVERITIES.join(", ")}, or { enabled: true|false, severity: ${SEVERITIES.join("|")} }`;
    case "pattern":
      if (error.params.pattern === "\\S") return `has an empty value at \`${at()}\`; give some text`;
      return `has an invalid value at \`${at()}\`; ${error.instancePath.includes("accounts") ? "an account id is 12 digits" : "a date is written YYYY-MM-DD"}`;
    case "required":
      return `is missing \`${at(String(error.params.missingProperty))}\`; an exemption needs address, rule and reason`;
    case "type":
      return `has a value of the wrong type at \`${at()}\`; expected ${String(error.params.type)}`;
    default:
      return `has an invalid value at \`${at()}\`: ${error.message ?? "not allowed"}`;
  }
}
function isRealDate(text) {
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function schemaNode(schemaPath) {
  let node = config_schema_default;
  for (const part of schemaPath.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[part];
  }
  return node;
}
async function toSettings(raw, path, root, shown) {
  const settings = defaultSettings();
  settings.source = shown;
  settings.warnings = [];
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    if (value === "off") settings.rules.set(id, { enabled: false });
    else if (typeof value === "string") settings.rules.set(id, { enabled: true, severity: value });
    else settings.rules.set(id, { enabled: value.enabled ?? true, severity: value.severity });
  }
  settings.logArchive = { buckets: raw.logArchive?.buckets ?? [], accounts: raw.logArchive?.accounts ?? [] };
  settings.analysisTool = raw.analysisTool;
  settings.organizationHealthMonitoring = raw.organizationHealthMonitoring;
  if (raw.retentionDays !== void 0) settings.retentionDays = raw.retentionDays;
  settings.exemptions = raw.exemptions ?? [];
  const base = dirname(resolve(path));
  for (const pattern of raw.playbooks ?? []) {
    const safe = safeFileGlob(pattern);
    if (!safe) throw new InputError(shown, `lists the playbook \`${pattern}\`, whose braces expand to more than ${MAX_ALTERNATIVES} paths`, "List the playbooks with fewer alternatives");
    const found = await glob(safe.walk, { cwd: base, absolute: true, onlyFiles: true, followSymbolicLinks: false });
    const files = found.filter((file) => safe.accepts(isAbsolute(pattern) ? file : relative(base, file)));
    if (files.length === 0 && lstatSync(resolve(base, pattern), { throwIfNoEntry: false })?.isSymbolicLink()) {
      settings.warnings.push(`${shown}: the playbook \`${pattern}\` is a link, and links are not followed, so it is not read; keep the playbook as a file in the repository`);
      continue;
    }
    if (files.length === 0) throw new InputError(shown, `lists the playbook \`${pattern}\`, which matches no file`, "Fix the path (relative to the configuration file) or remove it");
    for (const file of files.sort()) {
      if (!staysInside(root, file)) {
        settings.warnings.push(`${shown}: the playbook ${relative(base, file).split("\\").join("/")} (from \`${pattern}\`) lies outside the repository, so it is not read`);
        continue;
      }
      const bytes = await readFile(file);
      settings.playbooks.push({ path: relative(base, file).split("\\").join("/"), text: bytes.subarray(0, MAX_PLAYBOOK_BYTES).toString("utf8") });
    }
  }
  return settings;
}
export {
  checkConfig,
  loadSettings
};
