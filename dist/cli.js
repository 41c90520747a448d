#!/usr/bin/env node
import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  FAIL_ON,
  SYMBOLS,
  exampleDirectory,
  expandPlanArguments,
  fixPlanFiles,
  formatJson,
  formatMarkdown,
  formatSarif,
  gate,
  gateLine,
  plainLine,
  plainText,
  readJsonReports,
  readinessMatrix,
  resultMessage,
  ruleOf,
  runSources,
  sourcesOnly,
  unfixedLine,
  writeInPlace,
  xmlAttribute,
  xmlText
} from "./chunks/chunk-CFITO2PB.js";
import {
  RULE_CATALOG,
  VERSION,
  mergeReports,
  runPlans,
  unquote
} from "./chunks/chunk-K4PTZFXW.js";
import {
  FAIL_LEVELS,
  severityRank
} from "./chunks/chunk-KXVQEU22.js";
import {
  settingsFrom,
  toPosix
} from "./chunks/chunk-6BTX74DO.js";
import "./chunks/chunk-XQ7U6TYO.js";
import "./chunks/chunk-BDG7X2O5.js";
import {
  InputError,
  UsageError
} from "./chunks/chunk-MML4BPFQ.js";
import "./chunks/chunk-TDRUQYC7.js";
import "./chunks/chunk-VVDX2ENP.js";

// src/command.ts
import { statSync as statSync2 } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, relative, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/report/gitlab.ts
var GITLAB_SEVERITY = { error: "major", warning: "minor", notice: "info" };
function toGitlabCodeQuality(report, options = {}) {
  return report.results.filter((r) => r.verdict === "fail").map((r) => codeQualityIssue(r, ruleOf(report, r.ruleId)?.title ?? r.ruleId, options));
}
function codeQualityIssue(result, title, options) {
  const severity = result.severity ?? "notice";
  const where = result.address ?? `plan ${result.plan}`;
  return {
    type: "issue",
    check_name: result.ruleId,
    description: plainLine(`${result.ruleId} ${title}: ${where}: ${unquote(result.summary)}`),
    categories: ["Security"],
    fingerprint: result.fingerprint,
    severity: GITLAB_SEVERITY[severity],
    location: { path: locationPath(result, options), lines: { begin: result.location?.line ?? 1 } }
  };
}
function locationPath(result, options) {
  if (!result.location) return plainLine(result.plan.split("\\").join("/"));
  return plainLine(`${options.pathPrefix ?? ""}${result.location.file.split("\\").join("/")}`);
}
function formatGitlab(report, options = {}) {
  return JSON.stringify(toGitlabCodeQuality(report, options), null, 2) + "\n";
}

