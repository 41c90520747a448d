import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  FAIL_ON,
  changeLead,
  encodePathSegments,
  expandPlanArguments,
  fixPlanFiles,
  formatFinding,
  formatJson,
  formatMarkdown,
  formatSarif,
  gate,
  gateLine,
  markdownCode,
  markdownFence,
  markdownText,
  plainLine,
  plainText,
  readJsonReports,
  resultMessage,
  ruleOf,
  runSources,
  sourcesOnly,
  unfixedLine
} from "./chunks/chunk-CFITO2PB.js";
import {
  RULE_CATALOG,
  mergeReports,
  runPlans,
  unquote
} from "./chunks/chunk-K4PTZFXW.js";
import {
  FAIL_LEVELS,
  severityRank
} from "./chunks/chunk-KXVQEU22.js";
import {
  realPath,
  relativeBelow,
  settingsFrom,
  staysInside,
  toPosix
} from "./chunks/chunk-6BTX74DO.js";
import "./chunks/chunk-XQ7U6TYO.js";
import "./chunks/chunk-BDG7X2O5.js";
import {
  InputError
} from "./chunks/chunk-MML4BPFQ.js";
import "./chunks/chunk-TDRUQYC7.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-2VQFFL5H.js";
import {
  __toESM
} from "./chunks/chunk-VVDX2ENP.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/main.ts
import { existsSync as existsSync2 } from "node:fs";
import { tmpdir } from "node:os";
import path7 from "node:path";

// src/action/audit-issue.ts
import { createHash as createHash2 } from "node:crypto";

// src/github/markers.ts
import { createHash } from "node:crypto";
var PREFIX = "elb-ir-check";
function commentScope(workingDirectory, plans, id = "") {
  const text2 = `${workingDirectory}
${plans.join("\n")}${id === "" ? "" : `

id ${id}`}`;
  return createHash("sha256").update(text2).digest("hex").slice(0, 12);
}
function summaryMarker(scope) {
  return `<!-- ${PREFIX}:summary scope=${scope} -->`;
}
function auditIssueMarker(scope) {
  return `<!-- ${PREFIX}:audit scope=${scope} -->`;
}
function isAuditIssueOf(body, scope) {
  return typeof body === "string" && body.startsWith(auditIssueMarker(scope));
}
function reviewMarker(scope) {
  return `<!-- ${PREFIX}:review scope=${scope} -->`;
}
function findingMarker(marker) {
  return `<!-- ${PREFIX}:finding scope=${marker.scope} fp=${marker.fingerprint}${marker.fixed ? " fixed" : ""} -->`;
}
function isSummaryOf(body, scope) {
  return typeof body === "string" && body.startsWith(summaryMarker(scope));
}
function readFindingMarker(body) {
  if (typeof body !== "string") return null;
  const match = /<!-- elb-ir-check:finding scope=([0-9a-f]+) fp=([0-9a-f]+)( fixed)? -->\s*$/.exec(body);
  return match ? { scope: match[1], fingerprint: match[2], fixed: match[3] !== void 0 } : null;
}

// src/github/audit-plan.ts
var RUN_FOOTER = "<!-- elb-ir-check:audit-run -->";
function auditContent(body) {
  const at = body.lastIndexOf(`
${RUN_FOOTER}`);
  return (at < 0 ? body : body.slice(0, at)).trimEnd();
}
function ownAuditIssue(issues, scope, login) {
  const ours = issues.filter((issue2) => !issue2.pullRequest && issue2.user === login && isAuditIssueOf(issue2.body, scope));
  const open2 = ours.filter((issue2) => issue2.state === "open").sort((a, b) => a.number - b.number);
  if (open2.length > 0) return open2[0];
  return ours.sort((a, b) => b.number - a.number)[0] ?? null;
}
function planAuditIssue(facts, issues) {
  const issue2 = ownAuditIssue(issues, facts.scope, facts.login);
  if (!facts.judged) return { kind: "none", number: issue2?.number ?? null, why: "not-judged" };
  const changed = issue2 !== null && auditContent(issue2.body) !== auditContent(facts.body);
  if (facts.failing) {
    if (issue2 === null) return { kind: "create", body: facts.body };
    if (issue2.state === "closed") return { kind: "reopen", number: issue2.number, body: facts.body };
    return changed ? { kind: "edit", number: issue2.number, body: facts.body } : { kind: "none", number: issue2.number, why: "unchanged" };
  }
  if (issue2 === null) return { kind: "none", number: null, why: "clean" };
  if (issue2.state === "closed") return { kind: "none", number: issue2.number, why: "closed" };
  return { kind: "close", number: issue2.number, body: changed ? facts.body : null };
}

