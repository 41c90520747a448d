import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  compileEventBridgeWildcard,
  defaultSettings,
  matchesPattern,
  relativeBelow,
  toPosix,
  validatePlan,
  wildcardMatches
} from "./chunk-6BTX74DO.js";
import {
  AWS_CONTACT_CHANNELS,
  BUCKET_COMPANION_TYPES,
  ELB_ACCOUNTS,
  ELB_LOG_DELIVERY_SERVICE,
  KNOWN_ELB_ACCOUNT_IDS,
  LOG_DELIVERY_SERVICE,
  LZA_ELB_BUCKET,
  MAX_MODULE_DEPTH,
  RELEVANT_TYPES,
  SHOW_JSON_REMEDY,
  modulesTooDeep
} from "./chunk-XQ7U6TYO.js";
import {
  InputError,
  specialFileKind
} from "./chunk-MML4BPFQ.js";

// src/run-plans.ts
import { stat as stat2 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

// src/model/analysis.ts
var READERS = [
  { type: "aws_glue_catalog_table", paths: () => [["storage_descriptor", 0, "location"], ["parameters", "storage.location.template"]] },
  { type: "aws_glue_crawler", paths: (r) => s3TargetPaths(r) },
  { type: "aws_athena_named_query", paths: () => [["query"]] }
];
function s3TargetPaths(crawler) {
  const targets = crawler.attrs.blocks(["s3_target"]);
  const count = targets === "unknown" ? 1 : targets.length;
  return Array.from({ length: count }, (_, i) => ["s3_target", i, "path"]);
}
function analysisReaders(index) {
  return READERS.flatMap(
    (reader) => index.ofType(reader.type).map((resource) => ({ resource, locations: reader.paths(resource).map((path2) => readerLocation(index, resource, path2)) }))
  );
}
function readerLocation(index, resource, path2) {
  const value = resource.attrs.get(path2);
  if (value.kind !== "unknown") return { path: path2, value, buckets: [], unresolved: false, references: [] };
  const resolved = index.resolveAttribute(resource, path2);
  return {
    path: path2,
    value,
    buckets: resolved.targets.filter((target) => target.type === "aws_s3_bucket"),
    unresolved: resolved.unresolved,
    references: expressionReferences(index, resource, path2)
  };
}
function expressionReferences(index, instance, path2) {
  return index.expression(instance, path2)?.references ?? [];
}

// src/model/value.ts
var UNKNOWN = { kind: "unknown" };
var ABSENT = { kind: "absent" };
var Attributes = class _Attributes {
  constructor(values, unknown2, sensitive) {
    this.values = values;
    this.unknown = unknown2;
    this.sensitive = sensitive;
  }
  values;
  unknown;
  sensitive;
  get(path2) {
    let value = this.values;
    let unknown2 = this.unknown;
    let sensitive = this.sensitive;
    let isSensitive = sensitive === true;
    for (const step of path2) {
      if (unknown2 === true) return UNKNOWN;
      value = child(value, step);
      unknown2 = child(unknown2, step);
      sensitive = child(sensitive, step);
      if (sensitive === true) isSensitive = true;
    }
    if (unknown2 === true) return UNKNOWN;
    if (value === void 0 || value === null) return ABSENT;
    return { kind: "known", value, sensitive: isSensitive };
  }
  /** A nested block (a list of objects in the plan): the blocks, or 'unknown'. `[]` means no block. */
  blocks(path2) {
    const v = this.get(path2);
    if (v.kind === "unknown") return "unknown";
    if (v.kind === "absent" || !Array.isArray(v.value)) return [];
    const unknown2 = childPath(this.unknown, path2);
    const sensitive = childPath(this.sensitive, path2);
    return v.value.map((item, i) => new _Attributes(item, child(unknown2, i), sensitive === true ? true : child(sensitive, i)));
  }
  /** The first block at `path`, null when there is none, or 'unknown'. */
  block(path2) {
    const list = this.blocks(path2);
    if (list === "unknown") return "unknown";
    if (list.length === 0) return null;
    if (list[0].values === null || list[0].values === void 0) return list[0].unknown === true ? "unknown" : null;
    return list[0];
  }
  string(path2) {
    const v = this.get(path2);
    if (v.kind === "known" && typeof v.value !== "string") return { ...v, value: valueText(v.value) };
    return v;
  }
};
function child(value, step) {
  if (value === null || value === void 0 || typeof value !== "object") return void 0;
  if (Array.isArray(value)) return typeof step === "number" ? value[step] : void 0;
  return typeof step === "string" && Object.prototype.hasOwnProperty.call(value, step) ? value[step] : void 0;
}
function childPath(value, path2) {
  let v = value;
  for (const step of path2) {
    if (v === true) return true;
    v = child(v, step);
  }
  return v;
}
function valueText(value) {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : String(value);
}
function displayValue(v) {
  if (v.kind === "unknown") return "(known after apply)";
  if (v.kind === "absent") return "(not set)";
  if (v.sensitive) return "(sensitive value)";
  return typeof v.value === "string" ? v.value : JSON.stringify(v.value);
}
function knownString(v) {
  return v.kind === "known" && typeof v.value === "string" ? v.value : void 0;
}

// src/model/policy.ts
function policyStatements(index, holder, attribute = "policy") {
  const value = holder.attrs.get([attribute]);
  if (value.kind === "known" && typeof value.value === "string") return parsePolicyJson(value.value);
  if (value.kind === "absent" && !holder.config?.expressions?.[attribute]) return null;
  const documents = index.resolveAttribute(holder, [attribute]).targets.filter((t) => t.type === "aws_iam_policy_document");
  if (documents.length === 0) return "unknown";
  const statements = [];
  for (const document of documents) {
    const own = documentStatements(index, document, /* @__PURE__ */ new Set());
    if (own === "unknown") return "unknown";
    statements.push(...own);
  }
  return statements;
}
var MAX_DOCUMENT_DEPTH = 16;
function documentStatements(index, document, seen) {
  const json = document.attrs.get(["json"]);
  if (json.kind === "known" && typeof json.value === "string") return parsePolicyJson(json.value);
  if (seen.has(document) || seen.size > MAX_DOCUMENT_DEPTH) return "unknown";
  const visiting = new Set(seen).add(document);
  const sources = [...documentsOf(index, document, "source_json", visiting) ?? [], ...documentsOf(index, document, "source_policy_documents", visiting) ?? []];
  const overrides = [...documentsOf(index, document, "override_json", visiting) ?? [], ...documentsOf(index, document, "override_policy_documents", visiting) ?? []];
  const blocks = document.attrs.blocks(["statement"]);
  if (blocks === "unknown" || sources.includes("unknown") || overrides.includes("unknown")) return "unknown";
  const merged = [];
  for (const source of sources) merged.push(...source);
  const replaceOrAppend = (statement) => {
    const at = statement.sid ? merged.findIndex((s) => s.sid === statement.sid) : -1;
    if (at >= 0) merged[at] = statement;
    else merged.push(statement);
  };
  blocks.map(statementFromBlock).forEach(replaceOrAppend);
  for (const override of overrides) override.forEach(replaceOrAppend);
  return merged;
}
function documentsOf(index, document, attribute, seen) {
  const value = document.attrs.get([attribute]);
  if (value.kind === "known") {
    if (value.value === null || value.value === "") return null;
    const texts = Array.isArray(value.value) ? value.value : [value.value];
    if (texts.every((t) => typeof t === "string")) return texts.filter((t) => t !== "").map((t) => parsePolicyJson(t));
  }
  if (value.kind === "absent" && !document.config?.expressions?.[attribute]) return null;
  const resolved = index.resolveAttribute(document, [attribute]);
  if (resolved.unresolved) return ["unknown"];
  const refs = index.expression(document, [attribute])?.references ?? [];
  const position = (t) => {
    const block = `data.aws_iam_policy_document.${t.name}`;
    const at = Array.isArray(refs) ? refs.findIndex((ref) => typeof ref === "string" && (ref === block || ref.startsWith(`${block}.`) || ref.startsWith(`${block}[`))) : -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  const documents = resolved.targets.filter((t) => t.type === "aws_iam_policy_document" && t !== document).sort((a, b) => position(a) - position(b));
  const found = documents.map((t) => documentStatements(index, t, seen));
  for (const constant of resolved.constants) if (typeof constant === "string" && constant.trim().startsWith("{")) found.push(parsePolicyJson(constant));
  return found;
}
function statementFromBlock(block) {
  const strings = (attrs, name) => {
    const v = attrs.get([name]);
    if (v.kind === "unknown") return "unknown";
    if (v.kind === "absent" || !Array.isArray(v.value)) return [];
    if (v.value.some((x) => x === null)) return "unknown";
    return v.value.map(valueText);
  };
  const effect = block.get(["effect"]);
  const principalBlocks = block.blocks(["principals"]);
  const conditionBlocks = block.blocks(["condition"]);
  return {
    effect: effect.kind === "unknown" ? "unknown" : effect.kind === "known" && effect.value === "Deny" ? "Deny" : "Allow",
    principals: principalBlocks === "unknown" ? [{ type: "*", ids: "unknown" }] : principalBlocks.map((p) => ({ type: valueText(p.get(["type"]).kind === "known" ? p.get(["type"]).value : "unknown"), ids: strings(p, "identifiers") })),
    actions: strings(block, "actions"),
    sid: knownSid(block.get(["sid"])),
    conditions: conditionBlocks === "unknown" ? [] : conditionBlocks.map((c) => ({ test: valueText(c.get(["test"]).value ?? ""), variable: valueText(c.get(["variable"]).value ?? ""), values: strings(c, "values") }))
  };
}
function parsePolicyJson(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return "unknown";
  }
  if (!doc || typeof doc !== "object") return [];
  const raw = doc.Statement;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.filter((s) => !!s && typeof s === "object").map((s) => {
    const principals = [];
    const principal = s.Principal;
    if (principal === "*") principals.push({ type: "*", ids: ["*"] });
    else if (principal && typeof principal === "object") {
      for (const [type, ids] of Object.entries(principal)) principals.push({ type, ids: toStrings(ids) });
    }
    const conditions = [];
    if (s.Condition && typeof s.Condition === "object") {
      for (const [test, vars] of Object.entries(s.Condition)) {
        if (vars && typeof vars === "object") for (const [variable, values] of Object.entries(vars)) conditions.push({ test, variable, values: toStrings(values) });
      }
    }
    return { effect: s.Effect === "Deny" ? "Deny" : "Allow", principals, actions: toStrings(s.Action), conditions, sid: typeof s.Sid === "string" && s.Sid !== "" ? s.Sid : void 0 };
  });
}
function knownSid(value) {
  return value.kind === "known" && typeof value.value === "string" && value.value !== "" ? value.value : void 0;
}
function toStrings(value) {
  if (Array.isArray(value)) return value.map(valueText);
  return value === void 0 || value === null ? [] : [valueText(value)];
}
function allowsAction(statement, action) {
  if (statement.actions === "unknown") return "unknown";
  const wanted = action.toLowerCase();
  return statement.actions.some((a) => {
    const pattern = a.toLowerCase();
    if (pattern === "*" || pattern === wanted) return true;
    return pattern.endsWith("*") && wanted.startsWith(pattern.slice(0, -1));
  });
}

// src/model/bucket.ts
var SSE_PATH = ["rule", 0, "apply_server_side_encryption_by_default", 0];
function writes(instance, name) {
  return Boolean(instance.config?.expressions?.[name]);
}
var PlanBucket = class {
  constructor(index, instance) {
    this.index = index;
    this.instance = instance;
    this.name = instance.attrs.string(["bucket"]);
  }
  index;
  instance;
  name;
  companions = /* @__PURE__ */ new Map();
  cache = {};
  get regionWritten() {
    return writes(this.instance, "region");
  }
  get region() {
    return "region" in this.cache ? this.cache.region : this.cache.region = this.index.region(this.instance);
  }
  get account() {
    return "account" in this.cache ? this.cache.account : this.cache.account = this.index.assumedAccount(this.instance);
  }
  get inline() {
    return this.cache.inline ??= {
      versioning: writes(this.instance, "versioning") ? this.instance.attrs.get(["versioning", 0, "enabled"]) : void 0,
      lifecycleRules: writes(this.instance, "lifecycle_rule") ? this.instance.attrs.blocks(["lifecycle_rule"]) : []
    };
  }
  get policies() {
    return this.cache.policies ??= [
      ...this.companionsOf("aws_s3_bucket_policy").map((holder) => policyDocument(this.index, holder, "policy", false)),
      ...writes(this.instance, "policy") ? [policyDocument(this.index, this.instance, "policy", true)] : []
    ];
  }
  get encryption() {
    if (this.cache.encryption) return this.cache.encryption;
    const settings = this.companionsOf("aws_s3_bucket_server_side_encryption_configuration").map((holder) => encryptionSetting(this.index, holder, SSE_PATH));
    if (settings.length === 0 && writes(this.instance, "server_side_encryption_configuration")) {
      settings.push(encryptionSetting(this.index, this.instance, ["server_side_encryption_configuration", 0, ...SSE_PATH]));
    }
    return this.cache.encryption = settings;
  }
  companionsOf(type) {
    return this.companions.get(type) ?? [];
  }
};
function encryptionSetting(index, holder, path2) {
  return new PlanEncryptionSetting(index, holder, path2);
}
var PlanEncryptionSetting = class {
  constructor(index, holder, path2) {
    this.index = index;
    this.holder = holder;
    this.path = path2;
    this.algorithm = holder.attrs.get([...path2, "sse_algorithm"]);
    this.kmsKey = holder.attrs.get([...path2, "kms_master_key_id"]);
    this.kmsKeyWritten = index.expression(holder, [...path2, "kms_master_key_id"]) !== void 0;
  }
  index;
  holder;
  path;
  algorithm;
  kmsKey;
  kmsKeyWritten;
  resolved;
  get customerKey() {
    this.resolved ??= { key: resolveCustomerKey(this.index, this.holder, [...this.path, "kms_master_key_id"]) };
    return this.resolved.key;
  }
};
function resolveCustomerKey(index, holder, keyPath) {
  const keys = index.resolveAttribute(holder, keyPath).targets.filter((t) => t.type === "aws_kms_key");
  if (keys.length !== 1) return void 0;
  const [key] = keys;
  const policies = index.referrersOf(["aws_kms_key_policy"], ["key_id"], key).map((p) => policyDocument(index, p, "policy", false));
  if (writes(key, "policy")) policies.push(policyDocument(index, key, "policy", true));
  return { instance: key, policies };
}
function policyDocument(index, holder, attribute, inline) {
  return new PlanPolicyDocument(index, holder, attribute, inline);
}
var PlanPolicyDocument = class {
  constructor(index, holder, attribute, inline) {
    this.index = index;
    this.holder = holder;
    this.attribute = attribute;
    this.inline = inline;
  }
  index;
  holder;
  attribute;
  inline;
  parsed;
  get statements() {
    this.parsed ??= { statements: policyStatements(this.index, this.holder, this.attribute) };
    return this.parsed.statements;
  }
};

// src/model/health.ts
function healthCoverage(index, placementOf) {
  const coverage = { regions: /* @__PURE__ */ new Map(), placements: /* @__PURE__ */ new Map(), unknown: [], untargeted: [] };
  const targetsByRuleName = /* @__PURE__ */ new Map();
  for (const target of index.ofType("aws_cloudwatch_event_target")) {
    const name = knownString(target.attrs.get(["rule"]));
    if (name !== void 0) targetsByRuleName.set(name, [...targetsByRuleName.get(name) ?? [], target]);
  }
  for (const rule of index.ofType("aws_cloudwatch_event_rule")) {
    const region = index.region(rule);
    const state = knownString(rule.attrs.get(["state"]));
    if (state === "DISABLED" || rule.attrs.get(["is_enabled"]).kind === "known" && rule.attrs.get(["is_enabled"]).value === false) continue;
    const pattern = rule.attrs.get(["event_pattern"]);
    if (pattern.kind === "unknown") {
      coverage.unknown.push(rule);
      continue;
    }
    const text = knownString(pattern);
    if (!text) continue;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    if (!coversElbHealth(parsed)) continue;
    const ruleName = knownString(rule.attrs.get(["name"]));
    const targets = [...index.referrersOf(["aws_cloudwatch_event_target"], ["rule"], rule), ...ruleName !== void 0 ? targetsByRuleName.get(ruleName) ?? [] : []];
    if (targets.length === 0) {
      coverage.untargeted.push(rule);
      continue;
    }
    const placement = placementOf(rule);
    if (region && region !== "unknown") coverage.regions.set(region, rule.address);
    else if (placement !== void 0) coverage.placements.set(placement, rule.address);
  }
  for (const rule of index.ofType("aws_notifications_event_rule")) {
    if (knownString(rule.attrs.get(["source"])) !== "aws.health") continue;
    const regions = rule.attrs.get(["regions"]);
    if (regions.kind === "unknown") coverage.unknown.push(rule);
    else if (regions.kind === "known" && Array.isArray(regions.value)) {
      for (const region of regions.value) if (typeof region === "string") coverage.regions.set(region, rule.address);
    }
  }
  for (const association of index.ofType("aws_notifications_managed_notification_account_contact_association", "aws_notifications_managed_notification_additional_channel_association")) {
    const arn = knownString(association.attrs.get(["managed_notification_arn"])) ?? knownString(association.attrs.get(["managed_notification_configuration_arn"]));
    if (arn?.includes("AWS-Health")) coverage.everywhere = association.address;
  }
  return coverage;
}
function coversElbHealth(pattern) {
  if (!pattern || typeof pattern !== "object" || Array.isArray(pattern)) return false;
  const p = pattern;
  if (!allows(p.source, "aws.health")) return false;
  if (!allows(p["detail-type"], "AWS Health Event")) return false;
  const detail = p.detail;
  if (detail && typeof detail === "object" && !Array.isArray(detail)) {
    const d = detail;
    if (!allows(d.service, "ELASTICLOADBALANCING")) return false;
    if (d.eventTypeCategory !== void 0 && !["issue", "scheduledChange", "accountNotification"].some((c) => allows(d.eventTypeCategory, c))) return false;
  }
  return true;
}
function allows(field, value) {
  if (field === void 0) return true;
  if (!Array.isArray(field)) return false;
  return field.some((matcher) => matches(matcher, value));
}
function eventBridgeWildcardMatches(value, wildcard) {
  const pattern = compileEventBridgeWildcard(wildcard);
  return pattern !== null && wildcardMatches(value, pattern);
}
function matches(matcher, value) {
  if (typeof matcher === "string") return matcher === value;
  if (!matcher || typeof matcher !== "object") return false;
  const m = matcher;
  if (typeof m.prefix === "string") return value.startsWith(m.prefix);
  if (typeof m.suffix === "string") return value.endsWith(m.suffix);
  if (typeof m["equals-ignore-case"] === "string") return value.toLowerCase() === m["equals-ignore-case"].toLowerCase();
  if (typeof m.wildcard === "string") return eventBridgeWildcardMatches(value, m.wildcard);
  if (m.exists === true) return true;
  if ("anything-but" in m) {
    const but = m["anything-but"];
    if (Array.isArray(but)) return !but.includes(value);
    if (typeof but === "string") return but !== value;
    if (but && typeof but === "object" && typeof but.prefix === "string") return !value.startsWith(but.prefix);
    if (but && typeof but === "object" && typeof but.wildcard === "string") {
      const pattern = compileEventBridgeWildcard(but.wildcard);
      return pattern !== null && !wildcardMatches(value, pattern);
    }
    return false;
  }
  return false;
}

// src/model/address.ts
function readKey(text, pos) {
  if (text[pos] !== "[") return null;
  if (text[pos + 1] === '"') {
    let i = pos + 2;
    let key = "";
    while (i < text.length) {
      const c = text[i];
      if (c === "\\") {
        const next = text[i + 1];
        key += next === "n" ? "\n" : next === "t" ? "	" : next === "r" ? "\r" : next;
        i += 2;
        continue;
      }
      if (c === '"') break;
      key += c;
      i++;
    }
    if (text[i + 1] !== "]") return null;
    return { key: key.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"), end: i + 2 };
  }
  const close = text.indexOf("]", pos);
  if (close === -1) return null;
  const raw = text.slice(pos + 1, close);
  if (!/^\d+$/.test(raw)) return null;
  return { key: Number(raw), end: close + 1 };
}
function readName(text, pos) {
  let i = pos;
  while (i < text.length && text[i] !== "." && text[i] !== "[") i++;
  return { name: text.slice(pos, i), end: i };
}
function parseAddress(address) {
  const modules = [];
  let pos = 0;
  while (address.startsWith("module.", pos)) {
    const { name: name2, end } = readName(address, pos + 7);
    const step = { name: name2 };
    pos = end;
    const key2 = readKey(address, pos);
    if (key2) {
      step.key = key2.key;
      pos = key2.end;
    }
    modules.push(step);
    if (address[pos] !== ".") return null;
    pos++;
  }
  let mode = "managed";
  if (address.startsWith("data.", pos)) {
    mode = "data";
    pos += 5;
  }
  const type = readName(address, pos);
  if (!type.name || address[type.end] !== ".") return null;
  const name = readName(address, type.end + 1);
  if (!name.name) return null;
  const parsed = { modules, mode, type: type.name, name: name.name };
  pos = name.end;
  const key = readKey(address, pos);
  if (key) {
    parsed.index = key.key;
    pos = key.end;
  }
  return pos === address.length ? parsed : null;
}
function formatKey(key) {
  if (typeof key === "number") return `[${key}]`;
  const escaped = key.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\$\{/g, "$${");
  return `["${escaped}"]`;
}
function formatModuleInstance(steps) {
  return steps.map((s) => `module.${s.name}${s.key === void 0 ? "" : formatKey(s.key)}`).join(".");
}

// src/model/plan-index.ts
var MAX_DEPTH = 24;
var pathKey = (modules) => modules.map((m) => m.name).join("\0");
var PlanIndex = class {
  constructor(plan) {
    this.plan = plan;
    const root = plan.configuration?.root_module;
    this.moduleTree = { source: ".", calls: {} };
    if (root) this.indexModuleConfig([], root, this.moduleTree);
    for (const [key, value] of Object.entries(plan.configuration?.provider_config ?? {})) this.providerConfig.set(key, value);
    for (const [key, value] of Object.entries(plan.variables ?? {})) this.variables.set(key, value);
    this.indexInstances();
  }
  plan;
  instances = [];
  byAddress = /* @__PURE__ */ new Map();
  deleted = /* @__PURE__ */ new Set();
  byTypeMap = /* @__PURE__ */ new Map();
  byBlock = /* @__PURE__ */ new Map();
  /** Instances by exact module instance and block: `module.a["k"]|managed.aws_lb.web`. */
  byModuleBlock = /* @__PURE__ */ new Map();
  /** Module paths (names joined) whose instances carry keys (count or for_each on the module call). */
  keyedModulePaths = /* @__PURE__ */ new Set();
  referrerCache = /* @__PURE__ */ new Map();
  byKnownId = /* @__PURE__ */ new Map();
  seenModuleInstances = /* @__PURE__ */ new Set();
  moduleConfigs = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
  configResources = /* @__PURE__ */ new Map();
  providerConfig = /* @__PURE__ */ new Map();
  variables = /* @__PURE__ */ new Map();
  moduleTree;
  currentRegions;
  /** Instances by each module call path they lie under (names only, `a.b`), built on first need. */
  underModuleCalls;
  indexModuleConfig(path2, module, tree) {
    const key = path2.join("\0");
    this.moduleConfigs.set(key, module);
    for (const resource of module.resources ?? []) {
      const mode = resource.mode === "data" ? "data" : "managed";
      const local = parseResourceRef(resource.address);
      const name = local && local.type === resource.type ? local.name : resource.name;
      this.configResources.set(`${key}|${mode}.${resource.type}.${name}`, resource);
    }
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      const childPath2 = [...path2, name];
      this.moduleCalls.set(childPath2.join("\0"), call);
      const childTree = { source: call.source ?? "", calls: {} };
      Object.defineProperty(tree.calls, name, { value: childTree, enumerable: true, writable: true, configurable: true });
      if (call.module) this.indexModuleConfig(childPath2, call.module, childTree);
    }
  }
  indexInstances() {
    const seen = /* @__PURE__ */ new Set();
    const changes = /* @__PURE__ */ new Map();
    for (const rc of this.plan.resource_changes ?? []) if (!rc.deposed) changes.set(rc.address, rc);
    for (const rc of changes.values()) {
      const actions = rc.change.actions;
      seen.add(rc.address);
      if (actions.includes("delete") && !actions.includes("create")) {
        this.deleted.add(rc.address);
        continue;
      }
      if (actions.length > 0 && actions.every((a) => a === "forget")) continue;
      let after = rc.change.after;
      let sensitive = rc.change.after_sensitive;
      if ((after === null || after === void 0) && rc.change.before && !actions.includes("create")) {
        after = rc.change.before;
        sensitive = rc.change.before_sensitive;
      }
      this.add(rc.address, rc.mode, actions, new Attributes(after ?? {}, rc.change.after_unknown, sensitive));
    }
    const walk = (root, actions, dataOnly) => {
      const found = /* @__PURE__ */ new Map();
      const collect = (module) => {
        if (!module) return;
        for (const r of module.resources ?? []) if (!dataOnly || r.mode === "data") found.set(r.address, r);
        for (const child2 of module.child_modules ?? []) collect(child2);
      };
      collect(root);
      for (const r of found.values()) {
        if (seen.has(r.address) || this.deleted.has(r.address)) continue;
        seen.add(r.address);
        this.add(r.address, r.mode, actions, new Attributes(r.values ?? {}, void 0, r.sensitive_values));
      }
    };
    walk(this.plan.planned_values?.root_module, ["no-op"], false);
    walk(this.plan.prior_state?.values?.root_module, ["read"], true);
  }
  add(address, mode, actions, attrs) {
    const parsed = parseAddress(address);
    if (!parsed) return;
    const resolvedMode = mode === "data" || parsed.mode === "data" ? "data" : "managed";
    const modulePathKey = pathKey(parsed.modules);
    const moduleInstance = parsed.modules.length === 0 ? "" : address.slice(0, address.length - resourcePartLength(parsed) - 1);
    const instance = {
      address,
      parsed,
      moduleInstance,
      mode: resolvedMode,
      type: parsed.type,
      name: parsed.name,
      actions,
      attrs,
      config: this.configResources.get(`${modulePathKey}|${resolvedMode}.${parsed.type}.${parsed.name}`)
    };
    this.instances.push(instance);
    this.byAddress.set(address, instance);
    let list = this.byTypeMap.get(parsed.type);
    if (!list) this.byTypeMap.set(parsed.type, list = []);
    list.push(instance);
    const blockKey = `${modulePathKey}|${resolvedMode}.${parsed.type}.${parsed.name}`;
    let block = this.byBlock.get(blockKey);
    if (!block) this.byBlock.set(blockKey, block = []);
    block.push(instance);
    const moduleBlockKey = `${instance.moduleInstance}|${resolvedMode}.${parsed.type}.${parsed.name}`;
    let exact = this.byModuleBlock.get(moduleBlockKey);
    if (!exact) this.byModuleBlock.set(moduleBlockKey, exact = []);
    exact.push(instance);
    if (parsed.modules.length > 0 && !this.seenModuleInstances.has(moduleInstance)) {
      this.seenModuleInstances.add(moduleInstance);
      for (let i = 0; i < parsed.modules.length; i++) if (parsed.modules[i].key !== void 0) this.keyedModulePaths.add(pathKey(parsed.modules.slice(0, i + 1)));
    }
    for (const attribute of ["arn", "id"]) {
      const value = attrs.get([attribute]);
      if (value.kind === "known" && typeof value.value === "string" && value.value) this.byKnownId.set(value.value, instance);
    }
  }
  ofType(...types) {
    return types.flatMap((t) => t.startsWith("data.") ? [] : (this.byTypeMap.get(t) ?? []).filter((r) => r.mode === "managed"));
  }
  dataOfType(type) {
    return (this.byTypeMap.get(type) ?? []).filter((r) => r.mode === "data");
  }
  /** The configuration expression at `path` of an instance's block (`["access_logs", 0, "bucket"]`). */
  expression(instance, path2) {
    return expressionAt(instance.config?.expressions, path2);
  }
  /**
   * What feeds a block the configuration writes as `dynamic`: the plan's configuration leaves such blocks
   * out entirely. Modules feed them from an input of the block's own name (`access_logs = { bucket = ... }`
   * for `dynamic "access_logs" { for_each = [var.access_logs] ... }`), so that input is followed, through
   * wrapper modules' for_each collections too. Undefined when the block is written statically, or the
   * instance's module declares no such input.
   */
  resolveDynamicBlockInput(instance, block, options = { expandEach: true }) {
    const modules = instance.parsed.modules;
    if (!instance.config || modules.length === 0 || isConfigured(instance.config.expressions, [block])) return void 0;
    if (!ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, block)) return void 0;
    const out = { targets: [], constants: [], unresolved: false };
    this.resolveReference(modules, `var.${block}`, instance, 0, out, options);
    out.targets = [...new Set(out.targets)];
    return out;
  }
  /**
   * What the hidden parts of an instance's configuration may be made of: its `for_each`/`count` collection
   * (a module's `listeners` map) and the inputs feeding its `dynamic` blocks. An over-approximation, for
   * telling whether a block known only after apply can be there at all.
   */
  feeders(instance, options = {}) {
    const out = { targets: [], constants: [], unresolved: false };
    const config = instance.config;
    if (!config) return [];
    for (const expression of [config.for_each_expression, config.count_expression]) {
      if (expression) merge(out, this.resolveExpression(instance.parsed.modules, expression, instance, 0, options));
    }
    for (const name of Object.keys(this.moduleConfigs.get(pathKey(instance.parsed.modules))?.variables ?? {})) {
      const fed = this.resolveDynamicBlockInput(instance, name, options);
      if (fed) merge(out, fed);
    }
    return [...new Set(out.targets)];
  }
  /** Follows the references of an instance's expression at `path` to the instances they name. */
  resolveAttribute(instance, path2) {
    const expression = this.expression(instance, path2);
    if (!expression) return { targets: [], constants: [], unresolved: instance.config === void 0 };
    return this.resolveExpression(instance.parsed.modules, expression, instance);
  }
  resolveExpression(modules, expression, from, depth = 0, options = {}) {
    const result = { targets: [], constants: [], unresolved: false };
    if (expression === null || typeof expression !== "object" || Array.isArray(expression)) {
      result.unresolved = true;
      return result;
    }
    if ("constant_value" in expression) {
      result.constants.push(expression.constant_value ?? null);
      return result;
    }
    const refs = Array.isArray(expression.references) ? expression.references.filter((ref) => typeof ref === "string") : [];
    if (refs.length === 0) {
      result.unresolved = true;
      return result;
    }
    for (const ref of rootReferences(refs)) this.resolveReference(modules, ref, from, depth, result, options);
    result.targets = [...new Set(result.targets)];
    return result;
  }
  resolveReference(modules, ref, from, depth, out, options = {}) {
    if (depth > MAX_DEPTH) {
      out.unresolved = true;
      return;
    }
    if (ref.startsWith("count.") || ref.startsWith("path.") || ref.startsWith("terraform.")) return;
    if (ref.startsWith("local.") || ref.startsWith("each.") || ref.startsWith("self.")) {
      out.unresolved = true;
      return;
    }
    if (ref.startsWith("var.")) {
      const name = ref.slice(4).split(/[.[]/)[0];
      if (ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, name)?.sensitive) out.sensitive = true;
      if (modules.length === 0) {
        const variable = this.variables.get(name);
        if (variable && "value" in variable) out.constants.push(variable.value ?? null);
        else out.unresolved = true;
        return;
      }
      const call = this.moduleCalls.get(pathKey(modules));
      const input = ownValue(call?.expressions, name);
      if (input && !Array.isArray(input)) {
        const inner = this.resolveExpression(modules.slice(0, -1), input, void 0, depth + 1, options);
        merge(out, inner);
        if (options.expandEach && call?.for_each_expression && referencesOf(input).some((r) => r.startsWith("each."))) {
          merge(out, this.resolveExpression(modules.slice(0, -1), call.for_each_expression, void 0, depth + 1, options));
        }
        return;
      }
      const declared = ownValue(this.moduleConfigs.get(pathKey(modules))?.variables, name);
      if (declared && "default" in declared) out.constants.push(declared.default ?? null);
      else out.unresolved = true;
      return;
    }
    if (ref.startsWith("module.")) {
      const parsed = parseModuleOutputRef(ref);
      if (!parsed) {
        out.unresolved = true;
        return;
      }
      const childModules = [...modules, { name: parsed.module, key: parsed.key }];
      const childConfig = this.moduleConfigs.get(pathKey(childModules));
      const output = parsed.output ? ownValue(childConfig?.outputs, parsed.output) : void 0;
      if (!output?.expression) {
        out.unresolved = true;
        return;
      }
      merge(out, this.resolveExpression(childModules, output.expression, void 0, depth + 1, options));
      return;
    }
    const target = parseResourceRef(ref);
    if (!target || !RELEVANT_TYPES.has(target.type)) {
      out.unresolved = true;
      return;
    }
    const inModule = this.instancesOf(modules, target);
    let matches2 = inModule;
    if (target.index !== void 0) matches2 = inModule.filter((c) => c.parsed.index === target.index);
    else if (inModule.length > 1 && from?.parsed.index !== void 0) {
      const paired = inModule.filter((c) => c.parsed.index === from.parsed.index);
      if (paired.length > 0) matches2 = paired;
    }
    if (matches2.length === 0) {
      if (!this.byBlock.has(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`) && !this.hasConfigResource(modules, target)) out.unresolved = true;
      return;
    }
    out.targets.push(...matches2);
  }
  /** Instances of a block in a module instance; a module step without a key on a keyed call spans every instance. */
  instancesOf(modules, target) {
    const wildcard = modules.some((step, i) => step.key === void 0 && this.keyedModulePaths.has(pathKey(modules.slice(0, i + 1))));
    if (!wildcard) return this.byModuleBlock.get(`${formatModuleInstance(modules)}|${target.mode}.${target.type}.${target.name}`) ?? [];
    const candidates = this.byBlock.get(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`) ?? [];
    return candidates.filter((c) => sameModuleInstance(c.parsed.modules, modules));
  }
  /**
   * Instances of `types` whose attribute at `path` refers to `target`, by reference or by an equal known
   * ARN or id. Built once per (types, path) for the whole plan, so that asking for every load balancer
   * costs one pass over the referring resources.
   */
  referrersOf(types, path2, target) {
    const key = `${types.join(",")}#${path2.join(".")}`;
    let reverse = this.referrerCache.get(key);
    if (!reverse) {
      reverse = /* @__PURE__ */ new Map();
      for (const candidate of this.ofType(...types)) {
        const targets = new Set(this.resolveAttribute(candidate, path2).targets);
        const value = candidate.attrs.get(path2);
        if (value.kind === "known" && typeof value.value === "string") {
          const byValue = this.byKnownId.get(value.value);
          if (byValue) targets.add(byValue);
        }
        for (const t of targets) {
          const list = reverse.get(t) ?? [];
          list.push(candidate);
          reverse.set(t, list);
        }
      }
      this.referrerCache.set(key, reverse);
    }
    return reverse.get(target) ?? [];
  }
  /** Instances of `types` whose attribute at `path` is unknown and cannot be traced: they may refer to anything. */
  untraceable(types, path2) {
    return this.ofType(...types).filter((candidate) => {
      if (candidate.attrs.get(path2).kind !== "unknown") return false;
      const resolved = this.resolveAttribute(candidate, path2);
      return resolved.targets.length === 0 && resolved.unresolved;
    });
  }
  hasConfigResource(modules, target) {
    return this.configResources.has(`${pathKey(modules)}|${target.mode}.${target.type}.${target.name}`);
  }
  /** Everything an instance's configuration refers to, anywhere in its block, plus `depends_on`. */
  dependencies(instance) {
    const out = { targets: [], constants: [], unresolved: false };
    const config = instance.config;
    if (!config) return out;
    const refs = /* @__PURE__ */ new Set();
    collectReferences(config.expressions, refs);
    for (const ref of rootReferences([...refs])) this.resolveReference(instance.parsed.modules, ref, instance, 0, out);
    for (const dep of config.depends_on ?? []) this.resolveDependsOn(instance.parsed.modules, dep, instance, out);
    for (const name of Object.keys(this.moduleConfigs.get(pathKey(instance.parsed.modules))?.variables ?? {})) {
      if (instance.attrs.get([name]).kind === "absent") continue;
      const fed = this.resolveDynamicBlockInput(instance, name);
      if (fed) out.targets.push(...fed.targets);
    }
    for (let depth = instance.parsed.modules.length; depth > 0; depth--) {
      const modules = instance.parsed.modules.slice(0, depth);
      const call = this.moduleCalls.get(pathKey(modules));
      for (const dep of call?.depends_on ?? []) this.resolveDependsOn(modules.slice(0, -1), dep, void 0, out);
    }
    out.targets = [...new Set(out.targets)];
    return out;
  }
  /** A `depends_on` entry: a resource, or a whole module call, which orders after everything in it. */
  resolveDependsOn(modules, dep, from, out) {
    const call = parseModuleOutputRef(dep);
    if (!call || call.output !== void 0) {
      this.resolveReference(modules, dep, from, 0, out);
      return;
    }
    const inside = [...modules, { name: call.module, key: call.key }];
    for (const candidate of this.instancesUnder(inside)) {
      if (sameModuleInstance(candidate.parsed.modules.slice(0, inside.length), inside)) out.targets.push(candidate);
    }
  }
  /**
   * The instances inside a module call path (keys aside). Indexed once, since every load balancer in a
   * module whose call has `depends_on` asks: a scan of all instances each time grew with plan size squared.
   */
  instancesUnder(modules) {
    if (!this.underModuleCalls) {
      this.underModuleCalls = /* @__PURE__ */ new Map();
      for (const instance of this.instances) {
        let key = "";
        for (const step of instance.parsed.modules) {
          key = key === "" ? step.name : `${key}.${step.name}`;
          const list = this.underModuleCalls.get(key);
          if (list) list.push(instance);
          else this.underModuleCalls.set(key, [instance]);
        }
      }
    }
    return this.underModuleCalls.get(modules.map((step) => step.name).join(".")) ?? [];
  }
  /** The region a resource is managed in: its own `region` argument, else its provider's. */
  region(instance) {
    const own = instance.attrs.get(["region"]);
    if (own.kind === "known" && typeof own.value === "string" && own.value) return own.value;
    if (own.kind === "unknown" && instance.config?.expressions?.region) return "unknown";
    const provider = this.providerFor(instance);
    const expression = provider?.expressions?.region;
    if (!expression) return void 0;
    const resolved = this.resolveExpression([], expression);
    const value = resolved.constants.find((c) => typeof c === "string");
    if (typeof value === "string") return value;
    const current = this.currentRegionOf(provider);
    if (current) return current;
    return resolved.unresolved || resolved.targets.length > 0 ? "unknown" : void 0;
  }
  /**
   * The region a provider configuration stands for, when its `region` is an expression the plan does not
   * evaluate (`region = local.region`): Terraform reads `data "aws_region" "current" {}` while planning,
   * so any such data source of the same provider configuration names it.
   */
  currentRegionOf(provider) {
    if (!provider) return void 0;
    if (!this.currentRegions) {
      this.currentRegions = /* @__PURE__ */ new Map();
      for (const data of this.dataOfType("aws_region")) {
        const expressions = data.config?.expressions ?? {};
        if (["name", "region", "endpoint", "id"].some((argument) => isConfigured(expressions, [argument]))) continue;
        const name = data.attrs.get(["region"]).kind === "known" ? data.attrs.get(["region"]) : data.attrs.get(["name"]);
        const config = this.providerFor(data);
        if (config && name.kind === "known" && typeof name.value === "string" && name.value) this.currentRegions.set(config, name.value);
      }
    }
    return this.currentRegions.get(provider);
  }
  /**
   * Which provider configuration places an instance: two instances placed by one configuration are in one
   * region, even when the plan does not say which.
   */
  placement(instance) {
    if (instance.config?.expressions?.region) return void 0;
    return this.providerFor(instance);
  }
  providerFor(instance) {
    const key = instance.config?.provider_config_key;
    if (!key) return this.providerConfig.get("aws");
    const direct = this.providerConfig.get(key);
    if (direct?.expressions) return direct;
    const local = key.includes(":") ? key.slice(key.lastIndexOf(":") + 1) : key;
    return this.providerConfig.get(local) ?? direct;
  }
  /** The account a provider assumes a role in, when its configuration says so. */
  assumedAccount(instance) {
    const provider = this.providerFor(instance);
    const assume = provider?.expressions?.assume_role;
    const block = Array.isArray(assume) ? assume[0] : void 0;
    const roleArn = block?.role_arn;
    if (!roleArn) return void 0;
    const resolved = this.resolveExpression([], roleArn);
    const arn = resolved.constants.find((c) => typeof c === "string");
    if (typeof arn === "string") return /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1] ?? "unknown";
    return "unknown";
  }
};
function referencesOf(expression) {
  const refs = expression.references;
  return Array.isArray(refs) ? refs.filter((r) => typeof r === "string") : [];
}
function rootReferences(refs) {
  const sorted = [...new Set(refs)].sort((a, b) => b.length - a.length);
  const kept = [];
  for (const ref of sorted) if (!kept.some((k) => k.startsWith(ref + ".") || k.startsWith(ref + "["))) kept.push(ref);
  return kept;
}
var KEY = String.raw`(?:\[(\d+|"(?:[^"\\]|\\.)*")\])?`;
var MODULE_OUTPUT_REF = new RegExp(String.raw`^module\.([^.[]+)` + KEY + String.raw`(?:\.([^.[]+))?`);
var RESOURCE_REF = new RegExp(String.raw`^(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)` + KEY);
function parseKey(raw) {
  if (raw === void 0) return void 0;
  return raw.startsWith('"') ? JSON.parse(raw) : Number(raw);
}
function parseModuleOutputRef(ref) {
  const match = MODULE_OUTPUT_REF.exec(ref);
  return match ? { module: match[1], key: parseKey(match[2]), output: match[3] } : null;
}
function parseResourceRef(ref) {
  const match = RESOURCE_REF.exec(ref);
  if (!match) return null;
  return { mode: match[1] ? "data" : "managed", type: match[2], name: match[3], index: parseKey(match[4]) };
}
function sameModuleInstance(actual, wanted) {
  if (actual.length !== wanted.length) return false;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i].name !== wanted[i].name) return false;
    if (wanted[i].key !== void 0 && actual[i].key !== wanted[i].key) return false;
  }
  return true;
}
function resourcePartLength(parsed) {
  return (parsed.mode === "data" ? 5 : 0) + parsed.type.length + 1 + parsed.name.length + (parsed.index === void 0 ? 0 : formatKey(parsed.index).length);
}
function ownValue(record, key) {
  return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : void 0;
}
function merge(into, from) {
  into.targets.push(...from.targets);
  into.constants.push(...from.constants);
  if (from.unresolved) into.unresolved = true;
  if (from.sensitive) into.sensitive = true;
}
function expressionAt(expressions, path2) {
  let node = expressions;
  for (const step of path2) {
    if (node === null || typeof node !== "object") return void 0;
    if (!Array.isArray(node) && ("references" in node || "constant_value" in node)) return node;
    if (Array.isArray(node)) node = typeof step === "number" ? node[step] : void 0;
    else node = typeof step === "string" && Object.prototype.hasOwnProperty.call(node, step) ? node[step] : void 0;
  }
  if (node === null || typeof node !== "object" || Array.isArray(node)) return void 0;
  const expression = node;
  return "constant_value" in expression || "references" in expression || Object.keys(expression).length === 0 ? expression : void 0;
}
function isConfigured(expressions, path2) {
  let node = expressions;
  for (const step of path2) {
    if (node === null || typeof node !== "object") return false;
    if (Array.isArray(node)) node = typeof step === "number" ? node[step] : void 0;
    else node = typeof step === "string" && Object.prototype.hasOwnProperty.call(node, step) ? node[step] : void 0;
  }
  return node !== void 0 && !(Array.isArray(node) && node.length === 0);
}
function collectReferences(root, into) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const record = node;
    if (Array.isArray(record.references) && record.references.every((r) => typeof r === "string")) {
      for (const ref of record.references) into.add(ref);
      continue;
    }
    for (const value of Object.values(record)) stack.push(value);
  }
}

