import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  buildReport,
  quote,
  renderQuoted,
  unquote
} from "./chunk-QAKHNSGY.js";
import {
  failsAtLevel
} from "./chunk-KXVQEU22.js";
import {
  InputError,
  specialFileKind,
  validateReport
} from "./chunk-7QMAW5TO.js";

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

// src/report/gate.ts
var FAIL_ON = ["new", "all"];
function broughtByChange(result) {
  return result.change !== "existing";
}
function gate(report, failLevel, failOn) {
  const atLevel = report.results.filter((r) => r.verdict === "fail" && r.severity !== null && failsAtLevel(r.severity, failLevel));
  const blocking = failOn === "all" ? atLevel : atLevel.filter(broughtByChange);
  const existing = failOn === "all" ? [] : atLevel.filter((r) => !broughtByChange(r));
  return { failLevel, failOn, blocking, existing, fails: blocking.length > 0 };
}
function gateLine(decision, switchHint = "--fail-on all") {
  const { blocking, existing, failLevel, failOn } = decision;
  if (failLevel === "never") return "fail-level never: no finding fails the run";
  const level = `at or above fail-level ${failLevel}`;
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
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

// src/report/types.ts
function ruleOf(report, ruleId) {
  return report.rules.find((rule) => rule.id === ruleId);
}

// src/report/json.ts
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
async function readJsonReport(path) {
  let text;
  try {
    const special = specialFileKind(await stat(path));
    if (special) throw new InputError(path, `is ${special}, not a regular file`, REPORT_REMEDY);
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "does not exist" : `cannot be read (${code})`, REPORT_REMEDY);
  }
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(path, "is not JSON", REPORT_REMEDY);
  }
  if (!validateReport(value)) {
    const error = validateReport.errors?.[0];
    throw new InputError(path, `is not an elb-ir-check JSON report (schema version 1): ${error?.instancePath || "/"} ${error?.message ?? ""}`.trim(), REPORT_REMEDY);
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
  const columns = [...new Set(report.results.filter((r) => r.address !== null).map((r) => r.ruleId))].sort();
  const matrices = [];
  for (const plan of report.plans) {
    const lbs = report.loadBalancers.filter((lb) => lb.plan === plan.path);
    if (lbs.length === 0) continue;
    const results = report.results.filter((r) => r.plan === plan.path);
    matrices.push({
      plan: plan.path,
      columns,
      rows: lbs.map((lb) => ({
        address: lb.address,
        kind: lb.kind,
        cells: columns.map((id) => results.find((r) => r.address === lb.address && r.ruleId === id)?.verdict ?? "not-applicable")
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
  out.push(`${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? "" : "s"} in ${report.plans.length} plan${report.plans.length === 1 ? "" : "s"}: **${error}** error${error === 1 ? "" : "s"}, **${warning}** warning${warning === 1 ? "" : "s"}, **${notice}** notice${notice === 1 ? "" : "s"}, **${suppressed}** suppressed.`);
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
    out.push("No load balancer in the plan.");
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
  if (report.plans.length > 0 && report.plans.every((p) => p.kind === "state")) return false;
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
  const lines = [head, "", markdownSummary(result.summary)];
  if (result.verdict === "fail" && rule) lines.push("", `*Why it matters:* ${markdownText(rule.rationale)} [${markdownText(rule.practice)}](${linkDestination(rule.helpUri)})`);
  if (result.verdict === "fail" && result.fix) lines.push("", "<details><summary>Fix</summary>", "", markdownFence(result.fix, "hcl"), "", "</details>");
  return lines.join("\n");
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
      const close = /^ {0,3}(`{3,})[ \t]*$/.exec(line);
      if (close && close[1].length >= fence.length) fence = null;
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

export {
  expandPlanArguments,
  exampleDirectory,
  plainText,
  plainLine,
  markdownText,
  markdownCode,
  xmlText,
  xmlAttribute,
  FAIL_ON,
  gate,
  gateLine,
  ruleOf,
  resultMessage,
  formatJson,
  readJsonReports,
  SYMBOLS,
  readinessMatrix,
  formatMarkdown,
  changeLead,
  formatFinding,
  encodePathSegments,
  formatSarif
};