// src/github/client.ts
var GitHubError = class extends Error {
  constructor(status, message, timedOut = false) {
    super(message);
    this.status = status;
    this.timedOut = timedOut;
  }
  status;
  timedOut;
};
async function createGitHubApi(options) {
  const [{ getOctokit }, { defaults }, { retry }, { throttling }, { default: Bottleneck }] = await Promise.all([
    import("./chunks/github-PDRGBBJH.js"),
    import("./chunks/utils-COPZJTW2.js"),
    import("./chunks/dist-bundle-NDRT56AO.js"),
    import("./chunks/dist-bundle-3BWI2QVK.js"),
    import("./chunks/light-CBKKZG53.js")
  ]);
  const proxyFetch = defaults.request?.fetch ?? fetch;
  const timedFetch = (url, init) => {
    const limit = AbortSignal.timeout(options.timeoutMs);
    return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
  };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      request: { ...defaults.request, fetch: timedFetch },
      retry: { retryAfterBaseValue: options.retryBaseMs },
      throttle: {
        // GitHub asks for a second between content-creating requests (at most 80 a minute), those that
        // notify people (comments, reviews) included; scaled with the other waits. A run makes a handful,
        // so the plugin's default of three seconds between notifying ones would only add up after faults.
        write: new Bottleneck.Group({ id: "elb-ir-write", maxConcurrent: 1, minTime: options.retryBaseMs }),
        notifications: new Bottleneck.Group({ id: "elb-ir-notifications", maxConcurrent: 1, minTime: options.retryBaseMs }),
        retryAfterBaseValue: options.retryBaseMs,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: (retryAfter, request, _octokit, retryCount) => {
          options.log(`GitHub rate limit on ${request.method} ${request.url}; ${retryAfter <= 60 && retryCount < 1 ? `retrying in ${retryAfter} s` : "giving up"}`);
          return retryAfter <= 60 && retryCount < 1;
        },
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
          options.log(`GitHub secondary rate limit on ${request.method} ${request.url}; ${retryAfter <= 120 && retryCount < 2 ? `retrying in ${retryAfter} s` : "giving up"}`);
          return retryAfter <= 120 && retryCount < 2;
        }
      },
      log: { debug: () => {
      }, info: () => {
      }, warn: (message) => options.log(message), error: (message) => options.log(message) }
    },
    retry,
    throttling
  );
  const repo = { owner: options.owner, repo: options.repo };
  const call = async (what, fn) => {
    try {
      return await fn();
    } catch (error2) {
      if (error2 instanceof GitHubError) throw error2;
      const status = typeof error2.status === "number" ? error2.status : 0;
      const message = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
      throw new GitHubError(status, `${what}: ${status ? `HTTP ${status} ` : ""}${message}`.slice(0, 500), isTimeout(error2));
    }
  };
  const login = (user) => typeof user?.login === "string" ? user.login : null;
  const api = new URL(options.baseUrl);
  const apiPath = api.pathname.replace(/\/*$/, "/");
  const listAll = async (what, firstPage) => {
    const items = [];
    let page = await firstPage();
    for (; ; ) {
      if (!Array.isArray(page.data) || !page.data.every((item) => typeof item === "object" && item !== null && !Array.isArray(item))) {
        throw new GitHubError(page.status, `${what}: GitHub's answer could not be read (not a complete JSON list); nothing is posted, so that nothing is posted twice`);
      }
      items.push(...page.data);
      const next = nextPageUrl(page.headers.link);
      if (next === null) return items;
      let target;
      try {
        target = new URL(next, api);
      } catch {
        throw new GitHubError(page.status, `${what}: GitHub's link to the next page could not be read; nothing is posted`);
      }
      if (target.origin !== api.origin || !`${target.pathname}/`.startsWith(apiPath)) {
        throw new GitHubError(page.status, `${what}: the link to the next page leads away from ${api.origin} (to ${target.origin}); it is not followed with the token, and nothing is posted`);
      }
      page = await octokit.request({ method: "GET", url: target.href });
    }
  };
  return {
    // An installation token (GITHUB_TOKEN) is refused with 403: it cannot tell its login. Any other
    // failure is an error, because guessing the login wrongly would miss our own comments.
    login: () => call("reading the token's login", async () => {
      let data;
      try {
        ;
        ({ data } = await octokit.rest.users.getAuthenticated());
      } catch (error2) {
        if (error2.status === 403) return null;
        throw error2;
      }
      const name = login(data);
      if (name === null) throw new GitHubError(200, "reading the token's login: GitHub's answer could not be read; nothing is posted");
      return name;
    }),
    pull: (number) => call("reading the pull request", async () => {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
      return { number: data.number, state: data.state, headSha: data.head.sha };
    }),
    pullFiles: (number) => call("reading the pull request files", async () => {
      const files = await listAll("reading the pull request files", () => octokit.rest.pulls.listFiles({ ...repo, pull_number: number, per_page: 100 }));
      return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch ?? void 0 }));
    }),
    reviewComments: (number) => call("reading the review comments", async () => {
      const comments = await listAll("reading the review comments", () => octokit.rest.pulls.listReviewComments({ ...repo, pull_number: number, per_page: 100 }));
      return comments.map((c) => ({ id: c.id, body: c.body ?? "", path: c.path, line: c.line ?? null, user: login(c.user), inReplyTo: c.in_reply_to_id ?? null }));
    }),
    issueComments: (number) => call("reading the pull request comments", async () => {
      const comments = await listAll("reading the pull request comments", () => octokit.rest.issues.listComments({ ...repo, issue_number: number, per_page: 100 }));
      return comments.map((c) => ({ id: c.id, body: c.body ?? "", user: login(c.user) }));
    }),
    // Creating is not idempotent: a POST that timed out may have been carried out. These two are not
    // retried here; the publisher looks whether the comment arrived before it tries again.
    createReview: (number, review) => call("posting the review", async () => {
      const { data } = await octokit.rest.pulls.createReview({ ...repo, pull_number: number, commit_id: review.commitId, body: review.body, event: review.event, comments: review.comments, request: { retries: 0 } });
      return { id: data.id };
    }),
    deletePendingReview: (number, reviewId) => call("deleting a pending review", async () => {
      await octokit.rest.pulls.deletePendingReview({ ...repo, pull_number: number, review_id: reviewId });
    }),
    updateReviewComment: (id, body) => call("updating a review comment", async () => {
      await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: id, body });
    }),
    deleteReviewComment: (id) => call("deleting a review comment", async () => {
      await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id });
    }),
    createIssueComment: (number, body) => call("posting the summary comment", async () => {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body, request: { retries: 0 } });
      return { id: data.id };
    }),
    updateIssueComment: (id, body) => call("updating the summary comment", async () => {
      await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
    }),
    // GitHub filters by author on its side; a filter it ignored would only make the list longer, so the
    // author is checked again by the caller.
    issues: (creator) => call("reading the issues", async () => {
      const issues = await listAll("reading the issues", () => octokit.rest.issues.listForRepo({ ...repo, state: "all", creator, per_page: 100 }));
      return issues.map((i) => ({ number: i.number, title: i.title ?? "", body: i.body ?? "", state: i.state === "closed" ? "closed" : "open", user: login(i.user), pullRequest: i.pull_request !== void 0 && i.pull_request !== null }));
    }),
    // Not retried here, as for comments: the caller looks whether the issue arrived before it tries again.
    createIssue: (title, body) => call("opening the audit issue", async () => {
      const { data } = await octokit.rest.issues.create({ ...repo, title, body, request: { retries: 0 } });
      return { number: data.number };
    }),
    updateIssue: (number, change) => call("updating the audit issue", async () => {
      await octokit.rest.issues.update({ ...repo, issue_number: number, ...change.body === void 0 ? {} : { body: change.body }, ...change.state === void 0 ? {} : { state: change.state }, ...change.stateReason === void 0 ? {} : { state_reason: change.stateReason } });
    }),
    commentOnIssue: (number, body) => call("commenting on the audit issue", async () => {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: number, body, request: { retries: 0 } });
      return { id: data.id };
    })
  };
}
function nextPageUrl(link) {
  if (!link) return null;
  for (const part of link.split(",")) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /(?:^|;)\s*rel="?(?:[^"]*\s)?next(?:\s[^"]*)?"?\s*(?:;|$)/.test(match[2])) return match[1];
  }
  return null;
}
function isTimeout(error2) {
  for (let cause = error2, depth = 0; cause && depth < 4; cause = cause.cause, depth++) {
    if (cause.name === "TimeoutError") return true;
  }
  return false;
}

// src/github/comments.ts
var MAX_COMMENT_LENGTH = 65536;
function inlineCommentBody(result, rule, sourceLine, saysChange = true) {
  const parts = saysChange && (result.change === "new" || result.change === "regressed") ? [changeLead(result, { rules: rule ? [rule] : [] }, "this PR"), formatFinding(result, rule)] : [formatFinding(result, rule)];
  const suggestion = suggestionFor(result, sourceLine);
  if (suggestion !== null) parts.push(`Suggested change:

\`\`\`suggestion
${suggestion}
\`\`\``);
  parts.push(`<sub>elb-ir-check \xB7 to accept the risk, write \`# elb-ir:ignore ${result.ruleId} <reason>\` above the resource.</sub>`);
  const body = parts.join("\n\n");
  return body.length > MAX_COMMENT_LENGTH - 200 ? `${body.slice(0, MAX_COMMENT_LENGTH - 400)}

\u2026 (shortened; the summary comment has the rest)` : body;
}
function suggestionFor(result, sourceLine) {
  if (!result.lineFix || !result.exactLocation || sourceLine === null || result.verdict !== "fail") return null;
  const key = /^([A-Za-z_][\w-]*)\s*=/.exec(result.lineFix)?.[1];
  if (!key) return null;
  const current = new RegExp(`^(\\s*)${key}\\s*=\\s*(.*)$`).exec(sourceLine);
  if (!current || /[{[(]\s*$|<<-?\w+\s*$/.test(current[2])) return null;
  if (/\b(?:each|count)\./.test(current[2])) return null;
  if (!safeLineFix(result.lineFix)) return null;
  return `${current[1]}${result.lineFix}`;
}
function safeLineFix(lineFix) {
  if (!/^[\x20-\x7e]*$/.test(lineFix) || /[`\\]|##\[|<!--/.test(lineFix)) return false;
  const value = /^[A-Za-z_][\w-]*\s*=\s*(.*)$/.exec(lineFix)?.[1] ?? "";
  if (!value.startsWith('"')) return !value.includes('"');
  const inner = value.slice(1, -1);
  return value.endsWith('"') && value.length >= 2 && !inner.includes('"') && !/[$%]\{/.test(inner);
}
function summaryCommentBody(report, options) {
  const marker = summaryMarker(options.scope);
  const where = options.workingDirectory && options.workingDirectory !== "." ? `Terraform in ${markdownCode(options.workingDirectory)}

` : "";
  const notes = options.notes && options.notes.length > 0 ? `${options.notes.map((n) => `> ${n}`).join("\n>\n")}

` : "";
  const head = `${marker}
${where}${notes}`;
  const foot = options.footer ? `
${options.footer}
` : "";
  return head + formatMarkdown(report, { omit: options.inline, touched: options.touched, failOn: options.failOn, changeOf: "pull request", runUrl: options.runUrl, fileUrl: options.fileUrl, maxLength: MAX_COMMENT_LENGTH - head.length - foot.length - 100 }) + foot;
}

// src/github/diff.ts
function commentableLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let next = 0;
  let inHunk = false;
  const texts = patch.split("\n");
  if (texts[texts.length - 1] === "") texts.pop();
  for (const text2 of texts) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text2);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text2.startsWith("+") || text2.startsWith(" ") || text2 === "") lines.add(next++);
  }
  return lines;
}
function diffLines(files) {
  const result = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.status === "removed" || file.patch === void 0) continue;
    result.set(file.filename, commentableLines(file.patch));
  }
  return result;
}

// src/github/review-plan.ts
function planReview(findings, diff, existing, options) {
  const plan = { create: [], update: [], remove: [], markFixed: [], inline: /* @__PURE__ */ new Set(), outsideDiff: /* @__PURE__ */ new Set(), overCap: /* @__PURE__ */ new Set(), touched: /* @__PURE__ */ new Set() };
  const ours = /* @__PURE__ */ new Map();
  for (const comment2 of existing) {
    const marker = readFindingMarker(comment2.body);
    if (!marker || marker.scope !== options.scope) continue;
    if (ours.has(marker.fingerprint)) {
      if (!comment2.hasReplies) plan.remove.push({ id: comment2.id, fingerprint: marker.fingerprint });
      continue;
    }
    ours.set(marker.fingerprint, { comment: comment2, fixed: marker.fixed });
  }
  const current = /* @__PURE__ */ new Map();
  const debt = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.change === "existing") {
      debt.add(finding.fingerprint);
      if (diff.get(finding.path)?.has(finding.line)) plan.touched.add(finding.fingerprint);
    } else if (!current.has(finding.fingerprint)) current.set(finding.fingerprint, finding);
  }
  const candidates = [];
  for (const finding of current.values()) {
    const posted = ours.get(finding.fingerprint);
    if (posted) {
      plan.inline.add(finding.fingerprint);
      const body = withMarker(finding.body, options.scope, finding.fingerprint, false);
      if (posted.comment.body !== body) plan.update.push({ id: posted.comment.id, fingerprint: finding.fingerprint, body });
      continue;
    }
    if (diff.get(finding.path)?.has(finding.line)) candidates.push(finding);
    else plan.outsideDiff.add(finding.fingerprint);
  }
  candidates.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.path.localeCompare(b.path) || a.line - b.line);
  const room = Math.max(0, options.maxComments - plan.inline.size);
  for (const [i, finding] of candidates.entries()) {
    if (i >= room) {
      plan.overCap.add(finding.fingerprint);
      continue;
    }
    plan.inline.add(finding.fingerprint);
    plan.create.push({ fingerprint: finding.fingerprint, path: finding.path, line: finding.line, body: withMarker(finding.body, options.scope, finding.fingerprint, false) });
  }
  for (const [fingerprint, { comment: comment2, fixed }] of ours) {
    if (current.has(fingerprint) || fixed) continue;
    if (debt.has(fingerprint)) {
      if (!comment2.hasReplies) plan.remove.push({ id: comment2.id, fingerprint });
      continue;
    }
    if (comment2.hasReplies) plan.markFixed.push({ id: comment2.id, fingerprint, body: fixedBody(comment2.body, options.scope, fingerprint) });
    else plan.remove.push({ id: comment2.id, fingerprint });
  }
  return plan;
}
function withMarker(body, scope, fingerprint, fixed) {
  return `${body.trimEnd()}

${findingMarker({ scope, fingerprint, fixed })}`;
}
function fixedBody(body, scope, fingerprint) {
  const text2 = body.replace(/<!-- elb-ir-check:finding [^>]*-->/g, "").trimEnd();
  return withMarker(`\u2705 **Fixed**: this finding is gone from the latest plan.

<details><summary>Original comment</summary>

${text2}

</details>`, scope, fingerprint, true);
}

