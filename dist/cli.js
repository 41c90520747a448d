#!/usr/bin/env node
import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  RULES,
  VERSION,
  failsAt,
  renderQuoted,
  runPlans,
  summarize,
  unquote
} from "./chunks/chunk-4SNIIT5Z.js";
import {
  InputError,
  defaultSettings,
  validateReport
} from "./chunks/chunk-5NSLNM7X.js";
import "./chunks/chunk-VVDX2ENP.js";

// src/command.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, relative, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/inputs.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
async function expandPlanArguments(patterns, cwd) {
  const files = [];
  const problems = [];
  for (const pattern of patterns) {
    if (!/[*?[\]{}]/.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const { glob } = await import("./chunks/dist-NQB3C5RT.js");
    const matches = await glob(pattern, { cwd, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, absolute: isAbsolute(pattern) });
    if (matches.length === 0) problems.push(`${pattern}: no file matches this pattern. Check the path, or run \`terraform show -json <planfile> > plan.json\` first`);
    files.push(...matches.sort());
  }
  return { files: [...new Set(files)], problems };
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
  return text.replace(ANSI, "").replace(CONTROL, "").replace(/^([ \t]*)::/gm, "$1: :").replace(/##\[/g, "#\u200B#[");
}
function plainLine(text) {
  return plainText(text.replace(/\r?\n|\r/g, " "));
}
function markdownText(text) {
  return plainLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/#/g, "&#35;").replace(/\|/g, "&#124;").replace(/@/g, "&#64;").replace(/([\\`*_{}[\]()!~+\-=.:])/g, "\\$1");
}
function markdownCode(text) {
  const line = plainLine(text);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function markdownFence(text, language = "") {
  const body = plainText(text);
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${body}
${fence}`;
}
function markdownMessage(text) {
  return text.split(/(`[^`\n]*`)/g).map((part, i) => i % 2 === 1 ? markdownCode(part.slice(1, -1)) : markdownText(part)).join("");
}

// src/report/json.ts
function toJsonReport(report) {
  return {
    schemaVersion: 1,
    tool: report.tool,
    plans: report.plans.map((p) => ({ path: p.path, formatVersion: p.formatVersion, terraformVersion: p.terraformVersion })),
    loadBalancers: report.loadBalancers.map((lb) => ({ address: lb.address, type: lb.type, kind: lb.kind, plan: lb.plan, actions: lb.actions })),
    results: report.results.map((r) => ({
      ruleId: r.ruleId,
      address: r.address,
      plan: r.plan,
      verdict: r.verdict,
      severity: r.severity,
      message: r.message,
      location: r.location
    })),
    summary: report.summary
  };
}
function formatJson(report) {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
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
  const matrices = readinessMatrix(report);
  for (const matrix of matrices) {
    if (report.plans.length > 1) out.push(`**${markdownCode(matrix.plan)}**`, "");
    const rule = (id) => RULES.find((r) => r.meta.id === id)?.meta;
    out.push(`| load balancer | ${matrix.columns.map((id) => `[${id.replace("ELBIR", "")}](${rule(id)?.helpUri ?? ""} "${id} ${rule(id)?.title ?? ""}")`).join(" | ")} |`);
    out.push(`|---|${matrix.columns.map(() => ":-:").join("|")}|`);
    for (const row of matrix.rows) out.push(`| ${markdownCode(row.address)} (${row.kind}) | ${row.cells.map((cell) => ICONS[cell]).join(" | ")} |`);
    out.push("");
    if (matrix.planWide.length > 0) out.push(`Plan-wide: ${matrix.planWide.map((p) => `${ICONS[p.verdict]} [${p.ruleId}](${rule(p.ruleId)?.helpUri ?? ""}) ${rule(p.ruleId)?.title ?? ""}`).join(" \xB7 ")}`, "");
  }
  if (matrices.length > 0) {
    out.push(`${ICONS.pass} pass \xB7 ${ICONS.fail} fail \xB7 ${ICONS.unknown} known after apply \xB7 ${ICONS["not-applicable"]} not applicable \xB7 ${ICONS.suppressed} suppressed`);
    out.push("");
    out.push(`<details><summary>Rules</summary>

${RULES.map((r) => `- **${r.meta.id}** [${r.meta.title}](${r.meta.helpUri}) (${r.meta.defaultSeverity})`).join("\n")}

</details>`);
  } else {
    out.push("No load balancer in the plan.");
  }
  out.push("");
  const omit = options.omit ?? /* @__PURE__ */ new Set();
  const findings = report.results.filter((r) => (r.verdict === "fail" || r.verdict === "unknown") && !omit.has(r.fingerprint));
  const inline = report.results.filter((r) => (r.verdict === "fail" || r.verdict === "unknown") && omit.has(r.fingerprint)).length;
  if (findings.length > 0) {
    out.push(`#### Findings${inline > 0 ? ` (${inline} more as review comments on the changed lines)` : ""}`);
    out.push("");
    for (const result of findings) out.push(formatFinding(result, options), "");
  } else if (inline > 0) {
    out.push(`All ${inline} findings are posted as review comments on the changed lines.`);
    out.push("");
  }
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
function formatFinding(result, options = {}) {
  const rule = RULES.find((r) => r.meta.id === result.ruleId);
  const where = result.location ? options.fileUrl ? ` \xB7 [${markdownText(`${result.location.file}:${result.location.line}`)}](${options.fileUrl(result.location.file, result.location.line)})` : ` \xB7 ${markdownCode(`${result.location.file}:${result.location.line}`)}` : "";
  const head = `${ICONS[result.verdict]} **${result.ruleId}** ${result.severity ?? ""} \xB7 ${markdownCode(result.address ?? `plan ${result.plan}`)}${where}`;
  const lines = [head, "", result.fromJson ? markdownText(result.summary) : renderQuoted(result.summary, markdownCode, markdownMessage)];
  if (result.verdict === "fail" && rule) lines.push("", `*Why it matters:* ${markdownText(rule.meta.rationale)} [${rule.meta.practice}](${rule.meta.helpUri})`);
  if (result.verdict === "fail" && result.fix) lines.push("", "<details><summary>Fix</summary>", "", markdownFence(result.fix, "hcl"), "", "</details>");
  return lines.join("\n");
}
function truncate(text, max, runUrl) {
  if (!max || text.length <= max) return text;
  const note = `

\u2026 the report is too long for a comment; the full report is in the ${runUrl ? `[job summary](${runUrl})` : "job summary"}.
`;
  const cut = text.lastIndexOf("\n", max - note.length);
  let head = text.slice(0, cut > 0 ? cut : max - note.length);
  const fences = head.match(/^`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) head += `
${fences[fences.length - 1]}`;
  const opened = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  head += "\n\n</details>".repeat(Math.max(0, opened));
  return head + note;
}

// src/report/merge.ts
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
async function readJsonReport(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(path, code === "ENOENT" ? "does not exist" : `cannot be read (${code})`, "Pass the JSON reports written by `elb-ir-check check --format json --output <file>`");
  }
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new InputError(path, "is not JSON", "Pass the JSON reports written by `elb-ir-check check --format json --output <file>`");
  }
  if (!validateReport(value)) {
    const error = validateReport.errors?.[0];
    throw new InputError(path, `is not an elb-ir-check JSON report (schema version 1): ${error?.instancePath || "/"} ${error?.message ?? ""}`.trim(), "Pass the JSON reports written by `elb-ir-check check --format json --output <file>`");
  }
  return value;
}
function mergeReports(reports) {
  const byPlan = /* @__PURE__ */ new Map();
  for (const report of reports) for (const plan of report.plans) byPlan.set(plan.path, { plan, report });
  const results = [];
  const loadBalancers = [];
  for (const { plan, report } of byPlan.values()) {
    loadBalancers.push(...report.loadBalancers.filter((lb) => lb.plan === plan.path));
    results.push(...report.results.filter((r) => r.plan === plan.path).map(fromJson));
  }
  const summary = summarize(results);
  return {
    schemaVersion: 1,
    tool: { name: "elb-ir-check", version: VERSION },
    plans: [...byPlan.values()].map((p) => p.plan),
    loadBalancers,
    results,
    summary,
    problems: [],
    warnings: []
  };
}
function fromJson(result) {
  const meta = RULES.find((r) => r.meta.id === result.ruleId)?.meta;
  const [head, fix] = result.message.split("\nFix:\n");
  const summary = meta && head.endsWith(meta.rationale) ? head.slice(0, -meta.rationale.length).trimEnd() : head;
  return {
    ...result,
    title: meta?.title ?? result.ruleId,
    summary,
    fix,
    subject: result.address ? { address: result.address, attribute: [] } : null,
    fingerprint: createHash("sha256").update(`${result.ruleId}\0${result.address ?? result.plan}\0`).digest("hex").slice(0, 20),
    exactLocation: false,
    fromJson: true
  };
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.5", notice: "3.0" };
function toSarif(report, options = {}) {
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.name,
    shortDescription: { text: rule.meta.title },
    fullDescription: { text: rule.meta.rationale },
    helpUri: rule.meta.helpUri,
    help: {
      text: `${rule.meta.rationale}

${rule.meta.remediation}`,
      markdown: `**${rule.meta.title}** (${rule.meta.practice})

${rule.meta.rationale}

**Remediation:** ${rule.meta.remediation}

[AWS ELB best practices](${rule.meta.helpUri})`
    },
    defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
    properties: {
      tags: ["security", "terraform", "aws", "elb", "incident-response", rule.meta.practice],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule.meta.defaultSeverity]
    }
  }));
  const results = report.results.filter((r) => r.verdict === "fail" || r.verdict === "unknown" || r.verdict === "suppressed").map((r) => sarifResult(r, options));
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
function sarifResult(result, options) {
  const ruleIndex = RULES.findIndex((r) => r.meta.id === result.ruleId);
  const severity = result.severity ?? "notice";
  const file = result.location ? `${options.pathPrefix ?? ""}${result.location.file}` : result.plan;
  const physical = { artifactLocation: { uri: encodeURI(file.split("\\").join("/")) }, region: { startLine: result.location?.line ?? 1 } };
  const entry = {
    ruleId: result.ruleId,
    ruleIndex,
    kind: result.verdict === "unknown" ? "review" : "fail",
    level: result.verdict === "unknown" ? "note" : LEVEL[severity],
    message: { text: plainText(result.verdict === "unknown" ? `${unquote(result.summary)} (known only after apply)` : result.message) },
    locations: [{ physicalLocation: physical, logicalLocations: result.address ? [{ fullyQualifiedName: result.address, kind: "resource" }] : [] }],
    partialFingerprints: { "elbIrFinding/v1": result.fingerprint },
    properties: { "security-severity": SECURITY_SEVERITY[severity], address: result.address, plan: result.plan }
  };
  if (result.suppression) {
    entry.suppressions = [{ kind: result.suppression.kind === "inline" ? "inSource" : "external", status: "accepted", justification: plainText(result.suppression.reason) }];
  }
  return entry;
}
function formatSarif(report, options = {}) {
  return JSON.stringify(toSarif(report, options), null, 2) + "\n";
}

// src/report/text.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function formatText(report, options = { color: false }) {
  const c = colors(options.color);
  const out = [];
  const plans = report.plans.length === 1 ? plainLine(report.plans[0].path) : `${report.plans.length} plans`;
  out.push(c.bold(`elb-ir-check ${report.tool.version}: ${report.loadBalancers.length} load balancer${report.loadBalancers.length === 1 ? "" : "s"} in ${plans}`));
  out.push("");
  const matrices = readinessMatrix(report);
  for (const matrix of matrices) {
    if (report.plans.length > 1) out.push(c.bold(plainLine(matrix.plan)));
    const header = ["load balancer", ...matrix.columns.map((id) => id.replace("ELBIR", ""))];
    const rows = matrix.rows.map((row) => [`${plainLine(row.address)} (${row.kind})`, ...row.cells.map((cell) => SYMBOLS[cell])]);
    const width = Math.max(header[0].length, ...rows.map((r) => r[0].length));
    out.push(`${header[0].padEnd(width)}  ${header.slice(1).map((h) => h.padStart(3)).join(" ")}`);
    for (const row of rows) out.push(`${row[0].padEnd(width)}  ${row.slice(1).map((s2) => ` ${colorSymbol(c, s2)} `).join(" ")}`);
    if (matrix.planWide.length > 0) out.push(`plan-wide: ${matrix.planWide.map((p) => `${p.ruleId} ${colorSymbol(c, SYMBOLS[p.verdict])}`).join("  ")}`);
    out.push("");
  }
  if (matrices.length > 0) {
    out.push(`${SYMBOLS.pass} pass  ${SYMBOLS.fail} fail  ${SYMBOLS.unknown} known after apply  ${SYMBOLS["not-applicable"]} not applicable  ${SYMBOLS.suppressed} suppressed`);
    out.push("");
  } else {
    out.push("No load balancer in the plan.");
    out.push("");
  }
  const findings = report.results.filter((r) => r.verdict === "fail" || r.verdict === "unknown").sort((a, b) => order(a) - order(b) || a.ruleId.localeCompare(b.ruleId));
  if (findings.length > 0) {
    out.push(c.bold("Findings"));
    for (const result of findings) out.push(...formatFinding2(result, c), "");
  }
  const suppressed = report.results.filter((r) => r.verdict === "suppressed");
  if (suppressed.length > 0) {
    out.push(c.bold("Suppressed"));
    for (const r of suppressed) out.push(`  ${r.ruleId} ${plainLine(r.address ?? "plan")}: ${plainLine(r.suppression?.reason ?? "")} (${plainLine(r.suppression?.origin ?? "")}${r.suppression?.expires ? `, until ${r.suppression.expires}` : ""})`);
    out.push("");
  }
  for (const line of [...report.problems, ...report.warnings]) out.push(c.dim(`note: ${plainLine(line)}`));
  const { error, warning, notice, suppressed: s } = report.summary;
  out.push(c.bold(`${error} error${error === 1 ? "" : "s"}, ${warning} warning${warning === 1 ? "" : "s"}, ${notice} notice${notice === 1 ? "" : "s"}, ${s} suppressed`));
  return out.join("\n") + "\n";
}
function order(result) {
  return (result.verdict === "unknown" ? 10 : 0) + (result.severity ? SEVERITY_ORDER[result.severity] : 5);
}
function formatFinding2(result, c) {
  const rule = RULES.find((r) => r.meta.id === result.ruleId);
  const mark = result.verdict === "fail" ? c.red(SYMBOLS.fail) : c.yellow(SYMBOLS.unknown);
  const where = result.location ? ` ${plainLine(result.location.file)}:${result.location.line}` : "";
  const subject = result.address ?? `plan ${result.plan}`;
  const lines = [`${mark} ${result.ruleId} ${result.severity ?? ""} ${c.bold(plainLine(subject))}${c.dim(where)}`];
  lines.push(`  ${plainLine(unquote(result.summary))}`);
  if (result.verdict === "fail" && rule) lines.push(c.dim(`  Why: ${rule.meta.rationale}`));
  if (result.verdict === "fail" && result.fix) {
    lines.push("  Fix:");
    for (const line of plainText(result.fix).split("\n")) lines.push(`    ${line}`);
  }
  if (rule) lines.push(c.dim(`  ${rule.meta.helpUri}`));
  return lines;
}
function colorSymbol(c, symbol) {
  if (symbol === SYMBOLS.pass) return c.green(symbol);
  if (symbol === SYMBOLS.fail) return c.red(symbol);
  if (symbol === SYMBOLS.unknown) return c.yellow(symbol);
  return c.dim(symbol);
}
function colors(enabled) {
  const wrap = (code) => (text) => enabled ? `\x1B[${code}m${text}\x1B[0m` : text;
  return { bold: wrap("1"), dim: wrap("2"), red: wrap("31"), green: wrap("32"), yellow: wrap("33") };
}

// src/command.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
var FAIL_LEVELS = ["error", "warning", "notice", "never"];
var HELP = `elb-ir-check ${VERSION}: checks Terraform plans against the AWS ELB incident-response best practices

Usage:
  elb-ir-check check [--plan <file-or-glob>]... [--source-dir <dir>] [--config <file>]
                     [--format text|json|sarif|markdown] [--output <file>]
                     [--fail-level error|warning|notice|never] [--progress]
  elb-ir-check merge <report.json>... [--format ...] [--output <file>] [--fail-level ...]
  elb-ir-check --version
  elb-ir-check --help

  --plan        output of \`terraform show -json <planfile>\`; repeat it or use globs
                (without --plan, the bundled example plan is checked)
  --source-dir  the Terraform sources, for file:line locations and inline suppressions
  --config      the configuration file (default: .elb-ir.yml in the current directory, if any)
  --format      default: text on a terminal, json otherwise
  --output      write the report to a file instead of standard output
  --fail-level  exit 1 when a finding is at or above this severity (default: error)
  --progress    show reading progress on stderr (default: on a terminal, for inputs that take a while)

merge combines the JSON reports of several jobs (a CI matrix) into one report.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input or usage.
`;
var UsageError = class extends Error {
};
async function runCli(argv, io) {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`elb-ir-check: ${plainLine(error.message)}
`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`elb-ir-check: ${plainLine(error.message)}. Run \`elb-ir-check --help\` for usage.
`);
      return 2;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.stderr(`elb-ir-check: internal error: ${plainLine(message)}. Please report it with the command you ran (set ELB_IR_DEBUG=1 for details).
`);
    if (io.env.ELB_IR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function run(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        plan: { type: "string", multiple: true },
        "source-dir": { type: "string" },
        config: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        "fail-level": { type: "string" },
        progress: { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/, "") : "invalid arguments");
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    io.stdout(HELP);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const [command, ...rest] = positionals;
  const format = oneOf(values.format ?? (io.isTTY ? "text" : "json"), FORMATS, "--format");
  const failLevel = oneOf(values["fail-level"] ?? "error", FAIL_LEVELS, "--fail-level");
  let report;
  let problems;
  if (command === "check") {
    if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (plans are given with --plan)`);
    ({ report, problems } = await check(values, io));
  } else if (command === "merge") {
    if (values.plan || values["source-dir"] || values.config) throw new UsageError("merge takes JSON reports as arguments, not --plan, --source-dir or --config");
    if (rest.length === 0) throw new UsageError("merge needs at least one JSON report");
    ({ report, problems } = await merge(rest, io));
  } else throw new UsageError(`unknown command \`${command}\``);
  if (report.plans.length === 0) return 2;
  const output = render(report, format, io);
  if (values.output) {
    const target = resolve2(io.cwd, values.output);
    try {
      await mkdir(dirname2(target), { recursive: true });
      await writeFile(target, output);
    } catch (error) {
      throw new InputError(values.output, `cannot be written (${error.code ?? "error"})`, "Choose a writable --output path");
    }
    io.stderr(`elb-ir-check: wrote the ${format} report to ${plainLine(values.output)} (${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices)
`);
  } else io.stdout(output);
  if (problems.length > 0) return 2;
  return failsAt(report, failLevel) ? 1 : 0;
}
async function check(values, io) {
  let planArgs = values.plan ?? [];
  let sourceDir = values["source-dir"];
  if (planArgs.length === 0) {
    const example = exampleDirectory();
    if (!example) throw new UsageError("no --plan given and the bundled example is missing");
    planArgs = [relative(io.cwd, resolve2(example, "plan.json")) || "plan.json"];
    sourceDir ??= relative(io.cwd, example) || ".";
  }
  if (sourceDir !== void 0 && !statSync(resolve2(io.cwd, sourceDir), { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(sourceDir, "is not a directory", "Point --source-dir at the folder with the .tf files the plan was made from");
  }
  const settings = await settingsFrom(values.config, io);
  const { files, problems: globProblems } = await expandPlanArguments(planArgs, io.cwd);
  const progress = new ProgressLine(io, values.progress ?? (io.stderrIsTTY ?? false), values.progress === true && !io.stderrIsTTY);
  const { report, problems } = await runPlans(files, {
    cwd: io.cwd,
    settings,
    sourceDir: sourceDir ? resolve2(io.cwd, sourceDir) : void 0,
    onProgress: (file, read, total) => progress.update(file, read, total)
  });
  progress.done();
  const allProblems = [...globProblems, ...problems];
  for (const problem of allProblems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  report.problems = allProblems;
  return { report, problems: allProblems };
}
async function merge(files, io) {
  const problems = [];
  const reports = [];
  for (const file of files) {
    try {
      reports.push(await readJsonReport(resolve2(io.cwd, file)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(`${file}: ${error.problem}. ${error.remedy}`);
    }
  }
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  const report = mergeReports(reports);
  report.problems = problems;
  return { report, problems };
}
var ProgressLine = class {
  constructor(io, enabled, lines) {
    this.io = io;
    this.enabled = enabled;
    this.lines = lines;
  }
  io;
  enabled;
  lines;
  started = Date.now();
  last = 0;
  shown = false;
  update(file, read, total) {
    if (!this.enabled) return;
    const now = Date.now();
    const after = Number(this.io.env.ELB_IR_PROGRESS_AFTER_MS ?? 2e3);
    if (now - this.started < after || now - this.last < (this.lines ? 5e3 : 200)) return;
    this.last = now;
    this.shown = true;
    const text = `elb-ir-check: reading ${plainLine(file)}: ${megabytes(read)} of ${megabytes(total)} (${Math.floor(100 * read / Math.max(total, 1))}%)`;
    this.io.stderr(this.lines ? `${text}
` : `\r\x1B[K${text}`);
  }
  done() {
    if (this.shown && !this.lines) this.io.stderr("\r\x1B[K");
  }
};
function megabytes(bytes) {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
function render(report, format, io) {
  switch (format) {
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report);
    case "markdown":
      return formatMarkdown(report);
    default:
      return formatText(report, { color: io.isTTY && !io.env.NO_COLOR });
  }
}
async function settingsFrom(path, io) {
  const file = path ? resolve2(io.cwd, path) : resolve2(io.cwd, ".elb-ir.yml");
  if (!path && !existsSync2(file)) return defaultSettings();
  const { loadSettings } = await import("./chunks/load-ZMRA6CWL.js");
  return loadSettings(file);
}
function oneOf(value, allowed, flag) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got \`${value}\`)`);
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env
});
