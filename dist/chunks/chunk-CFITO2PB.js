import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  UNKNOWN,
  buildReport,
  checkPlans,
  deliveryProblems,
  expressionAt,
  formatKey,
  judgePlan,
  knownString,
  loadPlanJob,
  mergeReports,
  planProblem,
  policyStatements,
  protections,
  quote,
  redactor,
  renderQuoted,
  repositoryPathOf,
  repositoryRootOf,
  sensitiveStrings,
  unquote
} from "./chunk-K4PTZFXW.js";
import {
  failsAtLevel
} from "./chunk-KXVQEU22.js";
import {
  relativeBelow,
  toPosix,
  validateReport
} from "./chunk-6BTX74DO.js";
import {
  ELB_ACCOUNTS,
  ELB_LOG_DELIVERY_SERVICE,
  LOG_DELIVERY_SERVICE,
  RELEVANT_TYPES
} from "./chunk-XQ7U6TYO.js";
import {
  require_dist
} from "./chunk-BDG7X2O5.js";
import {
  InputError,
  specialFileKind
} from "./chunk-MML4BPFQ.js";
import {
  hclParser,
  isLocalSource,
  localModuleFolder,
  terraformFileOrder
} from "./chunk-TDRUQYC7.js";
import {
  __toESM
} from "./chunk-VVDX2ENP.js";

// src/inputs.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
async function expandPlanArguments(patterns, cwd) {
  const files = [];
  const problems = [];
  for (const pattern of patterns) {
    if (!/[*?[\]{}]/.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const { glob } = await import("./dist-NQB3C5RT.js");
    const { base, rest } = splitLiteralBase(pattern);
    const start = realFolder(resolve(cwd, base));
    const found = start === null ? [] : await glob(rest, { cwd: start, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false });
    const matches = found.map((file) => isAbsolute(pattern) ? join(base, file) : relative(cwd, join(resolve(cwd, base), file)).split("\\").join("/"));
    if (matches.length === 0) problems.push(`${pattern}: no file matches this pattern. Check the path, or run \`terraform show -json <planfile> > plan.json\` first`);
    files.push(...matches.sort());
  }
  return { files: [...new Set(files)], problems };
}
function splitLiteralBase(pattern) {
  const segments = pattern.split("/");
  const firstGlob = segments.findIndex((segment) => /[*?[\]{}]/.test(segment));
  const base = segments.slice(0, firstGlob).join("/") || (isAbsolute(pattern) ? "/" : ".");
  return { base, rest: segments.slice(firstGlob).join("/") };
}
function realFolder(folder) {
  try {
    return realpathSync(folder);
  } catch {
    return null;
  }
}
function exampleDirectory() {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [resolve(here, "../fixtures/example"), resolve(here, "../../fixtures/example")]) {
    if (existsSync(resolve(candidate, "plan.json"))) return candidate;
  }
  return null;
}