// src/github/publish.ts
var MAX_INLINE_COMMENTS = 30;
var ACTIONS_BOT = "github-actions[bot]";
async function publish(input) {
  const outcome = { status: input.dryRun ? "dry-run" : "posted", inline: /* @__PURE__ */ new Set(), created: 0, updated: 0, removed: 0, summary: "none" };
  const { api, target } = input;
  try {
    let login = ACTIONS_BOT;
    let existing = [];
    let diff = null;
    let summaries = [];
    if (api) {
      if (target.mustVerifyHead) {
        const pull = await api.pull(target.number);
        if (pull.headSha !== target.headSha) {
          return degrade(outcome, `pull request #${target.number} is at ${pull.headSha.slice(0, 12)}, not at the commit this run checked (${target.headSha.slice(0, 12)}); nothing is posted`);
        }
      }
      login = await api.login() ?? ACTIONS_BOT;
      if (input.mode === "review") diff = diffLines(await api.pullFiles(target.number));
      const comments = await api.reviewComments(target.number);
      const replied = new Set(comments.map((c) => c.inReplyTo).filter((id) => id !== null));
      existing = comments.filter((c) => c.user === login && c.inReplyTo === null).map((c) => ({ id: c.id, body: c.body, path: c.path, line: c.line, hasReplies: replied.has(c.id) }));
      summaries = (await api.issueComments(target.number)).filter((c) => c.user === login && isSummaryOf(c.body, input.scope));
    }
    const findings = inlineFindings(input);
    const everyLine = /* @__PURE__ */ new Map();
    if (!diff) for (const f of findings) everyLine.set(f.path, /* @__PURE__ */ new Set([...everyLine.get(f.path) ?? [], f.line]));
    const plan = input.mode === "review" ? planReview(findings, diff ?? everyLine, existing, { scope: input.scope, maxComments: MAX_INLINE_COMMENTS }) : { create: [], update: [], remove: ownInlineComments(existing, input.scope), markFixed: [], inline: /* @__PURE__ */ new Set(), outsideDiff: /* @__PURE__ */ new Set(), overCap: /* @__PURE__ */ new Set(), touched: /* @__PURE__ */ new Set() };
    const notes = [];
    if (plan.overCap.size > 0) notes.push(`${plan.overCap.size} more finding${plan.overCap.size === 1 ? "" : "s"} on changed lines ${plan.overCap.size === 1 ? "is" : "are"} listed below instead of as review comments (at most ${MAX_INLINE_COMMENTS} review comments per pull request).`);
    if (input.dryRun) {
      const summary2 = summaryCommentBody(input.report, summaryOptions(input, plan, notes));
      outcome.inline = plan.inline;
      outcome.wouldPost = { comments: plan.create.map(toNewComment), summary: summary2, updates: plan.update.length + plan.markFixed.length, removals: plan.remove.length };
      return outcome;
    }
    if (!api) return degrade(outcome, "no GitHub token");
    if (plan.create.length > 0) {
      const refused = await postReview(api, input, plan, login);
      for (const fingerprint of refused) plan.inline.delete(fingerprint);
      outcome.created = plan.create.length - refused.size;
      if (refused.size > 0) notes.push(`GitHub refused ${refused.size} review comment${refused.size === 1 ? "" : "s"} (the line${refused.size === 1 ? " is" : "s are"} no longer in the diff); ${refused.size === 1 ? "it is" : "they are"} listed below.`);
    }
    for (const change of [...plan.update, ...plan.markFixed]) {
      try {
        await api.updateReviewComment(change.id, change.body);
        outcome.updated++;
      } catch (error2) {
        if (!(error2 instanceof GitHubError) || error2.status !== 404) throw error2;
        plan.inline.delete(change.fingerprint);
      }
    }
    for (const stale of plan.remove) {
      try {
        await api.deleteReviewComment(stale.id);
        outcome.removed++;
      } catch (error2) {
        if (!(error2 instanceof GitHubError) || error2.status !== 404) throw error2;
      }
    }
    outcome.inline = plan.inline;
    const body = summaryCommentBody(input.report, summaryOptions(input, plan, notes));
    const [current] = summaries;
    if (current) {
      if (current.body === body) outcome.summary = "unchanged";
      else {
        await api.updateIssueComment(current.id, body);
        outcome.summary = "updated";
      }
    } else if (input.report.loadBalancers.length > 0 || input.report.results.some((r) => r.verdict === "fail") || input.report.problems.length > 0) {
      const ownSummary = async () => (await api.issueComments(target.number)).find((c) => c.user === login && isSummaryOf(c.body, input.scope));
      const created = await createOnce(input, () => api.createIssueComment(target.number, body), async () => await ownSummary() !== void 0);
      outcome.summary = "created";
      if (created === "arrived") {
        const arrived = await ownSummary();
        if (arrived && arrived.body !== body) await api.updateIssueComment(arrived.id, body);
      }
    }
    return outcome;
  } catch (error2) {
    if (!(error2 instanceof GitHubError)) throw error2;
    return degrade(outcome, error2.message, error2.status);
  }
}
function ownInlineComments(existing, scope) {
  return existing.flatMap((c) => {
    const marker = readFindingMarker(c.body);
    return marker && marker.scope === scope && !c.hasReplies ? [{ id: c.id, fingerprint: marker.fingerprint }] : [];
  });
}
function inlineFindings(input) {
  const findings = [];
  const saysChange = !sourcesOnly(input.report);
  for (const result of input.report.results) {
    if (result.verdict !== "fail" || !result.location || !result.severity) continue;
    const { file, line } = result.location;
    findings.push({ fingerprint: result.fingerprint, severity: result.severity, path: file, line, change: result.change, body: inlineCommentBody(result, ruleOf(input.report, result.ruleId), input.sourceLine(file, line), saysChange) });
  }
  return findings;
}
function summaryOptions(input, plan, notes) {
  return { scope: input.scope, inline: plan.inline, touched: plan.touched, failOn: input.failOn, runUrl: input.runUrl, fileUrl: input.fileUrl, workingDirectory: input.workingDirectory, notes, footer: input.summaryFooter };
}
function toNewComment(c) {
  return { path: c.path, line: c.line, side: "RIGHT", body: c.body };
}
async function postReview(api, input, plan, login) {
  const { number, headSha } = input.target;
  const body = `${reviewMarker(input.scope)}
**elb-ir-check**: ${plan.create.length} finding${plan.create.length === 1 ? "" : "s"} on the changed lines. The summary comment has the full report.`;
  const post = (comments) => createOnce(
    input,
    () => api.createReview(number, { commitId: headSha, body, event: "COMMENT", comments: comments.map(toNewComment) }),
    async () => {
      const fingerprints = new Set(comments.map((c) => c.fingerprint));
      return (await api.reviewComments(number)).some((c) => {
        const marker = c.user === login ? readFindingMarker(c.body) : null;
        return marker !== null && marker.scope === input.scope && fingerprints.has(marker.fingerprint);
      });
    }
  );
  const refusedBy422 = async (comments) => {
    try {
      await post(comments);
      return false;
    } catch (error2) {
      if (!(error2 instanceof GitHubError) || error2.status !== 422) throw error2;
      return true;
    }
  };
  if (!await refusedBy422(plan.create)) return /* @__PURE__ */ new Set();
  input.log("GitHub refused the review (422); reading the pull request files again");
  const refused = /* @__PURE__ */ new Set();
  const fresh = diffLines(await api.pullFiles(number));
  const stillInDiff = plan.create.filter((c) => fresh.get(c.path)?.has(c.line) ?? false);
  for (const c of plan.create) if (!stillInDiff.includes(c)) refused.add(c.fingerprint);
  if (stillInDiff.length === 0 || refused.size > 0 && !await refusedBy422(stillInDiff)) return refused;
  input.log("GitHub still refuses the review; finding the comments it does not take");
  const accepted = [];
  const probe = async (batch) => {
    try {
      const pending = await api.createReview(number, { commitId: headSha, body: "", comments: batch.map(toNewComment) });
      await api.deletePendingReview(number, pending.id);
      accepted.push(...batch);
    } catch (error2) {
      if (!(error2 instanceof GitHubError) || error2.status !== 422) throw error2;
      if (batch.length === 1) refused.add(batch[0].fingerprint);
      else {
        const half = Math.ceil(batch.length / 2);
        await probe(batch.slice(0, half));
        await probe(batch.slice(half));
      }
    }
  };
  await probe(stillInDiff);
  if (accepted.length > 0 && await refusedBy422(accepted)) for (const c of accepted) refused.add(c.fingerprint);
  return refused;
}
function isTransient(error2) {
  return error2 instanceof GitHubError && (error2.status === 0 || error2.status >= 500);
}
async function createOnce(input, create, arrived) {
  const base = input.retryDelayMs ?? 1e3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error2) {
      if (!isTransient(error2) || attempt >= 3) throw error2;
      input.log(`${error2 instanceof Error ? error2.message : "GitHub did not answer"}; looking whether it arrived before trying again`);
      const pause = base * attempt;
      await new Promise((resolve) => setTimeout(resolve, error2 instanceof GitHubError && error2.timedOut ? Math.max(pause, input.settleMs ?? 0) : pause));
      if (await arrived()) return "arrived";
    }
  }
}
function degrade(outcome, reason, httpStatus) {
  return { ...outcome, status: "degraded", reason, httpStatus };
}