// src/model/model.ts
var LB_TYPES = ["aws_lb", "aws_alb", "aws_elb"];
var LISTENER_TYPES = ["aws_lb_listener", "aws_alb_listener"];
var ACCESS_LOG_TYPES = /* @__PURE__ */ new Set(["ALB_ACCESS_LOGS", "NLB_ACCESS_LOGS"]);
var Buckets = class {
  all;
  byInstance = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  constructor(index) {
    this.all = index.ofType("aws_s3_bucket").map((instance) => new PlanBucket(index, instance));
    for (const bucket of this.all) {
      this.byInstance.set(bucket.instance, bucket);
      const name = knownString(bucket.name);
      if (name !== void 0) this.byName.set(name, [...this.byName.get(name) ?? [], bucket]);
    }
  }
  of(instance) {
    return this.byInstance.get(instance);
  }
  named(name) {
    return this.byName.get(name) ?? [];
  }
};
function buildModel(plan) {
  const index = new PlanIndex(plan.json);
  const buckets = new Buckets(index);
  for (const type of BUCKET_COMPANION_TYPES) {
    for (const companion of index.ofType(type)) {
      for (const bucket of bucketsNamedBy(index, buckets, companion, ["bucket"])) {
        const list = bucket.companions.get(type) ?? [];
        list.push(companion);
        bucket.companions.set(type, list);
      }
    }
  }
  const untraced = {
    listeners: index.untraceable(LISTENER_TYPES, ["load_balancer_arn"]),
    vendedSources: index.untraceable(["aws_cloudwatch_log_delivery_source"], ["resource_arn"]).filter((s) => {
      const type = s.attrs.get(["log_type"]);
      return type.kind === "unknown" || type.kind === "known" && ACCESS_LOG_TYPES.has(valueText(type.value));
    })
  };
  const placementOf = placements(index);
  const loadBalancers = index.ofType(...LB_TYPES).map((instance) => describeLoadBalancer(index, buckets, untraced, placementOf, instance));
  for (const lb of loadBalancers) lb.mutualTls = mutualTlsListeners(index, lb.listeners);
  return new ResolvedModel(plan, index, loadBalancers, buckets.all, placementOf);
}
var ResolvedModel = class {
  constructor(plan, index, loadBalancers, buckets, placementOf) {
    this.plan = plan;
    this.index = index;
    this.loadBalancers = loadBalancers;
    this.buckets = buckets;
    this.placementOf = placementOf;
  }
  plan;
  index;
  loadBalancers;
  buckets;
  placementOf;
  cache = {};
  get health() {
    return this.cache.health ??= healthCoverage(this.index, this.placementOf);
  }
  get analysisReaders() {
    return this.cache.analysisReaders ??= analysisReaders(this.index);
  }
  get shield() {
    return this.cache.shield ??= {
      proactive: this.index.ofType("aws_shield_proactive_engagement").map((resource) => ({ resource, enabled: resource.attrs.get(["enabled"]) })),
      drtAccess: this.index.ofType("aws_shield_drt_access_role_arn_association")
    };
  }
};
var Dependent = class {
  constructor(index, instance) {
    this.index = index;
    this.instance = instance;
  }
  index;
  instance;
  followed;
  get dependencies() {
    return this.followed ??= this.index.dependencies(this.instance).targets;
  }
};
function placements(index) {
  const keys = /* @__PURE__ */ new Map();
  for (const [key, config] of index.providerConfig) if (!keys.has(config)) keys.set(config, key);
  return (instance) => {
    const config = index.placement(instance);
    return config === void 0 ? void 0 : keys.get(config);
  };
}
function describeLoadBalancer(index, buckets, untraced, placementOf, instance) {
  const kind = loadBalancerKind(instance);
  const accessLogsBlock = instance.attrs.block(["access_logs"]);
  const s3Logging = s3LoggingState(instance.type, accessLogsBlock);
  const prefixPath = ["access_logs", 0, kind === "classic" ? "bucket_prefix" : "prefix"];
  return Object.assign(new Dependent(index, instance), {
    address: instance.address,
    kind,
    accessLogsBlock,
    s3Logging,
    vendedAccessLogs: vendedDeliveries(index, instance).filter((d) => ACCESS_LOG_TYPES.has(d.logType)),
    logDestination: s3Logging === "no" ? null : logDestination(index, buckets, instance),
    listeners: index.referrersOf(LISTENER_TYPES, ["load_balancer_arn"], instance),
    untracedListeners: untraced.listeners,
    untracedVendedSources: untraced.vendedSources,
    region: index.region(instance),
    mutualTls: [],
    logPrefix: {
      value: accessLogsBlock === "unknown" ? UNKNOWN : accessLogsBlock ? accessLogsBlock.get(prefixPath.slice(2)) : ABSENT,
      references: expressionReferences(index, instance, prefixPath)
    },
    placement: placementOf(instance),
    account: index.assumedAccount(instance)
  });
}
function mutualTlsListeners(index, listeners) {
  const found = [];
  for (const listener of listeners) {
    const planned = listener.attrs.get(["mutual_authentication", 0, "mode"]);
    if (listener.config === void 0 || isConfigured(listener.config.expressions, ["mutual_authentication"])) {
      found.push({ listener, mode: planned });
      continue;
    }
    if (planned.kind === "known" && typeof planned.value === "string" && planned.value !== "off") {
      found.push({ listener, mode: planned });
      continue;
    }
    if (listener.attrs.get(["mutual_authentication"]).kind !== "unknown") continue;
    const protocol = knownString(listener.attrs.get(["protocol"]));
    if (protocol !== void 0 && protocol !== "HTTPS") continue;
    const trustStore = (targets) => targets.some((t) => t.type === "aws_lb_trust_store");
    if (trustStore(index.feeders(listener))) found.push({ listener, mode: { kind: "known", value: "verify", sensitive: false } });
    else if (trustStore(index.feeders(listener, { expandEach: true }))) found.push({ listener, mode: UNKNOWN });
  }
  return found;
}
function loadBalancerKind(instance) {
  if (instance.type === "aws_elb") return "classic";
  const type = knownString(instance.attrs.get(["load_balancer_type"]));
  if (type === "network" || type === "gateway") return type;
  if (type === void 0) {
    const constant = instance.config?.expressions?.load_balancer_type;
    const value = constant && !Array.isArray(constant) ? constant.constant_value : void 0;
    if (value === "network" || value === "gateway") return value;
  }
  return "application";
}
function s3LoggingState(type, block) {
  if (block === "unknown") return "unknown";
  if (block === null) return "no";
  const enabled = block.get(["enabled"]);
  if (enabled.kind === "unknown") return "unknown";
  const on = enabled.kind === "absent" ? type === "aws_elb" : enabled.value === true;
  if (!on) return "no";
  const bucket = block.get(["bucket"]);
  if (bucket.kind === "unknown") return "yes";
  return bucket.kind === "known" && bucket.value !== "" ? "yes" : "no";
}
function logDestination(index, buckets, lb) {
  const found = bucketsNamedBy(index, buckets, lb, ["access_logs", 0, "bucket"]);
  const name = lb.attrs.string(["access_logs", 0, "bucket"]);
  if (found.length === 1) return { kind: "in-plan", bucket: found[0], name };
  if (found.length > 1) return { kind: "unknown" };
  if (name.kind === "known" && typeof name.value === "string") return { kind: "outside-plan", name: name.value, sensitive: name.sensitive };
  const resolved = index.resolveAttribute(lb, ["access_logs", 0, "bucket"]);
  const constant = resolved.constants.find((c) => typeof c === "string");
  if (constant && !resolved.unresolved && resolved.targets.length === 0) return { kind: "outside-plan", name: constant, sensitive: resolved.sensitive === true };
  const fromData = resolved.targets.find((t) => t.mode === "data");
  const dataName = fromData ? knownString(fromData.attrs.get(["bucket"])) ?? knownString(fromData.attrs.get(["id"])) : void 0;
  if (dataName) return { kind: "outside-plan", name: dataName, sensitive: false };
  const fed = bucketsFeedingDynamicBlock(index, buckets, lb, "access_logs");
  if (fed.length === 1) return { kind: "in-plan", bucket: fed[0], name };
  return { kind: "unknown" };
}
function bucketsFeedingDynamicBlock(index, buckets, from, block) {
  const resolved = index.resolveDynamicBlockInput(from, block);
  if (!resolved) return [];
  const result = /* @__PURE__ */ new Set();
  for (const target of resolved.targets) {
    const bucket = buckets.of(target);
    if (bucket) result.add(bucket);
    else if (target.type.startsWith("aws_s3_bucket_")) for (const b of bucketsNamedBy(index, buckets, target, ["bucket"])) result.add(b);
  }
  const planned = knownString(from.attrs.get([block, 0, "bucket"]));
  return [...result].filter((bucket) => planned === void 0 || knownString(bucket.name) === void 0 || knownString(bucket.name) === planned);
}
function bucketsNamedBy(index, buckets, from, path2) {
  const resolved = index.resolveAttribute(from, path2);
  const result = /* @__PURE__ */ new Set();
  for (const target of resolved.targets) {
    const bucket = buckets.of(target);
    if (bucket) result.add(bucket);
    else if (target.type.startsWith("aws_s3_bucket_") && target !== from) {
      for (const b of bucketsNamedBy(index, buckets, target, ["bucket"])) result.add(b);
    }
  }
  if (result.size === 0) {
    const name = knownString(from.attrs.get(path2)) ?? constantString(resolved);
    if (name) for (const bucket of buckets.named(name)) result.add(bucket);
  }
  return [...result];
}
function constantString(resolved) {
  return resolved.constants.find((c) => typeof c === "string");
}
function referenced(index, from, path2, types) {
  return index.resolveAttribute(from, path2).targets.filter((t) => types.includes(t.type));
}
function vendedDeliveries(index, lb) {
  return index.referrersOf(["aws_cloudwatch_log_delivery_source"], ["resource_arn"], lb).map((source) => {
    const logType = knownString(source.attrs.get(["log_type"])) ?? "unknown";
    const sourceName = knownString(source.attrs.get(["name"]));
    const deliveries = index.ofType("aws_cloudwatch_log_delivery").filter((delivery) => {
      if (index.resolveAttribute(delivery, ["delivery_source_name"]).targets.includes(source)) return true;
      return sourceName !== void 0 && knownString(delivery.attrs.get(["delivery_source_name"])) === sourceName;
    });
    const destinations = deliveries.flatMap((delivery) => {
      const targets = referenced(index, delivery, ["delivery_destination_arn"], ["aws_cloudwatch_log_delivery_destination"]);
      if (targets.length === 0) return ["unknown"];
      return targets.map((destination) => {
        const resource = index.resolveAttribute(destination, ["delivery_destination_configuration", 0, "destination_resource_arn"]).targets[0];
        const arn = knownString(destination.attrs.get(["delivery_destination_configuration", 0, "destination_resource_arn"])) ?? "";
        if (resource?.type === "aws_cloudwatch_log_group" || arn.startsWith("arn:aws:logs:")) return "cloudwatch";
        if (resource?.type === "aws_s3_bucket" || arn.startsWith("arn:aws:s3:")) return "s3";
        if (resource?.type === "aws_kinesis_firehose_delivery_stream" || arn.includes(":firehose:")) return "firehose";
        return "unknown";
      });
    });
    return { source, logType, destinations };
  });
}