// src/report/escape.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function plainText(text) {
  return text.replace(ANSI, "").replace(CONTROL, "").replace(/^([ \t]*)::/gm, "$1: :").replace(/##(vso)?\[/gi, "#\u200B#$1[");
}
function plainLine(text) {
  return plainText(text.replace(/\r?\n|\r/g, " "));
}
function markdownText(text) {
  return plainLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([@#])/g, "$1\u200B").replace(/\|/g, "&#124;").replace(/([\\`*_{}[\]()!~+\-=.:])/g, "\\$1");
}
function inertComments(text) {
  return text.replace(/<!--/g, "<!-\u200B-");
}
function markdownCode(text) {
  const line = inertComments(plainLine(text));
  if (line === "") return "` `";
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line.replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes.length % 2 === 1 ? "\\" : ""}\\|`)}${pad}${fence}`;
}
function markdownFence(text, language = "") {
  const body = inertComments(plainText(text));
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${body}
${fence}`;
}
function markdownSummary(summary) {
  const parts = [];
  const add = (code, text) => {
    const last = parts.at(-1);
    if (last?.code === code) last.text += text;
    else parts.push({ code, text });
  };
  renderQuoted(
    summary,
    (value) => {
      add(true, value);
      return "";
    },
    (text) => {
      for (const [i, part] of text.split(/(`[^`\n]+`)/g).entries()) {
        if (i % 2 === 1) add(true, part.slice(1, -1));
        else if (markdownText(part) !== "") add(false, part);
      }
      return "";
    }
  );
  return parts.map((part) => part.code ? markdownCode(part.text) : markdownText(part.text)).join("");
}
var NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
function xmlText(text) {
  return plainText(text).replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttribute(text) {
  return xmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

// src/report/types.ts
function ruleOf(report, ruleId) {
  return report.rules.find((rule) => rule.id === ruleId);
}
function sourcesOnly(report) {
  return report.plans.length > 0 && report.plans.every((p) => p.kind === "source");
}

// src/report/gate.ts
var FAIL_ON = ["new", "all"];
function broughtByChange(result) {
  return result.change !== "existing";
}
function gate(report, failLevel, failOn) {
  const atLevel = report.results.filter((r) => r.verdict === "fail" && r.severity !== null && failsAtLevel(r.severity, failLevel));
  const blocking = failOn === "all" ? atLevel : atLevel.filter(broughtByChange);
  const existing = failOn === "all" ? [] : atLevel.filter((r) => !broughtByChange(r));
  return { failLevel, failOn, blocking, existing, fails: blocking.length > 0, sourcesOnly: report.plans !== void 0 && sourcesOnly({ plans: report.plans }) };
}
function gateLine(decision, switchHint = "--fail-on all") {
  const { blocking, existing, failLevel, failOn } = decision;
  if (failLevel === "never") return "fail-level never: no finding fails the run";
  const level = `at or above fail-level ${failLevel}`;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  if (decision.sourcesOnly) {
    return blocking.length > 0 ? `sources: ${count(blocking.length, "finding")} ${level} ${blocking.length === 1 ? "fails" : "fail"} the run (without a plan there is no world before the sources, so every finding is new)` : `sources: no finding ${level}`;
  }
  if (failOn === "all") {
    return blocking.length > 0 ? `fail-on all: ${count(blocking.length, "finding")} ${level} ${blocking.length === 1 ? "fails" : "fail"} the run` : `fail-on all: no finding ${level}`;
  }
  const head = blocking.length > 0 ? `${count(blocking.length, "new or regressed finding")} ${level} ${blocking.length === 1 ? "blocks" : "block"} this change` : `no new or regressed finding ${level}`;
  if (existing.length === 0) return head;
  return `${head}; ${count(existing.length, "existing finding")} ${existing.length === 1 ? "does" : "do"} not (use ${switchHint} to fail on ${existing.length === 1 ? "it" : "them"})`;
}

// src/report/json.ts
import { readFile, stat } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
function resultMessage(result, rule) {
  const failed = (result.suppression?.unsuppressedVerdict ?? result.verdict) === "fail";
  const parts = [unquote(result.summary)];
  if (failed && rule) parts.push(rule.rationale);
  if (failed && result.fix) parts.push(`Fix:
${result.fix}`);
  return parts.join(failed && result.fix ? "\n" : " ").replace(/ \n/g, "\n");
}
function toJsonReport(report) {
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    plans: report.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind })),
    loadBalancers: report.loadBalancers.map((lb) => ({ address: lb.address, type: lb.type, kind: lb.kind, plan: lb.plan, actions: lb.actions })),
    results: report.results.map((r) => jsonResult(r, ruleOf(report, r.ruleId))),
    resolved: report.resolved?.map((r) => ({ ruleId: r.ruleId, address: r.address, plan: r.plan, severity: r.severity })),
    summary: report.summary,
    rules: report.rules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      title: rule.title,
      practice: rule.practice,
      helpUri: rule.helpUri,
      defaultSeverity: rule.defaultSeverity,
      rationale: rule.rationale,
      remediation: rule.remediation
    })),
    problems: report.problems,
    warnings: report.warnings
  };
}
function jsonResult(r, rule) {
  const { suppression } = r;
  return {
    ruleId: r.ruleId,
    address: r.address,
    plan: r.plan,
    verdict: r.verdict,
    severity: r.severity,
    message: resultMessage(r, rule),
    location: r.location ? { file: r.location.file, line: r.location.line } : null,
    fingerprint: r.fingerprint,
    summary: jsonSummary(r.summary),
    fix: r.fix,
    lineFix: r.lineFix,
    subject: r.subject ? { address: r.subject.address, attribute: r.subject.attribute } : null,
    exactLocation: r.location ? r.exactLocation : void 0,
    suppression: suppression && {
      kind: suppression.kind,
      reason: suppression.reason,
      origin: suppression.origin,
      expires: suppression.expires,
      unsuppressedVerdict: suppression.unsuppressedVerdict
    },
    change: r.change
  };
}
function formatJson(report) {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}
function jsonSummary(summary) {
  const values = [];
  const text = renderQuoted(
    summary,
    (value) => `{${values.push(value) - 1}}`,
    (text2) => text2.replace(/[{}]/g, (brace) => brace + brace)
  );
  return { text, arguments: values };
}
function summaryFromJson(summary) {
  return summary.text.replace(/[\uE000\uE001]/g, "").replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index) => index === void 0 ? match[0] : quote(summary.arguments[Number(index)] ?? ""));
}
var REPORT_REMEDY = "Pass the JSON reports written by `elb-ir-check check --format json --output <file>`";
async function readJsonReports(files, cwd, options = {}) {
  const reports = [];
  const problems = [];
  for (const file of files) {
    try {
      reports.push({ report: fromJsonReport(await readJsonReport(resolve2(cwd, file)), options), file });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${file}: ${error.problem}. ${error.remedy}`);
    }
  }
  return { reports, problems };
}
async function readJsonReport(path7) {
  let text;
  try {
    const special = specialFileKind(await stat(path7));
    if (special) throw new InputError(path7, `is ${special}, not a regular file`, REPORT_REMEDY);
    text = await readFile(path7, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(path7, code === "ENOENT" ? "does not exist" : `cannot be read (${code})`, REPORT_REMEDY);
  }
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(path7, "is not JSON", REPORT_REMEDY);
  }
  if (!validateReport(value)) {
    const error = validateReport.errors?.[0];
    throw new InputError(path7, `is not an elb-ir-check JSON report (schema version 1): ${error?.instancePath || "/"} ${error?.message ?? ""}`.trim(), REPORT_REMEDY);
  }
  return value;
}
function fromJsonReport(json, options = {}) {
  const rules = options.rules ?? json.rules ?? [];
  return buildReport({
    version: json.tool.version,
    rules,
    plans: json.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion, repositoryPath: p.repositoryPath, digest: p.digest, kind: p.kind })),
    loadBalancers: json.loadBalancers,
    results: json.results.map((result) => resultFromJson(result, rules.find((rule) => rule.id === result.ruleId))),
    resolved: json.resolved,
    problems: json.problems,
    warnings: json.warnings
  });
}
function resultFromJson(result, rule) {
  const parts = result.summary ? { summary: summaryFromJson(result.summary), fix: result.fix } : partsOfMessage(result.message, rule);
  return {
    ruleId: result.ruleId,
    address: result.address,
    plan: result.plan,
    verdict: result.verdict,
    severity: result.severity,
    location: result.location,
    exactLocation: result.exactLocation ?? false,
    ...parts,
    lineFix: result.lineFix,
    // A report without subjects (written by hand) identifies a finding by its rule and load balancer.
    subject: result.subject ?? null,
    suppression: result.suppression,
    ...result.change ? { change: result.change } : {}
  };
}
function partsOfMessage(message, rule) {
  const [head, fix] = message.split("\nFix:\n");
  const summary = rule && rule.rationale !== "" && head.endsWith(rule.rationale) ? head.slice(0, -rule.rationale.length).trimEnd() : head;
  return { summary, fix };
}

// src/report/matrix.ts
var SYMBOLS = { pass: "\u2713", fail: "\u2717", unknown: "?", "not-applicable": "\u2013", suppressed: "s" };
function readinessMatrix(report) {
  const columns3 = [...new Set(report.results.filter((r) => r.address !== null).map((r) => r.ruleId))].sort();
  const matrices = [];
  for (const plan of report.plans) {
    const lbs = report.loadBalancers.filter((lb) => lb.plan === plan.path);
    if (lbs.length === 0) continue;
    const results = report.results.filter((r) => r.plan === plan.path);
    matrices.push({
      plan: plan.path,
      columns: columns3,
      rows: lbs.map((lb) => ({
        address: lb.address,
        kind: lb.kind,
        cells: columns3.map((id) => results.find((r) => r.address === lb.address && r.ruleId === id)?.verdict ?? "not-applicable")
      })),
      planWide: results.filter((r) => r.address === null).map((r) => ({ ruleId: r.ruleId, verdict: r.verdict }))
    });
  }
  return matrices;
}

// src/report/regressions.ts
var PHRASES = {
  ELBIR001: (lb, by) => `${by} turns off access logs on ${lb}, which had them`,
  ELBIR002: (lb, by) => `${by} stops the access logs of ${lb} from reaching their bucket, where they arrived before`,
  ELBIR003: (lb, by) => `${by} moves the access logs of ${lb} out of the central log archive`,
  ELBIR004: (lb, by) => `${by} leaves the access logs of ${lb} less protected than before`,
  ELBIR005: (lb, by) => `after ${by} nothing analyzes the access logs of ${lb}`,
  ELBIR006: (_, by) => `${by} stops AWS Health events for load balancers from reaching anyone, which they did`,
  ELBIR007: (_, by) => `${by} drops the way to contact AWS from the incident playbooks, which had it`,
  ELBIR008: (lb, by) => `${by} leaves ${lb} without a TLS listener, so its access logs stop being written`,
  ELBIR009: (lb, by) => `${by} leaves ${lb} with mutual TLS but no connection logs`
};
function regressionPhrase(result, rule, by = "this PR") {
  const subject = result.address === null ? "the plan" : markdownCode(result.address);
  const phrase = PHRASES[result.ruleId];
  if (phrase) return phrase(subject, by);
  return `${by} breaks \u201C${markdownText(rule?.title ?? result.ruleId)}\u201D on ${subject}, which held before`;
}

// src/report/markdown.ts
var ICONS = { pass: "\u2705", fail: "\u274C", unknown: "\u2754", "not-applicable": "\u2796", suppressed: "\u{1F515}" };
function formatMarkdown(report, options = {}) {
  const out = [];
  const { error, warning, notice, suppressed } = report.summary;
  const status = error > 0 ? "\u274C" : warning > 0 ? "\u26A0\uFE0F" : "\u2705";
  out.push(`### ${status} ELB incident-response readiness`);
  out.push("");
  const judged = sourcesOnly(report) ? `the sources of ${report.plans.length} folder${report.plans.length === 1 ? "" : "s"}` : `${report.plans.length} plan${report.plans.length === 1 ? "" : "s"}`;
  out.push(`${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? "" : "s"} in ${judged}: **${error}** error${error === 1 ? "" : "s"}, **${warning}** warning${warning === 1 ? "" : "s"}, **${notice}** notice${notice === 1 ? "" : "s"}, **${suppressed}** suppressed.`);
  out.push("");
  const byChange = options.view !== "estate" && hasChangeInformation(report);
  if (byChange) out.push(...changeSections(report, options));
  const matrices = readinessMatrix(report);
  for (const matrix of matrices) {
    if (report.plans.length > 1) out.push(`**${markdownCode(matrix.plan)}**`, "");
    const rule = (id) => ruleOf(report, id);
    out.push(`| load balancer | ${matrix.columns.map((id) => `[${id.replace("ELBIR", "")}](${linkDestination(rule(id)?.helpUri ?? "")} "${id} ${markdownText(rule(id)?.title ?? "")}")`).join(" | ")} |`);
    out.push(`|---|${matrix.columns.map(() => ":-:").join("|")}|`);
    for (const row of matrix.rows) out.push(`| ${markdownCode(row.address)} (${row.kind}) | ${row.cells.map((cell) => ICONS[cell]).join(" | ")} |`);
    out.push("");
    if (matrix.planWide.length > 0) out.push(`Plan-wide: ${matrix.planWide.map((p) => `${ICONS[p.verdict]} [${p.ruleId}](${linkDestination(rule(p.ruleId)?.helpUri ?? "")}) ${markdownText(rule(p.ruleId)?.title ?? "")}`).join(" \xB7 ")}`, "");
  }
  if (matrices.length > 0) {
    out.push(`${ICONS.pass} pass \xB7 ${ICONS.fail} fail \xB7 ${ICONS.unknown} known after apply \xB7 ${ICONS["not-applicable"]} not applicable \xB7 ${ICONS.suppressed} suppressed`);
    out.push("");
    out.push(`<details><summary>Rules</summary>

${report.rules.map((r) => `- **${r.id}** [${markdownText(r.title)}](${linkDestination(r.helpUri)}) (${r.defaultSeverity})`).join("\n")}

</details>`);
  } else {
    out.push(sourcesOnly(report) ? "No load balancer in the sources." : "No load balancer in the plan.");
  }
  out.push("");
  out.push(...byChange ? existingSection(report, options) : findingsSection(report, options));
  const suppressedResults = report.results.filter((r) => r.verdict === "suppressed");
  if (suppressedResults.length > 0) {
    out.push(`<details><summary>${suppressedResults.length} suppressed</summary>
`);
    out.push("| rule | address | reason | by |");
    out.push("|---|---|---|---|");
    for (const r of suppressedResults) out.push(`| ${r.ruleId} | ${markdownCode(r.address ?? "plan")} | ${markdownText(r.suppression?.reason ?? "")}${r.suppression?.expires ? ` (until ${r.suppression.expires})` : ""} | ${markdownText(r.suppression?.origin ?? "")} |`);
    out.push("\n</details>\n");
  }
  const notes = [...report.problems, ...report.warnings];
  if (notes.length > 0) {
    out.push(`<details><summary>${notes.length} note${notes.length === 1 ? "" : "s"}</summary>

${notes.map((n) => `- ${markdownText(n)}`).join("\n")}

</details>
`);
  }
  if (options.runUrl) out.push(`[Workflow run](${options.runUrl}) \xB7 elb-ir-check ${report.tool.version}`);
  else out.push(`elb-ir-check ${report.tool.version}`);
  return truncate(out.join("\n") + "\n", options.maxLength, options.runUrl);
}
function findingsSection(report, options) {
  const out = [];
  const omit = options.omit ?? /* @__PURE__ */ new Set();
  const findings = report.results.filter((r) => (r.verdict === "fail" || r.verdict === "unknown") && !omit.has(r.fingerprint));
  const inline = report.results.filter((r) => (r.verdict === "fail" || r.verdict === "unknown") && omit.has(r.fingerprint)).length;
  if (findings.length > 0) {
    out.push(`#### Findings${inline > 0 ? ` (${inline} more as review comments on the changed lines)` : ""}`);
    out.push("");
    for (const result of findings) out.push(formatFinding(result, ruleOf(report, result.ruleId), options), "");
  } else if (inline > 0) {
    out.push(`All ${inline} findings are posted as review comments on the changed lines.`);
    out.push("");
  }
  return out;
}
var isFinding = (r) => r.verdict === "fail" || r.verdict === "unknown";
function hasChangeInformation(report) {
  if (report.plans.length > 0 && report.plans.every((p) => p.kind === "state" || p.kind === "source")) return false;
  return report.resolved !== void 0 || report.results.some((r) => r.change !== void 0);
}
function changeSections(report, options) {
  const out = [];
  const omit = options.omit ?? /* @__PURE__ */ new Set();
  const findings = report.results.filter(isFinding);
  const brought = findings.filter((r) => r.change !== "existing");
  const existing = findings.filter((r) => r.change === "existing");
  const resolved = report.resolved ?? [];
  const shown = brought.filter((r) => !omit.has(r.fingerprint));
  const inline = brought.length - shown.length;
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const noun = options.changeOf ?? "plan";
  const short = noun === "pull request" ? "PR" : "plan";
  out.push(`#### What this ${noun} changes`, "");
  out.push(`**${plural(brought.length, "new or regressed finding", "new or regressed findings")}** \xB7 **${resolved.length} fixed** by this ${short} \xB7 ${plural(existing.length, "existing finding", "existing findings")} from before it`, "");
  if (brought.length === 0) out.push(`This ${noun} brings no new finding and breaks nothing that held before it.`, "");
  if (inline > 0) {
    out.push(`Posted as review comments on the changed lines (${inline}):`, "");
    for (const result of brought.filter((r) => omit.has(r.fingerprint))) {
      const where = result.location ? ` \xB7 ${markdownCode(`${result.location.file}:${result.location.line}`)}` : "";
      out.push(`- ${changeLead(result, report, `this ${short}`)} ${ICONS[result.verdict]} **${result.ruleId}** ${result.severity ?? ""}${where}`);
    }
    out.push("");
  }
  if (shown.length > 0) {
    if (inline > 0) out.push(`Not posted as review comments (${shown.length}):`, "");
    for (const result of shown) out.push(changeLead(result, report, `this ${short}`), "", formatFinding(result, ruleOf(report, result.ruleId), options), "");
  }
  if (resolved.length > 0) {
    out.push(`#### Fixed by this ${short}`, "");
    for (const r of resolved) {
      const rule = ruleOf(report, r.ruleId);
      const where = r.address === null ? report.plans.length > 1 ? `plan ${markdownCode(r.plan)}` : "the plan" : markdownCode(r.address);
      out.push(`- ${ICONS.pass} **${r.ruleId}** ${r.severity} \xB7 ${where}: ${markdownText(rule?.title ?? r.ruleId)}`);
    }
    out.push("");
  }
  return out;
}
function existingSection(report, options) {
  const out = [];
  const existing = report.results.filter((r) => isFinding(r) && r.change === "existing");
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const noun = options.changeOf ?? "plan";
  const short = noun === "pull request" ? "PR" : "plan";
  if (existing.length > 0) {
    const touched = existing.filter((r) => options.touched?.has(r.fingerprint));
    const blocks = options.failOn === "all" ? "they block with `fail-on: all`" : "they do not block it";
    out.push(`<details><summary>${plural(existing.length, "existing finding", "existing findings")}: there before this ${noun} (${blocks})</summary>`, "");
    if (touched.length > 0) {
      for (const r of touched) {
        const where = r.location ? ` (${markdownCode(`${r.location.file}:${r.location.line}`)}, a line this ${short} changes)` : "";
        out.push(`- **${r.ruleId}** on ${markdownCode(r.address ?? `plan ${r.plan}`)}${where} predates this ${noun}${options.failOn === "all" ? "" : " and does not block it"}.`);
      }
      out.push("");
    }
    for (const result of existing) out.push(formatFinding(result, ruleOf(report, result.ruleId), options), "");
    out.push("</details>", "");
  }
  return out;
}
function changeLead(result, report, by) {
  if (result.change === "regressed") {
    if (result.verdict === "fail") return `**Regressed**: ${regressionPhrase(result, ruleOf(report, result.ruleId), by)}.`;
    return `**Regressed**: after ${by}, whether ${result.address === null ? "the plan" : markdownCode(result.address)} meets this rule is known only after apply.`;
  }
  if (result.address === null) return `**New** with ${by}.`;
  return `**New**: ${markdownCode(result.address)} comes with ${by}.`;
}
function formatFinding(result, rule, options = {}) {
  const where = result.location ? options.fileUrl ? ` \xB7 [${markdownText(`${result.location.file}:${result.location.line}`)}](${linkDestination(options.fileUrl(result.location.file, result.location.line))})` : ` \xB7 ${markdownCode(`${result.location.file}:${result.location.line}`)}` : "";
  const head = `${ICONS[result.verdict]} **${result.ruleId}** ${result.severity ?? ""} \xB7 ${markdownCode(result.address ?? `plan ${result.plan}`)}${where}`;
  const lines2 = [head, "", markdownSummary(result.summary)];
  if (result.verdict === "fail" && rule) lines2.push("", `*Why it matters:* ${markdownText(rule.rationale)} [${markdownText(rule.practice)}](${linkDestination(rule.helpUri)})`);
  if (result.verdict === "fail" && result.fix) lines2.push("", "<details><summary>Fix</summary>", "", markdownFence(result.fix, "hcl"), "", "</details>");
  return lines2.join("\n");
}
function linkDestination(url) {
  return url.replace(/[()<>\s\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function truncate(text, max, runUrl) {
  if (!max || text.length <= max) return text;
  const note = `

\u2026 the report is too long to show here in full; the full report is in the ${runUrl ? `[job summary](${runUrl})` : "job summary"}.
`;
  const cut = text.lastIndexOf("\n", max - note.length);
  let head = text.slice(0, cut > 0 ? cut : max - note.length);
  const { fence, details } = openBlocks(head);
  if (fence) head += `
${fence}`;
  head += "\n\n</details>".repeat(details);
  return head + note;
}
function openBlocks(markdown) {
  let fence = null;
  let details = 0;
  for (const line of markdown.split("\n")) {
    if (fence !== null) {
      const close2 = /^ {0,3}(`{3,})[ \t]*$/.exec(line);
      if (close2 && close2[1].length >= fence.length) fence = null;
      continue;
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line);
    if (open) fence = open[1];
    else if (line.startsWith("<details>")) details++;
    else if (line.startsWith("</details>")) details = Math.max(0, details - 1);
  }
  return { fence, details };
}

// src/util/uri.ts
function encodePathSegments(segments) {
  return segments.map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var BASELINE_STATE = { new: "new", regressed: "updated", existing: "unchanged" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.5", notice: "3.0" };
function toSarif(report, options = {}) {
  const rules = report.rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    helpUri: rule.helpUri,
    help: {
      text: `${rule.rationale}

${rule.remediation}`,
      markdown: `**${rule.title}** (${rule.practice})

${rule.rationale}

**Remediation:** ${rule.remediation}

[AWS ELB best practices](${rule.helpUri})`
    },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: {
      tags: ["security", "terraform", "aws", "elb", "incident-response", rule.practice],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule.defaultSeverity]
    }
  }));
  const results = report.results.filter((r) => r.verdict === "fail" || r.verdict === "unknown" || r.verdict === "suppressed").map((r) => sarifResult(report, r, options));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "elb-ir-check", version: report.tool.version, semanticVersion: report.tool.version, informationUri: "https://aws.github.io/aws-elb-best-practices/security/incident_response/", rules } },
        automationDetails: { id: "elb-ir-check/" },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function sarifResult(report, result, options) {
  const ruleIndex = report.rules.findIndex((rule) => rule.id === result.ruleId);
  const severity = result.severity ?? "notice";
  const file = result.location ? `${options.pathPrefix ?? ""}${result.location.file}` : result.plan;
  const physical = { artifactLocation: { uri: relativeUri(file) }, region: { startLine: result.location?.line ?? 1 } };
  const entry = {
    ruleId: result.ruleId,
    ruleIndex,
    kind: result.verdict === "unknown" ? "review" : "fail",
    level: result.verdict === "unknown" ? "note" : LEVEL[severity],
    message: { text: plainText(result.verdict === "unknown" ? `${unquote(result.summary)} (known only after apply)` : resultMessage(result, ruleOf(report, result.ruleId))) },
    locations: [{ physicalLocation: physical, logicalLocations: result.address ? [{ fullyQualifiedName: result.address, kind: "resource" }] : [] }],
    partialFingerprints: { "elbIrFinding/v1": result.fingerprint },
    // Reports of earlier versions know no change: their results carry no baseline state.
    ...result.change ? { baselineState: BASELINE_STATE[result.change] } : {},
    properties: { "security-severity": SECURITY_SEVERITY[severity], address: result.address, plan: result.plan }
  };
  if (result.suppression) {
    entry.suppressions = [{ kind: result.suppression.kind === "inline" ? "inSource" : "external", status: "accepted", justification: plainText(result.suppression.reason) }];
  }
  return entry;
}
function relativeUri(file) {
  return encodePathSegments(file.split(/[\\/]/));
}
function formatSarif(report, options = {}) {
  return JSON.stringify(toSarif(report, options), null, 2) + "\n";
}

// src/fix/patch/write-in-place.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeInPlace(sourceDir, changes) {
  return changes.map((change) => {
    const file = path.join(sourceDir, change.path);
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.elb-ir-${process.pid}.tmp`;
    writeFileSync(temporary, change.after);
    renameSync(temporary, file);
    return `${change.before === null ? "created" : "changed"} ${change.path}`;
  });
}

// src/fix/patch/index.ts
import path5 from "node:path";

// src/fix/patch/syntax.ts
function parseTree(parser, text) {
  const tree = parser.parse(text);
  if (!tree) throw new Error("the HCL parser returned no tree");
  return tree;
}
function stringLabel(node) {
  if (node.type === "identifier") return node.text;
  if (node.type !== "string_lit") return null;
  let text = "";
  for (const child of node.namedChildren) {
    if (child?.type === "template_literal") text += child.text;
    else if (child && child.type !== "quoted_template_start" && child.type !== "quoted_template_end") return null;
  }
  return text;
}
function asBlock(node) {
  const head = node.namedChild(0);
  if (node.type !== "block" || head?.type !== "identifier") return null;
  const labels = [];
  for (const child of node.namedChildren.slice(1)) {
    if (!child || child.type !== "string_lit" && child.type !== "identifier") continue;
    const label = stringLabel(child);
    if (label === null) return null;
    labels.push(label);
  }
  return { node, type: head.text, labels };
}
function blocksIn(body) {
  const out = [];
  for (const child of body?.namedChildren ?? []) {
    const block2 = child ? asBlock(child) : null;
    if (block2) out.push(block2);
  }
  return out;
}
function bodyOf(node) {
  if (node.type === "config_file") return node.namedChildren.find((c) => c?.type === "body") ?? null;
  return node.namedChildren.find((c) => c?.type === "body") ?? null;
}
function shapeOf(node) {
  const open = node.children.find((c) => c?.type === "block_start");
  const close2 = node.children.find((c) => c?.type === "block_end");
  if (!open || !close2 || close2.isMissing) return null;
  const body = bodyOf(node);
  const attributes = [];
  for (const child of body?.namedChildren ?? []) {
    if (child?.type !== "attribute") continue;
    const name = child.namedChild(0);
    if (name?.type !== "identifier") continue;
    attributes.push({ name: name.text, node: child, expression: child.namedChildren.find((c) => c?.type === "expression") ?? null });
  }
  return { node, openEnd: open.endIndex, closeStart: close2.startIndex, attributes, blocks: blocksIn(body) };
}
function findResourceBlock(root, ref) {
  const keyword = ref.mode === "data" ? "data" : "resource";
  const found = blocksIn(bodyOf(root)).find((b) => b.type === keyword && b.labels.length === 2 && b.labels[0] === ref.type && b.labels[1] === ref.name);
  return found ? shapeOf(found.node) : null;
}
function declaredKeys(root) {
  const keys = [];
  for (const block2 of blocksIn(bodyOf(root))) {
    if (block2.type === "resource" && block2.labels.length === 2) keys.push(`${block2.labels[0]}.${block2.labels[1]}`);
    else if (block2.type === "data" && block2.labels.length === 2) keys.push(`data.${block2.labels[0]}.${block2.labels[1]}`);
    else if (block2.type === "provider" && block2.labels.length === 1) {
      const shape = shapeOf(block2.node);
      const alias = shape?.attributes.find((a) => a.name === "alias")?.expression;
      const name = alias ? stringLabel(alias.namedChild(0)?.namedChild(0) ?? alias) : null;
      keys.push(name ? `provider.${block2.labels[0]}.${name}` : `provider.${block2.labels[0]}`);
    } else if (block2.labels.length > 0) keys.push(`${block2.type}.${block2.labels.join(".")}`);
  }
  return keys;
}

// src/fix/patch/align.ts
function tokenize(text) {
  const tokens = [];
  const joined = /* @__PURE__ */ new Set();
  const stack = [];
  let line = 0;
  let lineStart = 0;
  let i = 0;
  let inString = false;
  const push = (kind, at) => tokens.push({ line, column: at - lineStart, kind });
  const newline = (at) => {
    line++;
    lineStart = at + 1;
  };
  while (i < text.length) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 2;
      else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        push("open", i);
        stack.push("string");
        inString = false;
        i += 2;
      } else if (c === '"') {
        inString = false;
        push("other", i);
        i++;
      } else if (c === "\n") {
        newline(i);
        i++;
      } else i++;
      continue;
    }
    if (c === "\n") {
      newline(i);
      i++;
    } else if (c === " " || c === "	" || c === "\r") i++;
    else if (c === "#" || c === "/" && text[i + 1] === "/") {
      push("comment", i);
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      push("other", i);
      for (let j = i; j < stop; j++) {
        if (text[j] !== "\n") continue;
        newline(j);
        joined.add(line);
      }
      i = stop;
    } else if (c === '"') {
      push("other", i);
      inString = true;
      i++;
    } else if (c === "<" && text[i + 1] === "<" && /^<<-?[A-Za-z_][\w-]*[ \t]*\r?\n/.test(text.slice(i, i + 200))) {
      const marker = /^<<-?([A-Za-z_][\w-]*)/.exec(text.slice(i))?.[1] ?? "";
      push("other", i);
      i = text.indexOf("\n", i);
      for (; ; ) {
        newline(i);
        joined.add(line);
        const end = text.indexOf("\n", i + 1);
        const content = text.slice(i + 1, end < 0 ? text.length : end);
        i = end < 0 ? text.length : end;
        if (content.trim() === marker || end < 0) break;
      }
      push("other", i);
    } else if (c === "{" || c === "[" || c === "(") {
      push("open", i);
      if (c === "{") stack.push("brace");
      i++;
    } else if (c === "}" || c === "]" || c === ")") {
      push("close", i);
      if (c === "}" && stack.pop() === "string") inString = true;
      i++;
    } else if (c === "=") {
      if (text[i + 1] === "=" || text[i + 1] === ">") {
        push("other", i);
        i += 2;
      } else {
        push("equal", i);
        i++;
      }
    } else if ((c === "!" || c === "<" || c === ">") && text[i + 1] === "=") {
      push("other", i);
      i += 2;
    } else {
      push("other", i);
      i++;
      while (i < text.length && /[\w.-]/.test(text[i]) && /[\w]/.test(c)) i++;
    }
  }
  return { tokens, joined };
}
function cellsOf(text) {
  const lineCount = text.split("\n").length;
  const { tokens, joined } = tokenize(text);
  const logical = Array.from({ length: lineCount }, (_, l) => l);
  for (let l = 1; l < lineCount; l++) if (joined.has(l)) logical[l] = logical[l - 1];
  const byLine = Array.from({ length: lineCount }, () => []);
  for (const token of tokens) byLine[logical[token.line]]?.push(token);
  return byLine.map((lead, line) => {
    if (joined.has(line)) return { assign: null, comment: null, joined: true };
    let comment2 = null;
    const last = lead[lead.length - 1];
    if (lead.length > 1 && last.kind === "comment" && last.line === line) comment2 = lead.pop()?.column ?? null;
    let assign = null;
    const at = lead.findIndex((t, i) => i > 0 && t.kind === "equal");
    if (at > 0 && lead[at].line === line) {
      let net = 0;
      for (const t of lead.slice(at)) net += t.kind === "open" ? 1 : t.kind === "close" ? -1 : 0;
      if (net === 0) assign = lead[at].column;
    }
    return { assign, comment: comment2, joined: false };
  });
}
var columns = (s) => Array.from(s).length;
function chainsNear(cells, has, from, to) {
  const chains = [];
  let chain = [];
  const close2 = () => {
    if (chain.length > 0 && chain[chain.length - 1] >= from - 1 && chain[0] <= to + 1) chains.push(chain);
    chain = [];
  };
  cells.forEach((cell, line) => {
    if (cell.joined) return;
    if (has(cell)) chain.push(line);
    else close2();
  });
  close2();
  return chains;
}
function alignAround(text, from, to) {
  const lines2 = text.split("\n");
  const align = (cells, cellOf) => {
    for (const chain of chainsNear(cells, (cell) => cellOf(cell) !== null, from, to)) {
      const leads = chain.map((l) => lines2[l].slice(0, cellOf(cells[l]) ?? 0).trimEnd());
      const width = Math.max(...leads.map(columns));
      chain.forEach((l, k) => {
        lines2[l] = `${leads[k]}${" ".repeat(width - columns(leads[k]) + 1)}${lines2[l].slice(cellOf(cells[l]) ?? 0)}`;
      });
    }
  };
  align(cellsOf(text), (cell) => cell.assign);
  align(cellsOf(lines2.join("\n")), (cell) => cell.comment);
  return lines2.join("\n");
}

// src/fix/patch/text.ts
var INDENT = "  ";
function indentAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? "";
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function nextLineStart(text, offset) {
  const end = text.indexOf("\n", offset);
  return end < 0 ? text.length : end + 1;
}
function lineOf(text, offset) {
  let line = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function continuationIndented(value, indent) {
  return value.split("\n").map((line, i) => i === 0 || line === "" ? line : indent + line).join("\n");
}
function indented(block2, indent) {
  return block2.split("\n").map((line) => line === "" ? line : indent + line).join("\n");
}
function splice(text, start, end, insert) {
  const spliced = text.slice(0, start) + insert + text.slice(end);
  const from = lineOf(spliced, start);
  const to = from + (insert.match(/\n/g)?.length ?? 0);
  return alignAround(spliced, from, to);
}
function followsBlankOrOpening(text, lineStart) {
  const previous = text.slice(lineStartOf(text, Math.max(0, lineStart - 1)), Math.max(0, lineStart - 1));
  return previous.trim() === "" || previous.trimEnd().endsWith("{");
}

// src/fix/patch/block-edits.ts
function opened(text, shape) {
  const { openEnd, closeStart } = shape;
  if (text.slice(openEnd, closeStart).includes("\n")) return { text, changed: false };
  const outer = indentAt(text, shape.node.startIndex);
  const inner = text.slice(openEnd, closeStart).trim();
  const body = inner === "" ? "\n" : `
${outer}${INDENT}${inner}
`;
  return { text: splice(text, openEnd, closeStart, `${body}${outer}`), changed: true };
}
var CLOSING = /* @__PURE__ */ new Set(["depends_on", "lifecycle"]);
function bodyEnd(text, shape) {
  const items = [...shape.attributes.map((a) => ({ name: a.name, start: a.node.startIndex })), ...shape.blocks.map((b) => ({ name: b.type, start: b.node.startIndex }))].sort((a, b) => a.start - b.start);
  let first = items.length;
  while (first > 0 && CLOSING.has(items[first - 1].name)) first--;
  if (first < items.length) return { at: lineStartOf(text, items[first].start), beforeClosing: true };
  return { at: lineStartOf(text, shape.closeStart), beforeClosing: false };
}
function appendToBody(text, shape, lines2, separate, options = {}) {
  const { at, beforeClosing } = options.last ? { at: lineStartOf(text, shape.closeStart), beforeClosing: false } : bodyEnd(text, shape);
  const indent = indentAt(text, shape.node.startIndex) + INDENT;
  const blank2 = separate && !followsBlankOrOpening(text, at) ? "\n" : "";
  const after = separate && beforeClosing ? "\n" : "";
  return splice(text, at, at, `${blank2}${indented(lines2, indent)}
${after}`);
}
function nested(shape, type) {
  const block2 = shape.blocks.find((b) => b.type === type && b.labels.length === 0)?.node;
  const dynamic = shape.blocks.some((b) => b.type === "dynamic" && b.labels.length === 1 && b.labels[0] === type);
  return { block: block2, dynamic };
}
var dynamicProblem = (type) => `its \`${type}\` block is written as a \`dynamic\` block, which the fix does not rewrite`;
function setAttribute(text, shape, edit, relocate) {
  let current = shape;
  for (let depth = 0; depth < edit.blockPath.length; depth++) {
    const type = edit.blockPath[depth];
    const found = nested(current, type);
    if (!found.block) {
      if (found.dynamic) return { problem: dynamicProblem(type) };
      let inner = `${edit.name} = ${edit.expression}`;
      for (const missing of [...edit.blockPath.slice(depth)].reverse()) inner = `${missing} {
${indented(inner, INDENT)}
}`;
      return { text: appendToBody(text, current, inner, true) };
    }
    const next = shapeOf(found.block);
    if (!next) return { problem: `its \`${type}\` block could not be read` };
    current = next;
  }
  const attribute2 = current.attributes.find((a) => a.name === edit.name);
  if (attribute2?.expression) {
    const value = continuationIndented(edit.expression, indentAt(text, attribute2.node.startIndex));
    if (attribute2.expression.text === value) return { text };
    return { text: splice(text, attribute2.expression.startIndex, attribute2.expression.endIndex, value) };
  }
  const split = opened(text, current);
  if (split.changed) {
    const again = relocateNested(split.text, edit.blockPath, relocate);
    if (!again) return { problem: "the block could not be read again after it was split over lines" };
    return setAttribute(split.text, again, { ...edit, blockPath: [] }, () => again);
  }
  const firstBlock = current.blocks[0]?.node.startIndex ?? Infinity;
  const candidates = current.attributes.filter((a) => a.name !== "depends_on");
  const last = candidates.filter((a) => a.node.startIndex < firstBlock).pop() ?? candidates.pop();
  const at = last ? nextLineStart(text, last.node.endIndex) : nextLineStart(text, current.openEnd);
  const indent = indentAt(text, current.node.startIndex) + INDENT;
  return { text: splice(text, at, at, `${indent}${edit.name} = ${continuationIndented(edit.expression, indent)}
`) };
}
function relocateNested(text, blockPath, relocate) {
  let shape = relocate(text);
  for (const type of blockPath) {
    const found = shape ? nested(shape, type).block : void 0;
    shape = found ? shapeOf(found) : null;
  }
  return shape;
}
function setNestedBlock(text, shape, edit) {
  const found = nested(shape, edit.blockType);
  if (found.dynamic) return { problem: dynamicProblem(edit.blockType) };
  if (!found.block) return { text: appendToBody(text, shape, edit.text, true) };
  const indent = indentAt(text, found.block.startIndex);
  const replacement = continuationIndented(edit.text, indent);
  if (found.block.text === replacement) return { text };
  return { text: splice(text, found.block.startIndex, found.block.endIndex, replacement) };
}
var normalized = (reference) => reference.replace(/\s+/g, "");
function addDependsOn(text, shape, edit) {
  const existing = shape.attributes.find((a) => a.name === "depends_on");
  if (!existing?.expression) return { text: appendToBody(text, shape, `depends_on = [${edit.references.join(", ")}]`, true, { last: true }) };
  const tuple = existing.expression.namedChild(0)?.namedChild(0);
  if (tuple?.type !== "tuple") return { problem: "`depends_on` is not written as a list" };
  const items = tuple.namedChildren.filter((c) => c?.type === "expression");
  const have = new Set(items.map((item) => normalized(item.text)));
  const added = [...new Set(edit.references)].filter((r) => !have.has(normalized(r)));
  if (added.length === 0) return { text };
  if (!tuple.text.includes("\n")) {
    return { text: splice(text, tuple.startIndex, tuple.endIndex, `[${[...items.map((i) => i.text), ...added].join(", ")}]`) };
  }
  const close2 = tuple.lastChild;
  if (!close2) return { problem: "`depends_on` could not be read" };
  const indent = indentAt(text, existing.node.startIndex) + INDENT;
  const at = lineStartOf(text, close2.startIndex);
  let edited = splice(text, at, at, added.map((r) => `${indent}${r},
`).join(""));
  const last = items[items.length - 1];
  if (last && !/^\s*,/.test(text.slice(last.endIndex))) edited = splice(edited, last.endIndex, last.endIndex, ",");
  return { text: edited };
}

// src/fix/patch/diff.ts
var CONTEXT = 3;
function linesOf(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const middle = myers(x0, y0);
  return [...a.slice(0, head).map((line) => ({ kind: " ", line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: " ", line }))];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Array(2 * max + 3).fill(0);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && vd[offset + k - 1] < vd[offset + k + 1] ? k + 1 : k - 1;
    const prevX = vd[offset + prevK];
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) ops.push({ kind: " ", line: a[x - 1] });
    if (x === prevX) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  for (; x > 0 && y > 0; x--, y--) ops.push({ kind: " ", line: a[x - 1] });
  return ops.reverse();
}
function printed(op) {
  return op.line.endsWith("\n") ? `${op.kind}${op.line}` : `${op.kind}${op.line}
\\ No newline at end of file
`;
}
var range = (start, count) => `${count === 0 ? start : start + 1},${count}`;
function hunks(ops) {
  const changed = ops.map((op, i2) => op.kind === " " ? -1 : i2).filter((i2) => i2 >= 0);
  let out = "";
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 2 * CONTEXT + 1) j++;
    const from = Math.max(0, changed[i] - CONTEXT);
    const to = Math.min(ops.length - 1, changed[j] + CONTEXT);
    let oldStart = 0;
    let newStart = 0;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== "+") oldStart++;
      if (op.kind !== "-") newStart++;
    }
    const body = ops.slice(from, to + 1);
    const oldCount = body.filter((op) => op.kind !== "+").length;
    const newCount = body.filter((op) => op.kind !== "-").length;
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@
${body.map(printed).join("")}`;
    i = j + 1;
  }
  return out;
}
function unifiedDiff(changes) {
  let out = "";
  for (const change of changes) {
    const body = hunks(diffLines(linesOf(change.before ?? ""), linesOf(change.after)));
    if (body === "") continue;
    const header = change.before === null ? `diff --git a/${change.path} b/${change.path}
new file mode 100644
--- /dev/null
` : `diff --git a/${change.path} b/${change.path}
--- a/${change.path}
`;
    out += `${header}+++ b/${change.path}
${body}`;
  }
  return out;
}

// src/fix/patch/fixes-file.ts
import path2 from "node:path";
var FIXES_FILE = "elb-ir-fixes.tf";
var HEADER = "# Written by `elb-ir-check fix`: what the load balancers' findings needed. You may edit this file.\n";
function addBlocks(tree, moduleTree, modulePath, blocks) {
  const located = tree.moduleFolder(moduleTree, modulePath);
  if ("problem" in located) return { problem: located.problem };
  const declared = /* @__PURE__ */ new Set();
  for (const file2 of tree.moduleFiles(located.folder)) {
    const root = tree.parse(file2);
    if (root) for (const key of declaredKeys(root)) declared.add(key);
  }
  const unreadable = blocks.find((block2) => tree.parseText(block2.text).hasError);
  if (unreadable) return { problem: `the block ${unreadable.key} is not valid HCL, so it is left out` };
  const fresh2 = blocks.filter((block2) => {
    if (declared.has(block2.key)) return false;
    declared.add(block2.key);
    return true;
  });
  if (fresh2.length === 0) return {};
  const file = located.folder === "." ? FIXES_FILE : path2.posix.join(located.folder, FIXES_FILE);
  const before = tree.read(file);
  const start = before === null || before.trim() === "" ? HEADER : before.endsWith("\n") ? before : `${before}
`;
  tree.write(file, `${start}${fresh2.map((block2) => `
${block2.text.trimEnd()}
`).join("")}`);
  return {};
}

// src/fix/patch/other-files.ts
var import_yaml = __toESM(require_dist(), 1);
import path3 from "node:path";
function addFile(tree, file, content) {
  const rel = tree.relative(path3.resolve(tree.root, file));
  if (rel === null || rel === ".") return { problem: `${file} lies outside the source directory` };
  if (tree.read(rel) === null) tree.write(rel, content.endsWith("\n") ? content : `${content}
`);
  return {};
}
function addPlaybooks(tree, configFile, paths) {
  const rel = tree.relative(configFile);
  if (rel === null || rel === ".") return { problem: `the configuration file ${configFile} lies outside the source directory, so the patch cannot edit it` };
  const base = path3.dirname(path3.resolve(configFile));
  const wanted = paths.map((p) => path3.relative(base, path3.resolve(tree.root, p)).split(path3.sep).join("/"));
  const before = tree.read(rel);
  const document = (0, import_yaml.parseDocument)(before ?? "");
  if (document.errors.length > 0) return { problem: `${rel} is not valid YAML, so the playbooks could not be added to it` };
  if (document.contents !== null && !(0, import_yaml.isMap)(document.contents)) return { problem: `${rel} is not a mapping, so the playbooks could not be added to it` };
  let list2 = document.get("playbooks", true);
  if (list2 === void 0 || list2 === null) {
    list2 = new import_yaml.YAMLSeq();
    document.set("playbooks", list2);
  }
  if (!(0, import_yaml.isSeq)(list2)) return { problem: `\`playbooks\` in ${rel} is not a list` };
  const listed = new Set(list2.items.map((item) => String(item && typeof item === "object" && "value" in item ? item.value : item)));
  const added = wanted.filter((p) => !listed.has(p));
  if (added.length === 0) return {};
  for (const p of added) list2.add(document.createNode(p));
  tree.write(rel, document.toString());
  return {};
}