// src/github/audit-issue.ts
function failingFindings(report, failLevel) {
  return gate(report, failLevel, "all").blocking.length;
}
function auditIssueTitle(workingDirectory, id) {
  const where = workingDirectory && workingDirectory !== "." ? ` in ${workingDirectory}` : "";
  const title = `ELB incident-response readiness${where}${id ? ` (${id})` : ""}: findings to fix`;
  return [...title].length <= 256 ? title : `${[...title].slice(0, 255).join("")}\u2026`;
}
function auditIssueBody(report, options) {
  const failing = failingFindings(report, options.failLevel);
  const where = options.workingDirectory && options.workingDirectory !== "." ? `Terraform in ${markdownCode(options.workingDirectory)}

` : "";
  const status = failing > 0 ? `> **${failing} finding${failing === 1 ? "" : "s"} at or above fail-level \`${options.failLevel}\`.**` : `> **Nothing fails at fail-level \`${options.failLevel}\`.**`;
  const about = "> elb-ir-check keeps this issue: it edits it on every audit run, closes it when nothing fails and reopens it when something fails again.";
  const head = `${auditIssueMarker(options.scope)}
${where}${status}
>
${about}

`;
  const footer = `
${RUN_FOOTER}
<sub>${options.runUrl ? `Last changed by [this workflow run](${options.runUrl}).` : "Last changed by an elb-ir-check run."}</sub>
`;
  const markdown = formatMarkdown(report, { view: "estate", fileUrl: options.fileUrl, maxLength: MAX_COMMENT_LENGTH - head.length - footer.length - 100 });
  return `${head}${markdown.trimEnd()}
${footer}`;
}
function closingComment(failLevel, runUrl) {
  return `\u2705 Nothing fails at fail-level \`${failLevel}\` any more${runUrl ? ` ([workflow run](${runUrl}))` : ""}. Closing; elb-ir-check reopens this issue when a finding fails again.`;
}
async function keepAuditIssue(input) {
  const failing = failingFindings(input.report, input.failLevel);
  const body = auditIssueBody(input.report, input);
  const outcome = { status: input.dryRun ? "dry-run" : "done", step: null, number: null, failing };
  const { api } = input;
  try {
    const login = api ? await api.login() ?? ACTIONS_BOT : ACTIONS_BOT;
    const issues = api ? await api.issues(login) : [];
    const step = planAuditIssue({ scope: input.scope, login, body, failing: failing > 0, judged: input.judged }, issues);
    outcome.step = step;
    outcome.number = step.kind === "create" ? null : step.number;
    if (input.dryRun) return outcome;
    if (!api) return { ...outcome, status: "degraded", reason: "no GitHub token" };
    switch (step.kind) {
      case "create": {
        const title = auditIssueTitle(input.workingDirectory, input.id);
        const ownIssue = async () => (await api.issues(login)).find((i) => !i.pullRequest && i.user === login && i.state === "open" && isAuditIssueOf(i.body, input.scope));
        const created = await createOnce(input, () => api.createIssue(title, step.body), async () => await ownIssue() !== void 0);
        outcome.number = created === "arrived" ? (await ownIssue())?.number ?? null : created.number;
        break;
      }
      case "edit":
        await api.updateIssue(step.number, { body: step.body });
        break;
      case "reopen":
        await api.updateIssue(step.number, { body: step.body, state: "open", stateReason: "reopened" });
        break;
      case "close":
        await api.commentOnIssue(step.number, closingComment(input.failLevel, input.runUrl));
        await api.updateIssue(step.number, { ...step.body === null ? {} : { body: step.body }, state: "closed", stateReason: "completed" });
        break;
      case "none":
        break;
    }
    return outcome;
  } catch (error2) {
    if (!(error2 instanceof GitHubError)) throw error2;
    return { ...outcome, status: "degraded", reason: error2.message, httpStatus: error2.status };
  }
}