// src/change/two-worlds.ts
function priorWorldPlan(plan) {
  const existing = [];
  for (const rc of plan.resource_changes ?? []) {
    if (rc.deposed || rc.mode === "data" || rc.change.before === null || rc.change.before === void 0) continue;
    const { before, before_sensitive } = rc.change;
    existing.push({ ...rc, change: { actions: ["no-op"], before, after: before, after_unknown: {}, before_sensitive, after_sensitive: before_sensitive } });
  }
  if (existing.length === 0) return null;
  return { ...plan, resource_changes: existing, planned_values: { outputs: plan.planned_values?.outputs } };
}
function judgeChange(plan, planned, findings, judge) {
  if (plan.kind === "state") return { changeOf: (finding) => isFinding(finding) ? "existing" : void 0, resolved: [] };
  if (plan.kind === "source") return { changeOf: (finding) => isFinding(finding) ? "new" : void 0, resolved: [] };
  const priorJson = priorWorldPlan(plan.json);
  if (!priorJson) return { changeOf: (finding) => isFinding(finding) ? "new" : void 0, resolved: [] };
  const unchanged = (plan.json.resource_changes ?? []).every((rc) => rc.change.actions.every((action) => action === "no-op"));
  const prior = unchanged ? planned : buildModel({ ...plan, json: priorJson });
  const priorLoadBalancers = new Set(prior.loadBalancers.map((lb) => lb.address));
  const anyLoadBalancerBefore = planned.loadBalancers.some((lb) => priorLoadBalancers.has(lb.address));
  const before = /* @__PURE__ */ new Map();
  for (const finding of unchanged ? findings : judge(prior)) before.set(keyOf(finding), finding);
  const changeOf = (finding) => {
    if (!isFinding(finding)) return void 0;
    const existedBefore = finding.address === null ? anyLoadBalancerBefore : priorLoadBalancers.has(finding.address);
    if (!existedBefore) return "new";
    const was = before.get(keyOf(finding))?.outcome.verdict;
    return was === "fail" || was === "unknown" ? "existing" : "regressed";
  };
  const resolved = [];
  for (const finding of findings) {
    if (finding.outcome.verdict !== "pass") continue;
    if (before.get(keyOf(finding))?.outcome.verdict === "fail") resolved.push({ ruleId: finding.rule.id, address: finding.address, severity: finding.severity });
  }
  return { changeOf, resolved };
}
var isFinding = (finding) => finding.outcome.verdict === "fail" || finding.outcome.verdict === "unknown";
var keyOf = (finding) => `${finding.rule.id}\0${finding.address ?? ""}`;

// src/model/secrets.ts
var SENSITIVE_PLACEHOLDER = "(sensitive value)";
var MIN_LENGTH = 6;
function sensitiveStrings(index) {
  const found = /* @__PURE__ */ new Set();
  const add = (value) => collectStrings(value, found);
  for (const instance of index.instances) collectMarked(instance.attrs.values, instance.attrs.sensitive, found);
  const root = index.plan.configuration?.root_module;
  for (const [name, declared] of ownEntries(root?.variables)) {
    if (declared?.sensitive) add(index.variables.get(name)?.value);
  }
  const walk = (module, steps, depth) => {
    if (!module || depth > 32) return;
    for (const [, output] of ownEntries(module.outputs)) {
      if (output?.sensitive && output.expression) for (const c of index.resolveExpression(steps, output.expression).constants) add(c);
    }
    for (const [name, call] of ownEntries(module.module_calls)) {
      const child2 = call?.module;
      for (const [variable, declared] of ownEntries(child2?.variables)) {
        if (!declared?.sensitive) continue;
        add(declared.default);
        const input = call?.expressions?.[variable];
        if (input && !Array.isArray(input) && typeof input === "object") {
          for (const c of index.resolveExpression(steps, input).constants) add(c);
        }
      }
      walk(child2, [...steps, { name }], depth + 1);
    }
  };
  walk(root, [], 0);
  for (const [, output] of ownEntries(index.plan.planned_values?.outputs)) {
    if (output && typeof output === "object" && !Array.isArray(output) && output.sensitive === true) add(output.value);
  }
  for (const value of found) if (value.length < MIN_LENGTH) found.delete(value);
  return found;
}
function redactor(secrets) {
  const list = [...new Set(secrets)].filter((s) => s.length >= MIN_LENGTH).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return (text) => text.replace(pattern, SENSITIVE_PLACEHOLDER);
}
function collectStrings(value, into) {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectStrings(item, into);
}
function collectMarked(values, marks, into, depth = 0) {
  if (marks === true) return collectStrings(values, into);
  if (!marks || typeof marks !== "object" || values === null || typeof values !== "object" || depth > 64) return;
  if (Array.isArray(marks)) {
    if (Array.isArray(values)) marks.forEach((mark, i) => collectMarked(values[i], mark, into, depth + 1));
    return;
  }
  if (Array.isArray(values)) return;
  for (const [key, mark] of Object.entries(marks)) if (Object.prototype.hasOwnProperty.call(values, key)) collectMarked(values[key], mark, into, depth + 1);
}
function ownEntries(record) {
  return record && typeof record === "object" ? Object.entries(record) : [];
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
var hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 20);
function findingKey(result) {
  const subjectKey = result.subject ? `${result.subject.address}#${result.subject.attribute.join(".")}` : "";
  return hash(`${result.ruleId}\0${result.address ?? ""}\0${subjectKey}`);
}
function planFingerprint(key, repositoryPath) {
  return hash(`${key}\0plan\0${repositoryPath}`);
}
function withFingerprints(results, plans) {
  const identityOf = new Map(plans.map((p) => [p.path, p.repositoryPath ?? p.path]));
  const several = new Set(identityOf.values()).size > 1;
  return results.map((result) => {
    const key = findingKey(result);
    return { ...result, fingerprint: several ? planFingerprint(key, identityOf.get(result.plan) ?? result.plan) : key };
  });
}

