import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  encodePathSegments,
  expandPlanArguments,
  formatFinding,
  formatJson,
  formatMarkdown,
  formatSarif,
  markdownCode,
  markdownText,
  plainLine,
  plainText
} from "./chunks/chunk-IW5ARIHU.js";
import {
  combineReports,
  failsAt,
  readJsonReports,
  runPlans,
  unquote
} from "./chunks/chunk-IAONDOZX.js";
import {
  realPath,
  staysInside
} from "./chunks/chunk-A23YCIAC.js";
import {
  FAIL_LEVELS,
  InputError,
  settingsFrom,
  severityRank
} from "./chunks/chunk-XZOR5ZAX.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-OD6QMNUD.js";
import {
  __export,
  __toESM
} from "./chunks/chunk-6OPV4GPF.js";

// src/main.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync, openSync, readFileSync as readFileSync2, readSync, statSync } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import path6 from "node:path";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

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
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
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
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve2(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve2(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve2(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve2(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve2(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    return __awaiter4(this, void 0, void 0, function* () {
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
    return __awaiter4(this, void 0, void 0, function* () {
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
    return __awaiter4(this, void 0, void 0, function* () {
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
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter5(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter5(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter7(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter7(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          this._debug(`Exit code ${code2} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code2) => {
          state.processExitCode = code2;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error2, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error2) {
            reject(error2);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error2;
    if (this.processExited) {
      if (this.processError) {
        error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version.trim()
  };
});
var getMacOsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  var _a, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version
  };
});
var getLinuxInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version] = stdout.trim().split("\n");
  return {
    name,
    version
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter9(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
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
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
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
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter10(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter10(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/github/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function annotationsFor(report) {
  const all = [];
  for (const result of report.results) {
    if (result.verdict !== "fail" && result.verdict !== "unknown") continue;
    const level = result.verdict === "unknown" ? "notice" : result.severity ?? "notice";
    const where = result.address ?? `plan ${result.plan}`;
    const message = result.verdict === "unknown" ? `${where}: ${unquote(result.summary)} (known only after apply)` : `${where}: ${result.message}`;
    all.push({
      level,
      title: plainText(`${result.ruleId} ${result.title}`),
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
    import("./chunks/github-TWOVAVZG.js"),
    import("./chunks/utils-AFMBG5AI.js"),
    import("./chunks/dist-bundle-OHPAAFT4.js"),
    import("./chunks/dist-bundle-CEQRHM5G.js"),
    import("./chunks/light-G4PLGF26.js")
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

// src/github/event.ts
import { readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
var object = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
var text = (value) => typeof value === "string" ? value : void 0;
var count = (value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
function readEvent(env) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  const path7 = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path7) {
    try {
      payload = object(JSON.parse(readFileSync(path7, "utf8"))) ?? {};
    } catch {
      return { target: null, event, reason: `the event file GITHUB_EVENT_PATH (${path7}) cannot be read as JSON` };
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

// src/github/comments.ts
var MAX_COMMENT_LENGTH = 65536;
function inlineCommentBody(result, sourceLine) {
  const parts = [formatFinding(result)];
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
  return head + formatMarkdown(report, { omit: options.inline, runUrl: options.runUrl, fileUrl: options.fileUrl, maxLength: MAX_COMMENT_LENGTH - head.length - 100 });
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
  const plan = { create: [], update: [], remove: [], markFixed: [], inline: /* @__PURE__ */ new Set(), outsideDiff: /* @__PURE__ */ new Set(), overCap: /* @__PURE__ */ new Set() };
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
  for (const finding of findings) if (!current.has(finding.fingerprint)) current.set(finding.fingerprint, finding);
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
    const plan = input.mode === "review" ? planReview(findings, diff ?? everyLine, existing, { scope: input.scope, maxComments: MAX_INLINE_COMMENTS }) : { create: [], update: [], remove: ownInlineComments(existing, input.scope), markFixed: [], inline: /* @__PURE__ */ new Set(), outsideDiff: /* @__PURE__ */ new Set(), overCap: /* @__PURE__ */ new Set() };
    const notes = [];
    if (plan.overCap.size > 0) notes.push(`${plan.overCap.size} more finding${plan.overCap.size === 1 ? "" : "s"} on changed lines ${plan.overCap.size === 1 ? "is" : "are"} listed below instead of as review comments (at most ${MAX_INLINE_COMMENTS} review comments per pull request).`);
    if (input.dryRun) {
      const summary2 = summaryCommentBody(input.report, summaryOptions(input, plan.inline, notes));
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
    const body = summaryCommentBody(input.report, summaryOptions(input, plan.inline, notes));
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
  for (const result of input.report.results) {
    if (result.verdict !== "fail" || !result.location || !result.severity) continue;
    const { file, line } = result.location;
    findings.push({ fingerprint: result.fingerprint, severity: result.severity, path: file, line, body: inlineCommentBody(result, input.sourceLine(file, line)) });
  }
  return findings;
}
function summaryOptions(input, inline, notes) {
  return { scope: input.scope, inline, runUrl: input.runUrl, fileUrl: input.fileUrl, workingDirectory: input.workingDirectory, notes };
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
      await new Promise((resolve2) => setTimeout(resolve2, error2 instanceof GitHubError && error2.timedOut ? Math.max(pause, input.settleMs ?? 0) : pause));
      if (await arrived()) return "arrived";
    }
  }
}
function degrade(outcome, reason, httpStatus) {
  return { ...outcome, status: "degraded", reason, httpStatus };
}

// src/main.ts
var COMMENT_MODES = ["review", "summary", "off"];
var DRY_RUN = ["true", "false", "auto"];
var MAX_JOB_SUMMARY_BYTES = 1e6;
var FORK_NOTICE = "This pull request comes from a fork, so the workflow token is read-only and cannot comment. All findings are in the annotations and the job summary. To get review comments on fork pull requests, use the fork-safe pattern: plan in a `pull_request` workflow, upload plan.json as an artifact, and run elb-ir-check in a `workflow_run` workflow (docs/examples/fork-safe).";
async function run(env = process.env) {
  try {
    return await runAction(env);
  } catch (error2) {
    if (error2 instanceof InputError) {
      setFailed(`elb-ir-check: ${plainLine(error2.message)}`);
      return 2;
    }
    const message = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
    setFailed(`elb-ir-check: internal error: ${plainLine(message)}. Please report it (set ELB_IR_DEBUG=1 for details).`);
    if (env.ELB_IR_DEBUG && error2 instanceof Error && error2.stack) info(plainText(error2.stack));
    return 2;
  }
}
async function runAction(env) {
  const inputs = readInputs(env);
  const workspace = path6.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workingDir = path6.resolve(workspace, inputs.workingDirectory);
  if (!statSync(workingDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InputError(inputs.workingDirectory, "is not a directory in the repository", "Set `working-directory` to the folder with the .tf files the plan was made from");
  }
  const workingRel = toPosix(path6.relative(workspace, workingDir)) || ".";
  const workingInside = staysInside(workspace, workingDir);
  if (!workingInside) warning(`elb-ir-check: working-directory ${plainLine(inputs.workingDirectory)} leads outside the repository, so its files are not read (no file and line on the findings)`);
  const configPath = inputs.config ? path6.resolve(workspace, inputs.config) : void 0;
  if (configPath && realPath(configPath) !== null && !staysInside(workspace, configPath)) {
    throw new InputError(inputs.config, "lies outside the repository", "Keep the configuration in the repository and give its path relative to the repository root");
  }
  const defaultConfigs = [...workingInside ? [path6.join(workingDir, ".elb-ir.yml")] : [], path6.join(workspace, ".elb-ir.yml")];
  const settings = await settingsFrom(configPath, defaultConfigs, workspace);
  const { files, problems } = await expandPlanArguments(inputs.plans, workspace);
  const planFiles = [];
  const reportFiles = [];
  for (const file of files) (isJsonReport(path6.resolve(workspace, file)) ? reportFiles : planFiles).push(file);
  const planName = repositoryPlanNames(planFiles.map((file) => path6.resolve(workspace, file)), workspace);
  const repositoryPaths = Object.fromEntries(planFiles.map((file) => [file, planName(path6.resolve(workspace, file))]));
  const checked = await runPlans(planFiles, { cwd: workspace, settings, sourceDir: workingInside ? workingDir : void 0, sourceRoot: workspace, repositoryPaths });
  problems.push(...checked.problems);
  const { reports: earlier, problems: unreadable } = await readJsonReports(reportFiles, workspace);
  problems.push(...unreadable);
  const report = earlier.length > 0 ? combineReports([{ report: checked.report }, ...earlier], problems) : { ...checked.report, problems };
  for (const problem of problems) error(plainLine(problem), { title: "elb-ir-check: input problem" });
  if (report.plans.length === 0) {
    setFailed("elb-ir-check: no plan could be checked (see the errors above)");
    setCountOutputs(report);
    return 2;
  }
  const scope = commentScope(workingRel, inputs.plans.map((plan) => planIdentity(plan, workspace)), inputs.id);
  const reportPath = path6.join(env.RUNNER_TEMP || tmpdir(), `elb-ir-report-${scope}.json`);
  await writeOutputFile(reportPath, formatJson(report), "the JSON report");
  const repoView = relocate(report, workingRel, workspace);
  let sarifPath = "";
  if (inputs.sarifFile !== "") {
    sarifPath = path6.resolve(workspace, inputs.sarifFile);
    await writeOutputFile(sarifPath, formatSarif(repoView), "`sarif-file`");
  }
  setCountOutputs(report);
  setOutput("report", reportPath);
  setOutput("sarif", sarifPath);
  const { annotations, left } = annotationsFor(repoView);
  for (const a of annotations) core_exports[a.level](a.message, { title: a.title, file: a.file, startLine: a.line });
  if (left > 0) info(`${left} more findings are not annotated (GitHub shows 10 per level); the job summary lists them all.`);
  for (const warning3 of report.warnings) notice(plainLine(warning3), { title: "elb-ir-check" });
  const links = linksFor(env);
  await writeJobSummary(jobSummary(repoView, links.runUrl));
  const outcome = await comment(inputs, env, repoView, { scope, workspace, workingRel, links });
  if (outcome) await writeJobSummary(`
${outcomeLine(outcome)}
`);
  const { error: error2, warning: warning2, notice: notice2 } = report.summary;
  info(`elb-ir-check: ${error2} errors, ${warning2} warnings, ${notice2} notices, ${report.summary.suppressed} suppressed in ${report.plans.length} plan(s)`);
  if (problems.length > 0) {
    setFailed(`elb-ir-check: ${problems.length} input problem(s); the plans that could be read were checked`);
    return 2;
  }
  if (failsAt(report, inputs.failLevel)) {
    setFailed(`elb-ir-check: findings at or above fail-level ${inputs.failLevel} (${error2} errors, ${warning2} warnings, ${notice2} notices)`);
    return 1;
  }
  return 0;
}
function readInputs(env) {
  const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const plans = input("plan").split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
  if (plans.length === 0) throw new InputError("plan", "is empty", "Give the plan JSON files (`terraform show -json tfplan > plan.json`), one per line");
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
    // Unset means the default; set to empty, it means no SARIF file.
    sarifFile: env["INPUT_SARIF-FILE"] === void 0 ? "elb-ir.sarif" : input("sarif-file"),
    dryRun: dryRun === "true" || dryRun === "auto" && env.ACT === "true",
    id: plainLine(input("id"))
  };
}
function planIdentity(plan, workspace) {
  if (!path6.isAbsolute(plan)) return plan;
  return insideWorkspace(plan, workspace) ?? path6.basename(plan);
}
function insideWorkspace(file, workspace) {
  const inside = path6.relative(workspace, path6.resolve(file));
  return inside !== "" && inside !== ".." && !inside.startsWith(`..${path6.sep}`) && !path6.isAbsolute(inside) ? toPosix(inside) : null;
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
function relocate(report, workingRel, workspace) {
  const planName = repositoryPlanNames(report.plans.map((p) => p.path), workspace);
  const inRepository = (file) => workingRel === "." ? file : toPosix(path6.posix.normalize(`${workingRel}/${file}`));
  return {
    ...report,
    plans: report.plans.map((p) => ({ ...p, path: planName(p.path) })),
    loadBalancers: report.loadBalancers.map((lb) => ({ ...lb, plan: planName(lb.plan) })),
    results: report.results.map((r) => ({ ...r, plan: planName(r.plan), ...r.location ? { location: { ...r.location, file: inRepository(r.location.file) } } : {} }))
  };
}
function repositoryPlanNames(plans, workspace) {
  const names = /* @__PURE__ */ new Map();
  const outside = [];
  for (const plan of new Set(plans)) {
    const inside = path6.isAbsolute(plan) ? insideWorkspace(plan, workspace) : plan;
    if (inside !== null) names.set(plan, inside);
    else outside.push(path6.resolve(plan).split(path6.sep).filter(Boolean));
  }
  const suffix = (segments, n) => segments.slice(-n).join("/");
  for (const segments of outside) {
    let n = 1;
    while (n < segments.length && outside.some((other) => other !== segments && suffix(other, n) === suffix(segments, n))) n++;
    names.set(path6.resolve(path6.sep, ...segments), suffix(segments, n));
  }
  return (plan) => names.get(plan) ?? names.get(path6.resolve(plan)) ?? plan;
}
function toPosix(p) {
  return p.split(path6.sep).join("/");
}
function setCountOutputs(report) {
  setOutput("errors", String(report.summary.error));
  setOutput("warnings", String(report.summary.warning));
  setOutput("notices", String(report.summary.notice));
}
async function writeOutputFile(file, text2, what) {
  try {
    await mkdir2(path6.dirname(file), { recursive: true });
    await writeFile2(file, text2);
  } catch (error2) {
    throw new InputError(file, `cannot be written for ${what} (${error2.code ?? "error"})`, "Choose a writable path");
  }
}
function jobSummary(report, runUrl) {
  let maxLength = MAX_JOB_SUMMARY_BYTES;
  let markdown = formatMarkdown(report, { runUrl, maxLength });
  while (Buffer.byteLength(markdown) > MAX_JOB_SUMMARY_BYTES && maxLength > 1e4) {
    maxLength = Math.floor(maxLength * 0.8);
    markdown = formatMarkdown(report, { runUrl, maxLength });
  }
  return markdown;
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown).write();
  } catch (error2) {
    warning(`the job summary could not be written (${plainLine(error2 instanceof Error ? error2.message : String(error2))})`);
  }
}
function linksFor(env) {
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) return {};
  return {
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    blobUrl: (sha) => (file, line) => `${server}/${repository}/blob/${sha}/${encodePathSegments(file.split("/"))}#L${line}`
  };
}
async function comment(inputs, env, report, context) {
  if (inputs.comment === "off") return null;
  const event = readEvent(env);
  if (!event.target) {
    info(`No pull request comments: ${plainLine(event.reason)}. Annotations, the job summary and the outputs are written as usual.`);
    return null;
  }
  const target = event.target;
  const timeoutMs = Number(env.ELB_IR_HTTP_TIMEOUT_MS) || 3e4;
  const retryBaseMs = Number(env.ELB_IR_RETRY_BASE_MS) || 1e3;
  let api = null;
  if (inputs.token) {
    api = await createGitHubApi({ token: inputs.token, owner: target.owner, repo: target.repo, baseUrl: env.GITHUB_API_URL || "https://api.github.com", timeoutMs, retryBaseMs, log: (line) => info(plainLine(line)) });
  }
  const publishInput = {
    report,
    mode: inputs.comment,
    target,
    scope: context.scope,
    api,
    dryRun: inputs.dryRun,
    sourceLine: sourceLineReader(context.workspace),
    runUrl: context.links.runUrl,
    fileUrl: context.links.blobUrl?.(target.headSha),
    workingDirectory: context.workingRel,
    log: (line) => info(plainLine(line)),
    retryDelayMs: retryBaseMs,
    settleMs: timeoutMs
  };
  const deadlineMs = Number(env.ELB_IR_PUBLISH_TIMEOUT_MS) || 5 * 6e4;
  let outcome = await withDeadline(publish(publishInput), deadlineMs);
  if (inputs.dryRun && outcome.status === "degraded") {
    info(`Dry run: the pull request could not be read (${plainLine(outcome.reason ?? "")}); showing every located finding as if it were on a changed line.`);
    outcome = await publish({ ...publishInput, api: null });
  }
  if (outcome.status === "dry-run") printDryRun(outcome, target);
  else if (outcome.status === "degraded") {
    if (outcome.httpStatus === 403 || outcome.httpStatus === 401) notice(refusalNotice(target, outcome), { title: "elb-ir-check: no pull request comments" });
    else warning(`No pull request comments: ${plainLine(outcome.reason ?? "unknown")}. All findings are in the annotations and the job summary.`, { title: "elb-ir-check" });
  } else {
    info(`Pull request #${target.number}: ${outcome.created} review comments posted, ${outcome.updated} updated, ${outcome.removed} removed; summary comment ${outcome.summary}.`);
  }
  return outcome;
}
function refusalNotice(target, outcome) {
  if (target.fromFork) return FORK_NOTICE;
  const why = plainLine(outcome.reason ?? "");
  return outcome.httpStatus === 401 ? `GitHub refused the token (${why}); no comments were posted. All findings are in the annotations and the job summary. Check the \`github-token\` input.` : `The token may not comment on this pull request (${why}). All findings are in the annotations and the job summary. Give the job \`permissions: pull-requests: write\`; for pull requests from forks, see the fork-safe pattern (docs/examples/fork-safe).`;
}
async function withDeadline(work, ms) {
  let timer;
  const late = new Promise((resolve2) => {
    timer = setTimeout(() => resolve2({ status: "degraded", reason: `GitHub did not finish answering within ${Math.round(ms / 1e3)} s`, inline: /* @__PURE__ */ new Set(), created: 0, updated: 0, removed: 0, summary: "none" }), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
function printDryRun(outcome, target) {
  const would = outcome.wouldPost;
  if (!would) return;
  const token = createHash2("sha256").update(String(Math.random()) + Date.now()).digest("hex").slice(0, 24);
  startGroup(`elb-ir-check dry run: ${would.comments.length} review comments and the summary comment for pull request #${target.number} (nothing is posted)`);
  process.stdout.write(`::stop-commands::${token}
`);
  for (const c of would.comments) info(`--- review comment on ${c.path}:${c.line}
${c.body}
`);
  if (would.updates + would.removals > 0) info(`--- ${would.updates} earlier comments would be updated, ${would.removals} removed`);
  info(would.summary ? `--- summary comment (the job summary has the same report)
${would.summary}` : "--- no summary comment");
  process.stdout.write(`::${token}::
`);
  endGroup();
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
function sourceLineReader(workspace) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    const abs = path6.resolve(workspace, file);
    if (!abs.startsWith(workspace + path6.sep)) return null;
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

// src/index.ts
var code = await run();
process.exit(code);