// src/github/event.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
var object = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
var text = (value) => typeof value === "string" ? value : void 0;
var count = (value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
function readEvent(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const path8 = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path8) {
    try {
      payload = object(JSON.parse(readFileSync(path8, "utf8"))) ?? {};
    } catch {
      return { target: null, event, reason: `the event file GITHUB_EVENT_PATH (${path8}) cannot be read as JSON` };
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? text(object(payload.repository)?.full_name) ?? "").split("/");
  if (!owner || !repo) return { target: null, event, reason: "GITHUB_REPOSITORY is not set" };
  if (PR_EVENTS.has(event)) {
    const pr = object(payload.pull_request);
    const number = count(pr?.number) ?? count(payload.number);
    const head = object(pr?.head);
    const headSha = text(head?.sha);
    if (!number || !headSha) return { target: null, event, reason: `the ${event} event has no pull_request number and head sha (with act, pass one: \`act pull_request -e event.json\`)` };
    const headRepo = text(object(head?.repo)?.full_name);
    const baseRepo = text(object(object(pr?.base)?.repo)?.full_name) ?? `${owner}/${repo}`;
    return { event, target: { owner, repo, number, headSha, fromFork: headRepo !== void 0 && headRepo !== baseRepo, mustVerifyHead: false } };
  }
  if (event === "workflow_run") {
    const run2 = object(payload.workflow_run);
    const headSha = text(run2?.head_sha);
    const listed = Array.isArray(run2?.pull_requests) ? object(run2.pull_requests[0]) : void 0;
    const fromEnv = env.ELB_IR_PULL_REQUEST?.trim();
    const number = count(listed?.number) ?? (fromEnv && /^[1-9]\d{0,9}$/.test(fromEnv) ? Number(fromEnv) : void 0);
    if (!headSha || !number) {
      return { target: null, event, reason: "the workflow_run event names no pull request (for fork PRs, save the PR number in the artifact and set ELB_IR_PULL_REQUEST)" };
    }
    return { event, target: { owner, repo, number, headSha, fromFork: false, mustVerifyHead: count(listed?.number) === void 0 } };
  }
  return { target: null, event, reason: `${event || "this"} is not a pull request event` };
}
function isPullRequestRun(context) {
  return context.target !== null || PR_EVENTS.has(context.event) || context.event === "merge_group";
}
function readRepository(env) {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo && rest.length === 0 ? { owner, repo } : null;
}

// src/action/audit-issue.ts
async function auditIssue(io, inputs, report, context) {
  if (!inputs.auditIssue) return null;
  const env = io.env;
  const event = readEvent(env);
  if (isPullRequestRun(event)) {
    io.info("audit-issue: this run belongs to a pull request, so no audit issue is kept (it is kept on schedule, workflow_dispatch and push runs).");
    return null;
  }
  const repository = readRepository(env);
  if (!repository) {
    io.warning("audit-issue: GITHUB_REPOSITORY is not set, so the audit issue is not kept. All findings are in the annotations and the job summary.", { title: "elb-ir-check" });
    return null;
  }
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 3e4;
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1e3;
  let api = null;
  if (inputs.token) {
    api = await createGitHubApi({ ...repository, token: inputs.token, baseUrl: env.GITHUB_API_URL || "https://api.github.com", timeoutMs, retryBaseMs, log: (line) => io.info(plainLine(line)) });
  }
  const ref = env.GITHUB_REF_NAME || env.GITHUB_SHA;
  const input = {
    report,
    failLevel: inputs.failLevel,
    judged: context.problems === 0,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    runUrl: context.links.runUrl,
    fileUrl: ref ? context.links.blobUrl?.(ref) : void 0,
    workingDirectory: context.workingRel,
    id: inputs.id,
    log: (line) => io.info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  };
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 6e4;
  let outcome = await withDeadline(keepAuditIssue(input), deadlineMs, (reason) => ({ status: "degraded", step: null, number: null, failing: auditFailing(report, inputs), reason }));
  if (inputs.dryRun && outcome.status === "degraded") {
    io.info(`Dry run: the issues could not be read (${plainLine(outcome.reason ?? "")}); showing what would be done if the repository had no audit issue yet.`);
    outcome = await keepAuditIssue({ ...input, api: null });
  }
  if (outcome.status === "degraded") {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) io.notice(refusalNotice(outcome), { title: "elb-ir-check: no audit issue" });
    else io.warning(`audit-issue: the audit issue could not be kept: ${plainLine(outcome.reason ?? "unknown")}. All findings are in the annotations and the job summary.`, { title: "elb-ir-check" });
  } else if (outcome.status === "dry-run") printDryRun(io, outcome, input);
  else io.info(`audit-issue: ${plainLine(describe(outcome))}`);
  return outcome;
}
function auditOutcomeLine(outcome) {
  if (outcome.status === "degraded") return `_No audit issue: ${outcome.reason ? markdownText(outcome.reason) : "unknown reason"}. Every finding is listed above._`;
  return `_Audit issue: ${describe(outcome)}_`;
}
function describe(outcome) {
  const step = outcome.step;
  const issue2 = outcome.number === null ? "the audit issue" : `issue #${outcome.number}`;
  const would = outcome.status === "dry-run" ? "would be " : "";
  const done = outcome.status === "dry-run" ? "Dry run, nothing was written: " : "";
  switch (step?.kind) {
    case "create":
      return `${done}${outcome.status === "dry-run" ? "an audit issue would be opened" : `opened ${issue2}`} (${outcome.failing} failing).`;
    case "edit":
      return `${done}${issue2} ${would}updated (${outcome.failing} failing).`;
    case "reopen":
      return `${done}${issue2} ${would}reopened: findings fail again (${outcome.failing} failing).`;
    case "close":
      return `${done}${issue2} ${would}closed with a comment: nothing fails any more.`;
    case "none":
      switch (step.why) {
        case "unchanged":
          return `${issue2} is up to date; nothing written.`;
        case "clean":
          return "nothing fails and there is no audit issue; nothing written.";
        case "closed":
          return `nothing fails and ${issue2} is closed; nothing written.`;
        default:
          return `input problems (see the errors above): ${outcome.number === null ? "no audit issue is opened" : `${issue2} is left as it is`}, since a partial report cannot say what fails.`;
      }
    default:
      return "nothing done.";
  }
}
function refusalNotice(outcome) {
  const why = plainLine(outcome.reason ?? "");
  return outcome.httpStatus === 401 ? `GitHub refused the token (${why}); the audit issue was not kept. All findings are in the annotations and the job summary. Check the \`github-token\` input.` : `The token may not write issues (${why}); the audit issue was not kept. All findings are in the annotations and the job summary. Give the job \`permissions: issues: write\`.`;
}
async function withDeadline(work, ms, late) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(late(`GitHub did not finish answering within ${Math.round(ms / 1e3)} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
function printDryRun(io, outcome, input) {
  const step = outcome.step;
  io.info(`audit-issue: ${plainLine(describe(outcome))}`);
  if (!step || step.kind === "none") return;
  const token = createHash2("sha256").update(String(Math.random()) + Date.now()).digest("hex").slice(0, 24);
  io.startGroup(`elb-ir-check dry run: the audit issue (nothing is written)`);
  io.info(`::stop-commands::${token}`);
  if (step.kind === "close") io.info(`--- closing comment on issue #${step.number}
${closingComment(input.failLevel, input.runUrl)}`);
  if (step.body !== null) io.info(`--- issue body
${step.body}`);
  io.info(`::${token}::`);
  io.endGroup();
}
function auditFailing(report, inputs) {
  return gate(report, inputs.failLevel, "all").blocking.length;
}

// src/action/comment.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import path from "node:path";
var FORK_NOTICE = "This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary. To get review comments on fork pull requests, use the fork-safe pattern: plan in a `pull_request` workflow, upload plan.json as an artifact, and run elb-ir-check in a `workflow_run` workflow (docs/examples/fork-safe).";
var SOURCES_FORK_NOTICE = "This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary, which fork pull requests allow. Set `comment: off` to judge the sources of fork pull requests without trying to comment (docs/examples/fork-pr-sources.yml).";
async function comment(io, inputs, report, context) {
  if (inputs.comment === "off") return null;
  const env = io.env;
  const event = readEvent(env);
  if (!event.target) {
    io.info(`No pull request comments: ${plainLine(event.reason)}. Annotations, the job summary and the outputs are written as usual.`);
    return null;
  }
  const target = event.target;
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 3e4;
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1e3;
  let api = null;
  if (inputs.token) {
    api = await createGitHubApi({ token: inputs.token, owner: target.owner, repo: target.repo, baseUrl: env.GITHUB_API_URL || "https://api.github.com", timeoutMs, retryBaseMs, log: (line) => io.info(plainLine(line)) });
  }
  const publishInput = {
    report,
    mode: inputs.comment,
    failOn: inputs.failOn,
    target,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    sourceLine: sourceLineReader(context.workspace),
    runUrl: context.links.runUrl,
    fileUrl: context.links.blobUrl?.(target.headSha),
    workingDirectory: context.workingRel,
    summaryFooter: context.summaryFooter,
    log: (line) => io.info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  };
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 6e4;
  let outcome = await withDeadline2(publish(publishInput), deadlineMs);
  if (inputs.dryRun && outcome.status === "degraded") {
    io.info(`Dry run: the pull request could not be read (${plainLine(outcome.reason ?? "")}); showing every located finding as if it were on a changed line.`);
    outcome = await publish({ ...publishInput, api: null });
  }
  if (outcome.status === "dry-run") printDryRun2(io, outcome, target);
  else if (outcome.status === "degraded") {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) io.notice(refusalNotice2(target, outcome, context.judged), { title: "elb-ir-check: no pull request comments" });
    else io.warning(`No pull request comments: ${plainLine(outcome.reason ?? "unknown")}. All findings are in the annotations and the job summary.`, { title: "elb-ir-check" });
  } else {
    io.info(`Pull request #${target.number}: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}.`);
  }
  return outcome;
}
function outcomeLine(outcome) {
  switch (outcome.status) {
    case "dry-run":
      return `_Dry run: nothing was posted to the pull request (${outcome.wouldPost?.comments.length ?? 0} review comments would be)._`;
    case "degraded":
      return `_No pull request comments: ${outcome.reason ? markdownText(outcome.reason) : "unknown reason"}. Every finding is listed above._`;
    default:
      return `_Pull request: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}._`;
  }
}
function refusalNotice2(target, outcome, judged) {
  if (target.fromFork) return judged === "sources" ? SOURCES_FORK_NOTICE : FORK_NOTICE;
  const why = plainLine(outcome.reason ?? "");
  const forForks = judged === "sources" ? "set `comment: off` (docs/examples/fork-pr-sources.yml)" : "see the fork-safe pattern (docs/examples/fork-safe)";
  return outcome.httpStatus === 401 ? `GitHub refused the token (${why}); no comments were posted. All findings are in the annotations and the job summary. Check the \`github-token\` input.` : `The token may not comment on this pull request (${why}). All findings are in the annotations and the job summary. Give the job \`permissions: pull-requests: write\`; for pull requests from forks, ${forForks}.`;
}
async function withDeadline2(work, ms) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ status: "degraded", reason: `GitHub did not finish answering within ${Math.round(ms / 1e3)} s`, inline: /* @__PURE__ */ new Set(), created: 0, updated: 0, removed: 0, summary: "none" }), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
function printDryRun2(io, outcome, target) {
  const would = outcome.wouldPost;
  if (!would) return;
  const token = createHash3("sha256").update(String(Math.random()) + Date.now()).digest("hex").slice(0, 24);
  io.startGroup(`elb-ir-check dry run: ${would.comments.length} review comments and the summary comment for pull request #${target.number} (nothing is posted)`);
  io.info(`::stop-commands::${token}`);
  for (const c of would.comments) io.info(`--- review comment on ${c.path}:${c.line}
${c.body}
`);
  if (would.updates + would.removals > 0) io.info(`--- ${would.updates} earlier comments would be updated, ${would.removals} removed`);
  io.info(would.summary ? `--- summary comment (the job summary has the same report)
${would.summary}` : "--- no summary comment");
  io.info(`::${token}::`);
  io.endGroup();
}
function sourceLineReader(workspace) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    const abs = path.resolve(workspace, file);
    if (!abs.startsWith(workspace + path.sep)) return null;
    if (!cache.has(abs)) {
      try {
        cache.set(abs, readFileSync2(abs, "utf8").split(/\r?\n/));
      } catch {
        cache.set(abs, null);
      }
    }
    return cache.get(abs)?.[line - 1] ?? null;
  };
}