// src/report/build.ts
function buildReport(parts) {
  const rules = [...new Map(parts.rules.map((rule) => [rule.id, rule])).values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const results = withFingerprints(parts.results, parts.plans);
  return {
    schemaVersion: 1,
    tool: { name: "elb-ir-check", version: parts.version ?? VERSION },
    rules,
    plans: parts.plans,
    loadBalancers: parts.loadBalancers,
    results,
    resolved: [...parts.resolved ?? []],
    summary: summarize(results, parts.resolved?.length ?? 0),
    problems: [...new Set(parts.problems ?? [])],
    warnings: [...new Set(parts.warnings ?? [])]
  };
}
function summarize(results, resolved) {
  const summary = { error: 0, warning: 0, notice: 0, suppressed: 0, new: 0, resolved };
  for (const result of results) {
    if (result.verdict === "suppressed") summary.suppressed++;
    else if (result.verdict === "fail" && result.severity) summary[result.severity]++;
    if (result.verdict === "fail" && (result.change === "new" || result.change === "regressed")) summary.new++;
  }
  return summary;
}

// src/rules/types.ts
var GUIDE = "https://aws.github.io/aws-elb-best-practices/security/incident_response/";
var pass = (message, extra = {}) => ({ verdict: "pass", message, ...extra });
var fail = (message, extra = {}) => ({ verdict: "fail", message, ...extra });
var unknown = (message, extra = {}) => ({ verdict: "unknown", message, ...extra });
var notApplicable = (message) => ({ verdict: "not-applicable", message });

// src/util/quoted.ts
var OPEN = "\uE000";
var CLOSE = "\uE001";
var MARKERS = /[\uE000\uE001]/g;
var QUOTED = /\uE000([^\uE000\uE001]*)\uE001/g;
function quote(value) {
  return `${OPEN}${value.replace(MARKERS, "")}${CLOSE}`;
}
function renderQuoted(message, value, text) {
  let out = "";
  let last = 0;
  for (const match of message.matchAll(QUOTED)) {
    out += text(message.slice(last, match.index).replace(MARKERS, ""));
    out += value(match[1]);
    last = match.index + match[0].length;
  }
  return out + text(message.slice(last).replace(MARKERS, ""));
}
function unquote(message) {
  return renderQuoted(message, (v) => `\`${v}\``, (t) => t);
}

// src/rules/helpers.ts
function loggingState(lb) {
  if (lb.s3Logging === "yes" || lb.vendedAccessLogs.length > 0) return "yes";
  return lb.s3Logging;
}
function unlessLogsToS3(lb) {
  if (lb.kind === "gateway") return notApplicable("Gateway Load Balancers have no access logs.");
  if (lb.s3Logging === "no") {
    return notApplicable(lb.vendedAccessLogs.length > 0 ? "Access logs go through CloudWatch vended log delivery, not to an S3 bucket." : "Access logs are off (see ELBIR001).");
  }
  return null;
}
function bucketLabel(destination) {
  if (destination.kind === "outside-plan") return destination.sensitive ? "the log bucket (name is sensitive)" : quote(destination.name);
  if (destination.kind === "in-plan") {
    const address = quote(destination.bucket.instance.address);
    return destination.bucket.name.kind === "known" ? `${quote(displayValue(destination.bucket.name))} (${address})` : address;
  }
  return "the log bucket";
}
function prefixAttribute(lb) {
  return lb.kind === "classic" ? "bucket_prefix" : "prefix";
}
function localAddress(address) {
  return address.replace(/^(module\.[^.[]+(\[[^\]]*\])?\.)+/, "").replace(/\[[^\]]*\]$/, "");
}

// src/rules/elbir001-access-logs-enabled.ts
var FIX_LB = `access_logs {
  bucket  = "<log-archive-bucket>"
  prefix  = "<workload>/<environment>"
  enabled = true
}`;
var FIX_ELB = `access_logs {
  bucket        = "<log-archive-bucket>"
  bucket_prefix = "<workload>/<environment>"
  interval      = 5
}`;
var accessLogsEnabled = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR001",
    name: "access-logs-enabled",
    title: "Enable access logs",
    practice: "sec15",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "error",
    rationale: "Without access logs there is no record of who sent which requests to the load balancer, and responders cannot scope an incident or find its source.",
    remediation: "Add an `access_logs` block with `enabled = true` and a bucket (for `aws_lb`, `enabled` defaults to false even when a bucket is set), or deliver the logs through CloudWatch vended log delivery."
  },
  check(lb) {
    if (lb.kind === "gateway") return notApplicable("Gateway Load Balancers have no access logs.");
    const fix = lb.kind === "classic" ? FIX_ELB : FIX_LB;
    const vended = lb.vendedAccessLogs[0];
    if (lb.s3Logging === "yes") {
      const block2 = lb.accessLogsBlock !== "unknown" && lb.accessLogsBlock ? lb.accessLogsBlock : null;
      const prefix = block2?.get([prefixAttribute(lb)]);
      const where = block2 ? quote(`s3://${displayValue(block2.get(["bucket"]))}${prefix?.kind === "known" && prefix.value ? `/${displayValue(prefix)}` : ""}`) : "S3";
      return pass(`Access logs are enabled and written to ${where}.`);
    }
    if (vended) return pass(`Access logs are delivered by CloudWatch vended log delivery (${quote(vended.source.address)}).`);
    const untraced = lb.untracedVendedSources[0];
    if (untraced) return unknown(`Whether ${quote(untraced.address)} delivers this load balancer's access logs is known only after apply (the plan has no configuration to trace it).`);
    if (lb.s3Logging === "unknown") {
      const attribute = lb.accessLogsBlock === "unknown" ? ["access_logs"] : ["access_logs", 0, "enabled"];
      return unknown("Whether access logs are enabled is known only after apply: `access_logs` depends on values computed during apply.", { attribute });
    }
    const block = lb.accessLogsBlock;
    if (block === null || block === "unknown") {
      return fail("The load balancer has no `access_logs` block, so it writes no access logs.", { attribute: [], fix });
    }
    const enabled = block.get(["enabled"]);
    if (enabled.kind === "absent") {
      return fail("`access_logs` names a bucket but does not set `enabled = true`; for `" + lb.instance.type + "` it defaults to false, even with a bucket, so no logs are written.", {
        attribute: ["access_logs", 0],
        fix
      });
    }
    if (enabled.kind === "known" && enabled.value !== true) {
      return fail("`access_logs` is switched off (`enabled = false`).", { attribute: ["access_logs", 0, "enabled"], fix, lineFix: "enabled = true" });
    }
    return fail("`access_logs` has an empty bucket, so no logs can be written.", { attribute: ["access_logs", 0, "bucket"], fix });
  }
};

// src/rules/elbir002-access-logs-deliverable.ts
var accessLogsDeliverable = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR002",
    name: "access-logs-deliverable",
    title: "Access logs can actually be written",
    practice: "sec15",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "error",
    rationale: 'When the bucket is in another region, encrypted with KMS (ALB, classic) or with the AWS managed KMS key (NLB), its policy names the wrong principal, or the prefix contains "AWSLogs", the apply fails with "Access Denied for bucket" or the logs silently never arrive, and the evidence is missing when an incident comes.',
    remediation: `Keep the bucket in the load balancer's region with SSE-S3 (AES256) encryption (NLB: or SSE-KMS with a customer managed key whose policy allows delivery.logs.amazonaws.com), grant s3:PutObject to the right principal (ALB/classic: the regional ELB account or logdelivery.elasticloadbalancing.amazonaws.com; NLB: delivery.logs.amazonaws.com), keep "AWSLogs" out of the prefix, and make the load balancer depend on the bucket policy.`
  },
  check(lb) {
    const skip = unlessLogsToS3(lb);
    if (skip) return skip;
    const destination = lb.logDestination;
    const problems = [];
    checkPrefix(lb, problems);
    if (!destination || destination.kind === "unknown") {
      if (problems.length > 0) return failWith("the log bucket", problems);
      return unknown("The log bucket is known only after apply and cannot be matched to a bucket in the plan.", { attribute: ["access_logs", 0, "bucket"] });
    }
    if (destination.kind === "outside-plan") {
      if (problems.length > 0) return failWith(bucketLabel(destination), problems);
      return notApplicable(`The log bucket ${bucketLabel(destination)} is not managed in this plan; its region, encryption and policy are checked where it is managed.`);
    }
    const unknowns = [];
    problems.push(...bucketProblems(lb, destination.bucket, unknowns));
    const label = bucketLabel(destination);
    if (problems.length > 0) return failWith(label, problems);
    if (unknowns.length > 0) return unknown(`Delivery to ${label} depends on values known only after apply: ${unknowns.join("; ")}.`);
    return pass(`${label} is in the same region, uses a supported encryption and grants the right principal.`);
  }
};
function deliveryProblems(lb, bucket, unknowns = []) {
  const problems = [];
  checkPrefix(lb, problems);
  if (bucket) problems.push(...bucketProblems(lb, bucket, unknowns));
  return problems;
}
function bucketProblems(lb, bucket, unknowns) {
  const problems = [];
  checkRegion(lb, bucket, problems, unknowns);
  checkEncryption(lb, bucket, problems, unknowns);
  checkPolicy(lb, bucket, problems, unknowns);
  checkOrdering(lb, bucket, problems);
  return problems;
}
function failWith(label, problems) {
  const [first] = problems;
  const message = problems.length === 1 ? `Logs cannot be delivered to ${label}: ${first.message}` : `Logs cannot be delivered to ${label}: ${problems.map((p, i) => `(${i + 1}) ${p.message}`).join(" ")}`;
  return fail(message, { target: first.target, attribute: first.attribute, fix: problems.map((p) => p.fix).filter(Boolean).join("\n\n") || void 0, lineFix: problems.length === 1 ? first.lineFix : void 0 });
}
function checkRegion(lb, bucket, problems, unknowns) {
  const bucketRegion = bucket.region;
  if (lb.region === "unknown" || bucketRegion === "unknown") {
    unknowns.push("the region of the bucket or the load balancer");
    return;
  }
  if (lb.region && bucketRegion && lb.region !== bucketRegion) {
    problems.push({
      concern: "region",
      message: `the bucket is in ${quote(bucketRegion)} but the load balancer is in ${quote(lb.region)}; ELB writes access logs only to a bucket in its own region.`,
      target: bucket.instance,
      attribute: bucket.regionWritten ? ["region"] : ["bucket"],
      fix: `# Create the log bucket with a provider for ${lb.region}:
resource "aws_s3_bucket" "${bucket.instance.name}" {
  provider = aws.${lb.region.replace(/-/g, "_")}
  bucket   = "<name>-${lb.region}"
}`
    });
  }
}
function checkEncryption(lb, bucket, problems, unknowns) {
  for (const setting of bucket.encryption) {
    const { holder, path: path2, algorithm } = setting;
    if (algorithm.kind === "unknown") {
      unknowns.push("the bucket encryption");
      continue;
    }
    const value = knownString(algorithm);
    if (!value || value === "AES256") continue;
    const attribute = [...path2, "sse_algorithm"];
    if (lb.kind !== "network") {
      problems.push({
        concern: "encryption",
        message: `the bucket is encrypted with ${quote(value)}; ${lb.kind === "classic" ? "Classic Load Balancers" : "Application Load Balancers"} support only SSE-S3, so the apply fails with "Access Denied for bucket".`,
        target: holder,
        attribute,
        fix: 'apply_server_side_encryption_by_default {\n  sse_algorithm = "AES256"\n}',
        lineFix: 'sse_algorithm = "AES256"'
      });
      continue;
    }
    const keyAttribute = [...path2, "kms_master_key_id"];
    const key = setting.kmsKey;
    const keyText = knownString(key) ?? "";
    if (key.kind === "unknown" || keyText !== "" && !AWS_MANAGED_S3_KEY.test(keyText)) {
      checkKeyPolicy(setting, problems, unknowns);
      continue;
    }
    const configured = keyText !== "" || setting.kmsKeyWritten;
    problems.push({
      concern: "encryption",
      message: `the bucket uses SSE-KMS with the AWS managed key aws/s3${keyText === "" ? " (no kms_master_key_id)" : ""}; NLB log delivery to an SSE-KMS bucket needs a customer managed key whose key policy lets ${LOG_DELIVERY_SERVICE} use it (or SSE-S3).`,
      target: holder,
      attribute: configured ? keyAttribute : attribute,
      fix: NLB_KMS_FIX
    });
  }
}
function checkKeyPolicy(setting, problems, unknowns) {
  if (!setting.customerKey) return;
  const { instance: key, policies } = setting.customerKey;
  const wantsDelivery = (type, id) => type === "Service" && id === LOG_DELIVERY_SERVICE || (type === "*" || type === "AWS") && id === "*";
  let sawUnknown = false;
  for (const policy2 of policies) {
    const statements = policy2.statements;
    if (statements === "unknown") {
      sawUnknown = true;
      continue;
    }
    for (const statement of statements ?? []) {
      const grant = grants(statement, wantsDelivery, "kms:GenerateDataKey");
      if (grant === true) return;
      if (grant === "unknown") sawUnknown = true;
    }
  }
  if (sawUnknown) {
    unknowns.push("the key policy of the bucket's KMS key");
    return;
  }
  const [policy] = policies;
  problems.push({
    concern: "key-policy",
    message: `the bucket's KMS key ${quote(key.address)} ${policies.length === 0 ? "has the default key policy, which" : "has a key policy that"} does not let ${LOG_DELIVERY_SERVICE} use it (kms:GenerateDataKey*), so NLB log delivery cannot encrypt the log files.`,
    target: policy?.holder ?? key,
    attribute: policy ? [policy.attribute] : [],
    fix: KEY_POLICY_FIX
  });
}
var LOG_DELIVERY_KEY_STATEMENT = `statement {
  sid       = "AllowLogDelivery"
  actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
  resources = ["*"]
  principals {
    type        = "Service"
    identifiers = ["${LOG_DELIVERY_SERVICE}"]
  }
}`;
var KEY_POLICY_FIX = `# Add to the key policy:
${LOG_DELIVERY_KEY_STATEMENT}`;
var AWS_MANAGED_S3_KEY = /(^|:)alias\/aws\/s3$/;
var NLB_KMS_FIX = `# Either SSE-S3:
apply_server_side_encryption_by_default {
  sse_algorithm = "AES256"
}

# or a customer managed key that the log delivery service may use:
apply_server_side_encryption_by_default {
  sse_algorithm     = "aws:kms"
  kms_master_key_id = aws_kms_key.logs.arn
}

data "aws_iam_policy_document" "logs_key" {
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::<account-id>:root"]
    }
  }
${LOG_DELIVERY_KEY_STATEMENT.replace(/^/gm, "  ")}
}

resource "aws_kms_key" "logs" {
  description         = "NLB access logs"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.logs_key.json
}`;
function checkPolicy(lb, bucket, problems, unknowns) {
  const holders = bucket.policies;
  const region = lb.region && lb.region !== "unknown" ? lb.region : void 0;
  const wanted = wantedPrincipals(lb, region);
  if (holders.length === 0) {
    problems.push({
      concern: "bucket-policy",
      message: `the bucket has no bucket policy, so ELB cannot write to it; it needs s3:PutObject for ${wanted.description}.`,
      target: bucket.instance,
      attribute: [],
      fix: policyFix(lb, bucket, region)
    });
    return;
  }
  let sawUnknown = false;
  const grantedOthers = /* @__PURE__ */ new Set();
  for (const { statements } of holders) {
    if (statements === "unknown") {
      sawUnknown = true;
      continue;
    }
    for (const statement of statements ?? []) {
      const grant = grants(statement, wanted.matches);
      if (grant === true) return;
      if (grant === "unknown") sawUnknown = true;
      for (const p of statement.principals) if (p.ids !== "unknown" && statement.effect === "Allow") for (const id of p.ids) grantedOthers.add(id);
    }
  }
  if (sawUnknown) {
    unknowns.push("the bucket policy");
    return;
  }
  const others = [...grantedOthers].filter((id) => id === LOG_DELIVERY_SERVICE || id === ELB_LOG_DELIVERY_SERVICE || KNOWN_ELB_ACCOUNT_IDS.has(accountOf(id)));
  const holder = holders[0].holder;
  problems.push({
    concern: "bucket-policy",
    message: `the bucket policy does not grant s3:PutObject to ${wanted.description}${others.length ? ` (it grants ${others.map(quote).join(", ")}, which ${lb.kind === "network" ? "Application and Classic Load Balancers use" : "NLB and vended delivery use"})` : ""}.`,
    target: holder,
    attribute: ["policy"],
    fix: policyFix(lb, bucket, region)
  });
}
function wantedPrincipals(lb, region) {
  if (lb.kind === "network") {
    return { description: `the service ${LOG_DELIVERY_SERVICE} (NLB)`, matches: (type, id) => type === "Service" && id === LOG_DELIVERY_SERVICE };
  }
  const account = region ? ELB_ACCOUNTS[region] : void 0;
  const description = account ? `the ELB account ${account} of ${quote(region)} or the service ${ELB_LOG_DELIVERY_SERVICE}` : `the service ${ELB_LOG_DELIVERY_SERVICE}${region ? ` (${quote(region)} has no ELB account)` : " or the regional ELB account"}`;
  return {
    description,
    matches: (type, id) => {
      if (type === "Service") return id === ELB_LOG_DELIVERY_SERVICE;
      if (type !== "AWS") return false;
      const idAccount = accountOf(id);
      return account ? idAccount === account : !region && KNOWN_ELB_ACCOUNT_IDS.has(idAccount);
    }
  };
}
function accountOf(id) {
  return /^arn:[^:]+:iam::(\d{12}):root$/.exec(id)?.[1] ?? id;
}
function grants(statement, matches2, wantedAction = "s3:PutObject") {
  if (statement.effect !== "Allow") return statement.effect === "unknown" ? "unknown" : false;
  const action = allowsAction(statement, wantedAction);
  if (action === false) return false;
  let sawUnknown = action === "unknown";
  for (const principal of statement.principals) {
    if (principal.ids === "unknown") {
      sawUnknown = true;
      continue;
    }
    if (principal.ids.some((id) => matches2(principal.type, id))) return action === true ? true : "unknown";
  }
  return sawUnknown ? "unknown" : false;
}
function policyFix(lb, bucket, region) {
  const ref = `aws_s3_bucket.${bucket.instance.name}`;
  const principal = lb.kind === "network" ? `    principals {
      type        = "Service"
      identifiers = ["${LOG_DELIVERY_SERVICE}"]
    }` : region && ELB_ACCOUNTS[region] ? `    principals {
      type        = "AWS"
      identifiers = [data.aws_elb_service_account.main.arn]
    }` : `    principals {
      type        = "Service"
      identifiers = ["${ELB_LOG_DELIVERY_SERVICE}"]
    }`;
  return `data "aws_iam_policy_document" "elb_logs" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["\${${ref}.arn}/*/AWSLogs/*"]
${principal}
  }
}

resource "aws_s3_bucket_policy" "elb_logs" {
  bucket = ${ref}.id
  policy = data.aws_iam_policy_document.elb_logs.json
}`;
}
function checkPrefix(lb, problems) {
  const block = lb.accessLogsBlock;
  if (!block || block === "unknown") return;
  const attribute = prefixAttribute(lb);
  const prefix = block.get([attribute]);
  if (prefix.kind === "known" && typeof prefix.value === "string" && prefix.value.includes("AWSLogs")) {
    problems.push({
      concern: "prefix",
      message: `the prefix ${prefix.sensitive ? "(sensitive)" : quote(displayValue(prefix))} contains "AWSLogs", which ELB refuses (it adds AWSLogs/<account-id>/ itself).`,
      attribute: ["access_logs", 0, attribute],
      lineFix: `${attribute} = "${prefix.sensitive ? "<prefix>" : prefix.value.replace(/\/?AWSLogs\/?/g, "/").replace(/^\/|\/$/g, "")}"`
    });
  }
}
function checkOrdering(lb, bucket, problems) {
  const policies = (bucket.companions.get("aws_s3_bucket_policy") ?? []).filter((p) => p.actions.includes("create"));
  if (policies.length === 0 || !lb.instance.actions.includes("create")) return;
  const dependencies = lb.dependencies;
  if (policies.some((p) => dependencies.includes(p))) return;
  const sameModule = policies[0].moduleInstance === lb.instance.moduleInstance;
  const reference = sameModule ? localAddress(policies[0].address) : policies[0].address;
  problems.push({
    concern: "ordering",
    message: `the load balancer does not depend on ${quote(policies[0].address)}, so Terraform may create it first; ELB then checks the bucket, finds no permission, and the apply fails.`,
    attribute: [],
    fix: `depends_on = [${reference}]`
  });
}