// src/fix/patch/source-tree.ts
import { existsSync as existsSync2, readdirSync, readFileSync } from "node:fs";
import path4 from "node:path";
var MAX_TREES = 64;
var SourceTree = class {
  constructor(root, parser) {
    this.root = root;
    this.parser = parser;
  }
  root;
  parser;
  original = /* @__PURE__ */ new Map();
  current = /* @__PURE__ */ new Map();
  /** How each file read was written (a byte order mark, CRLF line ends): kept when it is written back. */
  styles = /* @__PURE__ */ new Map();
  /** The file's text as edited so far (LF line ends), or null when it does not exist. */
  read(rel) {
    const edited = this.current.get(rel);
    if (edited !== void 0) return edited;
    if (!this.original.has(rel)) {
      const file = path4.join(this.root, rel);
      let text = null;
      if (existsSync2(file)) {
        text = readFileSync(file, "utf8");
        const bom = text.startsWith("\uFEFF");
        const crlf = text.includes("\r\n");
        this.styles.set(rel, { bom, crlf });
        if (bom) text = text.slice(1);
        if (crlf) text = text.replace(/\r\n/g, "\n");
      }
      this.original.set(rel, text);
    }
    return this.original.get(rel) ?? null;
  }
  /** A text as the file writes it: its byte order mark and line ends restored. */
  asWritten(rel, text) {
    const style = this.styles.get(rel);
    if (text === null || !style) return text;
    return `${style.bom ? "\uFEFF" : ""}${style.crlf ? text.replace(/\n/g, "\r\n") : text}`;
  }
  write(rel, text) {
    this.read(rel);
    this.current.set(rel, text);
  }
  parse(rel) {
    const text = this.read(rel);
    return text === null ? null : this.parseText(text);
  }
  /** Trees of the texts parsed last, freed when they fall out (tree-sitter's memory is not collected). */
  trees = /* @__PURE__ */ new Map();
  parseText(text) {
    const cached = this.trees.get(text);
    if (cached) return cached.rootNode;
    const tree = parseTree(this.parser, text);
    this.trees.set(text, tree);
    if (this.trees.size > MAX_TREES) {
      const [oldest, old] = this.trees.entries().next().value;
      this.trees.delete(oldest);
      old.delete();
    }
    return tree.rootNode;
  }
  /** Frees every tree kept. */
  dispose() {
    for (const tree of this.trees.values()) tree.delete();
    this.trees.clear();
  }
  /** A path inside the source directory, relative to it; null for one outside. */
  relative(abs) {
    if (path4.resolve(abs) === path4.resolve(this.root)) return ".";
    return relativeBelow(this.root, abs);
  }
  /** The module's folder relative to the source directory, or why it cannot be edited. */
  moduleFolder(moduleTree, modulePath) {
    const located = localModuleFolder(this.root, moduleTree, modulePath);
    if (!located) return { problem: `module.${modulePath.join(".module.")} is not a local module, so its sources cannot be edited here` };
    const folder = this.relative(located.dir);
    if (folder === null) return { problem: `the folder of ${located.address} lies outside the source directory` };
    return { folder };
  }
  /** The module's .tf files (on disk and created in this run), in Terraform's order, relative to the source directory. */
  moduleFiles(folder) {
    let names = [];
    try {
      names = readdirSync(path4.join(this.root, folder));
    } catch {
      names = [];
    }
    const created = [...this.current.keys()].filter((rel) => path4.posix.dirname(rel) === folder).map((rel) => path4.posix.basename(rel));
    return terraformFileOrder([.../* @__PURE__ */ new Set([...names, ...created])]).map((name) => folder === "." ? name : toPosix(path4.join(folder, name)));
  }
  /** Every file whose text changed, in path order. */
  changes() {
    const out = [];
    for (const [rel, after] of this.current) {
      const before = this.original.get(rel) ?? null;
      if (after !== before) out.push({ path: rel, before: this.asWritten(rel, before), after: this.asWritten(rel, after) ?? after });
    }
    return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
};

// src/fix/patch/index.ts
async function writeFixes(batches, options) {
  const tree = new SourceTree(path5.resolve(options.sourceDir), await hclParser());
  const configFile = path5.resolve(options.configFile ?? path5.join(options.sourceDir, ".elb-ir.yml"));
  const unapplied = [];
  try {
    batches.forEach(({ moduleTree, edits }, batch) => {
      edits.forEach((edit, index) => {
        const problem = applyEdit(tree, moduleTree, edit, configFile);
        if (problem) unapplied.push({ batch, index, edit, reason: problem });
      });
    });
  } finally {
    tree.dispose();
  }
  return { changes: tree.changes(), unapplied };
}
function renderPatch(changes) {
  return unifiedDiff(changes);
}
function applyEdit(tree, moduleTree, edit, configFile) {
  switch (edit.kind) {
    case "set-attribute":
      return editBlock(tree, moduleTree, edit.block, (text, shape, relocate) => setAttribute(text, shape, edit, relocate));
    case "set-nested-block":
      return editBlock(tree, moduleTree, edit.block, (text, shape) => setNestedBlock(text, shape, edit));
    case "add-depends-on":
      return editBlock(tree, moduleTree, edit.block, (text, shape) => addDependsOn(text, shape, edit));
    case "add-blocks":
      return addBlocks(tree, moduleTree, edit.modulePath, edit.blocks).problem;
    case "add-file":
      return addFile(tree, edit.path, edit.content).problem;
    case "add-playbooks":
      return addPlaybooks(tree, configFile, edit.paths).problem;
  }
}
function blockName(ref) {
  return `${ref.modulePath.map((m) => `module.${m}.`).join("")}${ref.mode === "data" ? "data." : ""}${ref.type}.${ref.name}`;
}
function editBlock(tree, moduleTree, ref, edit) {
  const located = tree.moduleFolder(moduleTree, ref.modulePath);
  if ("problem" in located) return located.problem;
  for (const file of tree.moduleFiles(located.folder)) {
    const root = tree.parse(file);
    const shape = root ? findResourceBlock(root, ref) : null;
    if (!root || !shape) continue;
    if (root.hasError) return `${file} has a syntax error, so ${blockName(ref)} is not edited there; fix the file first`;
    const text = tree.read(file) ?? "";
    const result = edit(text, shape, (again) => findResourceBlock(tree.parseText(again), ref));
    if ("problem" in result) return `${blockName(ref)} in ${file}: ${result.problem}`;
    if (result.text === text) return void 0;
    if (tree.parseText(result.text).hasError) return `${blockName(ref)} in ${file}: the change would not be valid HCL, so it is left out`;
    tree.write(file, result.text);
    return void 0;
  }
  return `${blockName(ref)} was not found in the .tf files of ${located.folder === "." ? "the source directory" : located.folder}`;
}

// src/fix/fixers/hcl.ts
var attribute = (name, value) => ({ kind: "attribute", name, value });
var nested2 = (type, body, labels = []) => ({ kind: "block", type, labels, body });
var blank = { kind: "blank" };
var comment = (text) => ({ kind: "comment", text });
function renderBlock(type, labels, body) {
  return renderItem(nested2(type, body, labels), "");
}
function renderItem(item, indent) {
  if (item.kind !== "block") throw new Error("only blocks are rendered alone");
  const header = [item.type, ...item.labels.map((label) => `"${label}"`)].join(" ");
  if (item.body.length === 0) return `${indent}${header} {}`;
  return `${indent}${header} {
${renderBody(item.body, `${indent}  `)}
${indent}}`;
}
function renderBody(body, indent) {
  const lines2 = [];
  let run = [];
  const flush = () => {
    const width = Math.max(...run.map((a) => a.name.length));
    for (const a of run) lines2.push(`${indent}${a.name.padEnd(width)} = ${a.value.split("\n").join(`
${indent}`)}`);
    run = [];
  };
  for (const item of body) {
    if (item.kind === "attribute") {
      if (item.value.includes("\n") && run.length > 0) flush();
      run.push(item);
      if (item.value.includes("\n")) flush();
      continue;
    }
    if (run.length > 0) flush();
    if (item.kind === "blank") lines2.push("");
    else if (item.kind === "comment") lines2.push(`${indent}# ${item.text}`);
    else lines2.push(renderItem(item, indent));
  }
  if (run.length > 0) flush();
  return lines2.join("\n");
}
function hclString(text) {
  return `"${escapeTemplate(text)}"`;
}
function template(parts) {
  return `"${parts.map((part) => typeof part === "string" ? escapeTemplate(part) : `\${${part.expression}}`).join("")}"`;
}
function valueOf(part) {
  return typeof part === "string" ? hclString(part) : part.expression;
}
function list(values) {
  return `[${values.join(", ")}]`;
}
function escapeTemplate(text) {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\\") out += "\\\\";
    else if (char === '"') out += '\\"';
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "	") out += "\\t";
    else if (code < 32) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return out.replace(/\$\{/g, "$${").replace(/%\{/g, "%%{");
}

// src/fix/fixers/references.ts
function modulePathOf(instance) {
  return instance.parsed.modules.map((step) => step.name);
}
function blockRef(instance) {
  return { modulePath: modulePathOf(instance), mode: instance.mode, type: instance.type, name: instance.name };
}
function sameModule(a, b) {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
function blockAddress(instance) {
  return `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}`;
}
function localReference(instance) {
  return `${blockAddress(instance)}${instance.parsed.index === void 0 ? "" : formatKey(instance.parsed.index)}`;
}
function fixName(...parts) {
  return ["elb_ir", ...parts].map((part) => part.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "")).filter(Boolean).join("_");
}
function editableModule(model, modulePath) {
  let tree = model.index.moduleTree;
  for (const name of modulePath) {
    tree = tree && Object.prototype.hasOwnProperty.call(tree.calls, name) ? tree.calls[name] : void 0;
    if (!tree || !isLocalSource(tree.source)) return false;
  }
  return true;
}
function notEditable(instance) {
  const calls = instance.parsed.modules.map((step) => `module.${step.name}`).join(".");
  return `${instance.address} is declared in ${calls}, which is not a local module of this repository; change it through the module's inputs`;
}
function providerOf(instance) {
  const key = instance.config?.provider_config_key;
  const local = key?.slice(key.lastIndexOf(":") + 1);
  return local?.startsWith("aws.") ? local : void 0;
}
function reusableExpression(index, instance, path7) {
  const expression = index.expression(instance, path7);
  if (!expression) return void 0;
  if (typeof expression.constant_value === "string") return expression.constant_value;
  const refs = Array.isArray(expression.references) ? expression.references.filter((r) => typeof r === "string") : [];
  const longest = [...refs].sort((a, b) => b.length - a.length)[0];
  if (!longest || !refs.every((ref) => longest === ref || longest.startsWith(`${ref}.`) || longest.startsWith(`${ref}[`))) return void 0;
  if (longest.startsWith("each.") || longest.startsWith("count.") || longest.startsWith("self.")) return void 0;
  return { expression: longest };
}
function dataSource(generated, modulePath, provider, type) {
  const name = provider ? provider.slice("aws.".length) : "current";
  generated.add(modulePath, `data.${type}.${name}`, renderBlock("data", [type, name], provider ? [attribute("provider", provider)] : []));
  return `data.${type}.${name}`;
}
function accountTerm(model, lb, modulePath, generated) {
  if (lb.account && lb.account !== "unknown") return lb.account;
  const provider = providerOf(lb.instance);
  const existing = model.index.dataOfType("aws_caller_identity").find((data) => sameModule(modulePathOf(data), modulePath) && data.parsed.index === void 0 && providerOf(data) === provider);
  if (existing) return { expression: `${localReference(existing)}.account_id` };
  return { expression: `${dataSource(generated, modulePath, provider, "aws_caller_identity")}.account_id` };
}
function regionTerm(lb, modulePath, generated) {
  if (lb.region && lb.region !== "unknown") return lb.region;
  return { expression: `${dataSource(generated, modulePath, providerOf(lb.instance), "aws_region")}.name` };
}
function partitionTerm(lb, modulePath, generated) {
  if (lb.region && lb.region !== "unknown") return partitionOf(lb.region);
  return { expression: `${dataSource(generated, modulePath, providerOf(lb.instance), "aws_partition")}.partition` };
}
function partitionOf(region) {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
function printable(value) {
  return value.kind === "known" && !value.sensitive ? knownString(value) : void 0;
}

// src/fix/fixers/access-logs-block.ts
function accessLogsBlock(lb, target) {
  const body = [attribute("bucket", valueOf(target.bucket))];
  if (lb.kind === "classic") {
    if (target.prefix) body.push(attribute("bucket_prefix", hclString(target.prefix)));
    body.push(attribute("interval", "5"));
  } else if (target.prefix) body.push(attribute("prefix", hclString(target.prefix)));
  body.push(attribute("enabled", "true"));
  return renderBlock("access_logs", [], body);
}
function writeAccessLogsTo(lb, target, generated) {
  const edits = [...generated.edits(), { kind: "set-nested-block", block: blockRef(lb.instance), blockType: "access_logs", text: accessLogsBlock(lb, target) }];
  generated.moveLogs(lb.address, { bucket: target.bucket, prefix: target.prefix ?? "" });
  if (target.policy) edits.push({ kind: "add-depends-on", block: blockRef(lb.instance), references: [target.policy] });
  return edits;
}

// src/fix/fixers/generated.ts
function plannedKey(modulePath, key) {
  return [...modulePath, key].join(".");
}
var GeneratedBlocks = class {
  constructor(context) {
    this.context = context;
  }
  context;
  modules = /* @__PURE__ */ new Map();
  /** Adds a block to a module's elb-ir-fixes.tf (once: the same key twice is one block). */
  add(modulePath, key, text) {
    const id = modulePath.join("\0");
    let entry = this.modules.get(id);
    if (!entry) this.modules.set(id, entry = { modulePath, blocks: [] });
    if (entry.blocks.some((block2) => block2.key === key)) return;
    entry.blocks.push({ key, text });
  }
  /** Records that the fix sends the load balancer's logs to `folder` (what it leaves out stays as it was). */
  moveLogs(address, folder) {
    this.context.logFolders.set(address, { ...this.context.logFolders.get(address), ...folder });
  }
  /** A block planned earlier in this run (by this fix or an earlier one). */
  planned(modulePath, key) {
    return this.context.planned.get(plannedKey(modulePath, key)) ?? this.modules.get(modulePath.join("\0"))?.blocks.find((block2) => block2.key === key);
  }
  /** The last block planned in this run in the module whose key starts with `keyPrefix`. */
  latest(modulePath, keyPrefix) {
    const prefix = plannedKey(modulePath, keyPrefix);
    const earlier = [...this.context.planned].filter(([key]) => key.startsWith(prefix)).map(([, block2]) => block2);
    const own = this.modules.get(modulePath.join("\0"))?.blocks.filter((block2) => block2.key.startsWith(keyPrefix)) ?? [];
    return [...earlier, ...own].at(-1);
  }
  /** The add-blocks edits, first in a fix, so the edits after them may refer to what they declare. */
  edits() {
    const edits = [];
    for (const { modulePath, blocks } of this.modules.values()) {
      for (const block2 of blocks) this.context.planned.set(plannedKey(modulePath, block2.key), block2);
      edits.push({ kind: "add-blocks", modulePath, blocks });
    }
    return edits;
  }
};

// src/fix/fixers/bucket-blocks.ts
var DEFAULT_RETENTION_DAYS = 365;
function retentionDays(settings) {
  return settings.retentionDays ?? DEFAULT_RETENTION_DAYS;
}
function resource(type, target, body) {
  const head = [...target.provider ? [attribute("provider", target.provider)] : [], attribute("bucket", target.id)];
  const rest = body.length > 0 && body[0].kind === "block" ? [blank, ...body] : body;
  return { key: `${type}.${target.name}`, text: renderBlock("resource", [type, target.name], [...head, ...rest]) };
}
function publicAccessBlock(target) {
  return resource("aws_s3_bucket_public_access_block", target, ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"].map((name) => attribute(name, "true")));
}
function ownershipControls(target) {
  return resource("aws_s3_bucket_ownership_controls", target, [nested2("rule", [attribute("object_ownership", hclString("BucketOwnerEnforced"))])]);
}
function versioning(target) {
  return resource("aws_s3_bucket_versioning", target, [nested2("versioning_configuration", [attribute("status", hclString("Enabled"))])]);
}
function sseS3(target) {
  const byDefault = nested2("apply_server_side_encryption_by_default", [attribute("sse_algorithm", hclString("AES256"))]);
  return resource("aws_s3_bucket_server_side_encryption_configuration", target, [nested2("rule", [byDefault])]);
}
function lifecycle(target, days) {
  const rule = nested2("rule", [
    attribute("id", hclString("elb-ir-log-retention")),
    attribute("status", hclString("Enabled")),
    blank,
    nested2("filter", []),
    blank,
    nested2("expiration", [attribute("days", String(days))]),
    blank,
    nested2("noncurrent_version_expiration", [attribute("noncurrent_days", String(days))])
  ]);
  return resource("aws_s3_bucket_lifecycle_configuration", target, [rule]);
}
function bucketPolicy(target, document, after) {
  const body = [attribute("policy", `${document}.json`)];
  if (after.length > 0) body.push(blank, attribute("depends_on", list(after)));
  return resource("aws_s3_bucket_policy", target, body);
}

// src/fix/fixers/statements.ts
var principals = (type, identifiers) => nested2("principals", [attribute("type", hclString(type)), attribute("identifiers", list(identifiers))]);
var condition = (test, variable, values) => nested2("condition", [attribute("test", hclString(test)), attribute("variable", hclString(variable)), attribute("values", list(values))]);
function statement(sid, head, tail) {
  return nested2("statement", [attribute("sid", hclString(sid)), ...head.map(([name, value]) => attribute(name, value)), blank, ...interleave(tail)]);
}
function interleave(items) {
  return items.flatMap((item, i) => i === 0 ? [item] : [blank, item]);
}
var join2 = (...parts) => parts;
function logObjects(target) {
  const prefix = target.prefix === null ? "*" : target.prefix ? `${target.prefix}/` : "";
  return template(join2(target.bucketArn, `/${prefix}AWSLogs/`, target.account, "/*"));
}
function deliveryStatements(lb, target) {
  if (lb.kind === "network") {
    const conditions = [
      condition("StringEquals", "aws:SourceAccount", [valueOf(target.account)]),
      condition("ArnLike", "aws:SourceArn", [template(join2("arn:", target.partition, ":logs:", target.region, ":", target.account, ":*"))])
    ];
    const service = principals("Service", [hclString(LOG_DELIVERY_SERVICE)]);
    return [
      statement("ElbIrAccessLogsAclCheck", [["actions", list([hclString("s3:GetBucketAcl")])], ["resources", list([valueOf(target.bucketArn)])]], [service, ...conditions]),
      statement("ElbIrAccessLogsWrite", [["actions", list([hclString("s3:PutObject")])], ["resources", list([logObjects(target)])]], [service, ...conditions])
    ];
  }
  const region = typeof target.region === "string" ? target.region : void 0;
  const account = region ? ELB_ACCOUNTS[region] : void 0;
  const partition = typeof target.partition === "string" ? target.partition : "aws";
  const principal = account ? principals("AWS", [hclString(`arn:${partition}:iam::${account}:root`)]) : principals("Service", [hclString(ELB_LOG_DELIVERY_SERVICE)]);
  return [statement("ElbIrAccessLogsWrite", [["actions", list([hclString("s3:PutObject")])], ["resources", list([logObjects(target)])]], [principal])];
}
function tlsOnlyStatement(bucketArn2) {
  return statement(
    "ElbIrDenyInsecureTransport",
    [
      ["effect", hclString("Deny")],
      ["actions", list([hclString("s3:*")])],
      ["resources", list([valueOf(bucketArn2), template(join2(bucketArn2, "/*"))])]
    ],
    [principals("*", [hclString("*")]), condition("Bool", "aws:SecureTransport", [hclString("false")])]
  );
}
function keyAdministrationStatement(partition, account) {
  return statement("ElbIrKeyAdministration", [["actions", list([hclString("kms:*")])], ["resources", list([hclString("*")])]], [principals("AWS", [template(join2("arn:", partition, ":iam::", account, ":root"))])]);
}
function keyLogDeliveryStatement() {
  const actions = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"].map(hclString);
  return statement("ElbIrLogDeliveryUseKey", [["actions", list(actions)], ["resources", list([hclString("*")])]], [principals("Service", [hclString(LOG_DELIVERY_SERVICE)])]);
}

// src/fix/fixers/policy-merge.ts
var DOCUMENT = "data.aws_iam_policy_document.";
function extendPolicy(model, generated, extension) {
  const { holder } = extension;
  const modulePath = modulePathOf(holder);
  if (!editableModule(model, modulePath)) return { reason: notEditable(holder) };
  const stem = fixName(holder.type.replace(/^aws_/, ""), holder.name, "");
  const name = fixName(holder.type.replace(/^aws_/, ""), holder.name, extension.purpose);
  const keyPrefix = `${DOCUMENT}${stem}_`;
  const setPolicy = (document) => ({ kind: "set-attribute", block: blockRef(holder), blockPath: [], name: extension.attribute, expression: `${document}.json` });
  if (generated.planned(modulePath, `${DOCUMENT}${name}`)) return { edits: [setPolicy(generated.latest(modulePath, keyPrefix).key)] };
  const source = sourceDocument(model, generated, extension, modulePath, keyPrefix);
  if (typeof source === "object") return source;
  const body = [
    ...providerOf(holder) ? [attribute("provider", providerOf(holder))] : [],
    ...source !== void 0 ? [attribute("source_policy_documents", list([source]))] : [],
    ...source === void 0 ? extension.base ?? [] : [],
    ...extension.statements
  ];
  generated.add(modulePath, `${DOCUMENT}${name}`, renderBlock("data", ["aws_iam_policy_document", name], spaced(body)));
  return { edits: [setPolicy(`${DOCUMENT}${name}`)] };
}
function sourceDocument(model, generated, extension, modulePath, keyPrefix) {
  const earlier = generated.latest(modulePath, keyPrefix);
  if (earlier) return `${earlier.key}.json`;
  const { holder, attribute: name } = extension;
  const expression = model.index.expression(holder, [name]);
  if (!expression) return extension.base ? void 0 : { reason: `${holder.address} has no \`${name}\` to add to` };
  const reusable = reusableExpression(model.index, holder, [name]);
  if (typeof reusable === "string") return hclString(reusable);
  if (reusable && reusable.expression.startsWith(DOCUMENT) && reusable.expression.endsWith(".json")) return reusable.expression;
  return { reason: `the \`${name}\` of ${holder.address} is an expression the fix cannot extend without its source text; add the statements there, or build it with an aws_iam_policy_document` };
}
function spaced(body) {
  const out = [];
  for (const item of body) {
    if (out.length > 0 && (item.kind === "block" || out.at(-1)?.kind === "block")) out.push(blank);
    out.push(item);
  }
  return out;
}

// src/fix/fixers/log-bucket.ts
var GLOB = /[*?]/;
function logArchiveBucket(lb, settings) {
  const literal = settings.logArchive.buckets.filter((name) => !GLOB.test(name));
  const region = lb.region && lb.region !== "unknown" ? lb.region : void 0;
  const regional = region ? literal.filter((name) => name.includes(region)) : [];
  if (regional.length > 0) return regional[0];
  return literal.length === 1 ? literal[0] : void 0;
}
function logBucketFor(model, settings, lb, generated) {
  const archive = logArchiveBucket(lb, settings);
  if (archive) return { bucket: archive, prefix: sharedPrefix(lb), dedicated: false };
  return newLogBucket(model, settings, lb, generated);
}
function sharedPrefix(lb) {
  if (lb.instance.parsed.index !== void 0 || lb.instance.parsed.modules.some((step) => step.key !== void 0)) return void 0;
  return printable(lb.instance.attrs.get(["name"])) ?? lb.instance.name;
}
function newLogBucket(model, settings, lb, generated) {
  const modulePath = modulePathOf(lb.instance);
  const provider = providerOf(lb.instance);
  const name = fixName(lb.instance.name, "logs");
  const bucket = `aws_s3_bucket.${name}`;
  const target = { name, id: `${bucket}.id`, provider };
  const bucketBody = [...provider ? [attribute("provider", provider)] : [], attribute("bucket_prefix", hclString(`${name.replace(/_/g, "-").slice(0, 30)}-`))];
  generated.add(modulePath, bucket, renderBlock("resource", ["aws_s3_bucket", name], bucketBody));
  const days = retentionDays(settings);
  const parts = [publicAccessBlock(target), ownershipControls(target), versioning(target), sseS3(target), lifecycle(target, days)];
  for (const part of parts) generated.add(modulePath, part.key, part.text);
  const delivery = {
    bucketArn: { expression: `${bucket}.arn` },
    prefix: void 0,
    account: accountTerm(model, lb, modulePath, generated),
    region: regionTerm(lb, modulePath, generated),
    partition: partitionTerm(lb, modulePath, generated)
  };
  const document = `data.aws_iam_policy_document.${name}`;
  const statements = [...deliveryStatements(lb, delivery), tlsOnlyStatement(delivery.bucketArn)];
  generated.add(modulePath, document, renderBlock("data", ["aws_iam_policy_document", name], spaced([...provider ? [attribute("provider", provider)] : [], ...statements])));
  const policy = bucketPolicy(target, document, [`aws_s3_bucket_public_access_block.${name}`]);
  generated.add(modulePath, policy.key, policy.text);
  return { bucket: { expression: `${bucket}.id` }, policy: policy.key, dedicated: true };
}

// src/fix/fixers/subject.ts
function loadBalancerOf(finding, context) {
  return context.model.loadBalancers.find((lb) => lb.address === finding.address);
}
var unfixed = (reason) => ({ fixed: false, reason });
var fixed = (edits) => ({ fixed: true, edits });
function editableLoadBalancer(finding, context, logsBlock) {
  const lb = loadBalancerOf(finding, context);
  if (!lb) return unfixed(`${finding.address ?? "the plan"}: no load balancer of the plan has this address`);
  if (!editableModule(context.model, modulePathOf(lb.instance))) return unfixed(notEditable(lb.instance));
  if (logsBlock && context.model.index.resolveDynamicBlockInput(lb.instance, logsBlock)) {
    return unfixed(`${lb.address} takes \`${logsBlock}\` from its module's input \`${logsBlock}\`: set bucket and enabled = true in the module call`);
  }
  return lb;
}
function isOutcome(value) {
  return "fixed" in value;
}

// src/fix/fixers/elbir001-access-logs-enabled.ts
var accessLogsEnabledFix = {
  ruleId: "ELBIR001",
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context, "access_logs");
    if (isOutcome(lb)) return lb;
    const { model, settings } = context;
    const block2 = lb.accessLogsBlock;
    const bucket = model.index.expression(lb.instance, ["access_logs", 0, "bucket"]);
    if (block2 && block2 !== "unknown" && bucket !== void 0 && bucket.constant_value !== "" && bucket.constant_value !== null) {
      return fixed([{ kind: "set-attribute", block: blockRef(lb.instance), blockPath: ["access_logs"], name: "enabled", expression: "true" }]);
    }
    const generated = new GeneratedBlocks(context);
    const target = logBucketFor(model, settings, lb, generated);
    const kept = block2 && block2 !== "unknown" ? printable(block2.get([lb.kind === "classic" ? "bucket_prefix" : "prefix"])) : void 0;
    return fixed(writeAccessLogsTo(lb, target.dedicated ? target : { ...target, prefix: kept || target.prefix }, generated));
  }
};

// src/fix/fixers/bucket-policy.ts
function bucketArn(lb, bucket, modulePath) {
  if (sameModule(modulePathOf(bucket.instance), modulePath)) return { expression: `${localReference(bucket.instance)}.arn` };
  const name = printable(bucket.name);
  const region = lb.region && lb.region !== "unknown" ? lb.region : void 0;
  return name ? `arn:${region ? partitionOf(region) : "aws"}:s3:::${name}` : void 0;
}
function deliveryTarget(model, lb, bucket, modulePath, generated, prefix) {
  const arn = bucketArn(lb, bucket, modulePath);
  if (!arn) return void 0;
  const planned = lb.logPrefix.value;
  const current = planned.kind === "absent" ? "" : planned.kind === "known" && !planned.sensitive ? knownString(planned) ?? null : null;
  const chosen = prefix === void 0 ? current : prefix;
  return {
    bucketArn: arn,
    prefix: chosen === "" ? void 0 : chosen,
    account: accountTerm(model, lb, modulePath, generated),
    region: regionTerm(lb, modulePath, generated),
    partition: partitionTerm(lb, modulePath, generated)
  };
}
function grantDelivery(model, lb, bucket, generated, prefix) {
  const existing = bucket.policies[0];
  if (!existing) return newPolicy(model, lb, bucket, generated, prefix);
  const target = deliveryTarget(model, lb, bucket, modulePathOf(existing.holder), generated, prefix);
  if (!target) return { reason: `the ARN of ${bucket.instance.address} cannot be named from ${existing.holder.address}` };
  return extendPolicy(model, generated, { holder: existing.holder, attribute: existing.attribute, purpose: `delivery_${lb.instance.name}`, statements: deliveryStatements(lb, target) });
}
function requireTls(model, lb, bucket, generated) {
  const existing = bucket.policies.find((policy) => !policy.inline);
  if (!existing) {
    if (bucket.policies.length > 0) return { reason: `the policy of ${bucket.instance.address} is written inside the bucket; move it to an aws_s3_bucket_policy, which the fix can extend` };
    return newPolicy(model, lb, bucket, generated);
  }
  const arn = bucketArn(lb, bucket, modulePathOf(existing.holder));
  if (!arn) return { reason: `the ARN of ${bucket.instance.address} cannot be named from ${existing.holder.address}` };
  return extendPolicy(model, generated, { holder: existing.holder, attribute: existing.attribute, purpose: "tls_only", statements: [tlsOnlyStatement(arn)] });
}
function newPolicy(model, lb, bucket, generated, prefix) {
  const modulePath = modulePathOf(bucket.instance);
  if (!editableModule(model, modulePath)) return { reason: notEditable(bucket.instance) };
  const target = deliveryTarget(model, lb, bucket, modulePath, generated, prefix);
  if (!target) return { reason: `${bucket.instance.address} cannot be named` };
  const provider = providerOf(bucket.instance);
  const name = fixName(bucket.instance.name, bucket.instance.parsed.index === void 0 ? "" : String(bucket.instance.parsed.index));
  const document = `data.aws_iam_policy_document.${name}`;
  generated.add(modulePath, document, renderBlock("data", ["aws_iam_policy_document", name], spaced([...provider ? [attribute("provider", provider)] : [], ...deliveryStatements(lb, target), tlsOnlyStatement(target.bucketArn)])));
  const pab = bucket.companions.get("aws_s3_bucket_public_access_block")?.find((block2) => sameModule(modulePathOf(block2), modulePath));
  const policy = bucketPolicy({ name, id: `${localReference(bucket.instance)}.id`, provider }, document, pab ? [blockAddress(pab)] : []);
  generated.add(modulePath, policy.key, policy.text);
  const edits = [];
  if (lb.instance.actions.includes("create")) {
    if (!sameModule(modulePathOf(lb.instance), modulePath)) return { reason: `${lb.address} cannot wait for the new policy of ${bucket.instance.address} in another module; add depends_on to the module call` };
    edits.push({ kind: "add-depends-on", block: { modulePath, mode: "managed", type: lb.instance.type, name: lb.instance.name }, references: [policy.key] });
  }
  return { edits };
}

// src/fix/fixers/elbir002-access-logs-deliverable.ts
var accessLogsDeliverableFix = {
  ruleId: "ELBIR002",
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context);
    if (isOutcome(lb)) return lb;
    const bucket = lb.logDestination?.kind === "in-plan" ? lb.logDestination.bucket : void 0;
    const problems = deliveryProblems(lb, bucket);
    if (problems.length === 0) return unfixed(`${lb.address}: nothing the plan shows keeps its logs from the bucket`);
    if (problems.some((p) => p.concern === "region")) return repoint(lb, context);
    const generated = new GeneratedBlocks(context);
    const edits = [];
    let prefix;
    for (const problem of problems) {
      const step = fixProblem(problem, lb, bucket, context, generated, prefix);
      if ("reason" in step) return unfixed(`${lb.address}: ${step.reason}`);
      if (step.prefix !== void 0) prefix = step.prefix;
      edits.push(...step.edits);
    }
    if (prefix !== void 0) generated.moveLogs(lb.address, { prefix: prefix ?? "" });
    return fixed([...generated.edits(), ...edits]);
  }
};
function fixProblem(problem, lb, bucket, context, generated, prefix) {
  const { model } = context;
  switch (problem.concern) {
    case "prefix":
      return cleanPrefix(lb);
    case "encryption": {
      const setting = bucket?.encryption.find((s) => s.holder === problem.target);
      if (!setting) return { reason: "the encryption setting the rule names is not in the plan" };
      return lb.kind === "network" ? customerManagedKey(model, lb, bucket, setting, generated) : sseS32(model, setting);
    }
    case "key-policy": {
      const key = bucket?.encryption.map((s) => s.customerKey).find((k) => k && (k.instance === problem.target || k.policies.some((p) => p.holder === problem.target)));
      if (!key) return { reason: "the KMS key the rule names is not in the plan" };
      return allowLogDeliveryToUseKey(model, lb, key.instance, key.policies[0], generated);
    }
    case "bucket-policy":
      return bucket ? grantDelivery(model, lb, bucket, generated, prefix) : { reason: "the log bucket is not in the plan" };
    case "ordering": {
      const policy = (bucket?.companions.get("aws_s3_bucket_policy") ?? []).find((p) => p.actions.includes("create"));
      if (!policy) return { reason: "the bucket policy the load balancer must wait for is not in the plan" };
      if (!sameModule(modulePathOf(policy), modulePathOf(lb.instance))) return { reason: `${policy.address} is in another module; add depends_on to the module call` };
      return { edits: [{ kind: "add-depends-on", block: blockRef(lb.instance), references: [blockAddress(policy)] }] };
    }
    case "region":
      return { reason: "the bucket is in another region" };
  }
}
function cleanPrefix(lb) {
  const attributeName = lb.kind === "classic" ? "bucket_prefix" : "prefix";
  const value = lb.logPrefix.value;
  if (value.kind !== "known" || typeof value.value !== "string") return { reason: "the prefix is not known" };
  if (value.sensitive) return { reason: `the ${attributeName} is sensitive; remove "AWSLogs" from it where it is set` };
  const cleaned = value.value.replace(/\/?AWSLogs\/?/g, "/").replace(/^\/+|\/+$/g, "");
  return {
    edits: [{ kind: "set-attribute", block: blockRef(lb.instance), blockPath: ["access_logs"], name: attributeName, expression: cleaned === "" ? "null" : hclString(cleaned) }],
    prefix: cleaned === "" ? "" : cleaned
  };
}
function sseS32(model, setting) {
  if (!editableModule(model, modulePathOf(setting.holder))) return { reason: notEditable(setting.holder) };
  const blockPath = setting.path.filter((step) => typeof step === "string");
  const edits = [{ kind: "set-attribute", block: blockRef(setting.holder), blockPath, name: "sse_algorithm", expression: hclString("AES256") }];
  if (setting.kmsKeyWritten) edits.push({ kind: "set-attribute", block: blockRef(setting.holder), blockPath, name: "kms_master_key_id", expression: "null" });
  return { edits };
}
function customerManagedKey(model, lb, bucket, setting, generated) {
  const modulePath = modulePathOf(setting.holder);
  if (!editableModule(model, modulePath)) return { reason: notEditable(setting.holder) };
  const name = fixName(bucket.instance.name, "key");
  const provider = providerOf(setting.holder);
  const document = `data.aws_iam_policy_document.${name}_policy`;
  const statements = [keyAdministrationStatement(partitionTerm(lb, modulePath, generated), accountTerm(model, lb, modulePath, generated)), keyLogDeliveryStatement()];
  generated.add(modulePath, document, renderBlock("data", ["aws_iam_policy_document", `${name}_policy`], spaced([...provider ? [attribute("provider", provider)] : [], ...statements])));
  const keyBody = [
    ...provider ? [attribute("provider", provider)] : [],
    attribute("description", hclString(`Access logs of ${lb.address}`)),
    attribute("enable_key_rotation", "true"),
    attribute("policy", `${document}.json`)
  ];
  generated.add(modulePath, `aws_kms_key.${name}`, renderBlock("resource", ["aws_kms_key", name], keyBody));
  const blockPath = setting.path.filter((step) => typeof step === "string");
  return {
    edits: [
      { kind: "set-attribute", block: blockRef(setting.holder), blockPath, name: "sse_algorithm", expression: hclString("aws:kms") },
      { kind: "set-attribute", block: blockRef(setting.holder), blockPath, name: "kms_master_key_id", expression: `aws_kms_key.${name}.arn` }
    ]
  };
}
function allowLogDeliveryToUseKey(model, lb, key, policy, generated) {
  const holder = policy?.holder ?? key;
  const modulePath = modulePathOf(holder);
  const base = [keyAdministrationStatement(partitionTerm(lb, modulePath, generated), accountTerm(model, lb, modulePath, generated))];
  return extendPolicy(model, generated, { holder, attribute: policy?.attribute ?? "policy", purpose: "log_delivery", statements: [keyLogDeliveryStatement()], base });
}
function repoint(lb, context) {
  const generated = new GeneratedBlocks(context);
  return fixed(writeAccessLogsTo(lb, logBucketFor(context.model, context.settings, lb, generated), generated));
}