// src/action/fix-patch.ts
import path3 from "node:path";

// src/action/outputs.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
var MAX_JOB_SUMMARY_BYTES = 1e6;
function setCountOutputs(io, report) {
  io.setOutput("errors", String(report.summary.error));
  io.setOutput("warnings", String(report.summary.warning));
  io.setOutput("notices", String(report.summary.notice));
  io.setOutput("new", String(report.summary.new ?? 0));
}
async function writeOutputFile(file, text2, what) {
  try {
    await mkdir2(path2.dirname(file), { recursive: true });
    await writeFile2(file, text2);
  } catch (error2) {
    throw new InputError(file, `cannot be written for ${what} (${error2.code ?? "error"})`, "Choose a writable path");
  }
}
function jobSummary(report, runUrl, failOn) {
  let maxLength = MAX_JOB_SUMMARY_BYTES;
  let markdown = formatMarkdown(report, { runUrl, maxLength, failOn });
  while (Buffer.byteLength(markdown) > MAX_JOB_SUMMARY_BYTES && maxLength > 1e4) {
    maxLength = Math.floor(maxLength * 0.8);
    markdown = formatMarkdown(report, { runUrl, maxLength, failOn });
  }
  return markdown;
}
async function writeJobSummary(io, markdown) {
  try {
    await io.appendSummary(markdown);
  } catch (error2) {
    io.warning(`the job summary could not be written (${plainLine(error2 instanceof Error ? error2.message : String(error2))})`);
  }
}