// src/rules/elbir003-access-logs-centralized.ts
var accessLogsCentralized = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR003",
    name: "access-logs-centralized",
    title: "Consolidate access logs in the Log Archive account",
    practice: "sec16",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "warning",
    rationale: "Logs kept in the workload account can be read, changed or deleted by whoever compromises that account; a central Log Archive account keeps the evidence out of reach and in one place for investigation.",
    remediation: "Point `access_logs.bucket` at the per-region ELB log bucket in the Log Archive account (for example the Landing Zone Accelerator bucket `aws-accelerator-elb-access-logs-<account>-<region>`), and list it under `logArchive.buckets` in `.elb-ir.yml`."
  },
  check(lb, { settings }) {
    const skip = unlessLogsToS3(lb);
    if (skip) return skip;
    const destination = lb.logDestination;
    if (!destination || destination.kind === "unknown") {
      return unknown("The log bucket is known only after apply, so whether it is the Log Archive bucket cannot be told.", { attribute: ["access_logs", 0, "bucket"] });
    }
    const name = destination.kind === "outside-plan" ? destination.name : knownString(destination.bucket.name);
    const label = bucketLabel(destination);
    const { buckets, accounts } = settings.logArchive;
    if (name !== void 0) {
      if (buckets.some((pattern) => matchesPattern(name, pattern))) return pass(`${label} is a configured Log Archive bucket.`);
      const account = accounts.find((id) => name.includes(id));
      if (account) return pass(`${label} belongs to the configured Log Archive account ${quote(account)}.`);
      if (LZA_ELB_BUCKET.test(name)) return pass(`${label} follows the Landing Zone Accelerator Log Archive naming.`);
    }
    const fix = 'access_logs {\n  bucket  = "aws-accelerator-elb-access-logs-<log-archive-account>-<region>"\n  prefix  = "<account>/<region>/<load-balancer>"\n  enabled = true\n}';
    const configured = buckets.length > 0 || accounts.length > 0;
    if (destination.kind === "outside-plan") {
      if (!configured) return pass(`${label} is not managed in this plan and is taken to be central; list it under \`logArchive.buckets\` in .elb-ir.yml to check it.`);
      return fail(`${label} is none of the configured Log Archive buckets or accounts.`, { attribute: ["access_logs", 0, "bucket"], fix });
    }
    const assumed = destination.bucket.account;
    const own = lb.account;
    if (assumed && assumed !== "unknown" && assumed !== own) {
      if (!configured || accounts.length === 0 || accounts.includes(assumed)) return pass(`${label} is managed through a provider that assumes a role in account ${quote(assumed)}.`);
    }
    if (assumed === "unknown" && name === void 0) return unknown(`${label} is managed through a provider whose role is known only after apply.`);
    return fail(`${label} is created beside the load balancer, in the workload's own account, not in the Log Archive account.`, { attribute: ["access_logs", 0, "bucket"], fix });
  }
};

// src/rules/elbir004-access-logs-protected.ts
var PUBLIC_ACCESS_SETTINGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
var accessLogsProtected = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR004",
    name: "access-logs-protected",
    title: "Protect the confidentiality and integrity of access logs",
    practice: "sec16",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "warning",
    rationale: "Access logs hold client addresses and request paths; an attacker who can read, overwrite or delete them can hide their tracks, and logs without retention are gone before an investigation starts.",
    remediation: "Give the log bucket a public access block with all four settings true, versioning (or object lock), a policy that denies requests without TLS, BucketOwnerEnforced object ownership and a lifecycle rule that keeps logs for the retention period."
  },
  check(lb) {
    const skip = unlessLogsToS3(lb);
    if (skip) return skip;
    const destination = lb.logDestination;
    if (!destination || destination.kind === "unknown") return unknown("The log bucket is known only after apply.", { attribute: ["access_logs", 0, "bucket"] });
    if (destination.kind === "outside-plan") return notApplicable(`The log bucket ${bucketLabel(destination)} is managed outside this plan; its protections are checked where it is managed.`);
    const { gaps, unknowns } = protections(destination.bucket);
    const label = bucketLabel(destination);
    if (gaps.length > 0) {
      return fail(`${label} lacks ${missingControls(gaps.map((g) => g.message))}.`, {
        target: gaps[0].target,
        attribute: gaps[0].attribute,
        fix: gaps.map((g) => g.fix).join("\n\n"),
        lineFix: gaps.length === 1 ? gaps[0].lineFix : void 0
      });
    }
    if (unknowns.length > 0) return unknown(`${label}: ${unknowns.join(", ")} known only after apply.`);
    return pass(`${label} blocks public access, keeps versions, requires TLS, enforces bucket ownership and expires logs by a lifecycle rule.`);
  }
};
function protections(bucket) {
  const gaps = [];
  const unknowns = [];
  const bucketRef = bucketReference(bucket.instance);
  const ref = `${bucketRef}.id`;
  const companions = (type) => bucket.companions.get(type) ?? [];
  const blocks = companions("aws_s3_bucket_public_access_block");
  const pabFix = `resource "aws_s3_bucket_public_access_block" "${bucket.instance.name}" {
  bucket                  = ${ref}
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`;
  if (blocks.length === 0) gaps.push({ control: "public-access-block", message: "a public access block", target: bucket.instance, attribute: [], fix: pabFix });
  else {
    const pab = blocks[0];
    const off = PUBLIC_ACCESS_SETTINGS.filter((s) => pab.attrs.get([s]).kind === "known" && pab.attrs.get([s]).value !== true);
    const unsure = PUBLIC_ACCESS_SETTINGS.filter((s) => pab.attrs.get([s]).kind === "unknown");
    if (off.length > 0) gaps.push({ control: "public-access-block", message: `a full public access block (${off.join(", ")} not true)`, target: pab, attribute: [off[0]], fix: pabFix, lineFix: `${off[0]} = true` });
    else if (unsure.length > 0) unknowns.push("the public access block");
  }
  const versioning = companions("aws_s3_bucket_versioning");
  const lock = companions("aws_s3_bucket_object_lock_configuration");
  const lockEnabled = bucket.instance.attrs.get(["object_lock_enabled"]);
  const versioningFix = `resource "aws_s3_bucket_versioning" "${bucket.instance.name}" {
  bucket = ${ref}
  versioning_configuration {
    status = "Enabled"
  }
}`;
  if (lock.length === 0 && !(lockEnabled.kind === "known" && lockEnabled.value === true)) {
    if (versioning.length === 0) {
      const inline = bucket.inline.versioning;
      if (inline?.kind === "unknown") unknowns.push("versioning");
      else if (!(inline?.kind === "known" && inline.value === true)) gaps.push({ control: "versioning", message: "versioning or object lock", target: bucket.instance, attribute: [], fix: versioningFix });
    } else {
      const status = versioning[0].attrs.get(["versioning_configuration", 0, "status"]);
      if (status.kind === "unknown") unknowns.push("versioning");
      else if (!(status.kind === "known" && status.value === "Enabled")) {
        gaps.push({ control: "versioning", message: "versioning (it is not Enabled)", target: versioning[0], attribute: ["versioning_configuration", 0, "status"], fix: versioningFix, lineFix: 'status = "Enabled"' });
      }
    }
  }
  const documents = bucket.policies.filter((policy) => !policy.inline);
  const policies = documents.map((policy) => policy.holder);
  let tls = false;
  for (const { statements } of documents) {
    if (statements === "unknown") tls = tls === true ? true : "unknown";
    else if ((statements ?? []).some((s) => s.effect === "Deny" && s.conditions.some((c) => c.variable.toLowerCase() === "aws:securetransport" && c.values !== "unknown" && c.values.includes("false")))) tls = true;
  }
  const tlsFix = `statement {
  sid     = "DenyInsecureTransport"
  effect  = "Deny"
  actions = ["s3:*"]
  resources = [${bucketRef}.arn, "\${${bucketRef}.arn}/*"]
  principals {
    type        = "*"
    identifiers = ["*"]
  }
  condition {
    test     = "Bool"
    variable = "aws:SecureTransport"
    values   = ["false"]
  }
}`;
  if (tls === "unknown") unknowns.push("the TLS-only policy");
  else if (!tls) gaps.push({ control: "tls-only", message: "a policy statement that denies requests without TLS (aws:SecureTransport = false)", target: policies[0] ?? bucket.instance, attribute: policies[0] ? ["policy"] : [], fix: tlsFix });
  const ownership = companions("aws_s3_bucket_ownership_controls");
  const ownershipFix = `resource "aws_s3_bucket_ownership_controls" "${bucket.instance.name}" {
  bucket = ${ref}
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}`;
  if (ownership.length === 0) gaps.push({ control: "object-ownership", message: "BucketOwnerEnforced object ownership", target: bucket.instance, attribute: [], fix: ownershipFix });
  else {
    const mode = ownership[0].attrs.get(["rule", 0, "object_ownership"]);
    if (mode.kind === "unknown") unknowns.push("object ownership");
    else if (!(mode.kind === "known" && mode.value === "BucketOwnerEnforced")) {
      gaps.push({ control: "object-ownership", message: "BucketOwnerEnforced object ownership", target: ownership[0], attribute: ["rule", 0, "object_ownership"], fix: ownershipFix, lineFix: 'object_ownership = "BucketOwnerEnforced"' });
    }
  }
  const lifecycle = companions("aws_s3_bucket_lifecycle_configuration");
  const lifecycleFix = `resource "aws_s3_bucket_lifecycle_configuration" "${bucket.instance.name}" {
  bucket = ${ref}
  rule {
    id     = "retention"
    status = "Enabled"
    filter {}
    expiration {
      days = 365
    }
  }
}`;
  let retention = false;
  for (const resource of lifecycle) {
    const rules = resource.attrs.blocks(["rule"]);
    if (rules === "unknown") retention = retention === true ? true : "unknown";
    else if (rules.some((r) => r.get(["status"]).kind === "known" && r.get(["status"]).value === "Enabled" && (hasBlock(r.blocks(["expiration"])) || hasBlock(r.blocks(["noncurrent_version_expiration"]))))) retention = true;
  }
  const inlineRules = bucket.inline.lifecycleRules;
  if (inlineRules !== "unknown" && inlineRules.some((r) => r.get(["enabled"]).kind === "known" && hasBlock(r.blocks(["expiration"])))) retention = true;
  if (retention === "unknown") unknowns.push("the lifecycle rules");
  else if (!retention) gaps.push({ control: "retention", message: "a lifecycle rule that expires logs after the retention period", target: lifecycle[0] ?? bucket.instance, attribute: lifecycle[0] ? ["rule"] : [], fix: lifecycleFix });
  return { gaps, unknowns };
}
function bucketReference(bucket) {
  return `aws_s3_bucket.${bucket.name}${bucket.parsed.index === void 0 ? "" : formatKey(bucket.parsed.index)}`;
}
function hasBlock(blocks) {
  return blocks === "unknown" || blocks.length > 0;
}
var COUNTS = ["", "one", "two", "three", "four", "five", "six"];
function missingControls(controls) {
  if (controls.length === 1) return controls[0];
  const list = `${controls.slice(0, -1).join(", ")}, and ${controls[controls.length - 1]}`;
  return `${COUNTS[controls.length] ?? controls.length} controls: ${list}`;
}