// src/fix/fixers/elbir003-access-logs-centralized.ts
var accessLogsCentralizedFix = {
  ruleId: "ELBIR003",
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context);
    if (isOutcome(lb)) return lb;
    const archive = logArchiveBucket(lb, context.settings);
    if (!archive) {
      const region = lb.region && lb.region !== "unknown" ? ` for ${lb.region}` : "";
      return unfixed(`${lb.address}: name the Log Archive bucket${region} under \`logArchive.buckets\` in .elb-ir.yml (a name without wildcards), and the fix points the access logs there`);
    }
    if (context.model.index.expression(lb.instance, ["access_logs", 0, "bucket"]) === void 0) {
      return unfixed(`${lb.address} does not write \`access_logs.bucket\` in its own block; set it to ${archive} where the block is fed`);
    }
    context.logFolders.set(lb.address, { ...context.logFolders.get(lb.address), bucket: archive });
    return fixed([{ kind: "set-attribute", block: blockRef(lb.instance), blockPath: ["access_logs"], name: "bucket", expression: hclString(archive) }]);
  }
};

// src/fix/fixers/elbir004-access-logs-protected.ts
var accessLogsProtectedFix = {
  ruleId: "ELBIR004",
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context);
    if (isOutcome(lb)) return lb;
    if (lb.logDestination?.kind !== "in-plan") return unfixed(`${lb.address}: the log bucket is not managed in this plan`);
    const bucket = lb.logDestination.bucket;
    if (!editableModule(context.model, modulePathOf(bucket.instance))) return unfixed(notEditable(bucket.instance));
    const generated = new GeneratedBlocks(context);
    const edits = [];
    for (const gap of protections(bucket).gaps) {
      const step = close(gap, lb, bucket, context, generated);
      if ("reason" in step) return unfixed(`${lb.address}: ${step.reason}`);
      edits.push(...step.edits);
    }
    return fixed([...generated.edits(), ...edits]);
  }
};
function close(gap, lb, bucket, context, generated) {
  const modulePath = modulePathOf(bucket.instance);
  const target = {
    name: fixName(bucket.instance.name, bucket.instance.parsed.index === void 0 ? "" : String(bucket.instance.parsed.index)),
    id: `${localReference(bucket.instance)}.id`,
    provider: providerOf(bucket.instance)
  };
  const inPlace = gap.target !== bucket.instance && gap.attribute.length > 0;
  const setting = (blockPath, name, expression) => ({ kind: "set-attribute", block: blockRef(gap.target), blockPath, name, expression });
  const set = (blockPath, name, expression) => ({ edits: [setting(blockPath, name, expression)] });
  const add = (block2) => {
    generated.add(modulePath, block2.key, block2.text);
    return { edits: [] };
  };
  switch (gap.control) {
    case "public-access-block":
      if (!inPlace) return add(publicAccessBlock(target));
      return { edits: ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"].filter((name) => !isTrue(gap, name)).map((name) => setting([], name, "true")) };
    case "versioning":
      if (inPlace) return set(["versioning_configuration"], "status", hclString("Enabled"));
      if (bucket.inline.versioning !== void 0) return { edits: [{ kind: "set-attribute", block: blockRef(bucket.instance), blockPath: ["versioning"], name: "enabled", expression: "true" }] };
      return add(versioning(target));
    case "object-ownership":
      return inPlace ? set(["rule"], "object_ownership", hclString("BucketOwnerEnforced")) : add(ownershipControls(target));
    case "retention":
      if (gap.target !== bucket.instance) return { reason: `${gap.target.address} has no rule that expires objects; add \`expiration { days = ${retentionDays(context.settings)} }\` to its rule (a bucket has one lifecycle configuration)` };
      return add(lifecycle(target, retentionDays(context.settings)));
    case "tls-only":
      return requireTls(context.model, lb, bucket, generated);
  }
}
function isTrue(gap, name) {
  const value = gap.target.attrs.get([name]);
  return value.kind !== "known" || value.value === true;
}

// src/fix/fixers/elbir005-access-logs-analyzed.ts
import { createHash } from "node:crypto";
import { posix } from "node:path";

// src/fix/analysis-kit/hcl.ts
var expr = (expression) => ({ expression });
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeLiteral(text) {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{").replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function template2(parts) {
  if (parts.length === 1 && typeof parts[0] !== "string") return parts[0].expression;
  return `"${parts.map((part) => typeof part === "string" ? escapeLiteral(part) : `\${${part.expression}}`).join("")}"`;
}
var quoted = (text) => template2([text]);
var attr = (attribute2, value) => ({ attribute: attribute2, value });
function block(header, body, indent = "") {
  if (body.length === 0) return `${indent}${header} {}`;
  return [`${indent}${header} {`, ...renderBody2(body, `${indent}  `), `${indent}}`].join("\n");
}
function renderBody2(items, indent) {
  const lines2 = [];
  let run = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((a) => a.attribute.length));
    for (const a of run) lines2.push(`${indent}${a.attribute.padEnd(width)} = ${a.value}`);
    run = [];
  };
  for (const item of items) {
    if (item !== "blank" && "attribute" in item) {
      run.push(item);
      continue;
    }
    flush();
    if (item === "blank") lines2.push("");
    else if ("map" in item) lines2.push(...renderMap(item.map, item.entries, indent));
    else if ("heredoc" in item) lines2.push(...renderHeredoc(item.heredoc, item.text, indent));
    else lines2.push(block(item.block, item.body, indent));
  }
  flush();
  return lines2;
}
function renderMap(name, entries, indent) {
  const keys = entries.map(([key]) => quoted(key));
  const width = Math.max(0, ...keys.map((k) => k.length));
  return [`${indent}${name} = {`, ...entries.map(([, value], i) => `${indent}  ${keys[i].padEnd(width)} = ${value}`), `${indent}}`];
}
function renderHeredoc(name, text, indent) {
  const body = text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
  return [`${indent}${name} = <<-EOT`, ...body.split("\n").map((line) => line === "" ? "" : `${indent}  ${line}`), `${indent}EOT`];
}