// src/action/fix-patch.ts
var MAX_SUMMARY_PATCH_BYTES = 3e4;
async function publishFixPatch(io, patch, files, places, redact = (text2) => text2) {
  if (patch === "") {
    io.setOutput("fix-patch", "");
    return { file: "", summary: "", howToApply: "" };
  }
  const file = path3.join(places.directory, `elb-ir-fixes-${places.scope}.patch`);
  await writeOutputFile(file, patch, "the fix patch");
  io.setOutput("fix-patch", file);
  io.info(`elb-ir-check: a patch that fixes findings in ${files} file(s) is in ${file} (output fix-patch)`);
  return { file, summary: summaryOf(patch, files, places, redact), howToApply: howToApply(places) };
}
function gitApplyCommand(workingRel) {
  return workingRel === "." ? "git apply elb-ir-fixes.patch" : `git apply --directory=${shellWord(workingRel)} elb-ir-fixes.patch`;
}
function fixCommand(places) {
  const named = places.plans.length === 1 ? places.plans[0] : void 0;
  const plan = named !== void 0 && !/[*?[{]/.test(named) && !path3.isAbsolute(named) && !named.startsWith("..") ? named : "plan.json";
  return `npx elb-ir-check fix --plan ${shellWord(plan)} --source-dir ${shellWord(places.workingRel)} --write`;
}
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function howToApply(places) {
  return `**Fix**: elb-ir-check has a patch for some of these findings. To apply it locally, from the repository root: ${markdownCode(fixCommand(places))} (with ${markdownCode("plan.json")} from ${markdownCode("terraform show -json")}), or save the patch from the job summary as ${markdownCode("elb-ir-fixes.patch")} and run ${markdownCode(gitApplyCommand(places.workingRel))}.`;
}
function summaryOf(patch, files, places, redact) {
  let shown = redact(patch);
  let note = shown === patch ? "" : `
_Values the plan marks sensitive are hidden here; the patch file in the ${markdownCode("fix-patch")} output has them._
`;
  if (Buffer.byteLength(shown) > MAX_SUMMARY_PATCH_BYTES) {
    shown = Buffer.from(shown).subarray(0, MAX_SUMMARY_PATCH_BYTES).toString("utf8");
    shown = shown.slice(0, shown.lastIndexOf("\n") + 1);
    note += `
_The patch is cut here (${Math.round(Buffer.byteLength(patch) / 1024)} KB in all). The whole patch is the file in the step's ${markdownCode("fix-patch")} output; or make it locally with ${markdownCode(fixCommand(places).replace(" --write", " --output elb-ir-fixes.patch"))}._
`;
  }
  return `
<details><summary>Fix patch: ${files} file(s) changed. Apply it from the repository root with ${markdownCode(gitApplyCommand(places.workingRel))}</summary>

${markdownFence(shown.replace(/\n$/, ""), "diff")}
${note}
</details>
`;
}

// src/action/inputs.ts
var COMMENT_MODES = ["review", "summary", "off"];
var DRY_RUN = ["true", "false", "auto"];
var BOOLEAN = ["true", "false"];
function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const plans = input("plan").split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  const oneOf = (name, allowed, fallback) => {
    const value = input(name) || fallback;
    if (allowed.includes(value)) return value;
    throw new InputError(name, `must be one of ${allowed.join(", ")} (got \`${value}\`)`, `Fix the \`${name}\` input of the elb-ir-check step`);
  };
  const dryRun = oneOf("dry-run", DRY_RUN, "auto");
  return {
    plans,
    workingDirectory: input("working-directory") || ".",
    config: input("config"),
    token: input("github-token"),
    comment: oneOf("comment", COMMENT_MODES, "review"),
    failLevel: oneOf("fail-level", FAIL_LEVELS, "error"),
    failOn: oneOf("fail-on", FAIL_ON, "new"),
    // Unset means the default; set to empty, it means no SARIF file.
    sarifFile: env["INPUT_SARIF-FILE"] === void 0 ? "elb-ir.sarif" : input("sarif-file"),
    dryRun: dryRun === "true" || dryRun === "auto" && env.ACT === "true",
    id: plainLine(input("id")),
    auditIssue: oneOf("audit-issue", BOOLEAN, "false") === "true"
  };
}

// src/action/links.ts
function linksFor(env) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) return {};
  return {
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    blobUrl: (sha) => (file, line) => `${server}/${repository}/blob/${sha}/${encodePathSegments(file.split("/"))}#L${line}`
  };
}

// src/action/relocate.ts
import path4 from "node:path";
function relocate(report, workingRel, workspace) {
  const planName = repositoryPlanNames(report.plans.map((p) => p.path), workspace);
  const inRepository = (file) => workingRel === "." ? file : toPosix(path4.posix.normalize(`${workingRel}/${file}`));
  return {
    ...report,
    plans: report.plans.map((p) => ({ ...p, path: planName(p.path) })),
    loadBalancers: report.loadBalancers.map((lb) => ({ ...lb, plan: planName(lb.plan) })),
    results: report.results.map((r) => ({ ...r, plan: planName(r.plan), ...r.location ? { location: { ...r.location, file: inRepository(r.location.file) } } : {} }))
  };
}
function repositoryPaths(planFiles, workspace) {
  const planName = repositoryPlanNames(planFiles.map((file) => path4.resolve(workspace, file)), workspace);
  return Object.fromEntries(planFiles.map((file) => [file, planName(path4.resolve(workspace, file))]));
}
function repositoryPlanNames(plans, workspace) {
  const names = /* @__PURE__ */ new Map();
  const outside = [];
  for (const plan of new Set(plans)) {
    const inside = path4.isAbsolute(plan) ? relativeBelow(workspace, plan) : plan;
    if (inside !== null) names.set(plan, inside);
    else outside.push(path4.resolve(plan).split(path4.sep).filter(Boolean));
  }
  const suffix = (segments, n) => segments.slice(-n).join("/");
  for (const segments of outside) {
    let n = 1;
    while (n < segments.length && outside.some((other) => other !== segments && suffix(other, n) === suffix(segments, n))) n++;
    names.set(path4.resolve(path4.sep, ...segments), suffix(segments, n));
  }
  return (plan) => names.get(plan) ?? names.get(path4.resolve(plan)) ?? plan;
}
function planIdentity(plan, workspace) {
  if (!path4.isAbsolute(plan)) return plan;
  return relativeBelow(workspace, plan) ?? path4.basename(plan);
}