// src/rules/elbir005-access-logs-analyzed.ts
var accessLogsAnalyzed = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR005",
    name: "access-logs-analyzed",
    title: "Use a tool to analyze access logs",
    practice: "sec20",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "warning",
    rationale: "Logs nobody can query are little help in an incident: an Athena table (or a SIEM) ready before the incident answers who the top requesters are, which TLS ciphers are used and what a client did, in minutes instead of days.",
    remediation: "Create an Athena/Glue table over `s3://<bucket>/<prefix>/AWSLogs/<account>/elasticloadbalancing/<region>/` (the AWS samples give the DDL and partition projection), or declare the SIEM that ingests the logs as `analysisTool` in `.elb-ir.yml`."
  },
  check(lb, { model, settings }) {
    if (lb.kind === "gateway") return notApplicable("Gateway Load Balancers have no access logs.");
    if (lb.s3Logging === "no" && lb.vendedAccessLogs.length === 0) return notApplicable("Access logs are off (see ELBIR001).");
    if (settings.analysisTool) return pass(`Access logs are analyzed by ${quote(settings.analysisTool)} (declared in the configuration).`);
    const toCloudWatch = lb.vendedAccessLogs.find((d) => d.destinations.includes("cloudwatch"));
    if (toCloudWatch) return pass("Access logs are delivered to CloudWatch Logs, where Logs Insights can query them.");
    if (lb.s3Logging === "no") return notApplicable(lb.vendedAccessLogs.length > 0 ? "Access logs go through vended delivery outside CloudWatch Logs; declare the tool that reads them as `analysisTool`." : "Access logs are off (see ELBIR001).");
    const destination = lb.logDestination;
    const readers = model.analysisReaders;
    if (!destination || destination.kind === "unknown") {
      if (readers.length > 0) return unknown("The log bucket is known only after apply, so whether the analysis resources read it cannot be told.", { attribute: ["access_logs", 0, "bucket"] });
      return fail("No Athena/Glue table, crawler or named query is in the plan, and no analysis tool is declared.", { attribute: ["access_logs", 0, "bucket"], fix: tableFix(lb, "<bucket>", void 0) });
    }
    const name = destination.kind === "outside-plan" ? destination.name : knownString(destination.bucket.name);
    const bucketInstance = destination.kind === "in-plan" ? destination.bucket.instance : void 0;
    const logs = { bucketName: name, bucketInstance, prefix: logPrefix(lb), lb, sharedBucket: bucketInstance !== void 0 && sharesBucket(model.loadBalancers, lb, bucketInstance) };
    let sawUnknown = false;
    for (const { resource, locations } of readers) {
      for (const location of locations) {
        const match = readsLogs(resource, location, logs);
        if (match === true) return pass(`${quote(resource.address)} reads the access logs in ${bucketLabel(destination)}.`);
        if (match === "unknown") sawUnknown = true;
      }
    }
    if (sawUnknown) return unknown(`An analysis resource's location or this load balancer's log prefix is known only after apply, so whether it reads the logs in ${bucketLabel(destination)} cannot be told.`);
    const safeName = destination.kind === "outside-plan" ? destination.sensitive ? void 0 : name : destination.bucket.name.kind === "known" && !destination.bucket.name.sensitive ? name : void 0;
    const prefix = lb.logPrefix.value;
    const safePrefix = prefix.kind === "known" && !prefix.sensitive ? knownString(prefix) : void 0;
    const under = safePrefix !== void 0 && safePrefix !== "" ? ` under ${quote(`${segments(safePrefix).join("/")}/AWSLogs/`)}` : "";
    return fail(`No Athena/Glue table, crawler or named query reads the access logs in ${bucketLabel(destination)}${under}, and no analysis tool is declared.`, { attribute: ["access_logs", 0, "bucket"], fix: tableFix(lb, safeName ?? "<bucket>", safePrefix) });
  }
};
function logPrefix(lb) {
  const prefix = lb.logPrefix.value;
  if (prefix.kind === "unknown") return "unknown";
  return segments(knownString(prefix) ?? "");
}
function sharesBucket(all, lb, bucket) {
  return all.some((other) => other !== lb && other.logDestination?.kind === "in-plan" && other.logDestination.bucket.instance === bucket);
}
function segments(path2) {
  return path2.split("/").filter((segment) => segment !== "");
}
function readsLogs(resource, location, logs) {
  const value = location.value;
  if (value.kind === "known" && typeof value.value === "string") {
    if (logs.bucketName === void 0) return false;
    let result = false;
    for (const location2 of s3Locations(value.value)) {
      if (location2.bucket !== logs.bucketName) continue;
      const covered = coversLogs(location2.path, logs.prefix);
      if (covered === true) return true;
      if (covered === "unknown") result = "unknown";
    }
    return result;
  }
  if (value.kind !== "unknown") return false;
  if (logs.bucketInstance && location.buckets.includes(logs.bucketInstance)) return unknownPathCovers(resource, location, logs);
  if (location.buckets.length > 0) return false;
  return location.unresolved ? "unknown" : false;
}
function s3Locations(text) {
  const found = [];
  for (const match of text.matchAll(/s3:\/\/([^/\s'"`]+)([^\s'"`]*)/g)) found.push({ bucket: match[1], path: segments(match[2]) });
  return found;
}
function coversLogs(path2, prefix) {
  if (path2.length === 0) return true;
  if (prefix === "unknown") return "unknown";
  const logRoot = [...prefix, "AWSLogs"];
  const shared = Math.min(path2.length, logRoot.length);
  for (let i = 0; i < shared; i++) if (!sameSegment(path2[i], logRoot[i])) return false;
  return true;
}
function sameSegment(read, logged) {
  return read === logged || read.includes("${");
}
function unknownPathCovers(resource, location, logs) {
  if (!logs.sharedBucket) return true;
  if (resource.moduleInstance !== logs.lb.instance.moduleInstance) return "unknown";
  const prefixRefs = logs.lb.logPrefix.references;
  const readerRefs = new Set(location.references);
  return prefixRefs.length > 0 && prefixRefs.every((ref) => readerRefs.has(ref)) ? true : "unknown";
}
function tableFix(lb, bucket, prefix) {
  const location = `s3://${bucket}/${prefix ? `${prefix}/` : ""}AWSLogs/<account-id>/elasticloadbalancing/<region>/`;
  const nlb = lb.kind === "network";
  return `resource "aws_glue_catalog_table" "${nlb ? "nlb" : "alb"}_access_logs" {
  name          = "${nlb ? "nlb_tls_logs" : "alb_access_logs"}"
  database_name = aws_glue_catalog_database.elb_logs.name
  table_type    = "EXTERNAL_TABLE"
  parameters = {
    "projection.enabled"        = "true"
    "projection.day.type"       = "date"
    "projection.day.range"      = "2024/01/01,NOW"
    "projection.day.format"     = "yyyy/MM/dd"
    "storage.location.template" = "${location}\${day}"
  }
  storage_descriptor {
    location = "${location}"
    # columns and ser_de_info: see the Athena ${nlb ? "NLB" : "ALB"} access log table DDL
  }
}`;
}

// src/rules/elbir006-health-events-monitored.ts
var healthEventsMonitored = {
  scope: "plan",
  meta: {
    id: "ELBIR006",
    name: "health-events-monitored",
    title: "Monitor ELB events using AWS Health",
    practice: "sec17",
    helpUri: `${GUIDE}#events`,
    defaultSeverity: "warning",
    rationale: "AWS tells customers about ELB issues, scheduled changes and security notifications through AWS Health; without a rule that routes those events to people, they are missed while an incident unfolds. EventBridge delivers Health events only in the region where the rule exists.",
    remediation: 'In every region with load balancers, add an EventBridge rule with the pattern {"source":["aws.health"],"detail-type":["AWS Health Event"],"detail":{"service":["ELASTICLOADBALANCING"]}} and a target (SNS, chat, ticketing), or an AWS User Notifications rule on aws.health; if Health is monitored organization-wide, declare it as `organizationHealthMonitoring` in `.elb-ir.yml`.'
  },
  check({ model, settings }) {
    const lbs = model.loadBalancers;
    if (lbs.length === 0) return notApplicable("The plan has no load balancer.");
    if (settings.organizationHealthMonitoring) return pass(`AWS Health is monitored organization-wide: ${quote(settings.organizationHealthMonitoring)} (declared in the configuration).`);
    const coverage = model.health;
    const regions = /* @__PURE__ */ new Set();
    let regionUnknown = false;
    const sameProvider = /* @__PURE__ */ new Set();
    for (const lb of lbs) {
      const byProvider = lb.placement === void 0 ? void 0 : coverage.placements.get(lb.placement);
      if (lb.region && lb.region !== "unknown") regions.add(lb.region);
      else if (byProvider) sameProvider.add(byProvider);
      else regionUnknown = true;
    }
    if (coverage.everywhere) return pass(`AWS Health events reach people in every region (${quote(coverage.everywhere)}).`);
    const missing = [...regions].filter((r) => !coverage.regions.has(r));
    const covered = [...regions].filter((r) => coverage.regions.has(r));
    if (missing.length === 0 && !(regionUnknown && covered.length === 0 && sameProvider.size === 0)) {
      const rules = [.../* @__PURE__ */ new Set([...covered.map((r) => coverage.regions.get(r) ?? ""), ...sameProvider])];
      return pass(`ELB events from AWS Health are routed to a target in ${covered.map(quote).join(", ") || "the region of every load balancer"} (${rules.map(quote).join(", ")}).`);
    }
    if (coverage.unknown.length > 0) return unknown(`Whether ${coverage.unknown.map((rule) => quote(rule.address)).join(", ")} match ELB Health events is known only after apply.`, { target: coverage.unknown[0], attribute: ["event_pattern"] });
    const where = missing.length > 0 ? ` in ${missing.map(quote).join(", ")}` : "";
    const notes = coverage.untargeted.map((rule) => ` ${quote(rule.address)} matches the events but has no aws_cloudwatch_event_target, so nobody is told.`).join("");
    return fail(`No EventBridge or User Notifications rule routes AWS Health events for ELB to a target${where}.${notes}`, {
      target: coverage.untargeted[0],
      attribute: coverage.untargeted[0] ? [] : void 0,
      fix: `resource "aws_cloudwatch_event_rule" "elb_health" {
  name = "elb-health-events"
  event_pattern = jsonencode({
    source        = ["aws.health"]
    "detail-type" = ["AWS Health Event"]
    detail        = { service = ["ELASTICLOADBALANCING"] }
  })
}

resource "aws_cloudwatch_event_target" "elb_health" {
  rule = aws_cloudwatch_event_rule.elb_health.name
  arn  = aws_sns_topic.incident_response.arn
}`
    });
  }
};

// src/rules/elbir007-aws-engagement-ready.ts
var CHANNELS = [
  { name: "AWS Security (aws-security@amazon.com)", pattern: /aws-security@amazon\.com/i },
  { name: "the AWS Customer Incident Response Team (CIRT)", pattern: /Customer Incident Response Team|\bCIRT\b/i },
  { name: "the AWS Shield Response Team (SRT)", pattern: /Shield Response Team|\bSRT\b/ }
];
var awsEngagementReady = {
  scope: "plan",
  meta: {
    id: "ELBIR007",
    name: "aws-engagement-ready",
    title: "Include contacting AWS in your security incident playbooks",
    practice: "sec18",
    helpUri: `${GUIDE}#engage-aws-security`,
    defaultSeverity: "notice",
    rationale: "During an active event, knowing how to reach AWS Security, the Customer Incident Response Team and, for DDoS, the Shield Response Team saves the hours otherwise spent finding out.",
    remediation: `Add the AWS contact channels to your incident playbooks and list the files under \`playbooks\` in \`.elb-ir.yml\`:
${AWS_CONTACT_CHANNELS.map((c) => `- ${c}`).join("\n")}
With Shield Advanced, enable proactive engagement (aws_shield_proactive_engagement) and grant the SRT access (aws_shield_drt_access_role_arn_association).`
  },
  check({ model, settings }) {
    if (model.loadBalancers.length === 0) return notApplicable("The plan has no load balancer.");
    if (settings.playbooks.length > 0) {
      const text = settings.playbooks.map((p) => p.text).join("\n");
      const missing = CHANNELS.filter((c) => !c.pattern.test(text)).map((c) => c.name);
      const files = settings.playbooks.map((p) => quote(p.path)).join(", ");
      if (missing.length === 0) return pass(`The playbooks (${files}) name the AWS contact channels.`);
      return fail(`The playbooks (${files}) do not name ${missing.join(", ")}.`, { fix: AWS_CONTACT_CHANNELS.map((c) => `- ${c}`).join("\n") });
    }
    const { proactive, drtAccess } = model.shield;
    for (const { resource, enabled } of proactive) {
      if (enabled.kind === "known" && enabled.value === true) return pass(`Shield Advanced proactive engagement is enabled (${quote(resource.address)}): the Shield Response Team contacts your emergency contacts.`);
    }
    const drt = drtAccess[0];
    if (drt) return pass(`The Shield Response Team is granted access (${quote(drt.address)}).`);
    const unsure = proactive.find(({ enabled }) => enabled.kind === "unknown")?.resource;
    if (unsure) return unknown(`Whether Shield proactive engagement is enabled (${quote(unsure.address)}) is known only after apply.`, { target: unsure, attribute: ["enabled"] });
    return fail(`Nothing in the plan shows how to engage AWS during an incident. Make sure your playbooks name the AWS contact channels (${AWS_CONTACT_CHANNELS.length} listed in the fix) and list them under \`playbooks\` in .elb-ir.yml.`, {
      fix: `# .elb-ir.yml
playbooks:
  - docs/incident-response/*.md

# The playbooks should name:
${AWS_CONTACT_CHANNELS.map((c) => `#  - ${c}`).join("\n")}`
    });
  }
};

// src/rules/elbir008-nlb-logs-need-tls-listener.ts
var nlbLogsNeedTlsListener = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR008",
    name: "nlb-logs-need-tls-listener",
    title: "NLB access logs are written only for TLS listeners",
    practice: "sec15",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "warning",
    rationale: "A Network Load Balancer writes access logs only for TLS listeners; with TCP or UDP listeners alone, logging looks enabled but the bucket stays empty, and there is nothing to investigate when an incident comes.",
    remediation: 'Terminate TLS on the NLB (a listener with `protocol = "TLS"`, a certificate and an SSL policy), or use VPC Flow Logs for TCP/UDP traffic.'
  },
  check(lb) {
    if (lb.kind !== "network") return notApplicable("Only Network Load Balancers need a TLS listener for access logs.");
    if (loggingState(lb) === "no") return notApplicable("Access logs are off (see ELBIR001).");
    const protocols = lb.listeners.map((listener) => ({ listener, protocol: listener.attrs.get(["protocol"]) }));
    const tls = protocols.find((p) => knownString(p.protocol) === "TLS");
    if (tls) return pass(`${quote(tls.listener.address)} is a TLS listener, so access logs are written.`);
    const open = protocols.find((p) => p.protocol.kind === "unknown");
    if (open) return unknown(`The protocol of ${quote(open.listener.address)} is known only after apply.`, { target: open.listener, attribute: ["protocol"] });
    const untraced = lb.untracedListeners.find((listener) => knownString(listener.attrs.get(["protocol"])) !== "TCP" && knownString(listener.attrs.get(["protocol"])) !== "UDP");
    if (untraced) return unknown(`Which load balancer ${quote(untraced.address)} belongs to is known only after apply (the plan has no configuration to trace it).`, { target: untraced, attribute: ["load_balancer_arn"] });
    const fix = 'resource "aws_lb_listener" "tls" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 443\n  protocol          = "TLS"\n  certificate_arn   = aws_acm_certificate.this.arn\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.this.arn\n  }\n}';
    if (protocols.length === 0) return fail("Access logging is on but the plan gives the NLB no listener, and an NLB logs only TLS connections.", { attribute: ["access_logs", 0], fix });
    const first = protocols[0];
    return fail(`Access logging is on but the NLB has no TLS listener (${protocols.map((p) => `${quote(p.listener.address)}: ${quote(knownString(p.protocol) ?? "TCP")}`).join(", ")}), so no access logs are written.`, {
      target: first.listener,
      attribute: ["protocol"],
      fix
    });
  }
};

// src/rules/elbir009-connection-logs-for-mtls.ts
var connectionLogsForMtls = {
  scope: "load-balancer",
  meta: {
    id: "ELBIR009",
    name: "connection-logs-for-mtls",
    title: "Keep connection logs for an ALB with mutual TLS",
    practice: "sec15",
    helpUri: `${GUIDE}#access-logs`,
    defaultSeverity: "notice",
    rationale: "With mutual TLS, the client certificate (subject, serial, validity) and the verification result appear only in connection logs; without them a compromised or revoked client certificate cannot be traced.",
    remediation: "Add a `connection_logs` block with `enabled = true` and the same log bucket."
  },
  check(lb) {
    if (lb.kind !== "application") return notApplicable("Connection logs exist only for Application Load Balancers.");
    const modes = lb.mutualTls;
    const verify = modes.find((m) => knownString(m.mode) === "verify");
    const maybe = modes.find((m) => m.mode.kind === "unknown");
    if (!verify && !maybe) return notApplicable("No listener of this load balancer verifies client certificates (mutual TLS).");
    const block = lb.instance.attrs.block(["connection_logs"]);
    if (block === "unknown") return unknown("`connection_logs` is known only after apply.", { attribute: ["connection_logs"] });
    const enabled = block?.get(["enabled"]);
    if (enabled?.kind === "unknown") return unknown("Whether connection logs are enabled is known only after apply.", { attribute: ["connection_logs", 0, "enabled"] });
    if (enabled?.kind === "known" && enabled.value === true) return pass("Connection logs are enabled for the mutual-TLS listener.");
    if (!verify) return unknown(`The mutual TLS mode of ${quote(maybe.listener.address)} is known only after apply.`, { target: maybe.listener, attribute: ["mutual_authentication", 0, "mode"] });
    const fix = 'connection_logs {\n  bucket  = "<log-archive-bucket>"\n  prefix  = "<workload>/<environment>"\n  enabled = true\n}';
    if (block && enabled?.kind === "known") return fail(`${quote(verify.listener.address)} verifies client certificates, but connection logs are switched off.`, { attribute: ["connection_logs", 0, "enabled"], fix, lineFix: "enabled = true" });
    return fail(`${quote(verify.listener.address)} verifies client certificates, but the load balancer keeps no connection logs.`, { attribute: block ? ["connection_logs", 0] : [], fix });
  }
};

// src/rules/index.ts
var RULES = [
  accessLogsEnabled,
  accessLogsDeliverable,
  accessLogsCentralized,
  accessLogsProtected,
  accessLogsAnalyzed,
  healthEventsMonitored,
  awsEngagementReady,
  nlbLogsNeedTlsListener,
  connectionLogsForMtls
];

// src/suppressions.ts
function applySuppressions(inputs, context) {
  const warnings = [];
  const results = inputs.map(({ result, comments }) => suppressed(result, comments, context, warnings));
  return { results, warnings };
}
function suppressed(result, comments, context, warnings) {
  const { verdict, ruleId, address } = result;
  if (verdict !== "fail" && verdict !== "unknown") return result;
  const exemption = context.exemptions.find((e) => e.rule === ruleId && matchesPattern(address ?? "plan", e.address));
  if (exemption) {
    if (exemption.expires && exemption.expires < context.today) {
      warnings.push(`${context.configSource}: the exemption of ${ruleId} for ${exemption.address} expired on ${exemption.expires}; the finding is back`);
    } else {
      return { ...result, verdict: "suppressed", suppression: { kind: "config", reason: exemption.reason, origin: context.configSource, expires: exemption.expires, unsuppressedVerdict: verdict } };
    }
  }
  const inline = comments.filter((c) => c.ruleId === ruleId || c.ruleId === "*");
  const withReason = inline.find((c) => c.reason.trim() !== "");
  if (withReason) return { ...result, verdict: "suppressed", suppression: { kind: "inline", reason: withReason.reason, origin: withReason.origin, unsuppressedVerdict: verdict } };
  if (inline.length > 0) {
    warnings.push(`${inline[0].file}:${inline[0].line}: the ${inline[0].origin} suppression of ${ruleId} gives no reason, so it is not honoured; add one: \`# elb-ir:ignore ${ruleId} <reason>\``);
  }
  return result;
}

// src/check.ts
var RULE_CATALOG = RULES.map((rule) => rule.meta);
async function checkPlans(plans, options = {}, problems = []) {
  const settings = options.settings ?? defaultSettings();
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const results = [];
  const resolved = [];
  const loadBalancers = [];
  const warnings = [...settings.warnings ?? [], ...plans.flatMap((p) => p.warnings)];
  for (const plan of plans) {
    const judged = await judgePlan(plan, { ...options, settings, today }, warnings);
    for (const lb of judged.model.loadBalancers) {
      loadBalancers.push({ address: lb.address, type: lb.instance.type, kind: lb.kind, plan: plan.path, actions: plan.kind === "source" ? [] : lb.instance.actions });
    }
    resolved.push(...judged.resolved);
    results.push(...judged.results);
  }
  return buildReport({
    rules: RULE_CATALOG,
    plans: plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind ?? "plan" })),
    loadBalancers,
    results,
    resolved,
    problems,
    warnings
  });
}
async function judgePlan(plan, options, warnings) {
  const { settings } = options;
  const model = buildModel(plan);
  const sources = options.sourceDir ? await sourceIndexFor(options.sourceDir, options.sourceRoot, model, warnings) : null;
  const findings = runRules(model, settings);
  const change = judgeChange(plan, model, findings, (world) => runRules(world, settings, { verdictsOnly: true }));
  const judged = findings.map((finding) => toResult(finding, plan.path, model, sources, change.changeOf(finding)));
  const suppressed2 = applySuppressions(judged, { exemptions: settings.exemptions, configSource: settings.source ?? "configuration", today: options.today });
  warnings.push(...suppressed2.warnings);
  return { model, findings, results: suppressed2.results, resolved: change.resolved.map((finding) => ({ ...finding, plan: plan.path })) };
}
function runRules(model, settings, options = {}) {
  const redact = options.verdictsOnly ? (text) => text : redactor(sensitiveStrings(model.index));
  const context = { model, settings };
  const findings = [];
  for (const rule of RULES) {
    const setting = settings.rules.get(rule.meta.id);
    if (setting && !setting.enabled) continue;
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    const found = (address, outcome) => findings.push({ rule: rule.meta, severity, address, outcome: redacted(outcome, redact) });
    if (rule.scope === "plan") found(null, rule.check(context));
    else for (const lb of model.loadBalancers) found(lb.address, rule.check(lb, context));
  }
  return findings;
}
function redacted(outcome, redact) {
  const lineFix = outcome.lineFix === void 0 || redact(outcome.lineFix) !== outcome.lineFix ? void 0 : outcome.lineFix;
  return { ...outcome, message: redact(outcome.message), fix: outcome.fix === void 0 ? void 0 : redact(outcome.fix), lineFix };
}
async function sourceIndexFor(sourceDir, sourceRoot, model, warnings) {
  try {
    const { buildSourceIndex } = await import("./source-KKM5QQ6Y.js");
    const index = await buildSourceIndex(sourceDir, model.index.moduleTree, { boundary: sourceRoot });
    warnings.push(...index.warnings);
    return index;
  } catch (error) {
    if (error instanceof InputError) throw error;
    warnings.push(`${sourceDir}: the Terraform sources could not be read (${error instanceof Error ? error.message.split("\n")[0] : "unknown error"}); findings have no file and line`);
    return null;
  }
}
function toResult({ rule, severity, address, outcome }, plan, model, sources, change) {
  const instance = outcome.target ?? (address ? model.index.byAddress.get(address) : void 0);
  const attribute = outcome.attribute ?? [];
  const found = instance && sources ? sources.lookup({ modulePath: instance.parsed.modules.map((m) => m.name), mode: instance.mode, type: instance.type, name: instance.name, attributePath: attribute }) : null;
  const result = {
    ruleId: rule.id,
    address,
    plan,
    verdict: outcome.verdict,
    severity: outcome.verdict === "fail" || outcome.verdict === "unknown" ? severity : null,
    location: found?.location ? { file: found.location.file, line: found.location.line } : null,
    exactLocation: found?.location?.exact ?? false,
    summary: outcome.message,
    fix: outcome.fix,
    lineFix: outcome.lineFix,
    subject: instance ? { address: instance.address, attribute } : null,
    ...change ? { change } : {}
  };
  return { result, comments: found?.suppressions ?? [] };
}

// src/plan/load.ts
import { createHash as createHash2 } from "node:crypto";
import { readFile, stat } from "node:fs/promises";

// src/plan/decode.ts
function decodePlanBytes(bytes, file) {
  if (bytes.length === 0) throw new InputError(file, "is empty", `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`);
  if (bytes[0] === 80 && bytes[1] === 75) {
    throw new InputError(file, "is a saved binary plan (a zip file), not JSON", `${SHOW_JSON_REMEDY} instead of the plan file itself`);
  }
  if (startsWithAscii(bytes, "tfplan")) {
    throw new InputError(file, "is a binary plan from Terraform before 0.12", "Upgrade to Terraform 0.12 or later and pass the output of `terraform show -json <planfile>`");
  }
  if (isUtf16WithoutBom(bytes)) {
    throw new InputError(file, "is UTF-16 text without a byte-order mark", "Save it as UTF-8, as `terraform show -json <planfile> > plan.json` writes it");
  }
  let text;
  const utf16End = bytes.length - bytes.length % 2;
  if (bytes[0] === 255 && bytes[1] === 254) text = new TextDecoder("utf-16le").decode(bytes.subarray(2, utf16End));
  else if (bytes[0] === 254 && bytes[1] === 255) text = new TextDecoder("utf-16be").decode(bytes.subarray(2, utf16End));
  else {
    const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
    text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString("utf8");
  }
  const first = firstNonSpace(text);
  if (first === -1) throw new InputError(file, "holds only white space", `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`);
  const wrapped = text[first] !== "{" && !/^\[\s*[[{\]"]/.test(text.slice(first, first + 64));
  if (wrapped) {
    if (text.includes('{"format_version"')) {
      throw new InputError(
        file,
        "has text before the JSON (the setup-terraform wrapper writes its own lines into stdout)",
        "Set `terraform_wrapper: false` on hashicorp/setup-terraform, or write the plan with `terraform show -json <planfile> > plan.json`"
      );
    }
    throw new InputError(file, "is not JSON", SHOW_JSON_REMEDY);
  }
  return first === 0 ? text : text.slice(first);
}
function parseJsonText(text, file) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    const position = /position (\d+)/.exec(message)?.[1];
    if (/end of JSON input|Unterminated string/i.test(message) || position !== void 0 && Number(position) >= text.trimEnd().length) {
      throw new InputError(file, "ends before the JSON is complete (a truncated file?)", `Re-create it with \`terraform show -json <planfile> > plan.json\``);
    }
    throw new InputError(file, `is not valid JSON${position ? ` (at character ${position})` : ""}`, SHOW_JSON_REMEDY);
  }
}
function isUtf16WithoutBom(bytes) {
  if (bytes.length < 4) return false;
  const opening = (b) => b === 123 || b === 91 || b === 32 || b === 10 || b === 13 || b === 9;
  return opening(bytes[0]) && bytes[1] === 0 && bytes[3] === 0 || bytes[0] === 0 && opening(bytes[1]) && bytes[2] === 0;
}
function startsWithAscii(bytes, prefix) {
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}
function firstNonSpace(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 65279) return i;
  }
  return -1;
}