// src/report/junit.ts
function formatJunit(report, options = {}) {
  const suites = report.plans.map((plan) => testsuite(report, plan.path, report.results.filter((r) => r.plan === plan.path), options));
  const all = report.results;
  const counts = count(all);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="elb-ir-check" tests="${all.length}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}
function testsuite(report, plan, results, options) {
  const counts = count(results);
  const head = `  <testsuite name="${xmlAttribute(plan)}" tests="${results.length}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}" time="0">`;
  return [head, ...results.map((r) => testcase(r, ruleOf(report, r.ruleId), options)), "  </testsuite>"].join("\n");
}
function testcase(result, rule, options) {
  const attributes = `classname="${xmlAttribute(`elb-ir-check.${result.ruleId}`)}" name="${xmlAttribute(result.address ?? "plan-wide")}" time="0"`;
  const child = outcome(result, rule, options);
  return child ? `    <testcase ${attributes}>
      ${child}
    </testcase>` : `    <testcase ${attributes}/>`;
}
function outcome(result, rule, options) {
  const summary = unquote(result.summary);
  const title = rule?.title ?? result.ruleId;
  switch (result.verdict) {
    case "fail": {
      const where = `${locationPath(result, options)}${result.location ? `:${result.location.line}` : ""}`;
      const body = `${result.ruleId} ${title}
${resultMessage(result, rule)}

At ${where}`;
      return `<failure message="${xmlAttribute(`${title}: ${summary}`)}" type="${result.severity ?? "error"}">${xmlText(body)}</failure>`;
    }
    case "unknown":
      return `<skipped message="${xmlAttribute(`known only after apply: ${summary}`)}"/>`;
    case "not-applicable":
      return `<skipped message="${xmlAttribute(`not applicable: ${summary}`)}"/>`;
    case "suppressed": {
      const by = result.suppression ? ` (${result.suppression.kind === "inline" ? `${result.suppression.origin} comment` : result.suppression.origin}): ${result.suppression.reason}` : "";
      return `<skipped message="${xmlAttribute(`suppressed${by}`)}"/>`;
    }
    default:
      return null;
  }
}
function count(results) {
  let failures = 0;
  let skipped = 0;
  for (const r of results) {
    if (r.verdict === "fail") failures++;
    else if (r.verdict !== "pass") skipped++;
  }
  return { failures, skipped };
}

// src/report/text.ts
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
    out.push(sourcesOnly(report) ? "No load balancer in the sources." : "No load balancer in the plan.");
    out.push("");
  }
  const findings = report.results.filter((r) => r.verdict === "fail" || r.verdict === "unknown").sort((a, b) => order(a) - order(b) || a.ruleId.localeCompare(b.ruleId));
  const existing = findings.filter((r) => r.change === "existing");
  const brought = findings.filter((r) => r.change !== "existing");
  const resolved = report.resolved ?? [];
  const fromSources = new Set(report.plans.filter((p) => p.kind === "source").map((p) => p.path));
  const finding = (result) => formatFinding(result, ruleOf(report, result.ruleId), c, !fromSources.has(result.plan));
  const mixed = existing.length > 0 || resolved.length > 0;
  if (brought.length > 0) {
    out.push(c.bold(mixed ? "New and regressed findings" : "Findings"));
    for (const result of brought) out.push(...finding(result), "");
  }
  if (existing.length > 0) {
    out.push(c.bold("Existing findings (they failed before this change too)"));
    for (const result of existing) out.push(...finding(result), "");
  }
  if (resolved.length > 0) {
    out.push(c.bold("Fixed by this change"));
    for (const r of [...resolved].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId))) {
      out.push(`${c.green(SYMBOLS.pass)} ${r.ruleId} ${r.severity} ${c.bold(plainLine(r.address ?? `plan ${r.plan}`))}: ${plainLine(ruleOf(report, r.ruleId)?.title ?? "")}`);
    }
    out.push("");
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
  if (options.gate) out.push(c.bold(plainLine(options.gate)));
  return out.join("\n") + "\n";
}
function order(result) {
  return (result.verdict === "unknown" ? 10 : 0) + (result.severity ? severityRank(result.severity) : 5);
}
function formatFinding(result, rule, c, showChange) {
  const mark = result.verdict === "fail" ? c.red(SYMBOLS.fail) : c.yellow(SYMBOLS.unknown);
  const where = result.location ? ` ${plainLine(result.location.file)}:${result.location.line}` : "";
  const subject = result.address ?? `plan ${result.plan}`;
  const change = result.change && showChange ? ` [${result.change}]` : "";
  const lines = [`${mark} ${result.ruleId} ${result.severity ?? ""} ${c.bold(plainLine(subject))}${c.dim(where)}${change}`];
  lines.push(`  ${plainLine(unquote(result.summary))}`);
  if (result.verdict === "fail" && rule) lines.push(c.dim(`  Why: ${plainLine(rule.rationale)}`));
  if (result.verdict === "fail" && result.fix) {
    lines.push("  Fix:");
    for (const line of plainText(result.fix).split("\n")) lines.push(`    ${line}`);
  }
  if (rule) lines.push(c.dim(`  ${plainLine(rule.helpUri)}`));
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

// src/pre-commit.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var TERRAFORM_FILE = /\.(?:tf|tf\.json|tfvars|tfvars\.json)$/;
function preCommitDecision(files, options, cwd) {
  const changed = files.filter((file) => TERRAFORM_FILE.test(file));
  if (files.length > 0 && changed.length === 0) return { kind: "skip" };
  const plan = options.plan ?? [];
  if (plan.length === 0) {
    if (options["source-dir"] !== void 0) return { kind: "sources", folders: [options["source-dir"]] };
    const changedFolders = (changed.length > 0 ? changed : ["main.tf"]).map((file) => toPosix(dirname(file))).filter((folder) => holdsConfiguration(resolve(cwd, folder)));
    const folders = [...new Set(changedFolders.map((folder) => rootOf(folder, cwd)))].sort();
    if (folders.length > 0) return { kind: "sources", folders };
    if (changed.length > 0) return { kind: "skip" };
    return { kind: "usage", message: "the pre-commit hook found no Terraform file to judge here: pass the changed files, or add `args: [--source-dir, <folder>]` to the hook in .pre-commit-config.yaml" };
  }
  const single = plan.length === 1 && !/[*?[\]{}]/.test(plan[0]) ? plan[0] : null;
  const sourceDir = options["source-dir"] ?? (single ? dirname(single) : void 0);
  const notes = [];
  const planTime = single ? statSync(resolve(cwd, single), { throwIfNoEntry: false })?.mtimeMs : void 0;
  if (planTime !== void 0) {
    const newer = changed.filter((file) => (statSync(resolve(cwd, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > planTime);
    if (newer.length > 0) notes.push(`${single} is older than ${newer[0]}${newer.length > 1 ? ` and ${newer.length - 1} more changed file(s)` : ""}: the findings are those of the last plan; run terraform plan and \`terraform show -json\` again to judge the changes`);
  }
  return { kind: "check", plan, sourceDir, notes };
}
function rootOf(folder, cwd) {
  let root = folder;
  for (let above = parentOf(folder); above !== null; above = parentOf(above)) {
    if (callsLocalModule(resolve(cwd, above), resolve(cwd, root))) root = above;
  }
  return root;
}
function parentOf(folder) {
  return folder === "." ? null : toPosix(dirname(folder));
}
function callsLocalModule(folder, module) {
  return configurationFiles(folder).some((file) => {
    const text = readFileSync(join(folder, file), "utf8");
    return [...text.matchAll(/"?source"?\s*[=:]\s*"(\.\.?\/[^"]*)"/g)].some((match) => resolve(folder, match[1]) === module);
  });
}
function holdsConfiguration(folder) {
  return configurationFiles(folder).length > 0;
}
function configurationFiles(folder) {
  try {
    return readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && /\.tf(?:\.json)?$/.test(entry.name)).map((entry) => entry.name);
  } catch {
    return [];
  }
}

// src/command.ts
var FORMATS = ["text", "json", "sarif", "markdown", "gitlab", "junit"];
var HELP = `elb-ir-check ${VERSION}: checks Terraform plans against the AWS ELB incident-response best practices

Usage:
  elb-ir-check check [--plan <file-or-glob>]... [--source-dir <dir>] [--config <file>]
                     [--format text|json|sarif|markdown|gitlab|junit] [--output <file>]
                     [--fail-level ${FAIL_LEVELS.join("|")}] [--fail-on ${FAIL_ON.join("|")}] [--progress]
  elb-ir-check check --source-dir <dir> [--var-file <file>]... [--var <name>=<value>]... [check options]
  elb-ir-check pre-commit [--plan <file>] [--source-dir <dir>] [check options] [<changed file>...]
  elb-ir-check fix --plan <file> --source-dir <dir> [--config <file>] [--output <file>] [--write]
  elb-ir-check merge <report.json>... [--format ...] [--output <file>] [--fail-level ...] [--fail-on ...]
  elb-ir-check --version
  elb-ir-check --help

  --plan        output of \`terraform show -json <planfile>\`; repeat it or use globs
                (a bare \`check\` checks the bundled example plan)
  --source-dir  the Terraform sources: with --plan, for file:line locations and inline suppressions;
                without --plan, the sources themselves are judged, as Terraform would evaluate them
                (terraform.tfvars, *.auto.tfvars, TF_VAR_* and the options below; no credentials needed).
                What only a plan knows (computed attributes, data sources that call AWS) is unknown
  --var-file    a .tfvars file for the sources (no --plan); repeatable
  --var         a variable for the sources (no --plan), as name=value; repeatable. --var-file and --var
                apply in the order given, after the automatic files: the later one wins, as in Terraform
  --config      the configuration file (default: .elb-ir.yml in the current directory, if any)
  --format      default: text on a terminal, json otherwise
  --output      write the report to a file instead of standard output
  --fail-level  exit 1 when a finding is at or above this severity (default: error)
  --fail-on     new: only findings the change introduces or regresses fail (default);
                all: every finding at the fail level fails, existing ones too.
                Sources have no world before them: all their findings are new, so both fail alike
  --progress    show reading progress on stderr (default: on a terminal, for inputs that take a while)

gitlab is GitLab Code Quality; junit is JUnit XML (Azure DevOps, Jenkins, GitLab test reports).
pre-commit is the entry of the pre-commit hook: when a changed file is a Terraform file, it judges the
sources of the folders holding the changed files (or --source-dir), or the plan given with --plan.

fix prints a unified diff of the sources that fixes the failing findings it can, its paths relative to
--source-dir: apply it with \`patch -p1\` there, or with \`git apply --directory=<source-dir>\` from the
repository root (\`git apply\` inside a subfolder skips every file); --write changes the files instead.
Each failing finding it leaves is named on stderr with what to decide. Suppressed findings are not fixed.

merge combines the JSON reports of several jobs (a CI matrix) into one report.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 bad input or usage
(fix: 0 whether or not there was something to fix, 2 bad input or usage).
`;
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
      // The tokens keep --var-file and --var in the order given: a later one wins, as in Terraform.
      tokens: true,
      options: {
        plan: { type: "string", multiple: true },
        "source-dir": { type: "string" },
        "var-file": { type: "string", multiple: true },
        var: { type: "string", multiple: true },
        config: { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        "fail-level": { type: "string" },
        "fail-on": { type: "string" },
        progress: { type: "boolean" },
        write: { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify.*$/, "") : "invalid arguments");
  }
  const { positionals } = parsed;
  const values = { ...parsed.values, variables: variableArguments(parsed.tokens) };
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
  if (command === "fix") return fix(values, rest, io);
  if (values.write) throw new UsageError("--write belongs to `fix`");
  const format = oneOf(values.format ?? (io.isTTY || command === "pre-commit" ? "text" : "json"), FORMATS, "--format");
  const failLevel = oneOf(values["fail-level"] ?? "error", FAIL_LEVELS, "--fail-level");
  const failOn = oneOf(values["fail-on"] ?? "new", FAIL_ON, "--fail-on");
  let report;
  let problems;
  let pathPrefix = "";
  if (command === "check") {
    if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (plans are given with --plan)`);
    ({ report, problems, pathPrefix } = await check(values, io));
  } else if (command === "pre-commit") {
    const hook = preCommitDecision(rest, values, io.cwd);
    if (hook.kind === "skip") return 0;
    if (hook.kind === "usage") throw new UsageError(hook.message);
    if (hook.kind === "sources") ({ report, problems } = await checkSources(hook.folders, values, io, { namedFromCwd: true }));
    else {
      for (const note of hook.notes) io.stderr(`elb-ir-check: ${plainLine(note)}
`);
      ({ report, problems, pathPrefix } = await check({ ...values, plan: hook.plan, "source-dir": hook.sourceDir }, io));
    }
  } else if (command === "merge") {
    if (values.plan || values["source-dir"] || values.config || values["var-file"] || values.var) throw new UsageError("merge takes JSON reports as arguments, not --plan, --source-dir, --var-file, --var or --config");
    if (rest.length === 0) throw new UsageError("merge needs at least one JSON report");
    ({ report, problems } = await merge(rest, io));
  } else throw new UsageError(`unknown command \`${command}\``);
  if (report.plans.length === 0) return 2;
  const decision = gate(report, failLevel, failOn);
  const output = render(report, format, io, pathPrefix, gateLine(decision));
  if (values.output) {
    await writeOutput(io, values.output, output);
    io.stderr(`elb-ir-check: wrote the ${format} report to ${plainLine(values.output)} (${report.summary.error} errors, ${report.summary.warning} warnings, ${report.summary.notice} notices): ${gateLine(decision)}
`);
  } else io.stdout(output);
  if (problems.length > 0) return 2;
  return decision.fails ? 1 : 0;
}
async function fix(values, rest, io) {
  if (rest.length > 0) throw new UsageError(`unexpected argument \`${rest[0]}\` (the plan is given with --plan)`);
  for (const flag of ["format", "fail-level", "fail-on"]) if (values[flag] !== void 0) throw new UsageError(`--${flag} belongs to \`check\`, not \`fix\``);
  if (!values.plan?.length) throw new UsageError("fix needs --plan <terraform show -json output>");
  const sourceDir = values["source-dir"];
  if (sourceDir === void 0) throw new UsageError("fix needs --source-dir <the folder with the .tf files the plan was made from>");
  if (!statSync2(resolve2(io.cwd, sourceDir), { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(sourceDir, "is not a directory", "Point --source-dir at the folder with the .tf files the plan was made from");
  }
  const configFile = values.config ? resolve2(io.cwd, values.config) : void 0;
  const settings = await settingsFrom(configFile, [resolve2(io.cwd, ".elb-ir.yml")], io.cwd);
  const { files, problems } = await expandPlanArguments(values.plan, io.cwd);
  const fixed = await fixPlanFiles(files, { cwd: io.cwd, settings, sourceDir: resolve2(io.cwd, sourceDir), configFile });
  problems.push(...fixed.problems);
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  if (problems.length > 0) return 2;
  for (const unfixed of fixed.unfixed) io.stderr(`elb-ir-check: ${plainLine(fixed.redact(unfixedLine(unfixed)))}
`);
  if (values.write) {
    for (const line of writeInPlace(resolve2(io.cwd, sourceDir), fixed.changes)) io.stderr(`elb-ir-check: ${plainLine(line)}
`);
  }
  if (values.output) {
    await writeOutput(io, values.output, fixed.patch);
    io.stderr(`elb-ir-check: wrote the patch to ${plainLine(values.output)}
`);
  } else if (!values.write) io.stdout(fixed.patch);
  const count2 = fixed.changes.length;
  io.stderr(`elb-ir-check: ${count2 === 0 ? "nothing to change" : `${count2} file(s) ${values.write ? "changed" : "in the patch"}`}; ${fixed.unfixed.length} failing finding(s) left to fix by hand
`);
  return 0;
}
async function writeOutput(io, output, text) {
  const target = resolve2(io.cwd, output);
  try {
    await mkdir(dirname2(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new InputError(output, `cannot be written (${error.code ?? "error"})`, "Choose a writable --output path");
  }
}
function variableArguments(tokens) {
  const found = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || token.value === void 0) continue;
    if (token.name === "var-file") found.push({ kind: "file", value: token.value });
    else if (token.name === "var") found.push({ kind: "var", value: token.value });
  }
  return found;
}
async function check(values, io) {
  let planArgs = values.plan ?? [];
  let sourceDir = values["source-dir"];
  const variables = [...values["var-file"] ?? [], ...values.var ?? []];
  if (planArgs.length > 0 && variables.length > 0) throw new UsageError("--var-file and --var go with sources judged alone (--source-dir without --plan): a plan already holds its variables");
  if (planArgs.length === 0 && sourceDir !== void 0) {
    const { report: report2, problems: problems2 } = await checkSources([sourceDir], values, io);
    return { report: report2, problems: problems2, pathPrefix: repositoryPrefix(io.cwd, sourceDir) };
  }
  if (planArgs.length === 0) {
    if (variables.length > 0) throw new UsageError("--var-file and --var need --source-dir, the folder of the Terraform sources to judge");
    const example = exampleDirectory();
    if (!example) throw new UsageError("no --plan given and the bundled example is missing");
    planArgs = [relative(io.cwd, resolve2(example, "plan.json")) || "plan.json"];
    sourceDir ??= relative(io.cwd, example) || ".";
  }
  if (sourceDir !== void 0) assertFolder(sourceDir, io.cwd, "Point --source-dir at the folder with the .tf files the plan was made from");
  const settings = await settingsOf(values, io);
  const { files, problems: globProblems } = await expandPlanArguments(planArgs, io.cwd);
  const progress = new ProgressLine(io, values.progress ?? (io.stderrIsTTY ?? false), values.progress === true && !io.stderrIsTTY);
  const { report, problems } = await runPlans(files, {
    cwd: io.cwd,
    settings,
    sourceDir: sourceDir ? resolve2(io.cwd, sourceDir) : void 0,
    problems: globProblems,
    onProgress: (file, read, total) => progress.update(file, read, total)
  });
  progress.done();
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  return { report, problems, pathPrefix: sourceDir ? repositoryPrefix(io.cwd, sourceDir) : "" };
}
async function checkSources(folders, values, io, options = {}) {
  for (const folder of folders) assertFolder(folder, io.cwd, "Point --source-dir at the folder with the .tf files of the root module to judge");
  (values.var ?? []).forEach((assignment, i) => {
    if (!/^[A-Za-z_][A-Za-z0-9_-]*=/.test(assignment)) throw new UsageError(`--var takes <name>=<value>, and --var number ${i + 1} is not that`);
  });
  const settings = await settingsOf(values, io);
  const { report, problems } = await runSources(folders, { cwd: io.cwd, settings, variables: values.variables, env: io.env, namedFromCwd: options.namedFromCwd });
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  return { report, problems };
}
function assertFolder(folder, cwd, remedy) {
  if (!statSync2(resolve2(cwd, folder), { throwIfNoEntry: false })?.isDirectory()) throw new InputError(folder, "is not a directory", remedy);
}
function settingsOf(values, io) {
  return settingsFrom(values.config ? resolve2(io.cwd, values.config) : void 0, [resolve2(io.cwd, ".elb-ir.yml")], io.cwd);
}
function repositoryPrefix(cwd, sourceDir) {
  const path = relative(cwd, resolve2(cwd, sourceDir)).split("\\").join("/");
  return path === "" || path.startsWith("..") || isAbsolute(path) ? "" : `${path}/`;
}
async function merge(files, io) {
  const { reports, problems } = await readJsonReports(files, io.cwd, { rules: RULE_CATALOG });
  for (const problem of problems) io.stderr(`elb-ir-check: ${plainLine(problem)}
`);
  return { report: mergeReports(reports, problems), problems };
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
function render(report, format, io, pathPrefix, gate2) {
  switch (format) {
    case "gitlab":
      return formatGitlab(report, { pathPrefix });
    case "junit":
      return formatJunit(report, { pathPrefix });
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report);
    case "markdown":
      return formatMarkdown(report);
    default:
      return formatText(report, { color: io.isTTY && !io.env.NO_COLOR, gate: gate2 });
  }
}
function oneOf(value, allowed, flag) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got \`${value}\`)`);
}

// src/cli.ts
var CLOSED_PIPE_EXIT = 141;
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") process.stderr.write(`elb-ir-check: cannot write to standard output (${error.code ?? "error"})
`);
  process.exit(error.code === "EPIPE" ? CLOSED_PIPE_EXIT : 2);
});
process.stderr.on("error", () => {
});
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env
});