// src/fix/analysis-kit/log-formats.ts
var columns2 = (spec) => spec.trim().split(/\s*,\s*/).map((pair) => {
  const [name, type] = pair.split(/\s+/);
  return { name, type };
});
var ALB = {
  kind: "application",
  short: "alb",
  columns: columns2(`
    type string, time string, elb string, client_ip string, client_port int, target_ip string, target_port int,
    request_processing_time double, target_processing_time double, response_processing_time double,
    elb_status_code int, target_status_code string, received_bytes bigint, sent_bytes bigint,
    request_verb string, request_url string, request_proto string, user_agent string,
    ssl_cipher string, ssl_protocol string, target_group_arn string, trace_id string, domain_name string,
    chosen_cert_arn string, matched_rule_priority string, request_creation_time string, actions_executed string,
    redirect_url string, lambda_error_reason string, target_port_list string, target_status_code_list string,
    classification string, classification_reason string, conn_trace_id string`),
  regex: '([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) "([^ ]*) (.*) (- |[^ ]*)" "([^"]*)" ([A-Z0-9-_]+) ([A-Za-z0-9.-]*) ([^ ]*) "([^"]*)" "([^"]*)" "([^"]*)" ([-.0-9]*) ([^ ]*) "([^"]*)" "([^"]*)" "([^ ]*)" "([^\\s]+?)" "([^\\s]+)" "([^ ]*)" "([^ ]*)" ?([^ ]*)?( .*)?'
};
var NLB = {
  kind: "network",
  short: "nlb",
  columns: columns2(`
    type string, version string, time string, elb string, listener_id string, client_ip string, client_port int,
    target_ip string, target_port int, tcp_connection_time_ms double, tls_handshake_time_ms double,
    received_bytes bigint, sent_bytes bigint, incoming_tls_alert int, cert_arn string, certificate_serial string,
    tls_cipher_suite string, tls_protocol_version string, tls_named_group string, domain_name string,
    alpn_fe_protocol string, alpn_be_protocol string, alpn_client_preference_list string,
    tls_connection_creation_time string`),
  regex: "([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*):([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-0-9]*) ([-0-9]*) ([-0-9]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ?([^ ]*)?( .*)?"
};
var CLB = {
  kind: "classic",
  short: "clb",
  columns: columns2(`
    timestamp string, elb_name string, request_ip string, request_port int, backend_ip string, backend_port int,
    request_processing_time double, backend_processing_time double, client_response_time double,
    elb_response_code string, backend_response_code string, received_bytes bigint, sent_bytes bigint,
    request_verb string, url string, protocol string, user_agent string, ssl_cipher string, ssl_protocol string`),
  regex: '([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \\"([^ ]*) ([^ ]*) (- |[^ ]*)\\" ("[^"]*") ([A-Z0-9-]+) ([A-Za-z0-9.-]*)$'
};
var LOG_FORMATS = { application: ALB, network: NLB, classic: CLB };