// src/plan/prune.ts
function prunePlan(plan, keep) {
  const pruned = { format_version: plan.format_version };
  if (plan.terraform_version !== void 0) pruned.terraform_version = plan.terraform_version;
  if (plan.errored !== void 0) pruned.errored = plan.errored;
  if (plan.variables !== void 0) pruned.variables = plan.variables;
  if (plan.resource_changes !== void 0) pruned.resource_changes = plan.resource_changes.filter((rc) => keepResourceChange(rc, keep));
  const changed = new Set((pruned.resource_changes ?? []).map((rc) => rc.address));
  if (plan.planned_values !== void 0) pruned.planned_values = pruneValues(plan.planned_values, (r) => keep.has(r.type) && !changed.has(r.address));
  if (plan.prior_state !== void 0) {
    pruned.prior_state = { format_version: plan.prior_state.format_version };
    if (plan.prior_state.values !== void 0) pruned.prior_state.values = pruneValues(plan.prior_state.values, (r) => keep.has(r.type) && r.mode === "data");
  }
  if (plan.configuration !== void 0) {
    pruned.configuration = {};
    if (plan.configuration.provider_config !== void 0) pruned.configuration.provider_config = plan.configuration.provider_config;
    if (plan.configuration.root_module !== void 0) pruned.configuration.root_module = pruneModuleConfig(plan.configuration.root_module, keep);
  }
  return pruned;
}
function keepResourceChange(rc, keep) {
  return keep.has(rc.type);
}
function pruneValues(values, keep) {
  const out = {};
  if (values.root_module !== void 0) out.root_module = pruneModuleValues(values.root_module, keep);
  return out;
}
function pruneModuleValues(module, keep) {
  const out = {};
  if (module.address !== void 0) out.address = module.address;
  if (module.resources !== void 0) out.resources = module.resources.filter(keep);
  if (module.child_modules !== void 0) out.child_modules = module.child_modules.map((child2) => pruneModuleValues(child2, keep));
  return out;
}
function pruneConfigResource(resource, keep) {
  if (keep.has(resource.type)) return resource;
  return { address: resource.address, mode: resource.mode, type: resource.type, name: resource.name };
}
function pruneModuleConfig(module, keep) {
  const out = {};
  if (module.resources !== void 0) out.resources = module.resources.map((r) => pruneConfigResource(r, keep));
  if (module.module_calls !== void 0) {
    out.module_calls = {};
    for (const [name, call] of Object.entries(module.module_calls)) {
      const kept = {};
      if (call.source !== void 0) kept.source = call.source;
      if (call.expressions !== void 0) kept.expressions = call.expressions;
      if (call.count_expression !== void 0) kept.count_expression = call.count_expression;
      if (call.for_each_expression !== void 0) kept.for_each_expression = call.for_each_expression;
      if (call.depends_on !== void 0) kept.depends_on = call.depends_on;
      if (call.module !== void 0) kept.module = pruneModuleConfig(call.module, keep);
      Object.defineProperty(out.module_calls, name, { value: kept, enumerable: true, writable: true, configurable: true });
    }
  }
  if (module.outputs !== void 0) out.outputs = module.outputs;
  if (module.variables !== void 0) out.variables = module.variables;
  return out;
}