// src/action/report-files.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";
import path5 from "node:path";
function separateReports(files, workspace) {
  const planFiles = [];
  const reportFiles = [];
  for (const file of files) (isJsonReport(path5.resolve(workspace, file)) ? reportFiles : planFiles).push(file);
  return { planFiles, reportFiles };
}
function isJsonReport(file) {
  try {
    if (!statSync(file).isFile()) return false;
    const head = Buffer.alloc(256);
    const fd = openSync(file, "r");
    let read;
    try {
      read = readSync(fd, head, 0, 256, 0);
    } finally {
      closeSync(fd);
    }
    return /^\uFEFF?\s*\{\s*"schemaVersion"\s*:\s*1\s*,\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"elb-ir-check"/.test(head.subarray(0, read).toString("utf8"));
  } catch {
    return false;
  }
}

// src/action/workspace.ts
import path6 from "node:path";
import { statSync as statSync2 } from "node:fs";
function placesOf(inputs, io) {
  const workspace = path6.resolve(io.env.GITHUB_WORKSPACE || io.cwd);
  const workingDir = path6.resolve(workspace, inputs.workingDirectory);
  if (!statSync2(workingDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(inputs.workingDirectory, "is not a directory in the repository", "Set `working-directory` to the folder with the .tf files the plan was made from");
  }
  const workingRel = toPosix(path6.relative(workspace, workingDir)) || ".";
  const workingInside = staysInside(workspace, workingDir);
  if (!workingInside) io.warning(`elb-ir-check: working-directory ${plainLine(inputs.workingDirectory)} leads outside the repository, so its files are not read (no file and line on the findings)`);
  const configPath = inputs.config ? path6.resolve(workspace, inputs.config) : void 0;
  if (configPath && realPath(configPath) !== null && !staysInside(workspace, configPath)) {
    throw new InputError(inputs.config, "lies outside the repository", "Keep the configuration in the repository and give its path relative to the repository root");
  }
  const defaultConfigs = [...workingInside ? [path6.join(workingDir, ".elb-ir.yml")] : [], path6.join(workspace, ".elb-ir.yml")];
  return { workspace, workingDir, workingRel, workingInside, configPath, defaultConfigs };
}

// src/github/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationsFor(report) {
  const all = [];
  for (const result of report.results) {
    if (result.verdict !== "fail" && result.verdict !== "unknown") continue;
    const level = result.verdict === "unknown" ? "notice" : result.severity ?? "notice";
    const where = result.address ?? `plan ${result.plan}`;
    const rule = ruleOf(report, result.ruleId);
    const message = result.verdict === "unknown" ? `${where}: ${unquote(result.summary)} (known only after apply)` : `${where}: ${resultMessage(result, rule)}`;
    all.push({
      level,
      title: plainText(`${result.ruleId} ${rule?.title ?? ""}`),
      message: plainText(message),
      file: result.location?.file,
      line: result.location?.line
    });
  }
  all.sort((a, b) => severityRank(a.level) - severityRank(b.level));
  const perLevel = { error: 0, warning: 0, notice: 0 };
  const annotations = all.filter((a) => ++perLevel[a.level] <= ANNOTATIONS_PER_LEVEL);
  return { annotations, left: all.length - annotations.length };
}

// src/main.ts
async function run(io) {
  try {
    return await runAction(io);
  } catch (error2) {
    if (error2 instanceof InputError) {
      io.setFailed(`elb-ir-check: ${plainLine(error2.message)}`);
      return 2;
    }
    const message = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
    io.setFailed(`elb-ir-check: internal error: ${plainLine(message)}. Please report it (set ELB_IR_DEBUG=1 for details).`);
    if (io.env.ELB_IR_DEBUG && error2 instanceof Error && error2.stack) io.info(plainText(error2.stack));
    return 2;
  }
}
var NO_PATCH = { file: "", summary: "", howToApply: "" };
async function fixPatch(io, report, options) {
  if (options.planFiles.length === 0 || !report.results.some((result) => result.verdict === "fail")) {
    io.setOutput("fix-patch", "");
    return NO_PATCH;
  }
  try {
    const fixed = await fixPlanFiles(options.planFiles, { cwd: options.workspace, settings: options.settings, sourceDir: options.workingDir, sourceRoot: options.workspace, configFile: options.configFile });
    for (const unfixed of fixed.unfixed) io.info(`elb-ir-check: ${plainLine(fixed.redact(unfixedLine(unfixed)))}`);
    return await publishFixPatch(io, fixed.patch, fixed.changes.length, options.places, fixed.redact);
  } catch (error2) {
    io.warning(`elb-ir-check: the fix patch could not be made (${plainLine(error2 instanceof Error ? error2.message.split("\n")[0] : String(error2))}); the check itself is complete`);
    io.setOutput("fix-patch", "");
    return NO_PATCH;
  }
}
async function runAction(io) {
  const inputs = readInputs(io.env);
  const { workspace, workingDir, workingRel, workingInside, configPath, defaultConfigs } = placesOf(inputs, io);
  const settings = await settingsFrom(configPath, defaultConfigs, workspace);
  const sourcesOnly2 = inputs.plans.length === 0;
  const { report, problems, planFiles } = sourcesOnly2 ? await judgeSources(io, { settings, workspace, workingRel, workingInside }) : await judgePlans(inputs, { settings, workspace, workingDir, workingInside });
  for (const problem of problems) io.error(plainLine(problem), { title: "elb-ir-check: input problem" });
  if (report.plans.length === 0) {
    const what = sourcesOnly2 ? "the sources could not be judged" : "no plan could be checked";
    if (inputs.auditIssue) io.info(`audit-issue: ${what}, so the audit issue is left as it is.`);
    io.setFailed(`elb-ir-check: ${what} (see the errors above)`);
    setCountOutputs(io, report);
    return 2;
  }
  const scope = commentScope(workingRel, inputs.plans.map((plan) => planIdentity(plan, workspace)), inputs.id);
  const reportPath = path7.join(io.env.RUNNER_TEMP || tmpdir(), `elb-ir-report-${scope}.json`);
  await writeOutputFile(reportPath, formatJson(report), "the JSON report");
  const repoView = relocate(report, workingRel, workspace);
  let sarifPath = "";
  if (inputs.sarifFile !== "") {
    sarifPath = path7.resolve(workspace, inputs.sarifFile);
    await writeOutputFile(sarifPath, formatSarif(repoView), "`sarif-file`");
  }
  setCountOutputs(io, report);
  io.setOutput("report", reportPath);
  io.setOutput("sarif", sarifPath);
  const { annotations, left } = annotationsFor(repoView);
  for (const a of annotations) io[a.level](a.message, { title: a.title, file: a.file, startLine: a.line });
  if (left > 0) io.info(`${left} more findings are not annotated (GitHub shows 10 per level); the job summary lists them all.`);
  for (const warning3 of report.warnings) io.notice(plainLine(warning3), { title: "elb-ir-check" });
  const links = linksFor(io.env);
  const decision = gate(report, inputs.failLevel, inputs.failOn);
  const verdict = gateLine(decision, "`fail-on: all`");
  await writeJobSummary(io, `${jobSummary(repoView, links.runUrl, inputs.failOn)}
**${verdict}.**
`);
  const fix = workingInside ? await fixPatch(io, report, { planFiles, settings, workspace, workingDir, configFile: configPath ?? defaultConfigs.find((file) => existsSync2(file)), places: { directory: io.env.RUNNER_TEMP || tmpdir(), workingRel, plans: inputs.plans, scope } }) : NO_PATCH;
  if (!workingInside) io.setOutput("fix-patch", "");
  if (fix.summary) await writeJobSummary(io, fix.summary);
  const outcome = await comment(io, inputs, repoView, { scope, workspace, workingRel, links, summaryFooter: fix.howToApply || void 0, judged: sourcesOnly2 ? "sources" : "plans" });
  if (outcome) await writeJobSummary(io, `
${outcomeLine(outcome)}
`);
  const audit = await auditIssue(io, inputs, repoView, { scope, workingRel, links, problems: problems.length });
  if (audit) await writeJobSummary(io, `
${auditOutcomeLine(audit)}
`);
  const { error: error2, warning: warning2, notice: notice2 } = report.summary;
  io.info(`elb-ir-check: ${error2} errors, ${warning2} warnings, ${notice2} notices, ${report.summary.suppressed} suppressed in ${sourcesOnly2 ? `the sources of ${workingRel}` : `${report.plans.length} plan(s)`}`);
  if (problems.length > 0) {
    io.setFailed(`elb-ir-check: ${problems.length} input problem(s); ${sourcesOnly2 ? "what could be evaluated was judged" : "the plans that could be read were checked"}`);
    return 2;
  }
  if (decision.fails) {
    io.setFailed(`elb-ir-check: ${verdict} (${error2} errors, ${warning2} warnings, ${notice2} notices)`);
    return 1;
  }
  io.info(`elb-ir-check: ${verdict}`);
  return 0;
}
async function judgePlans(inputs, places) {
  const { settings, workspace } = places;
  const { files, problems } = await expandPlanArguments(inputs.plans, workspace);
  const { planFiles, reportFiles } = separateReports(files, workspace);
  const checked = await runPlans(planFiles, { cwd: workspace, settings, sourceDir: places.workingInside ? places.workingDir : void 0, sourceRoot: workspace, repositoryPaths: repositoryPaths(planFiles, workspace) });
  problems.push(...checked.problems);
  const { reports: earlier, problems: unreadable } = await readJsonReports(reportFiles, workspace, { rules: RULE_CATALOG });
  problems.push(...unreadable);
  return { report: mergeReports([{ report: checked.report }, ...earlier], problems), problems, planFiles };
}
async function judgeSources(io, places) {
  if (!places.workingInside) throw new InputError(places.workingRel, "leads outside the repository, so its sources are not read", "Set `working-directory` to a folder of the repository, or give the plan with the `plan` input");
  return { ...await runSources([places.workingRel], { cwd: places.workspace, settings: places.settings, env: io.env, boundary: places.workspace }), planFiles: [] };
}

// src/index.ts
var code = await run({
  env: process.env,
  cwd: process.cwd(),
  error: (message, properties) => error(message, properties),
  warning: (message, properties) => warning(message, properties),
  notice: (message, properties) => notice(message, properties),
  info: (message) => info(message),
  startGroup: (name) => startGroup(name),
  endGroup: () => endGroup(),
  setOutput: (name, value) => setOutput(name, value),
  setFailed: (message) => setFailed(message),
  // The runner names the summary file in GITHUB_STEP_SUMMARY; without it (a local run) there is none.
  appendSummary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
  }
});
process.exit(code);