// src/fix/analysis-kit/queries.ts
var RECENT_DAYS = 7;
var FIELDS = {
  alb: { client: "client_ip", cipher: "ssl_cipher", protocol: "ssl_protocol" },
  nlb: { client: "client_ip", cipher: "tls_cipher_suite", protocol: "tls_protocol_version" },
  clb: { client: "request_ip", cipher: "ssl_cipher", protocol: "ssl_protocol" }
};
function namedQueries(format, database, table) {
  const from = `FROM "${database}"."${table}"`;
  const recent = `day >= date_format(current_date - INTERVAL '${RECENT_DAYS}' DAY, '%Y/%m/%d')`;
  const { client, cipher, protocol } = FIELDS[format.short];
  const unit = format.kind === "network" ? "connections" : "requests";
  const queries = [
    {
      id: "top_requesters",
      title: `Top requesters (client IPs by ${unit})`,
      sql: lines(`SELECT ${client}, COUNT(*) AS ${unit}`, from, `WHERE ${recent}`, `GROUP BY ${client}`, `ORDER BY ${unit} DESC`, "LIMIT 25")
    },
    {
      id: "average_size",
      title: `Average request and response size (bytes per ${unit === "requests" ? "request" : "connection"})`,
      sql: lines(
        `SELECT ROUND(AVG(received_bytes), 1) AS avg_received_bytes,`,
        `  ROUND(AVG(sent_bytes), 1) AS avg_sent_bytes,`,
        `  COUNT(*) AS ${unit}`,
        from,
        `WHERE ${recent}`
      )
    },
    {
      id: "tls_ciphers",
      title: "Most-used TLS protocols and ciphers",
      sql: lines(`SELECT ${protocol}, ${cipher}, COUNT(*) AS ${unit}`, from, `WHERE ${recent}`, `  AND ${cipher} <> '-'`, `GROUP BY ${protocol}, ${cipher}`, `ORDER BY ${unit} DESC`)
    }
  ];
  if (format.short === "alb") {
    queries.push({
      id: "errors_by_target",
      title: "4xx and 5xx responses by target",
      sql: lines(
        "SELECT target_ip, target_port, elb_status_code, target_status_code, COUNT(*) AS requests",
        from,
        `WHERE ${recent}`,
        "  AND (elb_status_code >= 400 OR target_status_code LIKE '4%' OR target_status_code LIKE '5%')",
        "GROUP BY target_ip, target_port, elb_status_code, target_status_code",
        "ORDER BY requests DESC",
        "LIMIT 100"
      )
    });
  }
  if (format.short === "clb") {
    queries.push({
      id: "errors_by_backend",
      title: "4xx and 5xx responses by back end",
      sql: lines(
        "SELECT backend_ip, backend_port, elb_response_code, backend_response_code, COUNT(*) AS requests",
        from,
        `WHERE ${recent}`,
        "  AND (elb_response_code LIKE '4%' OR elb_response_code LIKE '5%' OR backend_response_code LIKE '4%' OR backend_response_code LIKE '5%')",
        "GROUP BY backend_ip, backend_port, elb_response_code, backend_response_code",
        "ORDER BY requests DESC",
        "LIMIT 100"
      )
    });
  }
  return queries;
}
var lines = (...parts) => parts.join("\n");

// src/fix/analysis-kit/location.ts
function logFolder(logs) {
  const prefix = logs.prefix.split("/").filter((segment) => segment !== "").map((segment) => `${segment}/`).join("");
  return merge(["s3://", logs.bucket, `/${prefix}AWSLogs/`, logs.account, "/elasticloadbalancing/", logs.region, "/"]);
}
function dayTemplate(logs) {
  return merge([...logFolder(logs), "${day}"]);
}
function merge(parts) {
  const out = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === "string" && typeof last === "string") out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