// src/plan/state.ts
var STATE_REMEDY = "Pass the output of `terraform state pull` or `terraform show -json` (state), or of `terraform show -json <planfile>` (plan)";
function isRawState(doc) {
  return typeof doc.version === "number" && ("lineage" in doc || "resources" in doc) && !("format_version" in doc);
}
function stateJsonAsPlan(doc) {
  const plan = { format_version: doc.format_version };
  if ("terraform_version" in doc) plan.terraform_version = doc.terraform_version;
  plan.planned_values = doc.values === void 0 ? { root_module: {} } : doc.values;
  return plan;
}
function rawStateAsPlan(doc, path2, warnings) {
  if (doc.version !== 4) {
    const version = typeof doc.version === "number" && Number.isFinite(doc.version) ? String(doc.version) : "?";
    throw new InputError(path2, `is a Terraform state file of version ${version}; elb-ir-check reads version 4 (Terraform 0.12 and later)`, "Run `terraform state pull` or `terraform show -json` with Terraform 0.12 or later");
  }
  const resources = doc.resources ?? [];
  if (!Array.isArray(resources)) throw shapeError(path2, "/resources", "must be array");
  const root = [];
  const modules = /* @__PURE__ */ new Map();
  let skipped = 0;
  resources.forEach((resource, r) => {
    if (!isObject(resource)) throw shapeError(path2, `/resources/${r}`, "must be object");
    for (const key of ["mode", "type", "name"]) if (typeof resource[key] !== "string") throw shapeError(path2, `/resources/${r}/${key}`, "must be string");
    if (resource.module !== void 0 && typeof resource.module !== "string") throw shapeError(path2, `/resources/${r}/module`, "must be string");
    const instances = resource.instances ?? [];
    if (!Array.isArray(instances)) throw shapeError(path2, `/resources/${r}/instances`, "must be array");
    const mode = resource.mode;
    const type = resource.type;
    const name = resource.name;
    const module = resource.module ?? "";
    instances.forEach((instance, i) => {
      if (!isObject(instance)) throw shapeError(path2, `/resources/${r}/instances/${i}`, "must be object");
      if (instance.deposed !== void 0) return;
      const key = instance.index_key;
      if (key !== void 0 && key !== null && typeof key !== "string" && typeof key !== "number") throw shapeError(path2, `/resources/${r}/instances/${i}/index_key`, "must be string or number");
      if (!isObject(instance.attributes)) {
        skipped++;
        return;
      }
      const address = `${module === "" ? "" : `${module}.`}${mode === "data" ? "data." : ""}${type}.${name}${key === void 0 || key === null ? "" : formatKey2(key)}`;
      const values = { address, mode, type, name, values: instance.attributes };
      if (key !== void 0 && key !== null) values.index = key;
      const provider = providerName(resource.provider);
      if (provider) values.provider_name = provider;
      const sensitive = sensitiveMask(instance.sensitive_attributes, path2, `/resources/${r}/instances/${i}/sensitive_attributes`);
      if (sensitive !== void 0) values.sensitive_values = sensitive;
      if (module === "") root.push(values);
      else modules.set(module, [...modules.get(module) ?? [], values]);
    });
  });
  if (skipped > 0) warnings.push(`${path2}: ${skipped} resource instance(s) hold only pre-0.12 flat attributes and were not judged; refresh the state with Terraform 0.12 or later`);
  const rootModule = { resources: root };
  if (modules.size > 0) rootModule.child_modules = [...modules].map(([address, list]) => ({ address, resources: list }));
  const plan = { format_version: "1.0", planned_values: { root_module: rootModule } };
  if (typeof doc.terraform_version === "string") plan.terraform_version = doc.terraform_version;
  return plan;
}
function sensitiveMask(paths, file, where) {
  if (paths === void 0 || paths === null) return void 0;
  if (!Array.isArray(paths)) throw shapeError(file, where, "must be array");
  let mask = {};
  for (const steps of paths) {
    const parsed = Array.isArray(steps) ? steps.map(stepOf) : [void 0];
    if (parsed.length === 0 || parsed.some((s) => s === void 0)) return true;
    mask = markPath(mask, parsed);
    if (mask === true) return true;
  }
  return mask;
}
function stepOf(step) {
  if (!isObject(step)) return void 0;
  if (step.type === "get_attr" && typeof step.value === "string") return step.value;
  if (step.type === "index") {
    const key = isObject(step.value) ? step.value.value : void 0;
    if (typeof key === "string" || typeof key === "number" && Number.isInteger(key) && key >= 0) return key;
  }
  return void 0;
}
function markPath(mask, steps) {
  if (steps.length === 0 || mask === true) return true;
  const [step, ...rest] = steps;
  if (typeof step === "number") {
    const list = Array.isArray(mask) ? mask : [];
    if (step > 1e4) return true;
    while (list.length <= step) list.push(false);
    list[step] = markPath(list[step], rest);
    return list;
  }
  const object = isObject(mask) && !Array.isArray(mask) ? mask : {};
  const current = Object.prototype.hasOwnProperty.call(object, step) ? object[step] : {};
  Object.defineProperty(object, step, { value: markPath(current, rest), enumerable: true, writable: true, configurable: true });
  return object;
}
function providerName(provider) {
  if (typeof provider !== "string") return void 0;
  return /provider\["([^"]+)"\]/.exec(provider)?.[1];
}
function formatKey2(key) {
  if (typeof key === "number") return `[${key}]`;
  return `["${key.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\$\{/g, "$${")}"]`;
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function shapeError(file, at, problem) {
  return new InputError(file, `does not have the shape of a Terraform state file: ${at} ${problem}`, STATE_REMEDY);
}

// src/plan/stream.ts
import { closeSync, openSync, readSync } from "node:fs";
var CHUNK = 4 * 1024 * 1024;
var QUOTE = 34;
var BACKSLASH = 92;
var TOP_LEVEL_VALUES = /* @__PURE__ */ new Set(["format_version", "terraform_version", "errored", "variables", "remote_plan_format", "plan_format_version", "encryption_version", "version", "lineage"]);
var MODULE_CALL_VALUES = /* @__PURE__ */ new Set(["source", "expressions", "count_expression", "for_each_expression", "depends_on"]);
var Truncated = class extends Error {
};
var TooDeep = class extends Error {
};
var Malformed = class extends Error {
  constructor(offset) {
    super("malformed");
    this.offset = offset;
  }
  offset;
};
var ByteReader = class {
  constructor(source, onProgress) {
    this.source = source;
    this.onProgress = onProgress;
  }
  source;
  onProgress;
  buf = Buffer.allocUnsafe(CHUNK * 2);
  pos = 0;
  end = 0;
  /** Input offset of buf[0]. */
  base = 0;
  /** Start of the value being captured, kept in the window; -1 when none. */
  mark = -1;
  /** Start of the string being skipped, kept in the window; -1 when none. */
  pin = -1;
  bytesRead = 0;
  done = false;
  /** Brings more input into the window. Returns how far indices shifted, or -1 at the end of input. */
  fill() {
    if (this.done) return -1;
    let keepFrom = this.pos;
    if (this.mark >= 0 && this.mark < keepFrom) keepFrom = this.mark;
    if (this.pin >= 0 && this.pin < keepFrom) keepFrom = this.pin;
    const kept = this.end - keepFrom;
    if (kept + CHUNK > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + CHUNK));
      this.buf.copy(grown, 0, keepFrom, this.end);
      this.buf = grown;
    } else if (keepFrom > 0) {
      this.buf.copy(this.buf, 0, keepFrom, this.end);
    }
    this.pos -= keepFrom;
    if (this.mark >= 0) this.mark -= keepFrom;
    if (this.pin >= 0) this.pin -= keepFrom;
    this.base += keepFrom;
    this.end = kept;
    const n = this.source.read(this.buf, this.end, this.buf.length - this.end);
    if (n === 0) {
      this.done = true;
      return -1;
    }
    this.end += n;
    this.bytesRead += n;
    this.onProgress?.(this.bytesRead);
    return keepFrom;
  }
  /** The next byte that is not white space, without consuming it; -1 at the end. */
  peek() {
    for (; ; ) {
      while (this.pos < this.end) {
        const c = this.buf[this.pos];
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return c;
        this.pos++;
      }
      if (this.fill() < 0) return -1;
    }
  }
  expect(byte) {
    if (this.peek() !== byte) this.fail();
    this.pos++;
  }
  /** After a member or element: true when another follows (a comma was read), false at the closing bracket. */
  next(close) {
    const c = this.peek();
    if (c === 44) {
      this.pos++;
      return true;
    }
    if (c === close) {
      this.pos++;
      return false;
    }
    return this.fail();
  }
  /** Opens `{` or `[`; false when the container is empty (and consumed). */
  open(openByte, closeByte) {
    this.expect(openByte);
    if (this.peek() === closeByte) {
      this.pos++;
      return false;
    }
    return true;
  }
  fail() {
    if (this.done && this.pos >= this.end) throw new Truncated();
    throw new Malformed(this.base + this.pos);
  }
  /** Skips the string at pos (its opening quote); returns where it starts in the window now. */
  skipString() {
    this.pin = this.pos;
    let from = this.pos + 1;
    for (; ; ) {
      const i = this.buf.indexOf(QUOTE, from);
      if (i === -1 || i >= this.end) {
        from = this.end;
        const shift = this.fill();
        if (shift < 0) throw new Truncated();
        from -= shift;
        continue;
      }
      let k = i - 1;
      while (this.buf[k] === BACKSLASH) k--;
      if ((i - 1 - k) % 2 === 0) {
        const start = this.pin;
        this.pin = -1;
        this.pos = i + 1;
        return start;
      }
      from = i + 1;
    }
  }
  readString() {
    if (this.peek() !== QUOTE) this.fail();
    const start = this.skipString();
    const raw = this.buf.subarray(start + 1, this.pos - 1);
    if (raw.indexOf(BACKSLASH) === -1) return raw.toString("utf8");
    try {
      return JSON.parse(this.buf.toString("utf8", start, this.pos));
    } catch {
      throw new Malformed(this.base + start);
    }
  }
  skipValue() {
    const c = this.peek();
    if (c === QUOTE) {
      this.skipString();
      return;
    }
    if (c === 123 || c === 91) {
      this.pos++;
      this.skipRest();
      return;
    }
    if (c === -1) throw new Truncated();
    const start = this.pos;
    for (; ; ) {
      if (this.pos >= this.end && this.fill() < 0) break;
      const b = this.buf[this.pos];
      if (b === 44 || b === 125 || b === 93 || b === 32 || b === 10 || b === 13 || b === 9) break;
      this.pos++;
    }
    if (this.pos === start) this.fail();
  }
  /** Parses the value at pos with JSON.parse. */
  capture() {
    this.peek();
    this.mark = this.pos;
    this.skipValue();
    const text = this.buf.toString("utf8", this.mark, this.pos);
    this.mark = -1;
    try {
      return JSON.parse(text);
    } catch {
      if (this.done && this.pos >= this.end) throw new Truncated();
      throw new Malformed(this.base + this.pos);
    }
  }
  /** Walks an object's members; `member` must consume each value. */
  object(member) {
    if (!this.open(123, 125)) return;
    do {
      const key = this.readString();
      this.expect(58);
      member(key);
    } while (this.next(125));
  }
  /**
   * Walks an object's members without making strings of the keys: `member` gets the key's bytes as
   * [start, end) in the window (valid until it reads on) and must consume the value.
   */
  objectRaw(member) {
    if (!this.open(123, 125)) return;
    do {
      if (this.peek() !== QUOTE) this.fail();
      let start = this.skipString();
      let end = this.pos;
      const base = this.base;
      this.pin = start;
      this.expect(58);
      this.pin = -1;
      const shift = this.base - base;
      start -= shift;
      end -= shift;
      member(start + 1, end - 1);
    } while (this.next(125));
  }
  /** Skips the rest of the object or array being read, through its closing bracket. */
  skipRest() {
    let depth = 1;
    for (; ; ) {
      if (this.pos >= this.end && this.fill() < 0) throw new Truncated();
      const b = this.buf[this.pos];
      if (b === QUOTE) {
        this.skipString();
        continue;
      }
      if (b === 123 || b === 91) depth++;
      else if (b === 125 || b === 93) {
        depth--;
        if (depth === 0) {
          this.pos++;
          return;
        }
      }
      this.pos++;
    }
  }
  /** Whether the bytes [start, end) spell `word` (ASCII). */
  is(start, end, word) {
    if (end - start !== word.length || start < 0) return false;
    for (let i = 0; i < word.length; i++) if (this.buf[start + i] !== word.charCodeAt(i)) return false;
    return true;
  }
  array(element) {
    if (!this.open(91, 93)) return;
    do
      element();
    while (this.next(93));
  }
};
function readPlanStreaming(path2, options) {
  const source = openSource(path2, options.onBytes);
  try {
    const reader = new ByteReader(source, options.onProgress);
    try {
      const doc = readTopLevel(reader, options.keep);
      if (reader.peek() !== -1) throw new Malformed(reader.base + reader.pos);
      return doc;
    } catch (error) {
      if (error instanceof Truncated) throw new InputError(path2, "ends before the JSON is complete (a truncated file?)", "Re-create it with `terraform show -json <planfile> > plan.json`");
      if (error instanceof Malformed) throw new InputError(path2, `is not valid JSON (at byte ${error.offset})`, SHOW_JSON_REMEDY);
      if (error instanceof TooDeep) throw modulesTooDeep(path2);
      throw error;
    }
  } finally {
    source.close();
  }
}
function readTopLevel(r, keep) {
  const doc = {};
  if (r.peek() !== 123) r.fail();
  r.object((key) => {
    let value;
    if (TOP_LEVEL_VALUES.has(key)) value = r.capture();
    else if (key === "resource_changes") value = filteredArray(r, keep);
    else if (key === "planned_values") value = readValues(r, keep, false, true);
    else if (key === "prior_state") value = readPriorState(r, keep);
    else if (key === "configuration") value = readConfiguration(r, keep);
    else if (key === "values") value = readValues(r, keep);
    else if (key === "resources") value = filteredArray(r, keep);
    else {
      r.skipValue();
      value = null;
    }
    define(doc, key, value);
  });
  const changes = doc.resource_changes;
  const changed = new Set(Array.isArray(changes) ? changes.map((rc) => rc && typeof rc === "object" ? rc.address : void 0).filter((a) => typeof a === "string") : []);
  const planned = doc.planned_values;
  if (planned && typeof planned === "object") settleDeferred(planned.root_module, changed);
  return doc;
}
function filteredArray(r, keep, dataOnly = false, defer = false) {
  if (r.peek() !== 91) return r.capture();
  const kept = [];
  r.array(() => {
    if (r.peek() !== 123) {
      kept.push(r.capture());
      return;
    }
    r.mark = r.pos;
    let type;
    let oddType = false;
    let data = false;
    let oddMode = false;
    r.objectRaw((start, end) => {
      if (r.is(start, end, "type")) {
        oddType = r.peek() !== QUOTE;
        type = oddType ? (r.skipValue(), void 0) : r.readString();
      } else if (dataOnly && r.is(start, end, "mode")) {
        oddMode = r.peek() !== QUOTE;
        data = oddMode ? (r.skipValue(), false) : r.readString() === "data";
      } else r.skipValue();
    });
    const odd = oddType || oddMode;
    if (odd || type === void 0 || keep.has(type) && (!dataOnly || data)) {
      const address = defer && !odd ? leadingAddress(r) : void 0;
      kept.push(address !== void 0 ? new Deferred(address, Buffer.from(r.buf.subarray(r.mark, r.pos)), r.base + r.mark) : parseSlice(r));
    }
    r.mark = -1;
  });
  return kept;
}
var LEADING_ADDRESS = /^\{\s*"address"\s*:\s*("(?:[^"\\]|\\.)*")/;
var ADDRESS_KEY = Buffer.from('"address"');
function leadingAddress(r) {
  const head = r.buf.toString("utf8", r.mark, Math.min(r.pos, r.mark + 4096));
  const match = LEADING_ADDRESS.exec(head);
  if (!match || r.buf.subarray(r.mark + Buffer.byteLength(match[0]), r.pos).includes(ADDRESS_KEY)) return void 0;
  try {
    return JSON.parse(match[1]);
  } catch {
    return void 0;
  }
}
var Deferred = class {
  constructor(address, bytes, offset) {
    this.address = address;
    this.bytes = bytes;
    this.offset = offset;
  }
  address;
  bytes;
  offset;
};
function settleDeferred(module, changed) {
  if (!module || typeof module !== "object") return;
  const m = module;
  if (Array.isArray(m.resources)) {
    m.resources = m.resources.filter((r) => !(r instanceof Deferred && changed.has(r.address))).map((r) => {
      if (!(r instanceof Deferred)) return r;
      try {
        return JSON.parse(r.bytes.toString("utf8"));
      } catch {
        throw new Malformed(r.offset);
      }
    });
  }
  if (Array.isArray(m.child_modules)) for (const child2 of m.child_modules) settleDeferred(child2, changed);
}
function fields(r, readers) {
  if (r.peek() !== 123) return r.capture();
  const out = {};
  r.object((key) => {
    if (Object.hasOwn(readers, key)) out[key] = readers[key]();
    else r.skipValue();
  });
  return out;
}
function elements(r, element) {
  if (r.peek() !== 91) return r.capture();
  const out = [];
  r.array(() => out.push(element()));
  return out;
}
var capture = (r) => () => r.capture();
function readValues(r, keep, dataOnly = false, defer = false) {
  return fields(r, { root_module: () => readModuleValues(r, keep, dataOnly, defer, 0) });
}
function nested(depth) {
  if (depth >= MAX_MODULE_DEPTH) throw new TooDeep();
  return depth + 1;
}
function readModuleValues(r, keep, dataOnly, defer, depth) {
  return fields(r, {
    address: capture(r),
    resources: () => filteredArray(r, keep, dataOnly, defer),
    child_modules: () => elements(r, () => readModuleValues(r, keep, dataOnly, defer, nested(depth)))
  });
}
function readPriorState(r, keep) {
  return fields(r, { format_version: capture(r), values: () => readValues(r, keep, true) });
}
function readConfiguration(r, keep) {
  return fields(r, { provider_config: capture(r), root_module: () => readModuleConfig(r, keep, 0) });
}
function readModuleConfig(r, keep, depth) {
  return fields(r, {
    resources: () => configResources(r, keep),
    module_calls: () => {
      if (r.peek() !== 123) return r.capture();
      const calls = {};
      r.object((name) => define(calls, name, readModuleCall(r, keep, nested(depth))));
      return calls;
    },
    outputs: capture(r),
    variables: capture(r)
  });
}
function readModuleCall(r, keep, depth) {
  const readers = { module: () => readModuleConfig(r, keep, depth) };
  for (const key of MODULE_CALL_VALUES) readers[key] = capture(r);
  return fields(r, readers);
}
function configResources(r, keep) {
  if (r.peek() !== 91) return r.capture();
  const resources = [];
  r.array(() => {
    if (r.peek() !== 123) {
      resources.push(r.capture());
      return;
    }
    r.mark = r.pos;
    const stub = {};
    r.object((key) => {
      if (key !== "address" && key !== "mode" && key !== "type" && key !== "name") r.skipValue();
      else if (r.peek() === QUOTE) stub[key] = r.readString();
      else {
        stub[key] = void 0;
        r.skipValue();
      }
    });
    if (typeof stub.type !== "string" || keep.has(stub.type)) resources.push(parseSlice(r));
    else resources.push({ address: stub.address, mode: stub.mode, type: stub.type, name: stub.name });
    r.mark = -1;
  });
  return resources;
}
function parseSlice(r) {
  try {
    return JSON.parse(r.buf.toString("utf8", r.mark, r.pos));
  } catch {
    throw new Malformed(r.base + r.mark);
  }
}
function define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function openSource(path2, onBytes = () => {
}) {
  const fd = openSync(path2, "r");
  const head = Buffer.allocUnsafe(65536);
  const headLength = readSync(fd, head, 0, head.length, 0);
  const first = head.subarray(0, headLength);
  let offset = 0;
  let utf16 = null;
  if (first[0] === 255 && first[1] === 254) utf16 = "utf-16le";
  else if (first[0] === 254 && first[1] === 255) utf16 = "utf-16be";
  else if (first[0] === 239 && first[1] === 187 && first[2] === 191) offset = 3;
  const prefix = utf16 ? new TextDecoder(utf16).decode(first.subarray(2, headLength - headLength % 2)) : first.subarray(offset).toString("utf8");
  if (!/^\s*\{/.test(prefix) || isUtf16WithoutBom(first)) {
    closeSync(fd);
    decodePlanBytes(first, path2);
    throw new InputError(path2, "is JSON but not a Terraform plan (not an object)", SHOW_JSON_REMEDY);
  }
  if (!utf16) {
    let position2 = offset;
    onBytes(first.subarray(0, offset));
    return {
      read(target, at, length) {
        const n = readSync(fd, target, at, Math.min(length, CHUNK), position2);
        position2 += n;
        onBytes(target.subarray(at, at + n));
        return n;
      },
      close: () => closeSync(fd)
    };
  }
  const decoder = new TextDecoder(utf16);
  let position = 2;
  onBytes(first.subarray(0, 2));
  let pending = Buffer.alloc(0);
  const raw = Buffer.allocUnsafe(CHUNK);
  return {
    read(target, at, length) {
      while (pending.length === 0) {
        const n = readSync(fd, raw, 0, raw.length, position);
        position += n;
        onBytes(raw.subarray(0, n));
        if (n === 0) return 0;
        pending = Buffer.from(decoder.decode(raw.subarray(0, n), { stream: true }), "utf8");
      }
      const count = Math.min(length, pending.length);
      pending.copy(target, at, 0, count);
      pending = pending.subarray(count);
      return count;
    },
    close: () => closeSync(fd)
  };
}

// src/plan/load.ts
var PLAN_KEYS = ["planned_values", "resource_changes", "configuration", "prior_state", "output_changes", "variables"];
function validatePlanShape(value) {
  if (validatePlan(value)) return null;
  const error = validatePlan.errors?.[0];
  return error ? `${error.instancePath || "/"} ${error.message ?? "is not valid"}` : "does not have the shape of a plan";
}
var DEFAULT_STREAM_ABOVE = 32 * 1024 * 1024;
async function loadPlanFile(path2, options = {}) {
  let bytes;
  try {
    const info = await stat(path2);
    if (info.isDirectory()) throw new InputError(path2, "is a directory", "Pass the plan JSON file inside it, or a glob such as `plans/**/*.json`");
    const special = specialFileKind(info);
    if (special) throw new InputError(path2, `is ${special}, not a regular file`, `Write the plan to a file first (\`terraform show -json tfplan > plan.json\`) and pass that file`);
    const fromEnv = process.env.ELB_IR_STREAM_ABOVE;
    const streamAbove = options.streamAbove ?? (fromEnv !== void 0 && fromEnv !== "" && Number.isFinite(Number(fromEnv)) ? Number(fromEnv) : DEFAULT_STREAM_ABOVE);
    if (options.keep && info.size > streamAbove) {
      if (info.size === 0) throw new InputError(path2, "is empty", `${SHOW_JSON_REMEDY} > plan.json and check the command succeeded`);
      const hash2 = createHash2("sha256");
      const doc = readPlanStreaming(path2, { keep: options.keep, onProgress: options.onProgress && ((read) => options.onProgress(read, info.size)), onBytes: (chunk) => hash2.update(chunk) });
      return { ...classifyPlan(doc, path2, options), digest: digestOf(hash2) };
    }
    bytes = await readFile(path2);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    if (code === "ENOENT") throw new InputError(path2, "does not exist", "Check the path, or run `terraform show -json <planfile> > plan.json` first");
    if (code === "EACCES") throw new InputError(path2, "cannot be read (permission denied)", "Make the file readable");
    if (typeof code !== "string") throw error;
    throw new InputError(path2, `cannot be read (${code})`, "Check the path");
  }
  return parsePlanBytes(bytes, path2, options);
}
function parsePlanBytes(bytes, path2, options = {}) {
  const text = decodePlanBytes(bytes, path2);
  return { ...classifyPlan(parseJsonText(text, path2), path2, options), digest: digestOf(createHash2("sha256").update(bytes)) };
}
function digestOf(hash2) {
  return `sha256:${hash2.digest("hex")}`;
}
function classifyPlan(value, path2, options = {}) {
  if (Array.isArray(value) && value.some((item) => item && typeof item === "object" && "format_version" in item)) {
    throw new InputError(path2, "holds a list of plans (as `jq -s` writes), not one plan", "Pass each plan file on its own: --plan can be repeated or given a glob");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InputError(path2, "is JSON but not a Terraform plan (not an object)", SHOW_JSON_REMEDY);
  }
  const doc = value;
  if ("remote_plan_format" in doc) {
    throw new InputError(path2, "is an HCP Terraform saved-plan bookmark, not a plan", "Run `terraform show -json <planfile>` where the plan can be read, or download the JSON plan of the run");
  }
  if ("plan_format_version" in doc) {
    throw new InputError(path2, "is HCP Terraform redacted JSON (json-output-redacted), which has no values to judge", "Download the unredacted JSON plan (json-output) of the run, or run `terraform show -json <planfile>`");
  }
  if ("encrypted_data" in doc && "encryption_version" in doc) {
    throw new InputError(path2, "is an encrypted OpenTofu plan or state", "Run `tofu show -json <planfile>` with the encryption configuration");
  }
  const warnings = [];
  let kind = "plan";
  let judged = doc;
  if (isRawState(doc)) {
    kind = "state";
    judged = rawStateAsPlan(doc, path2, warnings);
  } else if (typeof doc.format_version !== "string") {
    throw new InputError(path2, "is JSON but neither a Terraform plan nor a state (no format_version)", `${SHOW_JSON_REMEDY}, or of \`terraform show -json\` / \`terraform state pull\` for a state`);
  }
  if (kind === "plan") {
    const formatVersion = doc.format_version;
    const major = formatVersion.split(".")[0];
    if (major !== "0" && major !== "1") {
      throw new InputError(path2, `has plan format version ${safeVersion(formatVersion)}, which this version of elb-ir-check does not read`, "Upgrade elb-ir-check, or produce the plan with a Terraform version that writes format 0.x or 1.x");
    }
    if (!PLAN_KEYS.some((key) => key in doc) || "values" in doc) {
      kind = "state";
      judged = stateJsonAsPlan(doc);
    }
  }
  if (moduleDepth(judged) > MAX_MODULE_DEPTH) throw modulesTooDeep(path2);
  const shapeError2 = validatePlanShape(judged);
  if (shapeError2) {
    const what = kind === "state" ? "a Terraform state" : "a Terraform plan";
    const remedy = kind === "state" ? "Pass the output of `terraform show -json` or `terraform state pull` as Terraform wrote it" : `${SHOW_JSON_REMEDY}; hand-edited plans must keep Terraform's structure`;
    throw new InputError(path2, `does not have the shape of ${what}: ${shapeError2}`, remedy);
  }
  const json = options.keep ? prunePlan(judged, options.keep) : judged;
  if (json.errored === true) warnings.push(`${path2}: Terraform reported errors while planning; the plan is partial and only what it holds was judged`);
  return {
    path: path2,
    json,
    // A raw state has no format_version: its own `version` (4) says what was read.
    formatVersion: isRawState(doc) ? String(doc.version) : json.format_version,
    terraformVersion: typeof json.terraform_version === "string" ? safeVersion(json.terraform_version) : null,
    warnings,
    kind
  };
}
function moduleDepth(doc) {
  const member = (value, key) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : void 0;
  const stack = [member(member(doc, "configuration"), "root_module"), member(member(doc, "planned_values"), "root_module"), member(member(member(doc, "prior_state"), "values"), "root_module")].map((node) => ({ node, depth: 0 }));
  let deepest = 0;
  while (stack.length > 0 && deepest <= MAX_MODULE_DEPTH) {
    const { node, depth } = stack.pop();
    if (node === null || typeof node !== "object") continue;
    deepest = Math.max(deepest, depth);
    const calls = member(node, "module_calls");
    if (calls !== null && typeof calls === "object" && !Array.isArray(calls)) for (const call of Object.values(calls)) stack.push({ node: member(call, "module"), depth: depth + 1 });
    const children = member(node, "child_modules");
    if (Array.isArray(children)) for (const child2 of children) stack.push({ node: child2, depth: depth + 1 });
  }
  return deepest;
}
function safeVersion(version) {
  return version.replace(/[^0-9A-Za-z.+-]/g, "").slice(0, 40);
}

// src/plan/identity.ts
import { statSync } from "node:fs";
import path from "node:path";
var gitRoots = /* @__PURE__ */ new Map();
function repositoryRootOf(dir) {
  const seen = [];
  let current = path.resolve(dir);
  let root = null;
  for (; ; ) {
    const known = gitRoots.get(current);
    if (known !== void 0) {
      root = known;
      break;
    }
    seen.push(current);
    if (statSync(path.join(current, ".git"), { throwIfNoEntry: false })) {
      root = current;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of seen) gitRoots.set(folder, root);
  return root;
}
function repositoryPathOf(givenPath, options) {
  const absolute = path.resolve(options.cwd, givenPath);
  const root = options.repositoryRoot ? path.resolve(options.repositoryRoot) : repositoryRootOf(path.dirname(absolute));
  for (const base of root ? [root, options.cwd] : [options.cwd]) {
    const relative = relativeBelow(base, absolute);
    if (relative !== null) return relative;
  }
  return toPosix(path.normalize(givenPath));
}

// src/report/merge.ts
function mergeReports(inputs, problems = []) {
  const byIdentity = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    for (const plan of input.report.plans) {
      const identity = plan.repositoryPath ?? plan.path;
      const earlier = byIdentity.get(identity);
      if (earlier && earlier.plan.digest && plan.digest && earlier.plan.digest !== plan.digest) throw clash(identity, earlier, { plan, input, identity });
      byIdentity.set(identity, { plan, input, identity });
    }
  }
  const entries = [...byIdentity.values()];
  const names = distinctNames(entries);
  const results = [];
  const resolved = [];
  const loadBalancers = [];
  for (const entry of entries) {
    const name = names.get(entry);
    const { report } = entry.input;
    loadBalancers.push(...report.loadBalancers.filter((lb) => lb.plan === entry.plan.path).map((lb) => ({ ...lb, plan: name })));
    results.push(...report.results.filter((r) => r.plan === entry.plan.path).map((r) => ({ ...r, plan: name })));
    resolved.push(...(report.resolved ?? []).filter((r) => r.plan === entry.plan.path).map((r) => ({ ...r, plan: name })));
  }
  return buildReport({
    rules: inputs.flatMap((i) => i.report.rules),
    plans: entries.map((entry) => ({ ...entry.plan, path: names.get(entry) })),
    loadBalancers,
    results,
    resolved,
    problems: [...problems, ...inputs.flatMap((i) => i.report.problems)],
    warnings: inputs.flatMap((i) => i.report.warnings)
  });
}
function distinctNames(entries) {
  const names = new Map(entries.map((entry) => [entry, entry.plan.path]));
  for (; ; ) {
    const holders = /* @__PURE__ */ new Map();
    for (const [entry, name] of names) {
      const group = holders.get(name);
      if (group) group.push(entry);
      else holders.set(name, [entry]);
    }
    const renamed = [...holders.values()].filter((group) => group.length > 1).flat().filter((entry) => names.get(entry) !== entry.identity);
    if (renamed.length === 0) return names;
    for (const entry of renamed) names.set(entry, entry.identity);
  }
}
function clash(identity, earlier, later) {
  const from = (entry) => entry.input.file ?? "the plans checked in this run";
  const short = (entry) => (entry.plan.digest ?? "").slice(0, "sha256:".length + 12);
  return new InputError(
    from(later),
    `reports a different plan (${short(later)}) than ${from(earlier)} (${short(earlier)}) at the same path in the repository, \`${identity}\`, so the two cannot be told apart`,
    "Write each job's plan to its own path in the repository (e.g. `stacks/<stack>/plan.json` or `plan-<env>.json`), then check and merge again"
  );
}

// src/run-plans.ts
async function loadPlanJob(job, onProgress) {
  try {
    const loaded = await loadPlanFile(resolve(job.cwd, job.file), { keep: RELEVANT_TYPES, onProgress });
    return { plan: { ...loaded, path: job.file.split("\\").join("/"), repositoryPath: job.repositoryPath ?? repositoryPathOf(job.file, { cwd: job.cwd, repositoryRoot: job.sourceRoot }) } };
  } catch (error) {
    return { problem: planProblem(job.file, error) };
  }
}
function planProblem(file, error) {
  if (error instanceof InputError) return `${file}: ${error.problem}. ${error.remedy}`;
  return `${file}: could not be checked (${error instanceof Error ? error.message.split("\n")[0] : "unknown error"})`;
}
async function runPlanJob(job, onProgress) {
  const loaded = await loadPlanJob(job, onProgress);
  if (!loaded.plan) return { problem: loaded.problem };
  try {
    return { report: await checkPlans([loaded.plan], { settings: job.settings, sourceDir: job.sourceDir, sourceRoot: job.sourceRoot }) };
  } catch (error) {
    return { problem: planProblem(job.file, error) };
  }
}
async function runPlans(files, options) {
  const jobs = files.map((file) => ({ file, cwd: options.cwd, settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot, repositoryPath: options.repositoryPaths?.[file] }));
  const workers = options.workers ?? await chooseWorkers(files, options.cwd);
  const outcomes = workers > 1 ? await runInWorkers(jobs, workers) : await runInProcess(jobs, options.onProgress);
  const problems = [...options.problems ?? [], ...outcomes.filter((o) => o.problem !== void 0).map((o) => o.problem)];
  const reports = outcomes.filter((o) => o.report !== void 0).map((o) => o.report);
  return { report: mergeReports(reports.map((report) => ({ report })), problems), problems };
}
async function runInProcess(jobs, onProgress) {
  const outcomes = [];
  for (const job of jobs) outcomes.push(await runPlanJob(job, onProgress && ((read, total) => onProgress(job.file, read, total))));
  return outcomes;
}
var WORKER_MIN_BYTES = 8 * 1024 * 1024;
async function chooseWorkers(files, cwd) {
  const requested = process.env.ELB_IR_WORKERS;
  if (requested !== void 0 && requested !== "") return Math.max(0, Number(requested) || 0);
  if (files.length < 3 || !workerScript()) return 0;
  const cores = availableParallelism();
  if (cores < 4) return 0;
  let total = 0;
  for (const file of files) total += (await stat2(resolve(cwd, file)).catch(() => ({ size: 0 }))).size;
  return total >= WORKER_MIN_BYTES ? Math.min(cores, 4, files.length) : 0;
}
function workerScript() {
  if (!import.meta.url.endsWith(".js")) return null;
  const path2 = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(path2) ? path2 : null;
}
async function runInWorkers(jobs, count) {
  const script = workerScript();
  if (!script) return runInProcess(jobs, void 0);
  const outcomes = new Array(jobs.length);
  let next = 0;
  const runWorker = () => new Promise((resolveWorker) => {
    const worker = new Worker(script);
    const give = () => {
      if (next >= jobs.length) {
        void worker.terminate();
        resolveWorker();
        return;
      }
      const index = next++;
      worker.postMessage({ index, job: jobs[index] });
    };
    worker.on("message", (message) => {
      outcomes[message.index] = message.outcome;
      give();
    });
    worker.on("error", (error) => {
      for (let i = 0; i < jobs.length; i++) if (outcomes[i] === void 0 && i < next) outcomes[i] = { problem: `${jobs[i].file}: could not be checked (${error.message.split("\n")[0]})` };
      resolveWorker();
    });
    give();
  });
  await Promise.all(Array.from({ length: Math.min(count, jobs.length) }, runWorker));
  for (let i = 0; i < jobs.length; i++) if (outcomes[i] === void 0) outcomes[i] = await runPlanJob(jobs[i]);
  return outcomes;
}

export {
  UNKNOWN,
  knownString,
  policyStatements,
  formatKey,
  expressionAt,
  sensitiveStrings,
  redactor,
  VERSION,
  buildReport,
  quote,
  renderQuoted,
  unquote,
  deliveryProblems,
  protections,
  RULE_CATALOG,
  checkPlans,
  judgePlan,
  mergeReports,
  repositoryRootOf,
  repositoryPathOf,
  loadPlanJob,
  planProblem,
  runPlanJob,
  runPlans
};