// src/fix/analysis-kit/table.ts
var PROJECTION_RANGE = "NOW-2YEARS,NOW";
function glueTable({ label, name, format, logs, databaseRef }) {
  const columns3 = format.columns.map((column) => ({ block: "columns", body: [attr("name", quoted(column.name)), attr("type", quoted(column.type))] }));
  return block(`resource "aws_glue_catalog_table" "${label}"`, [
    attr("name", quoted(name)),
    attr("database_name", databaseRef),
    attr("table_type", quoted("EXTERNAL_TABLE")),
    "blank",
    {
      map: "parameters",
      entries: [
        ["EXTERNAL", quoted("TRUE")],
        ["projection.enabled", quoted("true")],
        ["projection.day.type", quoted("date")],
        ["projection.day.format", quoted("yyyy/MM/dd")],
        ["projection.day.range", quoted(PROJECTION_RANGE)],
        ["projection.day.interval", quoted("1")],
        ["projection.day.interval.unit", quoted("DAYS")],
        ["storage.location.template", template2(dayTemplate(logs))]
      ]
    },
    "blank",
    { block: "partition_keys", body: [attr("name", quoted("day")), attr("type", quoted("string"))] },
    "blank",
    {
      block: "storage_descriptor",
      body: [
        attr("location", template2(logFolder(logs))),
        attr("input_format", quoted("org.apache.hadoop.mapred.TextInputFormat")),
        attr("output_format", quoted("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat")),
        "blank",
        {
          block: "ser_de_info",
          body: [
            attr("serialization_library", quoted("org.apache.hadoop.hive.serde2.RegexSerDe")),
            "blank",
            { map: "parameters", entries: [["serialization.format", quoted("1")], ["input.regex", quoted(format.regex)]] }
          ]
        },
        "blank",
        ...columns3
      ]
    }
  ]);
}

// src/fix/analysis-kit/workspace.ts
var RESULTS_DAYS = 30;
var LABEL = "elb_ir_access_logs";
var RESULTS = "elb_ir_athena_results";
function workspace(modulePath) {
  const suffix = modulePath.map(nameSafe).join("_");
  const database = suffix === "" ? "elb_access_logs" : `elb_access_logs_${suffix}`;
  const workgroup = database.replace(/_/g, "-");
  const resultsBucket = `aws_s3_bucket.${RESULTS}`;
  const resource2 = (type, label, body) => block(`resource "${type}" "${label}"`, body);
  const blocks = [
    {
      key: resultsBucket,
      text: [
        "# Athena query results: copies of log lines, kept apart from the logs, private, encrypted, and expired.",
        resource2("aws_s3_bucket", RESULTS, [attr("bucket_prefix", quoted("elb-athena-results-"))])
      ].join("\n")
    },
    {
      key: `aws_s3_bucket_public_access_block.${RESULTS}`,
      text: resource2("aws_s3_bucket_public_access_block", RESULTS, [
        attr("bucket", `${resultsBucket}.id`),
        attr("block_public_acls", "true"),
        attr("block_public_policy", "true"),
        attr("ignore_public_acls", "true"),
        attr("restrict_public_buckets", "true")
      ])
    },
    {
      key: `aws_s3_bucket_server_side_encryption_configuration.${RESULTS}`,
      text: resource2("aws_s3_bucket_server_side_encryption_configuration", RESULTS, [
        attr("bucket", `${resultsBucket}.id`),
        "blank",
        { block: "rule", body: [{ block: "apply_server_side_encryption_by_default", body: [attr("sse_algorithm", quoted("AES256"))] }] }
      ])
    },
    {
      key: `aws_s3_bucket_lifecycle_configuration.${RESULTS}`,
      text: resource2("aws_s3_bucket_lifecycle_configuration", RESULTS, [
        attr("bucket", `${resultsBucket}.id`),
        "blank",
        {
          block: "rule",
          body: [
            attr("id", quoted("expire-query-results")),
            attr("status", quoted("Enabled")),
            "blank",
            { block: "filter", body: [] },
            "blank",
            { block: "expiration", body: [attr("days", String(RESULTS_DAYS))] }
          ]
        }
      ])
    },
    {
      key: `aws_glue_catalog_database.${LABEL}`,
      text: resource2("aws_glue_catalog_database", LABEL, [
        attr("name", quoted(database)),
        attr("description", quoted("Elastic Load Balancing access logs, for Athena"))
      ])
    },
    {
      key: `aws_athena_workgroup.${LABEL}`,
      text: resource2("aws_athena_workgroup", LABEL, [
        attr("name", quoted(workgroup)),
        attr("description", quoted("Incident response queries over Elastic Load Balancing access logs")),
        "blank",
        {
          block: "configuration",
          body: [
            attr("enforce_workgroup_configuration", "true"),
            attr("publish_cloudwatch_metrics_enabled", "true"),
            "blank",
            {
              block: "result_configuration",
              body: [
                attr("output_location", template2(["s3://", expr(`${resultsBucket}.bucket`), "/"])),
                "blank",
                { block: "encryption_configuration", body: [attr("encryption_option", quoted("SSE_S3"))] }
              ]
            }
          ]
        }
      ])
    }
  ];
  return { database, databaseRef: `aws_glue_catalog_database.${LABEL}.name`, workgroupRef: `aws_athena_workgroup.${LABEL}.name`, blocks };
}
function nameSafe(text) {
  return text.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "lb";
}

// src/fix/analysis-kit/index.ts
function analysisKit(request) {
  const format = LOG_FORMATS[request.kind];
  const space = workspace(request.modulePath);
  const label = `elb_ir_${nameSafe(request.label)}`;
  const table = `${nameSafe(request.name)}_${format.short}_access_logs`;
  const blocks = [
    ...space.blocks,
    {
      key: `aws_glue_catalog_table.${label}_access_logs`,
      text: glueTable({ label: `${label}_access_logs`, name: table, format, logs: request.logs, databaseRef: space.databaseRef })
    }
  ];
  for (const query of namedQueries(format, space.database, table)) {
    const body = [
      attr("name", quoted(`${request.name}: ${query.title}`)),
      attr("database", space.databaseRef),
      attr("workgroup", space.workgroupRef),
      "blank",
      { heredoc: "query", text: query.sql }
    ];
    blocks.push({ key: `aws_athena_named_query.${label}_${query.id}`, text: block(`resource "aws_athena_named_query" "${label}_${query.id}"`, body) });
  }
  return blocks;
}
var CALLER_IDENTITY = { key: "data.aws_caller_identity.current", text: 'data "aws_caller_identity" "current" {}' };
var CURRENT_REGION = { key: "data.aws_region.current", text: 'data "aws_region" "current" {}' };

// src/fix/fixers/elbir005-access-logs-analyzed.ts
var accessLogsAnalyzedFix = {
  ruleId: "ELBIR005",
  fix(finding, context) {
    const lb = context.model.loadBalancers.find((candidate) => candidate.address === finding.address);
    if (!lb) return { fixed: false, reason: "The finding names no load balancer of the plan." };
    if (lb.kind === "gateway") return { fixed: false, reason: "A Gateway Load Balancer writes no access logs." };
    const calls = moduleInstances(context, lb.instance);
    if (calls > 1) {
      return { fixed: false, reason: `The load balancer's module is instantiated ${calls} times (count or for_each), and new blocks in its folder would serve every instance with this one's log folder: declare a Glue table per instance over its own s3://<bucket>/<prefix>/AWSLogs/ folder, or pass the folder into the module.` };
    }
    const sharing = callsSharingFolder(context.model.index.moduleTree, modulePathOf(lb.instance));
    if (sharing > 1) {
      return { fixed: false, reason: `The load balancer's module folder is the source of ${sharing} module calls, and new blocks there would serve each with this one's log folder: declare the Glue table where the module is called, or pass the folder into the module.` };
    }
    const located = logLocation(lb, context.logFolders.get(lb.address));
    if (typeof located === "string") return { fixed: false, reason: located };
    const modulePath = modulePathOf(lb.instance);
    const name = knownString(safe(lb.instance.attrs.get(["name"]))) ?? lb.instance.name;
    const label = instanceLabel(lb.instance);
    const blocks = [...located.data, ...analysisKit({ kind: lb.kind, modulePath, label, name, logs: located.logs })];
    return { fixed: true, edits: [{ kind: "add-blocks", modulePath, blocks: fresh(context, modulePath, blocks) }] };
  }
};
function logLocation(lb, moved) {
  const destination = lb.logDestination;
  if (lb.s3Logging === "no") return "Its access logs to S3 are off, so there is nothing to analyze: turn them on first (ELBIR001).";
  if (!destination || destination.kind === "unknown") return "Its log bucket is known only after apply, so the folder to analyze cannot be named: create the table over s3://<bucket>/<prefix>/AWSLogs/<account>/elasticloadbalancing/<region>/ once the bucket is known.";
  const known = destination.kind === "outside-plan" ? destination.name : knownString(destination.bucket.name);
  if (known !== void 0 && !BUCKET_NAME.test(known)) return "Its log bucket's name is not an S3 bucket name, so no log reaches it: correct the bucket first (ELBIR002).";
  const input = moduleInput(lb);
  let bucket;
  if (moved?.bucket !== void 0) {
    bucket = typeof moved.bucket === "string" ? moved.bucket : expr(moved.bucket.expression);
  } else if (destination.kind === "in-plan" && destination.bucket.instance.moduleInstance === lb.instance.moduleInstance && plainKey(destination.bucket.instance)) {
    const instance = destination.bucket.instance;
    bucket = expr(`${instance.type}.${instance.name}${indexOf(instance)}.bucket`);
  } else if (input) {
    bucket = expr(input);
  } else {
    const name = destination.kind === "outside-plan" ? destination.sensitive ? void 0 : destination.name : knownString(safe(destination.bucket.name));
    if (name === void 0) return "Its log bucket is declared in another module and its name is sensitive or known only after apply: create the table in the module that declares the bucket, or name the bucket there.";
    bucket = name;
  }
  const prefix = moved?.prefix !== void 0 ? { kind: "known", value: moved.prefix, sensitive: false } : lb.logPrefix.value;
  if (prefix.kind === "unknown") return "Its log prefix is known only after apply, so the folder to analyze cannot be named: create the table over s3://<bucket>/<prefix>/AWSLogs/\u2026 by hand.";
  if (prefix.kind === "known" && prefix.sensitive) return "Its log prefix is sensitive in the plan and is not written into a patch: create the table over s3://<bucket>/<prefix>/AWSLogs/\u2026 by hand.";
  const data = [];
  const account = lb.account !== void 0 && lb.account !== "unknown" ? lb.account : (data.push(CALLER_IDENTITY), expr("data.aws_caller_identity.current.account_id"));
  const region = lb.region !== void 0 && lb.region !== "unknown" ? lb.region : (data.push(CURRENT_REGION), expr("data.aws_region.current.name"));
  return { logs: { bucket, prefix: knownString(prefix) ?? "", account, region }, data };
}
var BUCKET_NAME = /^[A-Za-z0-9._-]{3,255}$/;
function moduleInput(lb) {
  if (lb.instance.parsed.modules.length === 0) return void 0;
  const references = lb.instance.config?.expressions ? expressionAt(lb.instance.config.expressions, ["access_logs", 0, "bucket"])?.references : void 0;
  return references?.length === 1 && /^var\.[A-Za-z_][A-Za-z0-9_-]*$/.test(references[0]) ? references[0] : void 0;
}
function safe(value) {
  return value.kind === "known" && value.sensitive ? UNKNOWN : value;
}
function instanceLabel(instance) {
  const key = instance.parsed.index;
  if (key === void 0) return instance.name;
  const safe2 = nameSafe(String(key));
  return safe2 === String(key) ? `${instance.name}_${safe2}` : `${instance.name}_${safe2}_${createHash("sha256").update(String(key)).digest("hex").slice(0, 8)}`;
}
function plainKey(instance) {
  const key = instance.parsed.index;
  if (key === void 0 || typeof key === "number") return true;
  return /^[\x20-\x7e]*$/.test(key) && !/["\\$%]/.test(key) && instance.address.endsWith(`["${key}"]`);
}
function indexOf(instance) {
  const index = instance.parsed.index;
  if (index === void 0) return "";
  return typeof index === "number" ? `[${index}]` : `[${quoted(index)}]`;
}
function moduleInstances(context, instance) {
  const names = (i) => modulePathOf(i).join(".");
  const same = context.model.index.ofType(instance.type).filter((other) => other.name === instance.name && names(other) === names(instance));
  return new Set(same.map((other) => other.moduleInstance)).size;
}
function callsSharingFolder(tree, modulePath) {
  if (modulePath.length === 0) return 1;
  const folders = [];
  let target;
  const walk = (node, folder, path7) => {
    for (const [name, call] of Object.entries(node.calls)) {
      if (!isLocalSource(call.source)) continue;
      const child = posix.join(folder, call.source);
      const childPath = [...path7, name];
      folders.push(child);
      if (childPath.join(".") === modulePath.join(".")) target = child;
      walk(call, child, childPath);
    }
  };
  walk(tree, ".", []);
  return target === void 0 ? 1 : folders.filter((folder) => folder === target).length;
}
function fresh(context, modulePath, blocks) {
  const kept = [];
  for (const block2 of blocks) {
    const key = plannedKey(modulePath, block2.key);
    if (context.planned.has(key)) continue;
    context.planned.set(key, block2);
    kept.push(block2);
  }
  return kept;
}

// src/fix/fixers/elbir006-health-events-monitored.ts
var ROOT = [];
var EVENTS_SERVICE = "events.amazonaws.com";
var healthEventsMonitoredFix = {
  ruleId: "ELBIR006",
  fix(_finding, context) {
    const { model } = context;
    const places = uncovered(model);
    if ("reason" in places) return unfixed(places.reason);
    if (places.length === 0) return unfixed("every region with load balancers already has a rule with a target; nothing to add");
    const generated = new GeneratedBlocks(context);
    for (const place of places) {
      if (place.providerBlock) generated.add(ROOT, `provider.aws.${place.suffix}`, place.providerBlock);
      const topic = reusableTopic(model, place) ?? newTopic(model, place, generated);
      const existing = model.health.untargeted.find((rule2) => rule2.parsed.modules.length === 0 && placeOf(model, rule2) === place.region);
      const rule = existing ? localReference(existing) : newRule(place, generated);
      const name = fixName("health", place.suffix);
      generated.add(ROOT, `aws_cloudwatch_event_target.${name}`, renderBlock("resource", ["aws_cloudwatch_event_target", name], [...providerArgument(place), attribute("rule", `${rule}.name`), attribute("arn", `${topic}.arn`)]));
    }
    return fixed(generated.edits());
  }
};
function uncovered(model) {
  const coverage = model.health;
  const places = /* @__PURE__ */ new Map();
  for (const lb of model.loadBalancers) {
    if (lb.region && lb.region !== "unknown") {
      if (!coverage.regions.has(lb.region) && !places.has(lb.region)) places.set(lb.region, placeForRegion(model, lb.region, lb));
      continue;
    }
    if (lb.placement !== void 0 && coverage.placements.has(lb.placement)) continue;
    if (lb.placement === void 0 || lb.placement.includes(":")) return { reason: `the region of ${lb.address} is not known and its provider is not one of the root module; add an EventBridge rule on aws.health for ELASTICLOADBALANCING in its region` };
    if (!places.has(lb.placement)) places.set(lb.placement, { suffix: lb.placement === "aws" ? "default" : lb.placement.slice("aws.".length), region: void 0, provider: lb.placement === "aws" ? void 0 : lb.placement, lb });
  }
  return [...places.values()];
}
function placeForRegion(model, region, lb) {
  const suffix = region.replace(/-/g, "_");
  const keys = [...model.index.providerConfig.entries()].filter(([key2, config]) => !key2.includes(":") && (config.name ?? "aws") === "aws" && constantRegion(config.expressions?.region) === region).map(([key2]) => key2);
  const key = keys.includes("aws") ? "aws" : keys[0];
  if (key !== void 0) return { suffix, region, provider: key === "aws" ? void 0 : key, lb };
  const providerBlock = renderBlock("provider", ["aws"], [attribute("alias", hclString(suffix)), attribute("region", hclString(region))]);
  return { suffix, region, provider: `aws.${suffix}`, providerBlock, lb };
}
function constantRegion(expression) {
  const value = expression?.constant_value;
  return typeof value === "string" ? value : void 0;
}
function placeOf(model, instance) {
  const region = model.index.region(instance);
  return region === "unknown" ? void 0 : region;
}
var providerArgument = (place) => place.provider ? [attribute("provider", place.provider)] : [];
function reusableTopic(model, place) {
  if (place.region === void 0) return void 0;
  const policies = model.index.ofType("aws_sns_topic_policy");
  const topic = model.index.ofType("aws_sns_topic").find((candidate) => {
    if (candidate.parsed.modules.length > 0 || placeOf(model, candidate) !== place.region) return false;
    if (candidate.attrs.get(["kms_master_key_id"]).kind !== "absent") return false;
    const holders = [candidate, ...policies.filter((policy) => model.index.resolveAttribute(policy, ["arn"]).targets.includes(candidate))];
    return holders.some((holder) => grantsEventBridge(model, holder));
  });
  return topic ? localReference(topic) : void 0;
}
function grantsEventBridge(model, holder) {
  const statements = policyStatements(model.index, holder);
  if (!Array.isArray(statements)) return false;
  return statements.some((s) => s.effect === "Allow" && s.principals.some((p) => p.type === "Service" && p.ids !== "unknown" && p.ids.includes(EVENTS_SERVICE)) && s.actions !== "unknown" && s.actions.some((a) => a.toLowerCase() === "sns:publish" || a === "*"));
}
function newTopic(model, place, generated) {
  const name = fixName("health", place.suffix);
  const topic = `aws_sns_topic.${name}`;
  const owner = valueOf(accountTerm(model, place.lb, ROOT, generated));
  generated.add(ROOT, topic, renderBlock("resource", ["aws_sns_topic", name], [comment("Subscribe the incident responders (email, chat, ticketing) to this topic."), ...providerArgument(place), attribute("name", hclString("elb-ir-health-events"))]));
  const statement2 = (sid, actions, principal, extra) => nested2("statement", [attribute("sid", hclString(sid)), attribute("actions", list(actions.map(hclString))), attribute("resources", list([`${topic}.arn`])), blank, principal, ...extra.flatMap((item) => [blank, item])]);
  const principals2 = (type, id) => nested2("principals", [attribute("type", hclString(type)), attribute("identifiers", list([hclString(id)]))]);
  const ownerActions = ["SNS:Subscribe", "SNS:Publish", "SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission", "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:ListSubscriptionsByTopic", "SNS:Receive"];
  const document = renderBlock("data", ["aws_iam_policy_document", name], [
    statement2("ElbIrTopicOwner", ownerActions, principals2("AWS", "*"), [nested2("condition", [attribute("test", hclString("StringEquals")), attribute("variable", hclString("AWS:SourceOwner")), attribute("values", list([owner]))])]),
    blank,
    statement2("ElbIrEventBridgePublish", ["sns:Publish"], principals2("Service", EVENTS_SERVICE), [])
  ]);
  generated.add(ROOT, `data.aws_iam_policy_document.${name}`, document);
  generated.add(ROOT, `aws_sns_topic_policy.${name}`, renderBlock("resource", ["aws_sns_topic_policy", name], [...providerArgument(place), attribute("arn", `${topic}.arn`), attribute("policy", `data.aws_iam_policy_document.${name}.json`)]));
  return topic;
}
function newRule(place, generated) {
  const name = fixName("health", place.suffix);
  const pattern = ["jsonencode({", '  source        = ["aws.health"]', '  "detail-type" = ["AWS Health Event"]', '  detail        = { service = ["ELASTICLOADBALANCING"] }', "})"].join("\n");
  const body = [
    ...providerArgument(place),
    attribute("name", hclString("elb-ir-health-events")),
    attribute("description", hclString("AWS Health events about Elastic Load Balancing")),
    attribute("event_pattern", pattern)
  ];
  generated.add(ROOT, `aws_cloudwatch_event_rule.${name}`, renderBlock("resource", ["aws_cloudwatch_event_rule", name], body));
  return `aws_cloudwatch_event_rule.${name}`;
}

// src/fix/fixers/elbir007-aws-engagement-ready.ts
var PLAYBOOK_PATH = "docs/incident-response/aws-engagement.md";
var AWS_ENGAGEMENT_PLAYBOOK = `# Engaging AWS during a security incident

This section of the incident-response playbook says whom to contact at AWS, when, and with what,
for incidents that involve the Elastic Load Balancing load balancers of this repository. Keep it next
to the other playbooks and review it with them.

## Before an incident

- Keep the account's security contact current (AWS account settings, alternate contact \`SECURITY\`),
  so that AWS can reach the security team.
- Know the AWS Support plan of each account: the AWS Shield Response Team (SRT) is engaged with
  Business or Enterprise Support, together with Shield Advanced.
- With Shield Advanced: enable proactive engagement (with Route 53 health checks on the protected
  load balancers) and grant the SRT access through its IAM role, and to the access-log buckets.
- Make sure access logs (and connection logs for mutual TLS) are written to the Log Archive account,
  since they are the evidence AWS and the responders will ask for.

## Whom to contact

| Situation | Contact | How |
|---|---|---|
| Suspected compromise of AWS infrastructure, or a vulnerability in an AWS service | AWS Security | aws-security@amazon.com, or https://aws.amazon.com/security/vulnerability-reporting/ |
| Forensics and incident response help (P1/P2) | AWS Customer Incident Response Team (CIRT) | Open an AWS Support case (severity Critical or Urgent) asking for the CIRT, or a case in the AWS Security Incident Response service (https://console.aws.amazon.com/security-ir/). Every customer can ask for the CIRT through a support case, whatever the support plan. |
| DDoS attack in progress against a load balancer protected by Shield Advanced | AWS Shield Response Team (SRT) | Shield console "Contact the SRT", or a Critical support case with the Shield event ID: https://docs.aws.amazon.com/waf/latest/developerguide/ddos-responding.html#ddos-responding-contact-support |
| Root user or account credentials compromised | AWS Support | A Critical support case; see the CIRT row |
| Abuse coming from, or aimed at, AWS resources | AWS Trust & Safety | https://support.aws.amazon.com/#/contacts/report-abuse |
| Compliance questions during or after an incident | AWS Compliance | https://pages.awscloud.com/compliance-contact-us.html |
| Planned security testing or simulated events that AWS could mistake for an attack | AWS Support | https://support.console.aws.amazon.com/support/contacts#/simulated-events |

Background on the CIRT: https://aws.amazon.com/blogs/security/welcoming-the-aws-customer-incident-response-team/

## Escalation

Detection, then the incident-response lead is told, then the severity is assessed. For P1/P2
incidents the AWS CIRT is engaged (support case or Security Incident Response case) and legal is told.
For a DDoS attack on a protected load balancer the SRT is engaged at once.

## What to give AWS

- The account IDs and regions affected, and the load balancer ARNs.
- The time window, the symptoms, and the Shield event ID for DDoS.
- Where the evidence is: the access-log bucket and prefix of each load balancer (files under
  \`AWSLogs/<account-id>/elasticloadbalancing/<region>/\`), connection logs, CloudTrail, VPC Flow Logs.
- What has been done so far, and whom to call back.
`;
var awsEngagementReadyFix = {
  ruleId: "ELBIR007",
  fix(_finding, { settings }) {
    if (settings.playbooks.some((playbook) => playbook.path.endsWith(PLAYBOOK_PATH))) {
      return unfixed(`${PLAYBOOK_PATH} is already a playbook; add the AWS contact channels (aws-security@amazon.com, the CIRT, the SRT) to it`);
    }
    return fixed([
      { kind: "add-file", path: PLAYBOOK_PATH, content: AWS_ENGAGEMENT_PLAYBOOK },
      { kind: "add-playbooks", paths: [PLAYBOOK_PATH] }
    ]);
  }
};

// src/fix/fixers/elbir008-nlb-logs-need-tls-listener.ts
var nlbLogsNeedTlsListenerFix = {
  ruleId: "ELBIR008",
  fix(finding, context) {
    const lb = loadBalancerOf(finding, context);
    const name = lb?.address ?? finding.address ?? "the NLB";
    return unfixed(
      `${name} needs a TLS listener to write access logs, and a TLS listener needs a certificate: add an aws_lb_listener with protocol = "TLS", certificate_arn (an ACM certificate for its domain) and ssl_policy, or use VPC Flow Logs for TCP/UDP traffic`
    );
  }
};

// src/fix/fixers/elbir009-connection-logs-for-mtls.ts
var connectionLogsForMtlsFix = {
  ruleId: "ELBIR009",
  fix(finding, context) {
    const lb = editableLoadBalancer(finding, context, "connection_logs");
    if (isOutcome(lb)) return lb;
    const { model, settings } = context;
    const block2 = lb.instance.attrs.block(["connection_logs"]);
    if (block2 && block2 !== "unknown" && model.index.expression(lb.instance, ["connection_logs", 0, "bucket"]) !== void 0) {
      return fixed([{ kind: "set-attribute", block: blockRef(lb.instance), blockPath: ["connection_logs"], name: "enabled", expression: "true" }]);
    }
    const generated = new GeneratedBlocks(context);
    const destination = accessLogsDestination(lb, context) ?? logBucketFor(model, settings, lb, generated);
    const body = [attribute("bucket", valueOf(destination.bucket))];
    if (destination.prefix !== void 0) body.push(attribute("prefix", valueOf(destination.prefix)));
    body.push(attribute("enabled", "true"));
    const edits = [...generated.edits(), { kind: "set-nested-block", block: blockRef(lb.instance), blockType: "connection_logs", text: renderBlock("connection_logs", [], body) }];
    if (destination.policy) edits.push({ kind: "add-depends-on", block: blockRef(lb.instance), references: [destination.policy] });
    return fixed(edits);
  }
};
function accessLogsDestination(lb, { model }) {
  if (lb.s3Logging !== "yes") return void 0;
  const bucket = reusableExpression(model.index, lb.instance, ["access_logs", 0, "bucket"]);
  if (!bucket) return void 0;
  const prefix = reusableExpression(model.index, lb.instance, ["access_logs", 0, "prefix"]);
  return { bucket, prefix: prefix === "" ? void 0 : prefix };
}

// src/fix/fixers/index.ts
var FIXERS = [
  accessLogsEnabledFix,
  accessLogsDeliverableFix,
  accessLogsCentralizedFix,
  accessLogsProtectedFix,
  accessLogsAnalyzedFix,
  healthEventsMonitoredFix,
  awsEngagementReadyFix,
  nlbLogsNeedTlsListenerFix,
  connectionLogsForMtlsFix
];

// src/fix/index.ts
function unfixedLine({ finding, reason }) {
  return `not fixed: ${finding.address ?? "the plan"} ${finding.rule.id}: ${reason}`;
}
function planFixes(model, findings, settings, fixers = FIXERS) {
  const byRule = new Map(fixers.map((fixer) => [fixer.ruleId, fixer]));
  const context = { model, settings, planned: /* @__PURE__ */ new Map(), logFolders: /* @__PURE__ */ new Map() };
  const secrets = [...sensitiveStrings(model.index)];
  const plan = { model, edits: [], unfixed: [] };
  for (const { finding, verdict } of findings) {
    if (verdict !== "fail") continue;
    const fixer = byRule.get(finding.rule.id);
    if (!fixer) {
      const lineFix = finding.outcome.lineFix ? ` (\`${finding.outcome.lineFix}\`)` : "";
      plan.unfixed.push({ finding, reason: `${finding.rule.id} has no automatic fix; make the change the check report gives as its fix${lineFix}` });
      continue;
    }
    const outcome = fixer.fix(finding, context);
    if (!outcome.fixed) {
      plan.unfixed.push({ finding, reason: outcome.reason });
      continue;
    }
    if (outcome.edits.some((edit) => textsOf(edit).some((text) => secrets.some((secret) => text.includes(secret))))) {
      plan.unfixed.push({ finding, reason: "the fix would write a value the plan marks sensitive into the sources; make the change yourself, with a reference to where the value is kept" });
      continue;
    }
    plan.edits.push(...outcome.edits.map((edit) => ({ edit, finding })));
  }
  return plan;
}
function textsOf(edit) {
  switch (edit.kind) {
    case "set-attribute":
      return [edit.name, edit.expression];
    case "set-nested-block":
      return [edit.text];
    case "add-depends-on":
      return edit.references;
    case "add-blocks":
      return edit.blocks.map((block2) => block2.text);
    case "add-file":
      return [edit.path, edit.content];
    case "add-playbooks":
      return edit.paths;
  }
}
async function renderFixPatch(plans, options) {
  const written = await writeFixes(plans.map((plan) => ({ moduleTree: plan.model.index.moduleTree, edits: plan.edits.map((e) => e.edit) })), options);
  const unfixed2 = plans.flatMap((plan) => plan.unfixed);
  const seen = /* @__PURE__ */ new Set();
  for (const { batch, index, reason } of written.unapplied) {
    const { finding } = plans[batch].edits[index];
    if (seen.has(finding)) continue;
    seen.add(finding);
    unfixed2.push({ finding, reason });
  }
  return { patch: renderPatch(written.changes), changes: written.changes, unfixed: unfixed2 };
}

// src/fix/from-plans.ts
async function fixPlanFiles(files, options) {
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const problems = [];
  const warnings = [];
  const plans = [];
  for (const file of files) {
    const loaded = await loadPlanJob({ file, cwd: options.cwd, settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot });
    if (!loaded.plan) {
      problems.push(loaded.problem);
      continue;
    }
    try {
      const judged = await judgePlan(loaded.plan, { settings: options.settings, sourceDir: options.sourceDir, sourceRoot: options.sourceRoot, today }, warnings);
      const findings = judged.findings.map((finding, i) => ({ finding, verdict: judged.results[i].verdict }));
      plans.push(planFixes(judged.model, findings, options.settings, options.fixers));
    } catch (error) {
      problems.push(planProblem(file, error));
    }
  }
  const fixed2 = await renderFixPatch(plans, { sourceDir: options.sourceDir, configFile: options.configFile });
  const redact = redactor(plans.flatMap((plan) => [...sensitiveStrings(plan.model.index)]));
  return { ...fixed2, problems, warnings, redact };
}

// src/run-sources.ts
import path6 from "node:path";
async function runSources(folders, options) {
  const { loadSourcePlan } = await import("./source-plan-HUFVC4FH.js");
  const reports = [];
  const problems = [];
  const given = options.variables ?? [];
  const variables = given.map((v) => v.kind === "file" ? { kind: v.kind, value: path6.resolve(options.cwd, v.value) } : v);
  const varFiles = given.flatMap((v, i) => v.kind === "file" ? [{ given: v.value, absolute: variables[i].value }] : []);
  for (const folder of folders) {
    const dir = path6.resolve(options.cwd, folder);
    const name = toPosix(path6.normalize(folder)).replace(/(.)\/$/, "$1");
    const boundary = options.boundary ?? repositoryRootOf(dir) ?? void 0;
    const shown = (line) => {
      for (const [absolute, given2] of [[dir, name], ...varFiles.map((f) => [f.absolute, f.given])]) if (line.startsWith(absolute)) return `${given2}${line.slice(absolute.length)}`;
      return line;
    };
    try {
      const loaded = await loadSourcePlan(dir, { variables, env: options.env, boundary, keep: RELEVANT_TYPES });
      const plan = { ...loaded, kind: "source", path: name, repositoryPath: repositoryPathOf(folder, { cwd: options.cwd, repositoryRoot: options.boundary }), warnings: loaded.warnings.map(shown) };
      problems.push(...(loaded.problems ?? []).map(shown));
      const report = await checkPlans([plan], { settings: options.settings, sourceDir: dir, sourceRoot: boundary });
      reports.push({ report: options.namedFromCwd ? namedFrom(report, relativeBelow(options.cwd, dir)) : report });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(shown(error.message));
    }
  }
  return { report: mergeReports(reports, problems), problems };
}
function namedFrom(report, folder) {
  if (folder === null) return report;
  return { ...report, results: report.results.map((r) => r.location ? { ...r, location: { ...r.location, file: path6.posix.join(folder, r.location.file) } } : r) };
}

export {
  expandPlanArguments,
  exampleDirectory,
  plainText,
  plainLine,
  markdownText,
  markdownCode,
  markdownFence,
  xmlText,
  xmlAttribute,
  ruleOf,
  sourcesOnly,
  FAIL_ON,
  gate,
  gateLine,
  resultMessage,
  formatJson,
  readJsonReports,
  SYMBOLS,
  readinessMatrix,
  formatMarkdown,
  changeLead,
  formatFinding,
  encodePathSegments,
  formatSarif,
  writeInPlace,
  unfixedLine,
  fixPlanFiles,
  runSources
};
