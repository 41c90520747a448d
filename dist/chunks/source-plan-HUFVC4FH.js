import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);
import {
  ELB_ACCOUNTS,
  MAX_MODULE_DEPTH,
  RELEVANT_TYPES
} from "./chunk-XQ7U6TYO.js";
import {
  require_dist
} from "./chunk-BDG7X2O5.js";
import {
  InputError
} from "./chunk-MML4BPFQ.js";
import {
  firstErrorLine,
  scanBlocks
} from "./chunk-SNTJF7CY.js";
import {
  hclParser,
  isIgnoredName,
  isLocalSource,
  isOverrideName,
  terraformFileOrder
} from "./chunk-TDRUQYC7.js";
import {
  __toESM
} from "./chunk-VVDX2ENP.js";

// src/source-plan/index.ts
import { realpathSync as realpathSync4, statSync as statSync3 } from "node:fs";
import path5 from "node:path";

// src/source-plan/loader.ts
import { existsSync as existsSync3, readFileSync as readFileSync4, realpathSync as realpathSync3 } from "node:fs";
import path4 from "node:path";

// src/terraform-lang/errors.ts
var EvaluationError = class extends Error {
  constructor(message, line, file) {
    super(message);
    this.line = line;
    this.file = file;
    this.name = "EvaluationError";
  }
  line;
  file;
};

// src/terraform-lang/value.ts
var Unknown = class _Unknown {
  static instance = new _Unknown();
  // A member of its own, so that TypeScript tells an Unknown from other objects when narrowing.
  unknown = true;
  constructor() {
  }
};
var UNKNOWN = Unknown.instance;
var Sensitive = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
var isUnknown = (value) => value instanceof Unknown;
var isSensitive = (value) => value instanceof Sensitive;
var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Unknown) && !(value instanceof Sensitive);
function unmark(value) {
  return value instanceof Sensitive ? { value: value.value, sensitive: true } : { value, sensitive: false };
}
function mark(value, sensitive = true) {
  if (!sensitive || value instanceof Sensitive) return value;
  return new Sensitive(value);
}

// src/terraform-lang/functions/define.ts
var InvalidArgument = class extends Error {
  constructor(param, why) {
    super(why);
    this.param = param;
  }
  param;
};
var CallFailed = class extends Error {
};
function invalid(param, why) {
  throw new InvalidArgument(param, why);
}
function failed(why) {
  throw new CallFailed(why);
}

// src/terraform-lang/functions/number-text.ts
function numberText(n) {
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
  if (Object.is(n, -0)) return "0";
  const text3 = String(n);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text3);
  if (!exponent) return text3;
  const [, sign2, lead, rest = "", power] = exponent;
  const digits = lead + rest;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign2}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign2 + digits + "0".repeat(point - digits.length);
  return `${sign2}${digits.slice(0, point)}.${digits.slice(point)}`;
}
function parseNumber(text3) {
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text3)) return void 0;
  return Number(text3);
}
function decimalSum(values) {
  const parts = values.map((n) => {
    const [digits, fraction = ""] = numberText(Math.abs(n)).split(".");
    return { units: BigInt(digits + fraction) * (n < 0 ? -1n : 1n), scale: fraction.length };
  });
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n);
  const negative = total < 0n;
  const text3 = (negative ? -total : total).toString().padStart(scale + 1, "0");
  return Number(`${negative ? "-" : ""}${text3.slice(0, text3.length - scale)}.${text3.slice(text3.length - scale) || "0"}`);
}

// src/terraform-lang/functions/coerce.ts
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "tuple";
  if (isUnknown(value)) return "unknown";
  if (isSensitive(value)) return typeName(value.value);
  if (typeof value === "object") return "object";
  return typeof value === "boolean" ? "bool" : typeof value;
}
function primitiveText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return String(value);
  return void 0;
}
function notNull(value, param) {
  if (value === null) invalid(param, "argument must not be null.");
}
function str(value, param, where = "") {
  notNull(value, param);
  const text3 = primitiveText(value);
  return text3 ?? invalid(param, `${where}string required.`);
}
function num(value, param, where = "") {
  notNull(value, param);
  if (typeof value === "number") return value;
  const parsed = typeof value === "string" ? parseNumber(value) : void 0;
  return parsed ?? invalid(param, `${where}a number is required.`);
}
function bool(value, param, where = "") {
  notNull(value, param);
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return invalid(param, `${where}a bool is required.`);
}
function int(value, param, notWhole = "value must be a whole number, between -9223372036854775808 and 9223372036854775807.") {
  const n = num(value, param);
  if (!Number.isInteger(n)) failed(notWhole);
  return n;
}
function list(value, param, of = "any single type") {
  notNull(value, param);
  if (!Array.isArray(value)) invalid(param, of === "any single type" ? "list of any single type required." : `list of ${of} required.`);
  return value;
}
function strings(value, param) {
  return list(value, param, "string").map((element, i) => str(element, param, `element ${i}: `));
}
function map(value, param, of = "any single type") {
  notNull(value, param);
  if (!isObject(value)) invalid(param, of === "any single type" ? "map of any single type required." : `map of ${of} required.`);
  return value;
}
var isPrimitive = (value) => typeof value === "string" || typeof value === "number" || typeof value === "boolean";
function unify(values) {
  const known2 = values.map((v) => unmark(v).value).filter((v) => v !== null && !isUnknown(v));
  if (known2.length === 0) return values;
  if (known2.every(isPrimitive)) {
    const first = typeof known2[0];
    if (known2.every((v) => typeof v === first)) return values;
    if (!known2.some((v) => typeof v === "string")) return void 0;
    return values.map((v) => {
      const inner = unmark(v);
      return isPrimitive(inner.value) ? mark(primitiveText(inner.value), inner.sensitive) : v;
    });
  }
  if (known2.every((v) => Array.isArray(v)) || known2.every((v) => isObject(v))) return values;
  return void 0;
}
function unifyOrFail(values, param, why) {
  return unify(values) ?? invalid(param, why);
}
function equal(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}
function containsUnknown(value) {
  if (isUnknown(value)) return true;
  if (isSensitive(value)) return containsUnknown(value.value);
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}
function unmarkDeep(value) {
  let sensitive = false;
  const strip2 = (v) => {
    if (isSensitive(v)) {
      sensitive = true;
      return strip2(v.value);
    }
    if (Array.isArray(v)) return v.map(strip2);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, strip2(e)]));
    return v;
  };
  return { value: strip2(value), sensitive };
}
var sortedKeys = (object) => Object.keys(object).sort(compareText);
function objectOf(entries) {
  const byKey = new Map(entries);
  return Object.fromEntries([...byKey.keys()].sort(compareText).map((k) => [k, byKey.get(k)]));
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/terraform-lang/functions/json-text.ts
var GO_ESCAPES = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };
function jsonString(text3) {
  return JSON.stringify(text3).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]);
}
function jsonText(value) {
  if (value === null) return "null";
  if (typeof value === "string") return jsonString(value);
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (isObject(value)) return `{${sortedKeys(value).map((k) => `${jsonString(k)}:${jsonText(value[k])}`).join(",")}}`;
  if (isUnknown(value) || isSensitive(value)) throw new Error("jsonText is given known, unmarked values only");
  return "null";
}
function fromJson(parsed) {
  if (Array.isArray(parsed)) return parsed.map(fromJson);
  if (parsed !== null && typeof parsed === "object") return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, fromJson(v)]));
  return parsed;
}

// src/terraform-lang/functions/format.ts
function format(spec, args) {
  let out = "";
  let next = 0;
  let used = 0;
  const verbPattern = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?([a-zA-Z%])?/y;
  for (let i = 0; i < spec.length; ) {
    const percent = spec.indexOf("%", i);
    if (percent < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, percent);
    verbPattern.lastIndex = percent;
    const match = verbPattern.exec(spec);
    const [whole, flags, index, width, precision, verb] = match;
    i = percent + whole.length;
    if (verb === void 0) failed(`invalid format string starting at offset ${percent}: missing verb.`);
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (index !== void 0) next = Number(index) - 1;
    if (next >= args.length) failed(`not enough arguments for "${whole}" at ${percent}: need index ${next + 1} but have ${args.length} total.`);
    const parsed = { flags, verb, width: width === void 0 ? void 0 : Number(width), precision: precision === void 0 ? void 0 : Number(precision || "0") };
    out += formatOne(parsed, args[next], percent);
    next++;
    used = Math.max(used, next);
  }
  if (used < args.length) invalid("args", used === 0 ? "too many arguments; no verbs in format string." : `too many arguments; only ${used} used by format string.`);
  return out;
}
function formatOne(verb, arg, at) {
  if (arg === null) failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: null value cannot be formatted.`);
  const param = "args";
  const unsupported = (what) => failed(`unsupported value for "%${verb.flags}${verb.verb}" at ${at}: ${what}.`);
  const attempt = (convert2, what) => {
    if (typeof arg === "object" || what === "number" && typeof arg === "boolean") unsupported(`${what} required`);
    try {
      return convert2();
    } catch {
      return unsupported(`a ${what} is required`);
    }
  };
  switch (verb.verb) {
    case "v":
      if (verb.flags.includes("#") || typeof arg === "object" && arg !== null) return pad(jsonText(arg), verb);
      if (typeof arg === "number") return padNumber(sign(arg, verb), floatText(Math.abs(arg), "g"), verb);
      return pad(str(arg, param), verb);
    case "t":
      return String(attempt(() => bool(arg, param), "bool"));
    case "s": {
      const text3 = attempt(() => str(arg, param), "string");
      return pad(verb.precision === void 0 ? text3 : [...text3].slice(0, verb.precision).join(""), verb);
    }
    case "q":
      return pad(goQuote(attempt(() => str(arg, param), "string")), verb);
    case "d":
    case "b":
    case "o":
    case "x":
    case "X": {
      const n = attempt(() => num(arg, param), "number");
      if (!Number.isInteger(n)) unsupported("an integer is required");
      const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb.verb];
      let digits = (n < 0 ? BigInt(-n) : BigInt(n)).toString(radix);
      if (verb.verb === "X") digits = digits.toUpperCase();
      if (verb.precision !== void 0) digits = digits.padStart(verb.precision, "0");
      if (verb.flags.includes("#")) digits = ({ b: "0b", o: "0", x: "0x", X: "0X", d: "" }[verb.verb] ?? "") + digits;
      return padNumber(sign(n, verb), digits, verb);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const n = attempt(() => num(arg, param), "number");
      let digits = floatText(Math.abs(n), verb.verb.toLowerCase(), verb.precision);
      if (verb.verb === "E" || verb.verb === "G") digits = digits.toUpperCase();
      return padNumber(sign(n, verb), digits, verb);
    }
    default:
      return failed(`unsupported format verb '${verb.verb}' in "%${verb.flags}${verb.verb}" at offset ${at}.`);
  }
}
var sign = (n, verb) => n < 0 || Object.is(n, -0) ? "-" : verb.flags.includes("+") ? "+" : verb.flags.includes(" ") ? " " : "";
function goExponent(n, precision) {
  const text3 = precision === void 0 ? n.toExponential() : n.toExponential(precision);
  return text3.replace(/e([+-])(\d)$/, "e$10$2");
}
function floatText(n, verb, precision) {
  if (verb === "e") return goExponent(n, precision ?? 6);
  if (verb === "f") return toFixedEven(n, precision ?? 6);
  const shortest = precision === void 0;
  const significant = shortest ? void 0 : Math.max(precision, 1);
  const exponentText = goExponent(n, significant === void 0 ? void 0 : significant - 1);
  const exponent = Number(exponentText.slice(exponentText.indexOf("e") + 1));
  const limit = shortest ? 6 : significant;
  if (exponent < -4 || exponent >= limit) return exponentText.replace(/\.?0+e/, "e");
  const fixed = shortest ? numberText(n) : n.toPrecision(significant);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}
var bitLength = (n) => n === 0n ? 0 : n.toString(2).length;
function toFixedEven(n, precision) {
  const [whole, fraction = ""] = numberText(n).split(".");
  const digits = BigInt(whole + fraction);
  const denominator = 10n ** BigInt(fraction.length);
  let exponent = Math.max(0, 512 + bitLength(denominator) - bitLength(digits) + 1);
  let m = (digits << BigInt(exponent)) / denominator;
  const sticky = (digits << BigInt(exponent)) % denominator !== 0n;
  const excess = bitLength(m) - 512;
  if (excess > 0) {
    const dropped = m & (1n << BigInt(excess)) - 1n;
    const half = 1n << BigInt(excess - 1);
    m >>= BigInt(excess);
    exponent -= excess;
    if (dropped > half || dropped === half && (sticky || (m & 1n) === 1n)) m += 1n;
  }
  const scaled = m * 5n ** BigInt(exponent);
  const unit = 10n ** BigInt(Math.max(0, exponent - precision));
  let kept = exponent >= precision ? scaled / unit : scaled * 10n ** BigInt(precision - exponent);
  const rest = exponent >= precision ? scaled % unit : 0n;
  if (rest * 2n > unit || rest * 2n === unit && (kept & 1n) === 1n) kept += 1n;
  const text3 = kept.toString().padStart(precision + 1, "0");
  return precision === 0 ? text3 : `${text3.slice(0, -precision)}.${text3.slice(-precision)}`;
}
function pad(text3, verb) {
  const width = verb.width ?? 0;
  const length = [...text3].length;
  if (length >= width) return text3;
  const fill2 = " ".repeat(width - length);
  return verb.flags.includes("-") ? text3 + fill2 : fill2 + text3;
}
function padNumber(signText, digits, verb) {
  const width = verb.width ?? 0;
  if (verb.flags.includes("0") && !verb.flags.includes("-") && signText.length + digits.length < width) {
    return signText + digits.padStart(width - signText.length, "0");
  }
  return pad(signText + digits, verb);
}
function goQuote(text3) {
  let out = '"';
  for (const char of text3) {
    const code = char.codePointAt(0);
    const escapes = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "	": "\\t", "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v" };
    if (escapes[char]) out += escapes[char];
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += char;
  }
  return out + '"';
}

// src/terraform-lang/functions/re2.ts
function re2(pattern, global = false, errors = "pattern") {
  let source = pattern;
  let flags = global ? "g" : "";
  const leading = /^\(\?([ism]+)\)/.exec(source);
  if (leading) {
    flags += [...new Set(leading[1])].join("");
    source = source.slice(leading[0].length);
  }
  source = source.replace(/\(\?P</g, "(?<").replace(/\\A/g, "^").replace(/\\z/g, "$(?![\\s\\S])");
  const refuse = (code, expr) => errors === "pattern" ? invalid("pattern", `invalid regexp pattern: ${code} in ${expr}.`) : failed(`error parsing regexp: ${code}: \`${expr}\`.`);
  const lookaround = /\(\?<?[=!]/.exec(pattern);
  if (lookaround) refuse("invalid or unsupported Perl syntax", lookaround[0]);
  const backReference = /\\[1-9]/.exec(pattern);
  if (backReference) refuse("invalid escape sequence", backReference[0]);
  try {
    return new RegExp(source, flags + "u");
  } catch {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      const message = error.message;
      if (/Unterminated character class/i.test(message)) return refuse("missing closing ]", pattern.slice(pattern.lastIndexOf("[")));
      if (/Unterminated group/i.test(message)) return refuse("missing closing )", pattern);
      if (/Unmatched '\)'/i.test(message)) return refuse("unexpected )", pattern);
      if (/Nothing to repeat/i.test(message)) return refuse("missing argument to repetition operator", pattern);
      return refuse(message, pattern);
    }
  }
}
function expandReplacement(template2, match, groups) {
  return template2.replace(/\$(\$|\{(\w+)\}|(\w+))/g, (_all, dollar, braced, bare) => {
    if (dollar === "$") return "$";
    const name = braced ?? bare;
    if (/^\d+$/.test(name)) return match[Number(name)] ?? "";
    return groups?.[name] ?? "";
  });
}

// src/terraform-lang/functions/strings.ts
var segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
var graphemes = (text3) => Array.from(segmenter.segment(text3), (s) => s.segment);
var unary = (param, f) => ({ params: [param], impl: ([s]) => f(str(s, param)) });
var binary = (a, b, f) => ({ params: [a, b], impl: ([x, y]) => f(str(x, a), str(y, b)) });
function title(text3) {
  let previous = " ";
  let out = "";
  for (const char of text3) {
    out += /[\p{L}\p{N}_]/u.test(previous) ? char : char.toUpperCase();
    previous = char;
  }
  return out;
}
function perCharacter(text3, change) {
  return Array.from(text3, (c) => {
    if (c === "\u0130") return "i";
    const changed = change(c);
    return [...changed].length === 1 ? changed : c;
  }).join("");
}
function trimSet(text3, cutset) {
  const cut = new Set(cutset);
  const chars = [...text3];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start])) start++;
  while (end > start && cut.has(chars[end - 1])) end--;
  return chars.slice(start, end).join("");
}
function replace(text3, search, replacement) {
  if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
    const pattern = re2(search.slice(1, -1), true, "go");
    return text3.replace(pattern, (...match) => {
      const last = match[match.length - 1];
      const groups = typeof last === "object" ? last : void 0;
      const captures = match.slice(0, groups ? -3 : -2);
      return expandReplacement(replacement, captures, groups);
    });
  }
  if (search === "") return [...text3, ""].map((c) => replacement + c).join("");
  return text3.split(search).join(replacement);
}
function substr(text3, offset, length) {
  const chars = graphemes(text3);
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0) start = 0;
  if (start > chars.length) return "";
  const end = length < 0 ? chars.length : Math.min(chars.length, start + length);
  return chars.slice(start, end).join("");
}
function matchValue(match) {
  if (match.groups && Object.keys(match.groups).length > 0) {
    return objectOf(Object.entries(match.groups).map(([k, v]) => [k, v ?? null]));
  }
  if (match.length === 1) return match[0];
  return match.slice(1).map((v) => v ?? null);
}
function formatKnown(spec, args) {
  return args.some((arg) => arg === null || containsUnknown(arg)) ? UNKNOWN : format(spec, args);
}
function formatlist(specArg, args) {
  if ([specArg, ...args].some(isUnknown)) return UNKNOWN;
  const spec = str(specArg, "format");
  let length;
  args.forEach((arg, i) => {
    if (!Array.isArray(arg)) return;
    if (length !== void 0 && arg.length !== length) invalid("args", `argument ${i + 1} has length ${arg.length}, which is inconsistent with argument 1 of length ${length}.`);
    length ??= arg.length;
  });
  if (length === void 0) return [formatKnown(spec, args)];
  return Array.from({ length }, (_, row) => formatKnown(spec, args.map((arg) => Array.isArray(arg) ? arg[row] : arg)));
}
var strings2 = {
  format: { params: ["format"], variadic: "args", impl: ([spec, ...args]) => formatKnown(str(spec, "format"), args) },
  formatlist: { params: ["format"], variadic: "args", allowUnknown: true, impl: ([spec, ...args]) => formatlist(spec, args) },
  join: {
    params: ["separator"],
    variadic: "lists",
    impl: ([separator, ...lists]) => {
      if (lists.length === 0) failed("at least one list is required.");
      return lists.flatMap((l) => strings(l, "lists")).join(str(separator, "separator"));
    }
  },
  split: binary("separator", "str", (separator, text3) => text3.split(separator)),
  lower: unary("str", (s) => perCharacter(s, (c) => c.toLowerCase())),
  upper: unary("str", (s) => perCharacter(s, (c) => c.toUpperCase())),
  title: unary("str", title),
  strrev: unary("str", (s) => graphemes(s).reverse().join("")),
  trimspace: unary("str", (s) => s.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "")),
  chomp: unary("str", (s) => s.replace(/[\r\n]+$/, "")),
  trim: binary("str", "cutset", trimSet),
  trimprefix: binary("str", "prefix", (s, prefix) => s.startsWith(prefix) ? s.slice(prefix.length) : s),
  trimsuffix: binary("str", "suffix", (s, suffix) => suffix !== "" && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s),
  startswith: binary("str", "prefix", (s, prefix) => s.startsWith(prefix)),
  endswith: binary("str", "suffix", (s, suffix) => s.endsWith(suffix)),
  strcontains: binary("str", "substr", (s, sub) => s.includes(sub)),
  replace: { params: ["str", "substr", "replace"], impl: ([s, search, by]) => replace(str(s, "str"), str(search, "substr"), str(by, "replace")) },
  substr: { params: ["str", "offset", "length"], impl: ([s, offset, length]) => substr(str(s, "str"), int(offset, "offset"), int(length, "length")) },
  indent: {
    params: ["spaces", "str"],
    impl: ([spaces, s]) => str(s, "str").replace(/\n/g, "\n" + " ".repeat(Math.max(0, int(spaces, "spaces"))))
  },
  regex: binary("pattern", "string", (pattern, text3) => {
    const match = re2(pattern).exec(text3);
    return match ? matchValue(match) : failed("pattern did not match any part of the given string.");
  }),
  regexall: binary("pattern", "string", (pattern, text3) => [...text3.matchAll(re2(pattern, true))].map(matchValue))
};

// src/terraform-lang/functions/collections.ts
function asSet(values, param) {
  const unified = unifyOrFail(values, param, "all elements must have the same type.");
  const distinct = [];
  const unknowns = unified.filter(isUnknown);
  for (const v of unified) if (!isUnknown(v) && !distinct.some((d) => equal(d, v))) distinct.push(v);
  if (distinct.every((v) => typeof v === "string")) distinct.sort(compareText);
  else if (distinct.every((v) => typeof v === "number")) distinct.sort((a, b) => a - b);
  else if (distinct.every((v) => typeof v === "boolean")) distinct.sort((a, b) => Number(a) - Number(b));
  return [...distinct, ...unknowns];
}
var setOf = (value, param) => asSet(list(value, param, "any single type"), param);
function setOperation(combine) {
  return {
    params: ["first_set"],
    variadic: "other_sets",
    impl: (args) => args.some(isUnknown) ? UNKNOWN : asSet(combine(args.map((a, i) => setOf(a, i === 0 ? "first_set" : "other_sets"))), "sets")
  };
}
var member = (values, value) => values.some((v) => equal(v, value));
function lengthOf(value) {
  if (isUnknown(value)) return UNKNOWN;
  if (typeof value === "string") return graphemes(value).length;
  if (Array.isArray(value)) return value.length;
  if (isObject(value)) return Object.keys(value).length;
  if (value === null) return invalid("value", "argument must not be null.");
  return failed("argument must be a string, a collection type, or a structural type.");
}
function coalesce(args) {
  const unified = unify(args) ?? failed("all arguments must have the same type.");
  for (const arg of unified) {
    if (isUnknown(arg)) return UNKNOWN;
    if (arg === null || arg === "") continue;
    return arg;
  }
  return failed("no non-null, non-empty-string arguments.");
}
function coalescelist(args) {
  if (args.length === 0) failed("at least one argument is required.");
  for (const arg of args) {
    if (isUnknown(arg)) return UNKNOWN;
    if (arg === null) continue;
    if (!Array.isArray(arg)) invalid("vals", "all arguments must be lists or tuples.");
    if (arg.length > 0) return arg;
  }
  return failed("no non-null arguments.");
}
function lookup([collection, key, ...fallback]) {
  if (isUnknown(collection) || containsUnknown(key)) return UNKNOWN;
  const object = isObject(collection) ? collection : invalid("inputMap", "lookup() requires a map as the first argument.");
  const name = str(key, "key");
  if (Object.hasOwn(object, name)) return object[name];
  if (fallback.length === 1) return fallback[0];
  return invalid("inputMap", `the given object has no attribute ${JSON.stringify(name)}.`);
}
function flatten(values) {
  let sensitive = false;
  const flat = (items) => items.flatMap((v) => {
    if (isSensitive(v) && Array.isArray(v.value)) {
      sensitive = true;
      return flat(v.value);
    }
    return Array.isArray(v) ? flat(v) : [v];
  });
  const result = flat(values);
  return mark(result, sensitive);
}
function slice([listArg, start, end]) {
  if (isUnknown(listArg) || containsUnknown(start) || containsUnknown(end)) return UNKNOWN;
  const values = list(listArg, "list");
  const from = int(start, "start_index");
  const to = int(end, "end_index");
  if (from < 0) invalid("start_index", "start index must not be less than zero.");
  if (to > values.length) invalid("end_index", "end index must not be greater than the length of the list.");
  if (from > to) invalid("start_index", "start index must not be greater than end index.");
  return values.slice(from, to);
}
function range(args) {
  const names = args.length === 1 ? ["limit"] : ["start", "limit", "step"];
  const given = args.map((a, i) => num(a, names[i] ?? "params"));
  if (given.length === 0 || given.length > 3) failed("must have one, two, or three arguments.");
  const [start, limit] = given.length === 1 ? [0, given[0]] : given;
  const step = given[2] ?? (limit < start ? -1 : 1);
  if (step < 0 && start < limit) invalid("params", "end must be less than start when step is negative.");
  if (step > 0 && start > limit) invalid("params", "end must be greater than start when step is positive.");
  const out = [];
  for (let v = start; step > 0 ? v < limit : step < 0 ? v > limit : v !== limit; v = decimalSum([v, step])) {
    if (out.length >= 1024) failed("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step.");
    out.push(v);
  }
  return out;
}
function transpose(value) {
  const source = map(value, "values", "list of string");
  const out = /* @__PURE__ */ new Map();
  for (const key of sortedKeys(source)) {
    for (const item of strings(source[key], "values")) out.set(item, [...out.get(item) ?? [], key]);
  }
  return objectOf([...out].map(([k, keys]) => [k, keys.sort(compareText)]));
}
function chunklist([listArg, size]) {
  const values = list(listArg, "list");
  const n = int(size, "size");
  if (n < 0) failed("the size argument must be positive.");
  if (n === 0) return [values];
  const out = [];
  for (let i = 0; i < values.length; i += n) out.push(values.slice(i, i + n));
  return out;
}
function setproduct(args) {
  if (args.length === 0) failed("at least two arguments are required.");
  return args.reduce((rows, arg) => rows.flatMap((row) => list(arg, "sets").map((v) => [...row, v])), [[]]);
}
function matchkeys([valuesArg, keysArg, searchArg]) {
  const values = list(valuesArg, "values");
  const keys = list(keysArg, "keys");
  const search = list(searchArg, "searchset");
  if (values.length !== keys.length) failed("length of keys and values should be equal.");
  const text3 = (v) => primitiveText(v) ?? v;
  return values.filter((_, i) => search.some((s) => equal(text3(s), text3(keys[i]))));
}
function indexOf([listArg, value]) {
  const values = list(listArg, "list");
  if (values.length === 0) failed("cannot search an empty list.");
  const at = values.findIndex((v) => equal(v, value));
  return at >= 0 ? at : failed("item not found.");
}
function contains([listArg, value]) {
  if (value === null) invalid("value", "argument must not be null.");
  if (isUnknown(listArg) || containsUnknown(value)) return UNKNOWN;
  if (!Array.isArray(listArg)) failed("argument must be list, tuple, or set.");
  if (listArg.some((v) => equal(v, value))) return true;
  return listArg.some(containsUnknown) ? UNKNOWN : false;
}
function sort([listArg]) {
  if (isUnknown(listArg)) return UNKNOWN;
  if (Array.isArray(listArg) && listArg.some(containsUnknown)) return listArg.map(() => UNKNOWN);
  return strings(listArg, "list").sort(compareText);
}
function zipmap([keysArg, valuesArg]) {
  if (containsUnknown(keysArg) || isUnknown(valuesArg)) return UNKNOWN;
  const unmarkedKeys = unmarkDeep(keysArg);
  const keys = strings(unmarkedKeys.value, "keys");
  const values = list(valuesArg, "values");
  if (keys.length !== values.length) failed(`number of keys (${keys.length}) does not match number of values (${values.length}).`);
  return mark(objectOf(keys.map((key, i) => [key, values[i]])), unmarkedKeys.sensitive);
}
var truth = (element, i) => element === null ? false : bool(element, "list", `element ${i}: `);
function anyTrue(value) {
  if (isUnknown(value)) return UNKNOWN;
  const elements = list(value, "list", "bool");
  if (elements.some((e, i) => !isUnknown(e) && truth(e, i))) return true;
  return elements.some(isUnknown) ? UNKNOWN : false;
}
var moving = (spec) => ({
  ...spec,
  allowUnknown: true,
  elementMarks: true,
  impl: (args) => args.some(isUnknown) ? UNKNOWN : spec.impl(args)
});
var collections = {
  length: { params: ["value"], allowUnknown: true, elementMarks: true, impl: ([v]) => lengthOf(v) },
  coalesce: { params: [], variadic: "vals", allowUnknown: true, impl: coalesce },
  coalescelist: { params: [], variadic: "vals", allowUnknown: true, impl: coalescelist },
  concat: moving({
    params: [],
    variadic: "seqs",
    impl: (args) => {
      if (args.length === 0) failed("at least one argument is required.");
      return args.flatMap((a) => Array.isArray(a) ? a : invalid("seqs", `all arguments must be lists or tuples; got ${typeName(a)}.`));
    }
  }),
  merge: moving({
    params: [],
    variadic: "maps",
    impl: (args) => {
      const maps = args.filter((arg) => arg !== null);
      for (const arg of maps) if (!isObject(arg)) failed(`arguments must be maps or objects, got ${JSON.stringify(typeName(arg))}.`);
      return objectOf(maps.flatMap((arg) => Object.entries(arg)));
    }
  }),
  lookup: { params: ["inputMap", "key", "default"], optional: 1, allowUnknown: true, elementMarks: true, impl: lookup },
  element: moving({
    params: ["list", "index"],
    impl: ([l, i]) => {
      if (!Array.isArray(l)) failed(`cannot read elements from ${typeName(l)}.`);
      const index = int(i, "index", "invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807.");
      if (l.length === 0) failed("cannot use element function with an empty list.");
      if (index < 0) failed("cannot use element function with a negative index.");
      return l[index % l.length];
    }
  }),
  keys: moving({ params: ["inputMap"], impl: ([m]) => sortedKeys(isObject(m) ? m : invalid("inputMap", "must have map or object type.")) }),
  values: moving({
    params: ["mapping"],
    impl: ([m]) => {
      const object = isObject(m) ? m : failed("values() requires a map as the first argument.");
      return sortedKeys(object).map((k) => object[k]);
    }
  }),
  flatten: { params: ["list"], elementMarks: true, impl: ([l]) => flatten(Array.isArray(l) ? l : failed("can only flatten lists, sets and tuples.")) },
  distinct: {
    params: ["list"],
    impl: ([l]) => {
      const out = [];
      for (const v of unifyOrFail(list(l, "list"), "list", "list of any single type required.")) if (!member(out, v)) out.push(v);
      return out;
    }
  },
  contains: { params: ["list", "value"], allowUnknown: true, impl: contains },
  compact: { params: ["list"], impl: ([l]) => list(l, "list", "string").filter((v) => v !== null && v !== "").map((v, i) => str(v, "list", `element ${i}: `)) },
  zipmap: { params: ["keys", "values"], allowUnknown: true, elementMarks: true, impl: zipmap },
  slice: moving({ params: ["list", "start_index", "end_index"], impl: slice }),
  reverse: moving({ params: ["list"], impl: ([l]) => [...list(l, "list")].reverse() }),
  sort: { params: ["list"], allowUnknown: true, impl: sort },
  range: { params: [], variadic: "params", impl: range },
  index: { params: ["list", "value"], impl: indexOf },
  one: moving({
    params: ["list"],
    impl: ([l]) => {
      const values = Array.isArray(l) ? l : invalid("list", "must be a list, set, or tuple value with either zero or one elements.");
      if (values.length > 1) invalid("list", "must be a list, set, or tuple value with either zero or one elements.");
      return values.length === 0 ? null : values[0];
    }
  }),
  alltrue: { params: ["list"], impl: ([l]) => list(l, "list", "bool").every(truth) },
  anytrue: { params: ["list"], allowUnknown: true, impl: ([l]) => anyTrue(l) },
  sum: {
    params: ["list"],
    impl: ([l]) => {
      const elements = list(l, "list", "number");
      if (elements.length === 0) invalid("list", "cannot sum an empty list.");
      const values = elements.map((e) => typeof e === "number" ? e : parseNumber(primitiveText(e) ?? "") ?? invalid("list", "argument must be list, set, or tuple of number values."));
      return decimalSum(values);
    }
  },
  setunion: { ...setOperation((sets) => sets.flat()), allowUnknown: true },
  setintersection: setOperation(([first, ...rest]) => first.filter((v) => rest.every((s) => member(s, v)))),
  setsubtract: { params: ["a", "b"], impl: ([a, b]) => setOf(a, "a").filter((v) => !member(setOf(b, "b"), v)) },
  setproduct: moving({ params: [], variadic: "sets", impl: setproduct }),
  chunklist: moving({ params: ["list", "size"], impl: chunklist }),
  transpose: { params: ["values"], impl: ([v]) => transpose(v) },
  matchkeys: { params: ["values", "keys", "searchset"], impl: matchkeys }
};

// src/terraform-lang/functions/conversion.ts
var cannot = (value, target) => invalid("v", `cannot convert ${typeName(value)} to ${target}.`);
function converter(convert2, elementMarks = false) {
  return { params: ["v"], allowUnknown: true, elementMarks, impl: ([v]) => v === null || isUnknown(v) ? v : convert2(v) };
}
function toNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return cannot(value, "number");
  return parseNumber(value) ?? invalid("v", `cannot convert ${JSON.stringify(value)} to number; given string must be a decimal representation of a number.`);
}
function toBool(value) {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  if (typeof value === "string") return invalid("v", `cannot convert ${JSON.stringify(value)} to bool; only the strings "true" or "false" are allowed.`);
  return cannot(value, "bool");
}
function toList(value) {
  if (!Array.isArray(value)) return cannot(value, "list of any single type");
  return unify(value) ?? cannot(value, "list of any single type");
}
function toMap(value) {
  if (!isObject(value)) return cannot(value, "map of any single type");
  const keys = Object.keys(value);
  const unified = unify(keys.map((k) => value[k])) ?? cannot(value, "map of any single type");
  return Object.fromEntries(keys.map((k, i) => [k, unified[i]]));
}
var conversion = {
  tostring: converter((v) => primitiveText(v) ?? cannot(v, "string")),
  tonumber: converter(toNumber),
  tobool: converter(toBool),
  // Lists and maps keep their elements' marks; a set cannot, so a sensitive element marks the whole set.
  tolist: converter(toList, true),
  toset: converter((v) => Array.isArray(v) && unify(v) ? asSet(v, "v") : cannot(v, "set of any single type")),
  tomap: converter(toMap, true),
  sensitive: { params: ["value"], allowUnknown: true, allowMarked: true, impl: ([v]) => mark(v) },
  nonsensitive: { params: ["value"], allowUnknown: true, allowMarked: true, impl: ([v]) => unmark(v).value },
  // Whether an unknown value will be sensitive is known only once it is.
  issensitive: { params: ["value"], allowUnknown: true, allowMarked: true, impl: ([v]) => isSensitive(v) ? true : isUnknown(v) ? UNKNOWN : false },
  // No value is ephemeral here (they exist only while Terraform runs): every value passes unchanged.
  ephemeralasnull: { params: ["value"], allowUnknown: true, allowMarked: true, impl: ([v]) => v }
};

// src/terraform-lang/functions/documents.ts
var import_yaml = __toESM(require_dist(), 1);
function csvRecords(text3) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text3.length; i++) {
    const c = text3[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text3[i + 1] === '"') field += text3[++i];
      else quoted = false;
    } else if (c === '"' && field === "") {
      quoted = true;
    } else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r" && text3[i + 1] === "\n") {
      if (c === "\r") i++;
      records.push([...record, field]);
      record = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (quoted) failed(`CSV parse error on line ${text3.split("\n").length}: extraneous or missing " in quoted-field.`);
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records.filter((r) => !(r.length === 1 && r[0] === ""));
}
function csvdecode(text3) {
  const [header, ...rows] = csvRecords(text3);
  if (!header) failed("missing header line.");
  return rows.map((row, i) => {
    if (row.length !== header.length) failed(`CSV parse error on line ${i + 2}: wrong number of fields.`);
    return Object.fromEntries(header.map((name, j) => [name, row[j]]));
  });
}
function fromYaml(value) {
  if (value === void 0 || value === null) return null;
  if (Array.isArray(value)) return value.map(fromYaml);
  if (value instanceof Date) return value.toISOString().replace(/\.000Z$/, "Z");
  if (typeof value === "object") return objectOf(Object.entries(value).map(([k, v]) => [k, fromYaml(v)]));
  if (typeof value === "bigint") return Number(value);
  return value;
}
function yamldecode(text3) {
  const documents2 = (0, import_yaml.parseAllDocuments)(text3, { version: "1.1" });
  if (!Array.isArray(documents2) || documents2.length === 0) return failed("on line 1, column 1: missing start of document.");
  if (documents2.length > 1) failed("on line 1, column 1: unexpected extra content after value.");
  const [document] = documents2;
  if (document.errors.length > 0) failed(`on line ${document.errors[0].linePos?.[0].line ?? 1}, column ${document.errors[0].linePos?.[0].col ?? 1}: ${document.errors[0].message.split("\n")[0]}.`);
  return fromYaml(document.toJS({ mapAsMap: false }));
}
var documents = {
  csvdecode: { params: ["str"], impl: ([s]) => csvdecode(str(s, "str")) },
  yamldecode: { params: ["src"], impl: ([s]) => yamldecode(str(s, "src")) }
};

// src/terraform-lang/functions/encoding.ts
import { createHash } from "node:crypto";
function goJsonError(text3, message) {
  if (/end of JSON input|Unterminated/i.test(message) || text3.trim() === "") return "EOF";
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /Unexpected token '?(.)/.exec(message) ? text3.indexOf(/Unexpected token '?(.)/.exec(message)[1]) : -1;
  if (position < 0) return message;
  const before = text3.slice(0, position).trimEnd();
  const context = before.endsWith(":") || before.endsWith(",") || before.endsWith("[") || before === "" ? "looking for beginning of value" : /"\s*$/.test(before) && /[{,]\s*"[^"]*"\s*$/.test(before) ? "after object key" : "after top-level value";
  return `invalid character '${text3[position]}' ${context}`;
}
function jsondecode(text3) {
  try {
    return fromJson(JSON.parse(text3));
  } catch (error) {
    return failed(`${goJsonError(text3, error.message)}.`);
  }
}
function base64decode(text3) {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text3)) failed(`failed to decode base64 data ${JSON.stringify(text3)}.`);
  const bytes = Buffer.from(text3, "base64");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return failed("the result of decoding the provided string is not valid UTF-8.");
  }
}
function urlencode(text3) {
  return Array.from(Buffer.from(text3, "utf8"), (byte) => {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
    return c === " " ? "+" : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}
function yamlQuoted(text3) {
  return jsonString(text3).replace(/\\u003c/g, "<").replace(/\\u003e/g, ">").replace(/\\u0026/g, "&").replace(/[\u{10000}-\u{10ffff}]/gu, (c) => `\\U${c.codePointAt(0).toString(16).toUpperCase().padStart(8, "0")}`);
}
function yamlLines(value, indent) {
  const scalar = (v) => {
    if (v === null) return "null";
    if (typeof v === "boolean") return String(v);
    if (typeof v === "number") return numberText(v);
    if (typeof v === "string") return v.includes("\n") && !/[ \t]\n|[ \t]$/.test(v) ? void 0 : yamlQuoted(v);
    if (Array.isArray(v) && v.length === 0) return "[]";
    if (isObject(v) && Object.keys(v).length === 0) return "{}";
    return void 0;
  };
  const block = (v, at) => {
    const chomp = v.endsWith("\n\n") ? "+" : v.endsWith("\n") ? "" : "-";
    const lines = (chomp === "+" ? v.slice(0, -1) : v.replace(/\n$/, "")).split("\n");
    return [`|${v.startsWith(" ") ? "2" : ""}${chomp}`, ...lines.map((line) => line === "" ? "" : at + "  " + line)];
  };
  const entry = (prefix, v, childIndent, sequenceIndent) => {
    const simple2 = scalar(v);
    if (simple2 !== void 0) return [`${prefix} ${simple2}`];
    if (typeof v === "string") {
      const [head, ...rest] = block(v, indent);
      return [`${prefix} ${head}`, ...rest];
    }
    return [prefix, ...yamlLines(v, Array.isArray(v) ? sequenceIndent : childIndent)];
  };
  if (Array.isArray(value)) {
    return value.flatMap((v) => {
      if (isObject(v) && Object.keys(v).length > 0 || Array.isArray(v) && v.length > 0) {
        const [first, ...rest] = yamlLines(v, indent + "  ");
        return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
      }
      return entry(`${indent}-`, v, indent + "  ", indent + "  ");
    });
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    const object = value;
    return Object.keys(object).sort().flatMap((k) => entry(`${indent}${jsonString(k)}:`, object[k], indent + "  ", indent));
  }
  const simple = scalar(value);
  if (typeof value === "string" && simple === void 0) return block(value, indent);
  return [simple];
}
var UUID_NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function uuidv5(namespace, name) {
  const space = UUID_NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(space)) {
    failed(`uuidv5() doesn't support namespace ${namespace} (${space.length === 36 ? "invalid UUID format" : `invalid UUID length: ${space.length}`}).`);
  }
  const bytes = createHash("sha1").update(Buffer.from(space.replace(/-/g, ""), "hex")).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var TEXT_ENCODINGS = { "utf-8": "utf8", utf8: "utf8", "utf-16le": "utf16le", "iso-8859-1": "latin1", latin1: "latin1", "us-ascii": "ascii", ascii: "ascii" };
function textEncoding(name) {
  return TEXT_ENCODINGS[name.toLowerCase()] ?? invalid("encoding", `${JSON.stringify(name)} is not a supported IANA encoding name or alias in this Terraform version.`);
}
var digest = (algorithm, encoding2) => ({
  params: ["str"],
  impl: ([s]) => createHash(algorithm).update(str(s, "str")).digest(encoding2)
});
var encoding = {
  jsonencode: { params: ["val"], impl: ([v]) => jsonText(v) },
  jsondecode: { params: ["str"], impl: ([s]) => jsondecode(str(s, "str")) },
  // A document that is one plain scalar ends with YAML's end marker, as Terraform writes it.
  yamlencode: { params: ["value"], impl: ([v]) => yamlLines(v, "").join("\n") + (v === null || typeof v === "number" || typeof v === "boolean" ? "\n...\n" : "\n") },
  base64encode: { params: ["str"], impl: ([s]) => Buffer.from(str(s, "str"), "utf8").toString("base64") },
  base64decode: { params: ["str"], impl: ([s]) => base64decode(str(s, "str")) },
  urlencode: { params: ["str"], impl: ([s]) => urlencode(str(s, "str")) },
  uuidv5: { params: ["namespace", "name"], impl: ([ns, n]) => uuidv5(str(ns, "namespace"), str(n, "name")) },
  textencodebase64: { params: ["string", "encoding"], impl: ([s, e]) => Buffer.from(str(s, "string"), textEncoding(str(e, "encoding"))).toString("base64") },
  textdecodebase64: { params: ["source", "encoding"], impl: ([s, e]) => Buffer.from(str(s, "source"), "base64").toString(textEncoding(str(e, "encoding"))) },
  md5: digest("md5", "hex"),
  sha1: digest("sha1", "hex"),
  sha256: digest("sha256", "hex"),
  sha512: digest("sha512", "hex"),
  base64sha256: digest("sha256", "base64"),
  base64sha512: digest("sha512", "base64")
};

// src/terraform-lang/functions/network.ts
function parseIpv4(text3) {
  const parts = text3.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return void 0;
  return parts.reduce((acc, p) => acc << 8n | BigInt(Number(p)), 0n);
}
function parseIpv6(text3) {
  let head = text3;
  let tailV4;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text3);
  if (v4) {
    tailV4 = parseIpv4(v4[1]);
    if (tailV4 === void 0) return void 0;
    head = text3.slice(0, -v4[1].length) + "0:0";
  }
  const halves = head.split("::");
  if (halves.length > 2) return void 0;
  const groups = (h) => h === "" ? [] : h.split(":");
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 && missing !== 0 || halves.length === 2 && missing < 1) return void 0;
  const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...right];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return void 0;
  let address = all.reduce((acc, g) => acc << 16n | BigInt(parseInt(g, 16)), 0n);
  if (tailV4 !== void 0) address = address & ~0xffffffffn | tailV4;
  return address;
}
function parseCidr(text3) {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text3);
  const bits = match?.[1].includes(":") ? 128 : 32;
  const address = match ? bits === 32 ? parseIpv4(match[1]) : parseIpv6(match[1]) : void 0;
  const prefix = match ? Number(match[2]) : NaN;
  if (address === void 0 || !(prefix <= bits)) return failed(`invalid CIDR expression: invalid CIDR address: ${text3}.`);
  const mask = (1n << BigInt(bits)) - 1n ^ (1n << BigInt(bits - prefix)) - 1n;
  return { address: address & mask, prefix, bits };
}
function addressText(address, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String(address >> s & 255n)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number(address >> BigInt(112 - 16 * i) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}
function subnet(network2, newbits, netnum) {
  const prefix = network2.prefix + newbits;
  if (newbits < 0) invalid("newbits", "must be greater than or equal to 0.");
  if (prefix > network2.bits) failed(`insufficient address space to extend prefix of ${network2.prefix} by ${newbits}.`);
  const count = 1n << BigInt(newbits);
  if (netnum < 0 || BigInt(netnum) >= count) failed(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}.`);
  const address = network2.address | BigInt(netnum) << BigInt(network2.bits - prefix);
  return `${addressText(address, network2.bits)}/${prefix}`;
}
function host(network2, hostnum) {
  const size = 1n << BigInt(network2.bits - network2.prefix);
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (n < 0n || n >= size) failed(`prefix of ${network2.prefix} does not accommodate a host numbered ${n < 0n ? n : hostnum}.`);
  return addressText(network2.address | n, network2.bits);
}
function subnets([prefixArg, ...newbitsArgs]) {
  const network2 = parseCidr(str(prefixArg, "prefix"));
  let next = network2.address;
  let previous = "";
  return newbitsArgs.map((arg) => {
    const newbits = int(arg, "newbits");
    const prefix = network2.prefix + newbits;
    if (prefix > network2.bits) failed(`would extend prefix to ${prefix} bits, which is too long for an IPv${network2.bits === 32 ? 4 : 6} address.`);
    const step = 1n << BigInt(network2.bits - prefix);
    const aligned = (next + step - 1n) / step * step;
    const end = network2.address + (1n << BigInt(network2.bits - network2.prefix));
    if (aligned + step > end) invalid("newbits", `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${previous}.`);
    next = aligned + step;
    previous = `${addressText(aligned, network2.bits)}/${prefix}`;
    return previous;
  });
}
var network = {
  cidrsubnet: {
    params: ["prefix", "newbits", "netnum"],
    impl: ([p, b, n]) => subnet(parseCidr(str(p, "prefix")), int(b, "newbits"), int(n, "netnum"))
  },
  cidrsubnets: { params: ["prefix"], variadic: "newbits", impl: subnets },
  cidrhost: { params: ["prefix", "hostnum"], impl: ([p, h]) => host(parseCidr(str(p, "prefix")), int(h, "hostnum", "value must be a whole number.")) },
  cidrnetmask: {
    params: ["prefix"],
    impl: ([p]) => {
      const network2 = parseCidr(str(p, "prefix"));
      if (network2.bits !== 32) failed(`IPv6 addresses cannot have a netmask: ${str(p, "prefix")}.`);
      return addressText((1n << 32n) - 1n ^ (1n << BigInt(32 - network2.prefix)) - 1n, 32);
    }
  }
};

// src/terraform-lang/functions/numeric.ts
var unaryNumber = (f) => ({ params: ["num"], impl: ([n]) => f(num(n, "num")) });
function extreme(pick) {
  return {
    params: [],
    variadic: "numbers",
    impl: (args) => args.length === 0 ? failed("must pass at least one number.") : pick(...args.map((a) => num(a, "numbers")))
  };
}
function parseint([text3, baseArg]) {
  const digits = str(text3, "number");
  const base2 = int(baseArg, "base");
  if (base2 < 2 || base2 > 62) invalid("base", "base must be a whole number between 2 and 62 inclusive.");
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const body2 = digits.replace(/^[-+]/, "");
  const valueOf = (c) => alphabet.indexOf(base2 <= 36 ? c.toLowerCase() : c);
  if (body2 === "" || [...body2].some((c) => valueOf(c) < 0 || valueOf(c) >= base2)) {
    invalid("number", `cannot parse ${JSON.stringify(digits)} as a base ${base2} integer.`);
  }
  const magnitude = [...body2].reduce((acc, c) => acc * BigInt(base2) + BigInt(valueOf(c)), 0n);
  return Number(digits.startsWith("-") ? -magnitude : magnitude);
}
var numeric = {
  min: extreme(Math.min),
  max: extreme(Math.max),
  abs: unaryNumber(Math.abs),
  ceil: unaryNumber(Math.ceil),
  floor: unaryNumber(Math.floor),
  signum: { params: ["num"], impl: ([n]) => Math.sign(int(n, "num")) },
  pow: { params: ["num", "power"], impl: ([n, p]) => Math.pow(num(n, "num"), num(p, "power")) },
  log: { params: ["num", "base"], impl: ([n, b]) => Math.log(num(n, "num")) / Math.log(num(b, "base")) },
  parseint: { params: ["number", "base"], impl: parseint }
};

// src/terraform-lang/functions/paths.ts
function cleanPath(path6) {
  if (path6 === "") return ".";
  const rooted = path6.startsWith("/");
  const parts = [];
  for (const part of path6.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !rooted) parts.push(part);
  }
  const joined = parts.join("/");
  return rooted ? "/" + joined : joined || ".";
}
function basename(path6) {
  if (path6 === "") return ".";
  const trimmed = path6.replace(/\/+$/, "");
  if (trimmed === "") return "/";
  return trimmed.slice(trimmed.lastIndexOf("/") + 1);
}
var dirname = (path6) => cleanPath(path6.slice(0, path6.lastIndexOf("/") + 1));
var paths = {
  basename: { params: ["path"], impl: ([p]) => basename(str(p, "path")) },
  dirname: { params: ["path"], impl: ([p]) => dirname(str(p, "path")) }
};

// src/terraform-lang/functions/plan-time.ts
function parseTimestamp(text3, param) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text3);
  if (!match) {
    const year = /^\d{4}/.test(text3) ? void 0 : "year";
    return invalid(param, `not a valid RFC3339 timestamp: ${year ? `cannot use ${JSON.stringify(text3)} as ${year}` : JSON.stringify(text3)}.`);
  }
  const [, y, mo, d, h, mi, s, fraction = "", zone] = match;
  const offset = /^z$/i.test(zone) ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(Number("0" + (fraction || ".0")) * 1e3));
  return { utc: local - offset * 6e4, offset, zone: zone.toUpperCase() };
}
function fields(instant) {
  return new Date(instant.utc + instant.offset * 6e4);
}
var two = (n) => String(n).padStart(2, "0");
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function offsetText(offset, colon) {
  const sign2 = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${sign2}${two(Math.floor(abs / 60))}${colon ? ":" : ""}${two(abs % 60)}`;
}
function rfc3339(instant) {
  const t = fields(instant);
  const date = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  return date + (instant.offset === 0 && instant.zone === "Z" ? "Z" : offsetText(instant.offset, true));
}
function formatdate(spec, instant) {
  const t = fields(instant);
  const hour12 = t.getUTCHours() % 12 === 0 ? 12 : t.getUTCHours() % 12;
  const tokens = {
    YYYY: () => String(t.getUTCFullYear()).padStart(4, "0"),
    YY: () => two(t.getUTCFullYear() % 100),
    MMMM: () => MONTHS[t.getUTCMonth()],
    MMM: () => MONTHS[t.getUTCMonth()].slice(0, 3),
    MM: () => two(t.getUTCMonth() + 1),
    M: () => String(t.getUTCMonth() + 1),
    DD: () => two(t.getUTCDate()),
    D: () => String(t.getUTCDate()),
    EEEE: () => DAYS[t.getUTCDay()],
    EEE: () => DAYS[t.getUTCDay()].slice(0, 3),
    hh: () => two(t.getUTCHours()),
    h: () => String(t.getUTCHours()),
    HH: () => two(hour12),
    H: () => String(hour12),
    AA: () => t.getUTCHours() < 12 ? "AM" : "PM",
    aa: () => t.getUTCHours() < 12 ? "am" : "pm",
    mm: () => two(t.getUTCMinutes()),
    m: () => String(t.getUTCMinutes()),
    ss: () => two(t.getUTCSeconds()),
    s: () => String(t.getUTCSeconds()),
    ZZZZZ: () => offsetText(instant.offset, true),
    ZZZZ: () => offsetText(instant.offset, false),
    ZZZ: () => instant.offset === 0 ? "UTC" : offsetText(instant.offset, false),
    Z: () => instant.offset === 0 ? "Z" : offsetText(instant.offset, true)
  };
  let out = "";
  for (let i = 0; i < spec.length; ) {
    const c = spec[i];
    if (c === "'") {
      const literal = /^'((?:[^']|'')*)'/.exec(spec.slice(i));
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      if (!literal) invalid("format", "unterminated literal '.");
      out += literal[1].replace(/''/g, "'");
      i += literal[0].length;
      continue;
    }
    if (!/[a-zA-Z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let run2 = 1;
    while (spec[i + run2] === c) run2++;
    const token = spec.slice(i, i + run2);
    const write = tokens[token] ?? invalid("format", `invalid date format verb ${JSON.stringify(token)}.`);
    out += write();
    i += run2;
  }
  return out;
}
function duration(text3) {
  const units = { ns: 1e-6, us: 1e-3, "\xB5s": 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text3);
  if (!match && text3 !== "0") {
    const unit = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)([^\d.]+)/.exec(text3)?.[1];
    return failed(unit ? `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text3)}.` : `time: invalid duration ${JSON.stringify(text3)}.`);
  }
  let total = 0;
  for (const [, amount, unit] of text3.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * units[unit];
  return text3.startsWith("-") ? -total : total;
}
var planTime = {
  timestamp: { params: [], impl: () => UNKNOWN },
  plantimestamp: { params: [], impl: () => UNKNOWN },
  uuid: { params: [], impl: () => UNKNOWN },
  formatdate: { params: ["format", "time"], impl: ([f, t]) => formatdate(str(f, "format"), parseTimestamp(str(t, "time"), "time")) },
  timeadd: {
    params: ["timestamp", "duration"],
    impl: ([t, d]) => {
      const instant = parseTimestamp(str(t, "timestamp"), "timestamp");
      return rfc3339({ ...instant, utc: instant.utc + duration(str(d, "duration")) });
    }
  },
  timecmp: {
    params: ["timestamp_a", "timestamp_b"],
    impl: ([a, b]) => Math.sign(parseTimestamp(str(a, "timestamp_a"), "timestamp_a").utc - parseTimestamp(str(b, "timestamp_b"), "timestamp_b").utc)
  }
};

// src/terraform-lang/functions/index.ts
var FunctionArgumentError = class extends Error {
};
var UnknownFunctionError = class extends Error {
  constructor(functionName) {
    super(`there is no function named "${functionName}"`);
    this.functionName = functionName;
  }
  functionName;
};
var FAMILIES = [strings2, collections, conversion, encoding, documents, network, numeric, paths, planTime];
var SPECS = new Map(FAMILIES.flatMap((family) => Object.entries(family)));
var NOT_PROVIDED = [
  "file",
  "filebase64",
  "filebase64sha256",
  "filebase64sha512",
  "fileexists",
  "filemd5",
  "filesha1",
  "filesha256",
  "filesha512",
  "fileset",
  "templatefile",
  "templatestring",
  "abspath",
  "pathexpand",
  "bcrypt",
  "rsadecrypt",
  "base64gzip"
];
var FUNCTIONS = new Map([...SPECS].map(([name, spec]) => [name, (args) => run(name, spec, args)]));
function callFunction(name, args) {
  const fn = FUNCTIONS.get(name);
  if (!fn) throw new UnknownFunctionError(name);
  return fn(args);
}
function run(name, spec, given) {
  checkCount(name, spec, given.length);
  if (spec.allowMarked) return body(name, spec, given);
  let sensitive = false;
  const args = given.map((arg) => {
    const unmarked = spec.elementMarks ? unmark(arg) : unmarkDeep(arg);
    sensitive ||= unmarked.sensitive;
    return unmarked.value;
  });
  if (!spec.allowUnknown && args.some(containsUnknown)) return mark(UNKNOWN, sensitive);
  return mark(body(name, spec, args.map(normalized)), sensitive);
}
function normalized(value) {
  if (typeof value === "string") return /[^\x00-\x7f]/.test(value) ? value.normalize("NFC") : value;
  if (Array.isArray(value)) return value.map(normalized);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [normalized(k), normalized(v)]));
  return value;
}
function body(name, spec, args) {
  try {
    return spec.impl(args);
  } catch (error) {
    if (error instanceof InvalidArgument) throw new FunctionArgumentError(`Invalid value for "${error.param}" parameter: ${error.message}`);
    if (error instanceof CallFailed) throw new FunctionArgumentError(`Call to function "${name}" failed: ${error.message}`);
    throw error;
  }
}
function checkCount(name, spec, count) {
  const required = spec.params.length - (spec.optional ?? 0);
  if (count < required) {
    throw new FunctionArgumentError(`Not enough function arguments: Function "${name}" expects ${spec.variadic ? "at least " : ""}${required} argument(s). Missing value for "${spec.params[count]}".`);
  }
  if (!spec.variadic && count > spec.params.length) {
    throw new FunctionArgumentError(`Too many function arguments: Function "${name}" expects only ${spec.params.length} argument(s).`);
  }
}

// src/terraform-lang/operations.ts
var OperationError = class extends Error {
};
function strip(value) {
  let sensitive = false;
  let unknown = false;
  const walk = (v) => {
    if (v instanceof Sensitive) {
      sensitive = true;
      return walk(v.value);
    }
    if (v instanceof Unknown) {
      unknown = true;
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isObject(v)) {
      const out = {};
      for (const key of Object.keys(v)) defineKey(out, key, walk(v[key]));
      return out;
    }
    return v;
  };
  const stripped = walk(value);
  return { value: stripped, sensitive, unknown };
}
function defineKey(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
function asString(value, what = "string") {
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value === null) throw new OperationError(`a null value cannot be used as ${what}`);
  throw new OperationError(`a ${typeName(value)} cannot be used as ${what}: string required`);
}
function asNumber(value) {
  if (typeof value === "number") return value;
  const parsed = typeof value === "string" ? parseNumber(value) : void 0;
  if (parsed !== void 0) return parsed;
  if (value === null) throw new OperationError("a null value cannot be used as a number");
  throw new OperationError(`a ${typeName(value)} cannot be used as a number`);
}
function asBool(value) {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  if (value === null) throw new OperationError("a null value cannot be used as a bool");
  throw new OperationError(`a ${typeName(value)} cannot be used as a bool`);
}
function lift(operands2, f) {
  let sensitive = false;
  let unknown = false;
  const plain = operands2.map((operand) => {
    const s = strip(operand);
    if (s.sensitive) sensitive = true;
    if (s.unknown) unknown = true;
    return s.value;
  });
  if (unknown) return mark(UNKNOWN, sensitive);
  return mark(f(plain), sensitive);
}
function unaryOperation(operator, operand) {
  return lift([operand], ([v]) => operator === "!" ? !asBool(v) : -asNumber(v));
}
function binaryOperation(operator, left, right) {
  return lift([left, right], ([l, r]) => {
    switch (operator) {
      case "==":
        return equal(l, r);
      case "!=":
        return !equal(l, r);
      case "&&":
        return asBool(l) && asBool(r);
      case "||":
        return asBool(l) || asBool(r);
      case "+":
        return asNumber(l) + asNumber(r);
      case "-":
        return asNumber(l) - asNumber(r);
      case "*":
        return asNumber(l) * asNumber(r);
      case "/": {
        const divisor = asNumber(r);
        if (divisor === 0) throw new OperationError("divide by zero");
        return asNumber(l) / divisor;
      }
      case "%": {
        const divisor = asNumber(r);
        if (divisor === 0) throw new OperationError("divide by zero");
        return asNumber(l) % divisor;
      }
      case "<":
        return asNumber(l) < asNumber(r);
      case ">":
        return asNumber(l) > asNumber(r);
      case "<=":
        return asNumber(l) <= asNumber(r);
      case ">=":
        return asNumber(l) >= asNumber(r);
      default:
        throw new OperationError(`unsupported operator ${operator}`);
    }
  });
}

// src/terraform-lang/syntax.ts
var SourceText = class {
  constructor(text3) {
    this.text = text3;
  }
  text;
  lineStarts;
  /** 1-based line of a character index. */
  lineAt(index) {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
};
var NO_CHILDREN = Object.freeze([]);
var Node = class {
  constructor(type, isNamed, startIndex, endIndex, field, source) {
    this.type = type;
    this.isNamed = isNamed;
    this.startIndex = startIndex;
    this.endIndex = endIndex;
    this.field = field;
    this.source = source;
  }
  type;
  isNamed;
  startIndex;
  endIndex;
  field;
  source;
  /** Leaves (most nodes) share one empty list rather than each holding its own. */
  children = NO_CHILDREN;
  named;
  get text() {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }
  get line() {
    return this.source.lineAt(this.startIndex);
  }
  get namedChildren() {
    return this.named ??= this.children.length === 0 ? NO_CHILDREN : this.children.filter((c) => c.isNamed);
  }
  get namedChildCount() {
    return this.namedChildren.length;
  }
  namedChild(index) {
    return this.namedChildren[index] ?? null;
  }
  get childCount() {
    return this.children.length;
  }
  child(index) {
    return this.children[index] ?? null;
  }
  childForFieldName(name) {
    return this.children.find((c) => c.field === name) ?? null;
  }
};
var KEEPS_TOKENS = /* @__PURE__ */ new Set(["binary_operation", "unary_operation"]);
var namedByType = [];
function fromTree(root, source, offset = 0) {
  const cursor = root.walk();
  try {
    const top = new Node(cursor.nodeType, cursor.nodeIsNamed, cursor.startIndex + offset, cursor.endIndex + offset, null, source);
    const parents = [top];
    if (!cursor.gotoFirstChild()) return top;
    const types = root.tree.language.types;
    for (; ; ) {
      const parent = parents[parents.length - 1];
      const typeId = cursor.nodeTypeId;
      let named = namedByType[typeId];
      if (named === void 0) named = namedByType[typeId] = cursor.nodeIsNamed;
      const type = types[typeId] || "ERROR";
      if (type !== "comment" && (named || KEEPS_TOKENS.has(parent.type))) {
        const field = parent.type === "object_elem" ? cursor.currentFieldName : null;
        const node = new Node(type, named, cursor.startIndex + offset, cursor.endIndex + offset, field, source);
        if (parent.children.length === 0) parent.children = [node];
        else parent.children.push(node);
        if (named && cursor.gotoFirstChild()) {
          parents.push(node);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || parents.length === 1) return top;
        parents.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
var lineOf = (node) => node.line;
function namedChildren(node) {
  return node.namedChildren;
}
function unwrap(node) {
  let current = node;
  while (current.type === "expression") {
    const children = namedChildren(current);
    if (children.length !== 1) return current;
    current = children[0];
  }
  return current;
}
function unescapeQuoted(raw) {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") {
      const next = raw[i + 1];
      i++;
      switch (next) {
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "	";
          break;
        case '"':
          out += '"';
          break;
        case "\\":
          out += "\\";
          break;
        case "u":
          out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 5), 16));
          i += 4;
          break;
        case "U":
          out += String.fromCodePoint(parseInt(raw.slice(i + 1, i + 9), 16));
          i += 8;
          break;
        default:
          out += "\\" + (next ?? "");
      }
      continue;
    }
    if ((c === "$" || c === "%") && raw[i + 1] === c && raw[i + 2] === "{") {
      out += c + "{";
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}
function unescapeHeredoc(raw) {
  return raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function plainString(node) {
  const inner = unwrap(node);
  const lit = inner.type === "literal_value" ? inner.namedChild(0) : inner;
  if (!lit || lit.type !== "string_lit") return null;
  const start = lit.child(0);
  const end = lit.child(lit.childCount - 1);
  if (!start || !end) return null;
  return unescapeQuoted(lit.source.text.slice(start.endIndex, end.startIndex));
}
var OPERATORS = /* @__PURE__ */ new Set(["==", "!=", "<", ">", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "!"]);
function operands(operation) {
  const op = operation.namedChild(0);
  const groups = [[]];
  let operator = "";
  for (const child of op.children) {
    if (!child.isNamed) {
      if (!OPERATORS.has(child.text)) continue;
      operator = child.text;
      if (groups[groups.length - 1].length > 0) groups.push([]);
      continue;
    }
    groups[groups.length - 1].push(child);
  }
  return { operator, operands: groups.filter((g) => g.length > 0) };
}
function parseExpression(parser, text3) {
  const source = `v = ${text3}
`;
  const tree = parser.parse(source);
  if (!tree) throw new Error("the parser returned no tree");
  try {
    const attribute = tree.rootNode.hasError ? null : tree.rootNode.descendantsOfType("attribute")[0];
    const expression = attribute?.namedChildren.find((c) => c?.type === "expression");
    return expression ? fromTree(expression, new SourceText(source)) : null;
  } finally {
    tree.delete();
  }
}

// src/terraform-lang/template.ts
var MARKERS = /* @__PURE__ */ new Set(["template_interpolation", "template_if_intro", "template_else_intro", "template_if_end", "template_for_start", "template_for_end"]);
function literalText(reader, from, to) {
  let raw = "";
  let at = from;
  for (const [start, end] of reader.cuts) {
    if (end <= at || start >= to) continue;
    raw += reader.text.slice(at, Math.max(at, start));
    at = Math.max(at, end);
  }
  raw += reader.text.slice(at, Math.max(at, to));
  return reader.heredoc ? unescapeHeredoc(raw) : unescapeQuoted(raw);
}
function stripMarks(node) {
  const children = node.children;
  const open2 = children[0];
  const close = children[children.length - 1];
  const marks = children.filter((c) => c.type === "strip_marker");
  return { left: marks.some((m) => m.startIndex === open2.endIndex), right: marks.some((m) => m.endIndex === close.startIndex) };
}
function trimEnd(parts) {
  const last = parts[parts.length - 1];
  if (last?.kind === "literal") last.text = last.text.replace(/\s+$/, "");
}
function trimStart(parts) {
  const first = parts[0];
  if (first?.kind === "literal") first.text = first.text.replace(/^\s+/, "");
}
function readParts(reader, children, from, to) {
  const parts = [];
  let at = from;
  let stripNext = false;
  const pushLiteral = (end) => {
    if (end > at) parts.push({ kind: "literal", text: literalText(reader, at, end) });
    if (stripNext) trimStart(parts.slice(-1));
    stripNext = false;
  };
  for (const child of children) {
    if (child.type === "template_interpolation") {
      pushLiteral(child.startIndex);
      const marks = stripMarks(child);
      if (marks.left) trimEnd(parts);
      parts.push({ kind: "interpolation", node: namedChildren(child).find((c) => c.type === "expression") });
      stripNext = marks.right;
      at = child.endIndex;
    } else if (child.type === "template_directive") {
      pushLiteral(child.startIndex);
      const directive = child.namedChild(0);
      const { part, left, right } = readDirective(reader, directive);
      if (left) trimEnd(parts);
      parts.push(part);
      stripNext = right;
      at = child.endIndex;
    }
  }
  const before = parts.length;
  pushLiteral(to);
  if (parts.length === before && stripNext) stripNext = false;
  return parts;
}
function readDirective(reader, directive) {
  const children = namedChildren(directive);
  const body2 = children.filter((c) => c.type === "template_interpolation" || c.type === "template_directive");
  if (directive.type === "template_if") {
    const intro = children.find((c) => c.type === "template_if_intro");
    const elseIntro = children.find((c) => c.type === "template_else_intro");
    const end2 = children.find((c) => c.type === "template_if_end");
    const introMarks = stripMarks(intro);
    const endMarks2 = stripMarks(end2);
    const thenEnd = elseIntro ? elseIntro.startIndex : end2.startIndex;
    const thenParts = readParts(reader, body2.filter((c) => c.endIndex <= thenEnd), intro.endIndex, thenEnd);
    if (introMarks.right) trimStart(thenParts);
    let elseParts = [];
    if (elseIntro) {
      const elseMarks = stripMarks(elseIntro);
      if (elseMarks.left) trimEnd(thenParts);
      elseParts = readParts(reader, body2.filter((c) => c.startIndex >= elseIntro.endIndex), elseIntro.endIndex, end2.startIndex);
      if (elseMarks.right) trimStart(elseParts);
    }
    if (endMarks2.left) trimEnd(elseIntro ? elseParts : thenParts);
    const condition = namedChildren(intro).find((c) => c.type === "expression");
    return { part: { kind: "if", condition, then: thenParts, else: elseParts }, left: introMarks.left, right: endMarks2.right };
  }
  const start = children.find((c) => c.type === "template_for_start");
  const end = children.find((c) => c.type === "template_for_end");
  const startMarks = stripMarks(start);
  const endMarks = stripMarks(end);
  const parts = readParts(reader, body2, start.endIndex, end.startIndex);
  if (startMarks.right) trimStart(parts);
  if (endMarks.left) trimEnd(parts);
  const names = namedChildren(start).filter((c) => c.type === "identifier").map((c) => c.text);
  const collection = namedChildren(start).find((c) => c.type === "expression");
  return { part: { kind: "for", names, collection, body: parts }, left: startMarks.left, right: endMarks.right };
}
function markerRanges(node, out = []) {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (MARKERS.has(child.type)) out.push([child.startIndex, child.endIndex]);
    if (child.type === "template_directive" || child.type === "template_if" || child.type === "template_for") markerRanges(child, out);
  }
  return out;
}
function flushCuts(text3, from, to, markers) {
  const lines = [];
  let min = Infinity;
  for (let start = from; start < to; ) {
    const newline = text3.indexOf("\n", start);
    const lineEnd = newline === -1 || newline >= to ? to : newline + 1;
    const insideMarker = markers.some(([s, e]) => start > s && start < e);
    const atMarker = markers.some(([s]) => s === start);
    if (!insideMarker) {
      if (atMarker) min = 0;
      else {
        let i = start;
        while (i < lineEnd && (text3[i] === " " || text3[i] === "	")) i++;
        const blank = i === lineEnd || (text3[i] === "\n" || text3[i] === "\r" && text3[i + 1] === "\n");
        if (!blank || !text3.slice(start, lineEnd).endsWith("\n")) {
          lines.push({ start, spaces: i - start });
          min = Math.min(min, i - start);
        }
      }
    }
    start = lineEnd;
  }
  if (!Number.isFinite(min) || min === 0) return [];
  return lines.map((line) => [line.start, line.start + Math.min(min, line.spaces)]);
}
function templateParts(node) {
  const template2 = node.namedChild(0);
  const text3 = node.source.text;
  const children = namedChildren(template2);
  if (template2.type === "quoted_template") {
    const open2 = template2.child(0);
    const close = template2.child(template2.childCount - 1);
    return readParts({ text: text3, heredoc: false, cuts: [] }, children, open2.endIndex, close.startIndex);
  }
  const identifiers = children.filter((c) => c.type === "heredoc_identifier");
  const opening = identifiers[0];
  const closing = identifiers[identifiers.length - 1];
  const from = text3.indexOf("\n", opening.endIndex) + 1;
  const to = identifiers.length > 1 ? text3.lastIndexOf("\n", closing.startIndex - 1) + 1 : from;
  const flush = children.find((c) => c.type === "heredoc_start")?.text.includes("-") === true;
  const cuts = flush ? flushCuts(text3, from, Math.max(from, to), markerRanges(template2)) : [];
  return readParts({ text: text3, heredoc: true, cuts }, children, from, Math.max(from, to));
}
function evaluateTemplate(node, evaluator) {
  const parts = templateParts(node);
  if (parts.length === 1 && parts[0].kind === "interpolation" && node.namedChild(0)?.type === "quoted_template") return evaluator.evaluate(parts[0].node);
  const state = { sensitive: false, unknown: false };
  const text3 = render(parts, evaluator, state);
  if (state.unknown) return mark(UNKNOWN, state.sensitive);
  return mark(text3, state.sensitive);
}
function known(value, state) {
  const plain = unmark(value);
  if (plain.sensitive) state.sensitive = true;
  if (isUnknown(plain.value)) {
    state.unknown = true;
    return void 0;
  }
  return plain.value;
}
function render(parts, evaluator, state) {
  let out = "";
  for (const part of parts) {
    if (part.kind === "literal") {
      out += part.text;
      continue;
    }
    if (part.kind === "interpolation") {
      const value2 = known(evaluator.evaluate(part.node), state);
      if (value2 === void 0) continue;
      if (value2 === null) throw new EvaluationError("Invalid template interpolation value: the expression result is null; a null value cannot be used in a string template", lineOf(part.node));
      try {
        out += asString(value2, "a template interpolation");
      } catch (error) {
        if (error instanceof OperationError) throw new EvaluationError(`Invalid template interpolation value: ${error.message}`, lineOf(part.node));
        throw error;
      }
      continue;
    }
    if (part.kind === "if") {
      const value2 = known(evaluator.evaluate(part.condition), state);
      if (value2 === void 0) continue;
      out += render(asBool(value2) ? part.then : part.else, evaluator, state);
      continue;
    }
    const value = known(evaluator.evaluate(part.collection), state);
    if (value === void 0) continue;
    for (const [key, element] of iterationEntries(value, lineOf(part.collection))) {
      const symbols = part.names.length === 2 ? { [part.names[0]]: key, [part.names[1]]: element } : { [part.names[0]]: element };
      out += render(part.body, evaluator.with(symbols), state);
    }
  }
  return out;
}

// src/terraform-lang/traversal.ts
var open = /* @__PURE__ */ new WeakSet();
function openObject(value) {
  open.add(value);
  return value;
}
function applyStep(base2, step) {
  const { value, sensitive } = unmark(base2);
  if (isUnknown(value)) return mark(UNKNOWN, sensitive);
  if (step.kind === "attr") {
    if (value === null) throw new OperationError(`Attempt to get attribute "${step.name}" from a null value`);
    if (!isObject(value)) throw new OperationError(`Unsupported attribute "${step.name}": a ${typeName(value)} has no attributes`);
    if (!Object.prototype.hasOwnProperty.call(value, step.name)) {
      if (open.has(value)) return mark(UNKNOWN, sensitive);
      throw new OperationError(`Unsupported attribute: this object does not have an attribute named "${step.name}"`);
    }
    return mark(value[step.name], sensitive);
  }
  const key = unmark(step.key);
  if (isUnknown(key.value)) return mark(UNKNOWN, sensitive || key.sensitive);
  if (value === null) throw new OperationError("Attempt to index a null value");
  if (Array.isArray(value)) {
    const index = asNumber(key.value);
    if (!Number.isInteger(index) || index < 0 || index >= value.length) throw new OperationError(`Invalid index: the given key ${numberText(index)} is out of range (${value.length} elements)`);
    return mark(value[index], sensitive || key.sensitive);
  }
  if (isObject(value)) {
    const name = typeof key.value === "number" ? numberText(key.value) : key.value;
    if (typeof name !== "string") throw new OperationError(`Invalid index: a ${typeName(key.value)} cannot index an object`);
    if (!Object.prototype.hasOwnProperty.call(value, name)) throw new OperationError(`Invalid index: the given key "${name}" does not identify an element of this collection`);
    return mark(value[name], sensitive || key.sensitive);
  }
  throw new OperationError(`Invalid index: a ${typeName(value)} cannot be indexed`);
}
function applySplat(base2, each) {
  const { value, sensitive } = unmark(base2);
  if (isUnknown(value)) return mark(UNKNOWN, sensitive);
  if (value === null) return mark([], sensitive);
  const elements = Array.isArray(value) ? value : [value];
  return mark(elements.map(each), sensitive);
}

// src/terraform-lang/evaluate.ts
var NOT_EVALUATED = /* @__PURE__ */ new Set(["base64gzip", "bcrypt", "csvdecode", "ephemeralasnull", "rsadecrypt", "templatestring", "textdecodebase64", "textencodebase64", "type", "uuidv5", "yamldecode", "yamlencode"]);
function isFunctionName(name) {
  return name === "try" || name === "can" || name.includes("::") || FUNCTIONS.has(name) || NOT_EVALUATED.has(name) || NOT_PROVIDED.includes(name);
}
function isCatchable(error) {
  return error instanceof EvaluationError || error instanceof OperationError || error instanceof FunctionArgumentError;
}
var MAX_NESTING = 400;
var Evaluator = class _Evaluator {
  constructor(scope, symbols = void 0, outer = void 0) {
    this.scope = scope;
    this.symbols = symbols;
    this.outer = outer;
  }
  scope;
  symbols;
  outer;
  depth = 0;
  /** An evaluator that also knows the symbols of a `for` expression, a template or a block. */
  with(symbols) {
    const child = new _Evaluator(this.scope, symbols, this);
    child.depth = this.depth;
    return child;
  }
  /** The value of a symbol (`each`, `count`, a `for` variable), innermost first. */
  symbol(name) {
    if (this.symbols && Object.prototype.hasOwnProperty.call(this.symbols, name)) return this.symbols[name];
    return this.outer?.symbol(name);
  }
  evaluate(node) {
    if (++this.depth > MAX_NESTING) {
      this.depth = 0;
      throw new EvaluationError("the expression nests too deeply to evaluate", lineOf(node));
    }
    try {
      return this.evaluateNode(node);
    } catch (error) {
      if (error instanceof OperationError || error instanceof FunctionArgumentError) throw new EvaluationError(error.message, lineOf(node));
      throw error;
    } finally {
      this.depth--;
    }
  }
  evaluateNode(node) {
    switch (node.type) {
      case "expression":
        return this.chain(node);
      case "literal_value":
        return this.literal(node);
      case "template_expr":
        return evaluateTemplate(node, this);
      case "collection_value":
        return this.collection(node);
      case "variable_expr":
        return this.reference(node, []);
      case "function_call":
        return this.call(node);
      case "for_expr":
        return this.forExpression(node);
      case "conditional":
        return this.conditional(node);
      case "operation":
        return this.operation(node);
      default:
        throw new EvaluationError(`unsupported expression (${node.type})`, lineOf(node));
    }
  }
  /** An `expression` node: a base and its traversal (`.attr`, `[index]`, splats). */
  chain(node) {
    return this.chainOf(namedChildren(node), node);
  }
  /** A base node and the traversal nodes after it. */
  chainOf(parts, node) {
    if (parts.length === 0) throw new EvaluationError("empty expression", lineOf(node));
    const [base2, ...postfix] = parts;
    if (base2.type === "variable_expr") {
      const steps = [];
      let i = 0;
      for (; i < postfix.length; i++) {
        const step = this.step(postfix[i]);
        if (!step) break;
        steps.push(step);
      }
      return this.traverse(this.reference(base2, steps), postfix.slice(i));
    }
    return this.traverse(this.evaluate(base2), postfix);
  }
  /** A `get_attr` or `index` node as a step; null for a splat. */
  step(node) {
    if (node.type === "get_attr") return { kind: "attr", name: node.namedChild(0).text };
    if (node.type === "index") {
      const inner = node.namedChild(0);
      if (inner.type === "legacy_index") return { kind: "index", key: Number(inner.text.slice(1)) };
      return { kind: "index", key: this.evaluate(inner.namedChild(0)) };
    }
    return null;
  }
  traverse(value, postfix) {
    let current = value;
    for (let i = 0; i < postfix.length; i++) {
      const node = postfix[i];
      if (node.type === "splat") {
        const splat = node.namedChild(0);
        const inner = namedChildren(splat);
        current = applySplat(current, (element) => this.traverse(element, inner));
        continue;
      }
      const step = this.step(node);
      if (!step) throw new EvaluationError(`unsupported traversal (${node.type})`, lineOf(node));
      current = stepInto(current, step, node);
    }
    return current;
  }
  reference(node, steps) {
    const root = node.namedChild(0).text;
    const symbol = this.symbol(root);
    const { value, consumed } = symbol !== void 0 ? { value: symbol, consumed: 0 } : this.scope.reference(root, steps, lineOf(node));
    let current = value;
    for (const step of steps.slice(consumed)) current = stepInto(current, step, node);
    return current;
  }
  literal(node) {
    const lit = node.namedChild(0);
    switch (lit.type) {
      case "numeric_lit":
        return Number(lit.text);
      case "bool_lit":
        return lit.text === "true";
      case "null_lit":
        return null;
      case "string_lit":
        return plainString(lit) ?? "";
      default:
        throw new EvaluationError(`unsupported literal (${lit.type})`, lineOf(node));
    }
  }
  collection(node) {
    const inner = node.namedChild(0);
    if (inner.type === "tuple") return namedChildren(inner).filter((c) => c.type === "expression").map((item) => this.evaluate(item));
    const out = {};
    let unknownKey = false;
    let sensitiveKey = false;
    for (const elem of namedChildren(inner)) {
      if (elem.type !== "object_elem") continue;
      const keyNode = elem.childForFieldName("key");
      const valueNode = elem.childForFieldName("val");
      let key;
      const direct = keyNode.namedChild(0);
      if (keyNode.namedChildCount === 1 && direct?.type === "variable_expr") key = direct.namedChild(0).text;
      else {
        const raw = unmark(this.evaluate(keyNode));
        if (raw.sensitive) sensitiveKey = true;
        if (isUnknown(raw.value)) {
          unknownKey = true;
          continue;
        }
        key = asString(raw.value, "an object key");
      }
      defineKey(out, key, this.evaluate(valueNode));
    }
    if (unknownKey) return mark(UNKNOWN, sensitiveKey);
    return mark(out, sensitiveKey);
  }
  conditional(node) {
    const [condition, whenTrue, whenFalse] = namedChildren(node);
    const { value, sensitive } = unmark(this.evaluate(condition));
    if (isUnknown(value)) return mark(UNKNOWN, sensitive);
    if (value === null) throw new EvaluationError("the condition value is null", lineOf(condition));
    return mark(this.evaluate(asBool(value) ? whenTrue : whenFalse), sensitive);
  }
  operation(node) {
    const { operator, operands: parts } = operands(node);
    if (node.namedChild(0).type === "unary_operation") return unaryOperation(operator, this.chainOf(parts[0] ?? [], node));
    return binaryOperation(operator, this.chainOf(parts[0] ?? [], node), this.chainOf(parts[1] ?? [], node));
  }
  call(node) {
    const name = node.namedChild(0).text;
    const argsNode = namedChildren(node).find((c) => c.type === "function_arguments");
    const argNodes = argsNode ? namedChildren(argsNode).filter((c) => c.type === "expression") : [];
    const expand = argsNode ? namedChildren(argsNode).some((c) => c.type === "ellipsis") : false;
    if (name === "try") return this.tryCall(argNodes, node);
    if (name === "can") return this.canCall(argNodes, node);
    if (name.includes("::")) return UNKNOWN;
    let args = argNodes.map((arg) => this.evaluate(arg));
    if (expand && args.length > 0) {
      const last = unmark(args[args.length - 1]);
      if (isUnknown(last.value)) return mark(UNKNOWN, last.sensitive);
      if (!Array.isArray(last.value)) throw new EvaluationError("the expanded argument must be a list or tuple", lineOf(node));
      args = [...args.slice(0, -1), ...last.value.map((v) => mark(v, last.sensitive))];
    }
    if (NOT_PROVIDED.includes(name)) return this.scope.fileFunction ? this.scope.fileFunction(name, args, lineOf(node)) : UNKNOWN;
    if (NOT_EVALUATED.has(name) && !FUNCTIONS.has(name)) return UNKNOWN;
    try {
      return callFunction(name, args);
    } catch (error) {
      if (error instanceof UnknownFunctionError) throw new EvaluationError(`Call to unknown function: there is no function named "${name}"`, lineOf(node));
      if (error instanceof FunctionArgumentError || error instanceof OperationError) throw new EvaluationError(`Invalid function argument: ${name}: ${error.message}`, lineOf(node));
      throw error;
    }
  }
  /** `try(a, b, ...)`: the first argument that evaluates without error; unknown while it may still fail. */
  tryCall(args, node) {
    for (const arg of args) {
      let value;
      try {
        value = this.evaluate(arg);
      } catch (error) {
        if (isCatchable(error)) continue;
        throw error;
      }
      if (strip(value).unknown) return UNKNOWN;
      return value;
    }
    throw new EvaluationError("Error in function call: no expression succeeded", lineOf(node));
  }
  canCall(args, node) {
    if (args.length !== 1) throw new EvaluationError("can takes exactly one argument", lineOf(node));
    try {
      const value = this.evaluate(args[0]);
      return strip(value).unknown ? UNKNOWN : true;
    } catch (error) {
      if (isCatchable(error)) return false;
      throw error;
    }
  }
  forExpression(node) {
    const form = node.namedChild(0);
    const parts = namedChildren(form);
    const intro = parts.find((p) => p.type === "for_intro");
    const introNames = namedChildren(intro).filter((c) => c.type === "identifier").map((c) => c.text);
    const collectionNode = namedChildren(intro).find((c) => c.type === "expression");
    const [keyName, valueName] = introNames.length === 2 ? introNames : [void 0, introNames[0]];
    const body2 = parts.filter((p) => p.type === "expression");
    const condition = parts.find((p) => p.type === "for_cond");
    const grouping = parts.some((p) => p.type === "ellipsis");
    const { value: collection, sensitive } = unmark(this.evaluate(collectionNode));
    if (isUnknown(collection)) return mark(UNKNOWN, sensitive);
    if (collection === null) throw new EvaluationError("Iteration over null value: a null value cannot be used as the collection in a for expression", lineOf(collectionNode));
    const entries = iterationEntries(collection, lineOf(collectionNode));
    const isObjectForm = form.type === "for_object_expr";
    const items = [];
    const object = {};
    let unknown = false;
    for (const [key, value] of entries) {
      const scope = this.with(keyName === void 0 ? { [valueName]: mark(value, sensitive) } : { [keyName]: mark(key, sensitive), [valueName]: mark(value, sensitive) });
      if (condition) {
        const include = unmark(scope.evaluate(namedChildren(condition)[0]));
        if (isUnknown(include.value)) {
          unknown = true;
          continue;
        }
        if (!asBool(include.value)) continue;
      }
      if (!isObjectForm) {
        items.push(scope.evaluate(body2[0]));
        continue;
      }
      const k = unmark(scope.evaluate(body2[0]));
      if (isUnknown(k.value)) {
        unknown = true;
        continue;
      }
      const name = asString(k.value, "an object key");
      const v = scope.evaluate(body2[1]);
      if (grouping) {
        const existing = Object.prototype.hasOwnProperty.call(object, name) ? object[name] : void 0;
        if (existing) existing.push(v);
        else defineKey(object, name, [v]);
      } else {
        if (Object.prototype.hasOwnProperty.call(object, name)) throw new EvaluationError(`Duplicate object key: two elements have the key "${name}"; add "..." after the value to group them`, lineOf(body2[0]));
        defineKey(object, name, v);
      }
    }
    if (unknown) return mark(UNKNOWN, sensitive);
    return mark(isObjectForm ? object : items, sensitive);
  }
};
function stepInto(value, step, node) {
  try {
    return applyStep(value, step);
  } catch (error) {
    if (error instanceof OperationError) throw new EvaluationError(error.message, lineOf(node));
    throw error;
  }
}
function iterationEntries(collection, line) {
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (isObject(collection)) return Object.keys(collection).sort().map((k) => [k, collection[k]]);
  throw new EvaluationError(`Iteration over non-iterable value: a ${typeof collection} cannot be iterated`, line);
}

// src/terraform-lang/types.ts
var ANY = { kind: "any" };
var NO_SCOPE = {
  reference(_root, _steps, line) {
    throw new EvaluationError("a type constraint cannot refer to anything", line);
  }
};
function parseType(node) {
  const inner = unwrap(node);
  const name = inner.type === "variable_expr" ? inner.namedChild(0).text : plainString(inner);
  if (name !== null) {
    if (name === "string" || name === "number" || name === "bool") return { kind: name };
    if (name === "any") return ANY;
    if (name === "list" || name === "map" || name === "set") return { kind: name, element: ANY };
    throw new EvaluationError(`Invalid type specification: "${name}" is not a type`, lineOf(node));
  }
  if (inner.type === "function_call") {
    const name2 = inner.namedChild(0).text;
    const argsNode = namedChildren(inner).find((c) => c.type === "function_arguments");
    const args = argsNode ? namedChildren(argsNode).filter((c) => c.type === "expression") : [];
    if ((name2 === "list" || name2 === "set" || name2 === "map") && args.length === 1) return { kind: name2, element: parseType(args[0]) };
    if (name2 === "tuple" && args.length === 1) {
      const tuple = unwrap(args[0]);
      const items = tuple.type === "collection_value" ? namedChildren(tuple.namedChild(0)).filter((c) => c.type === "expression") : [];
      return { kind: "tuple", elements: items.map(parseType) };
    }
    if (name2 === "object" && args.length === 1) {
      const object = unwrap(args[0]);
      const attributes = {};
      const elements = object.type === "collection_value" ? namedChildren(object.namedChild(0)).filter((c) => c.type === "object_elem") : [];
      for (const element of elements) {
        const keyNode = element.childForFieldName("key");
        const key = unwrap(keyNode).type === "variable_expr" ? unwrap(keyNode).namedChild(0).text : String(new Evaluator(NO_SCOPE).evaluate(keyNode));
        const valueNode = element.childForFieldName("val");
        const value = unwrap(valueNode);
        if (value.type === "function_call" && value.namedChild(0).text === "optional") {
          const optArgsNode = namedChildren(value).find((c) => c.type === "function_arguments");
          const optArgs = optArgsNode ? namedChildren(optArgsNode).filter((c) => c.type === "expression") : [];
          const type = parseType(optArgs[0]);
          const entry = { type, optional: true };
          if (optArgs[1]) entry.default = new Evaluator(NO_SCOPE).evaluate(optArgs[1]);
          defineAttribute(attributes, key, entry);
        } else {
          defineAttribute(attributes, key, { type: parseType(valueNode), optional: false });
        }
      }
      return { kind: "object", attributes };
    }
  }
  throw new EvaluationError("Invalid type specification", lineOf(node));
}
function defineAttribute(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function convert(value, type) {
  const { value: plain, sensitive } = unmark(value);
  if (isUnknown(plain) || plain === null || type.kind === "any") return value;
  return mark(convertPlain(plain, type), sensitive);
}
function convertPlain(value, type) {
  switch (type.kind) {
    case "any":
      return value;
    case "string":
      if (Array.isArray(value) || isObject(value)) throw new OperationError(`string required, got ${typeName(value)}`);
      return asString(value);
    case "number":
      return asNumber(value);
    case "bool":
      return asBool(value);
    case "list":
    case "set": {
      if (!Array.isArray(value)) throw new OperationError(`${type.kind} of ${describe(type.element)} required, got ${typeName(value)}`);
      const items = value.map((item) => convert(item, type.element));
      return type.kind === "set" ? asSet2(items) : items;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type.elements.length) throw new OperationError(`tuple of ${type.elements.length} elements required`);
      return value.map((item, i) => convert(item, type.elements[i]));
    }
    case "map": {
      if (!isObject(value)) throw new OperationError(`map of ${describe(type.element)} required, got ${typeName(value)}`);
      const out = {};
      for (const key of Object.keys(value)) defineKey(out, key, convert(value[key], type.element));
      return out;
    }
    case "object": {
      if (!isObject(value)) throw new OperationError(`object required, got ${typeName(value)}`);
      const out = {};
      for (const [name, attribute] of Object.entries(type.attributes)) {
        const given = Object.prototype.hasOwnProperty.call(value, name) ? value[name] : void 0;
        if (given === void 0 || given === null) {
          if (!attribute.optional && given === void 0) throw new OperationError(`attribute "${name}" is required`);
          defineKey(out, name, attribute.default !== void 0 ? convert(attribute.default, attribute.type) : null);
          continue;
        }
        defineKey(out, name, convert(given, attribute.type));
      }
      return out;
    }
  }
}
function describe(type) {
  return type.kind === "list" || type.kind === "set" || type.kind === "map" ? `${type.kind} of ${describe(type.element)}` : type.kind;
}
function asSet2(items) {
  const unique = [];
  for (const item of items) if (!unique.some((u) => equal(strip(u).value, strip(item).value) && !strip(item).unknown)) unique.push(item);
  const primitive = unique.every((u) => typeof u === "string" || typeof u === "number" || typeof u === "boolean");
  if (!primitive) return unique;
  return [...unique].sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
}
function takesRawString(type) {
  return type.kind === "any" || type.kind === "string" || type.kind === "number" || type.kind === "bool";
}

// src/terraform-lang/json.ts
function toJson(input) {
  if (input instanceof Sensitive) {
    const inner = toJson(input.value);
    return { value: inner.value, unknown: inner.unknown, sensitive: true };
  }
  if (input instanceof Unknown) return { value: null, unknown: true, sensitive: false };
  if (Array.isArray(input)) {
    const items = input.map(toJson);
    return { value: items.map((i) => i.value), unknown: items.map((i) => i.unknown), sensitive: items.map((i) => i.sensitive) };
  }
  if (isObject(input)) {
    const value = {};
    const unknown = {};
    const sensitive = {};
    for (const key of Object.keys(input)) {
      const item = toJson(input[key]);
      defineKey(value, key, item.value);
      if (item.unknown !== false) defineKey(unknown, key, item.unknown);
      if (item.sensitive !== false) defineKey(sensitive, key, item.sensitive);
    }
    return { value, unknown, sensitive };
  }
  return { value: input, unknown: false, sensitive: false };
}

// src/terraform-lang/references.ts
function traversals(node, bound = /* @__PURE__ */ new Set(), out = [], calls = { count: 0 }) {
  if (node.type === "function_call") calls.count++;
  if (node.type === "expression") {
    partsTraversals(namedChildren(node), bound, out, calls);
    return out;
  }
  if (node.type === "operation") {
    for (const parts of operands(node).operands) partsTraversals(parts, bound, out, calls);
    return out;
  }
  const loop = node.type === "for_expr" ? node.namedChild(0) : node.type === "template_for" ? node : void 0;
  if (loop) {
    const intro = namedChildren(loop).find((p) => p.type === "for_intro" || p.type === "template_for_start");
    const names = namedChildren(intro).filter((c) => c.type === "identifier").map((c) => c.text);
    traversals(namedChildren(intro).find((c) => c.type === "expression"), bound, out, calls);
    const inner = /* @__PURE__ */ new Set([...bound, ...names]);
    for (const part of namedChildren(loop)) if (part !== intro) traversals(part, inner, out, calls);
    return out;
  }
  if (node.type === "object_elem") {
    const key = node.childForFieldName("key");
    if (!(key.namedChildCount === 1 && key.namedChild(0)?.type === "variable_expr")) traversals(key, bound, out, calls);
    traversals(node.childForFieldName("val"), bound, out, calls);
    return out;
  }
  for (const child of namedChildren(node)) traversals(child, bound, out, calls);
  return out;
}
function partsTraversals(parts, bound, out, calls) {
  if (parts.length > 0 && parts[0].type === "variable_expr") {
    const root = parts[0].namedChild(0).text;
    const steps = [];
    let i = 1;
    for (; i < parts.length; i++) {
      const step = staticStep(parts[i]);
      if (!step) break;
      steps.push(step);
    }
    if (!bound.has(root)) out.push({ root, steps });
    for (const rest of parts.slice(i)) traversals(rest, bound, out, calls);
    return;
  }
  for (const part of parts) traversals(part, bound, out, calls);
}
function staticStep(node) {
  if (node.type === "get_attr") return { kind: "attr", name: node.namedChild(0).text };
  if (node.type !== "index") return null;
  const inner = node.namedChild(0);
  if (inner.type === "legacy_index") return { kind: "index", key: Number(inner.text.slice(1)) };
  const key = unwrap(inner.namedChild(0));
  if (key.type !== "literal_value") return null;
  const lit = key.namedChild(0);
  if (lit.type === "numeric_lit") return { kind: "index", key: Number(lit.text) };
  if (lit.type === "string_lit") {
    const text3 = plainString(key);
    return text3 === null ? null : { kind: "index", key: text3 };
  }
  return null;
}
var PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function escapeRune(c) {
  const code = c.codePointAt(0);
  return code < 65536 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
}
var GO_ESCAPES2 = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "	": "\\t", "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v" };
var HCL_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t", '"': '\\"', "\\": "\\\\" };
function goQuoted(text3) {
  let out = '"';
  for (const c of text3) {
    out += GO_ESCAPES2[c] ?? (PRINTABLE.test(c) ? c : c.codePointAt(0) < 128 ? `\\x${c.codePointAt(0).toString(16).padStart(2, "0")}` : escapeRune(c));
  }
  return out + '"';
}
function hclQuoted(text3) {
  let out = '"';
  const chars = [...text3];
  chars.forEach((c, i) => {
    if (HCL_ESCAPES[c]) out += HCL_ESCAPES[c];
    else if ((c === "$" || c === "%") && chars[i + 1] === "{") out += c + c;
    else out += PRINTABLE.test(c) ? c : escapeRune(c);
  });
  return out + '"';
}
function stepText(step) {
  if (step.kind === "attr") return `.${step.name}`;
  const key = step.key;
  if (typeof key === "number") return `[${numberText(key)}]`;
  if (typeof key === "string") return `[${goQuoted(key)}]`;
  if (typeof key === "boolean") return `[${key}]`;
  return "[...]";
}
function keyText(key) {
  return typeof key === "number" ? `[${numberText(key)}]` : `[${hclQuoted(key)}]`;
}
var attrName = (step) => step?.kind === "attr" ? step.name : void 0;
var instanceKey = (step) => step?.kind === "index" && (typeof step.key === "string" || typeof step.key === "number") ? step.key : void 0;
function referenceStrings(traversal) {
  const { root, steps } = traversal;
  let subject;
  let rest;
  const extra = [];
  switch (root) {
    case "var":
    case "local":
    case "count":
    case "each":
    case "path":
    case "terraform": {
      const name = attrName(steps[0]);
      if (name === void 0) return [];
      subject = `${root}.${name}`;
      rest = steps.slice(1);
      break;
    }
    case "self":
      subject = "self";
      rest = steps;
      break;
    case "module": {
      const name = attrName(steps[0]);
      if (name === void 0) return [];
      const call = `module.${name}`;
      let at = 1;
      const key = instanceKey(steps[at]);
      let instance = call;
      if (key !== void 0) {
        instance = `${call}${keyText(key)}`;
        at++;
      }
      const output = attrName(steps[at]);
      if (output === void 0) {
        subject = instance;
        rest = steps.slice(at);
        if (key !== void 0) extra.push(call);
        if (rest.length > 0) rest = [];
      } else {
        subject = `${instance}.${output}`;
        rest = steps.slice(at + 1);
        extra.push(instance);
      }
      break;
    }
    case "data":
    default: {
      const offset = root === "data" ? 1 : 0;
      const type = root === "data" ? attrName(steps[0]) : root;
      const name = attrName(steps[offset]);
      if (type === void 0 || name === void 0) return [];
      const resource = `${root === "data" ? "data." : ""}${type}.${name}`;
      const key = instanceKey(steps[offset + 1]);
      subject = key === void 0 ? resource : `${resource}${keyText(key)}`;
      rest = steps.slice(offset + 1 + (key === void 0 ? 0 : 1));
      if (key !== void 0) extra.push(resource);
    }
  }
  const out = [];
  for (let n = rest.length; n > 0; n--) out.push(subject + rest.slice(0, n).map(stepText).join(""));
  out.push(subject, ...extra);
  return out;
}
var NO_SCOPE2 = {
  reference() {
    throw new Error("a constant expression refers to nothing");
  }
};
function expressionJson(node) {
  const calls = { count: 0 };
  const found = traversals(node, /* @__PURE__ */ new Set(), [], calls);
  const references = found.flatMap(referenceStrings);
  if (references.length > 0) return { references };
  if (found.length > 0 || calls.count > 0) return {};
  try {
    return { constant_value: toJson(new Evaluator(NO_SCOPE2).evaluate(node)).value };
  } catch {
    return {};
  }
}

// src/source-plan/policy-document.ts
var PolicyDocumentError = class extends Error {
};
function stringList(values) {
  if (values.length === 1) return values[0];
  return [...values].sort((a, b) => a < b ? 1 : a > b ? -1 : 0);
}
var strings3 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
var text = (value) => typeof value === "string" ? value : void 0;
var blocks = (value) => Array.isArray(value) ? value.filter(isObject) : [];
function replaceVars(value, version) {
  if (version !== "2012-10-17") return value;
  const replace2 = (s) => s.replace(/&\{/g, "${");
  return Array.isArray(value) ? value.map(replace2) : replace2(value);
}
function principals(list2, version) {
  if (list2.length === 0) return void 0;
  const raw = {};
  for (const principal of list2) {
    const type = text(principal.type) ?? "";
    const identifiers = replaceVars(stringList(strings3(principal.identifiers)), version);
    const existing = Object.prototype.hasOwnProperty.call(raw, type) ? raw[type] : void 0;
    if (Array.isArray(identifiers)) {
      const sorted = [...identifiers].sort((a, b) => a < b ? 1 : a > b ? -1 : 0);
      raw[type] = existing === void 0 ? sorted : [...Array.isArray(existing) ? existing : [existing], ...sorted];
    } else {
      raw[type] = existing === void 0 ? identifiers : [...Array.isArray(existing) ? existing : [existing], identifiers];
    }
  }
  const types = Object.keys(raw);
  if (types.length === 1 && types[0] === "*") return raw["*"];
  return sortKeys(raw);
}
function conditions(list2, version) {
  if (list2.length === 0) return void 0;
  const raw = {};
  for (const condition of list2) {
    const test = text(condition.test) ?? "";
    const variable = text(condition.variable) ?? "";
    const values = replaceVars(stringList(strings3(condition.values)), version);
    raw[test] ??= {};
    const existing = raw[test][variable];
    if (existing === void 0 || !Array.isArray(values)) raw[test][variable] = values;
    else raw[test][variable] = [...Array.isArray(existing) ? existing : [existing], ...values];
  }
  const out = {};
  for (const test of Object.keys(raw).sort()) out[test] = sortKeys(raw[test]);
  return out;
}
function sortKeys(record) {
  const out = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}
function statementOf(block, version) {
  const statement = {};
  const sid = text(block.sid);
  if (sid) statement.Sid = sid;
  statement.Effect = text(block.effect) ?? "Allow";
  const actions = strings3(block.actions);
  if (actions.length > 0) statement.Action = stringList(actions);
  const notActions = strings3(block.not_actions);
  if (notActions.length > 0) statement.NotAction = stringList(notActions);
  const resources = strings3(block.resources);
  if (resources.length > 0) statement.Resource = replaceVars(stringList(resources), version);
  const notResources = strings3(block.not_resources);
  if (notResources.length > 0) statement.NotResource = replaceVars(stringList(notResources), version);
  const principal = principals(blocks(block.principals), version);
  if (principal !== void 0) statement.Principal = principal;
  const notPrincipal = principals(blocks(block.not_principals), version);
  if (notPrincipal !== void 0) statement.NotPrincipal = notPrincipal;
  const condition = conditions(blocks(block.condition), version);
  if (condition !== void 0) statement.Condition = condition;
  return statement;
}
function normalize(statement) {
  const out = {};
  for (const key of ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]) {
    const value = statement[key];
    if (value === void 0 || value === null || value === "") continue;
    out[key] = value !== null && typeof value === "object" && !Array.isArray(value) ? deepSort(value) : value;
  }
  return out;
}
function deepSort(value) {
  if (Array.isArray(value)) return value.map(deepSort);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = deepSort(value[key]);
    return out;
  }
  return value;
}
function merge(into, doc) {
  if (doc.Id) into.Id = doc.Id;
  if ((doc.Version ?? "") > (into.Version ?? "")) into.Version = doc.Version;
  for (const statement of doc.Statement ?? []) {
    into.Statement ??= [];
    const same = statement.Sid ? into.Statement.findIndex((s) => s.Sid === statement.Sid) : -1;
    if (same >= 0) into.Statement[same] = statement;
    else into.Statement.push(statement);
  }
}
function parseDocument(json, what) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new PolicyDocumentError(`${what} is not valid JSON`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new PolicyDocumentError(`${what} is not a policy document`);
  const doc = parsed;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement && typeof doc.Statement === "object" ? [doc.Statement] : [];
  return {
    Version: typeof doc.Version === "string" ? doc.Version : void 0,
    Id: typeof doc.Id === "string" ? doc.Id : void 0,
    Statement: statements.filter((s) => s !== null && typeof s === "object").map(normalize)
  };
}
function goEscape(json) {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function stringHashcode(value) {
  let crc = 4294967295;
  for (const byte of Buffer.from(value, "utf8")) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? crc >>> 1 ^ 3988292384 : crc >>> 1;
  }
  return String((crc ^ 4294967295) >>> 0);
}
function policyDocument(args) {
  if (strip(args).unknown || Object.values(args).some(isUnknown)) return null;
  const plain = strip(args).value;
  const merged = {};
  strings3(plain.source_policy_documents).forEach((json2, i) => merge(merged, parseDocument(json2, `source_policy_documents[${i}]`)));
  const version = text(plain.version) ?? "2012-10-17";
  const doc = { Version: version };
  const id = text(plain.policy_id);
  if (id) doc.Id = id;
  const statements = blocks(plain.statement);
  if (statements.length > 0) doc.Statement = statements.map((s) => statementOf(s, version));
  merge(merged, doc);
  strings3(plain.override_policy_documents).forEach((json2, i) => merge(merged, parseDocument(json2, `override_policy_documents[${i}]`)));
  const ordered = {};
  if (merged.Version) ordered.Version = merged.Version;
  if (merged.Id) ordered.Id = merged.Id;
  if (merged.Statement?.length) ordered.Statement = merged.Statement;
  const json = goEscape(JSON.stringify(ordered, null, 2));
  return { json, minified_json: goEscape(JSON.stringify(ordered)), id: stringHashcode(json) };
}

// src/source-plan/data-sources.ts
var LOCAL = /* @__PURE__ */ new Set(["aws_iam_policy_document", "aws_region", "aws_elb_service_account", "aws_partition"]);
function localDataSource(type) {
  return LOCAL.has(type);
}
function unknownResult(args, schema) {
  const out = { ...args };
  for (const name of schema?.c ?? []) if (!(name in out) || out[name] === null) out[name] = UNKNOWN;
  return out;
}
var partitionOf = (region) => region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
function computeDataSource(module, instance, args, schema) {
  switch (instance.type) {
    case "aws_iam_policy_document": {
      let document;
      try {
        document = policyDocument(args);
      } catch (error) {
        if (error instanceof PolicyDocumentError) throw new EvaluationError(`data.aws_iam_policy_document.${instance.name}: ${error.message}`, instance.block.line, instance.block.file);
        throw error;
      }
      const out = unknownResult(args, schema);
      out.version ??= "2012-10-17";
      if (document) Object.assign(out, document);
      return out;
    }
    case "aws_region":
    case "aws_elb_service_account":
    case "aws_partition": {
      const asked = strip(args.region ?? args.name ?? null);
      const region = asked.value !== null ? asked.value : module.loader.providerRegion(module, instance.block);
      const out = unknownResult(args, schema);
      if (typeof region !== "string" || isUnknown(region)) return out;
      if (instance.type === "aws_region") return { ...out, name: region, region, id: region, endpoint: `ec2.${region}.amazonaws.com`, description: out.description ?? UNKNOWN };
      if (instance.type === "aws_partition") {
        const partition = partitionOf(region);
        return { ...out, partition, id: partition, dns_suffix: partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com" };
      }
      const account = Object.prototype.hasOwnProperty.call(ELB_ACCOUNTS, region) ? ELB_ACCOUNTS[region] : void 0;
      if (!account) return out;
      return { ...out, id: account, arn: `arn:${partitionOf(region)}:iam::${account}:root` };
    }
  }
  return unknownResult(args, schema);
}

// src/source-plan/provider-schema.json
var provider_schema_default = {
  resources: {
    aws_alb: {
      t: {
        arn: "string",
        arn_suffix: "string",
        client_keep_alive: "number",
        customer_owned_ipv4_pool: "string",
        desync_mitigation_mode: "string",
        dns_name: "string",
        dns_record_client_routing_policy: "string",
        drop_invalid_header_fields: "bool",
        enable_cross_zone_load_balancing: "bool",
        enable_deletion_protection: "bool",
        enable_http2: "bool",
        enable_tls_version_and_cipher_suite_headers: "bool",
        enable_waf_fail_open: "bool",
        enable_xff_client_port: "bool",
        enable_zonal_shift: "bool",
        enforce_security_group_inbound_rules_on_private_link_traffic: "string",
        id: "string",
        idle_timeout: "number",
        internal: "bool",
        ip_address_type: "string",
        load_balancer_type: "string",
        name: "string",
        name_prefix: "string",
        preserve_host_header: "bool",
        security_groups: [
          "set",
          "string"
        ],
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        vpc_id: "string",
        xff_header_processing_mode: "string",
        zone_id: "string"
      },
      c: [
        "arn",
        "arn_suffix",
        "dns_name",
        "enforce_security_group_inbound_rules_on_private_link_traffic",
        "id",
        "internal",
        "ip_address_type",
        "name",
        "name_prefix",
        "security_groups",
        "subnets",
        "tags_all",
        "vpc_id",
        "zone_id"
      ],
      b: {
        access_logs: {
          n: "list",
          t: {
            bucket: "string",
            enabled: "bool",
            prefix: "string"
          }
        },
        connection_logs: {
          n: "list",
          t: {
            bucket: "string",
            enabled: "bool",
            prefix: "string"
          }
        },
        ipam_pools: {
          n: "list",
          t: {
            ipv4_ipam_pool_id: "string"
          }
        },
        minimum_load_balancer_capacity: {
          n: "list",
          t: {
            capacity_units: "number"
          }
        },
        subnet_mapping: {
          n: "set",
          t: {
            allocation_id: "string",
            ipv6_address: "string",
            outpost_id: "string",
            private_ipv4_address: "string",
            subnet_id: "string"
          },
          c: [
            "outpost_id"
          ]
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string",
            update: "string"
          }
        }
      },
      d: {
        client_keep_alive: 3600,
        desync_mitigation_mode: "defensive",
        enable_deletion_protection: false,
        enable_http2: true,
        enable_tls_version_and_cipher_suite_headers: false,
        enable_waf_fail_open: false,
        enable_xff_client_port: false,
        enable_zonal_shift: false,
        idle_timeout: 60,
        preserve_host_header: false,
        xff_header_processing_mode: "append"
      },
      cb: [
        "subnet_mapping"
      ]
    },
    aws_alb_listener: {
      t: {
        alpn_policy: "string",
        arn: "string",
        certificate_arn: "string",
        id: "string",
        load_balancer_arn: "string",
        port: "number",
        protocol: "string",
        routing_http_request_x_amzn_mtls_clientcert_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_issuer_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_leaf_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_subject_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_validity_header_name: "string",
        routing_http_request_x_amzn_tls_cipher_suite_header_name: "string",
        routing_http_request_x_amzn_tls_version_header_name: "string",
        routing_http_response_access_control_allow_credentials_header_value: "string",
        routing_http_response_access_control_allow_headers_header_value: "string",
        routing_http_response_access_control_allow_methods_header_value: "string",
        routing_http_response_access_control_allow_origin_header_value: "string",
        routing_http_response_access_control_expose_headers_header_value: "string",
        routing_http_response_access_control_max_age_header_value: "string",
        routing_http_response_content_security_policy_header_value: "string",
        routing_http_response_server_enabled: "bool",
        routing_http_response_strict_transport_security_header_value: "string",
        routing_http_response_x_content_type_options_header_value: "string",
        routing_http_response_x_frame_options_header_value: "string",
        ssl_policy: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        tcp_idle_timeout_seconds: "number"
      },
      c: [
        "arn",
        "id",
        "protocol",
        "routing_http_request_x_amzn_mtls_clientcert_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_issuer_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_leaf_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_subject_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_validity_header_name",
        "routing_http_request_x_amzn_tls_cipher_suite_header_name",
        "routing_http_request_x_amzn_tls_version_header_name",
        "routing_http_response_access_control_allow_credentials_header_value",
        "routing_http_response_access_control_allow_headers_header_value",
        "routing_http_response_access_control_allow_methods_header_value",
        "routing_http_response_access_control_allow_origin_header_value",
        "routing_http_response_access_control_expose_headers_header_value",
        "routing_http_response_access_control_max_age_header_value",
        "routing_http_response_content_security_policy_header_value",
        "routing_http_response_server_enabled",
        "routing_http_response_strict_transport_security_header_value",
        "routing_http_response_x_content_type_options_header_value",
        "routing_http_response_x_frame_options_header_value",
        "ssl_policy",
        "tags_all",
        "tcp_idle_timeout_seconds"
      ],
      b: {
        default_action: {
          n: "list",
          t: {
            order: "number",
            target_group_arn: "string",
            type: "string"
          },
          c: [
            "order"
          ],
          b: {
            authenticate_cognito: {
              n: "list",
              t: {
                authentication_request_extra_params: [
                  "map",
                  "string"
                ],
                on_unauthenticated_request: "string",
                scope: "string",
                session_cookie_name: "string",
                session_timeout: "number",
                user_pool_arn: "string",
                user_pool_client_id: "string",
                user_pool_domain: "string"
              },
              c: [
                "on_unauthenticated_request",
                "scope",
                "session_cookie_name",
                "session_timeout"
              ]
            },
            authenticate_oidc: {
              n: "list",
              t: {
                authentication_request_extra_params: [
                  "map",
                  "string"
                ],
                authorization_endpoint: "string",
                client_id: "string",
                client_secret: "string",
                issuer: "string",
                on_unauthenticated_request: "string",
                scope: "string",
                session_cookie_name: "string",
                session_timeout: "number",
                token_endpoint: "string",
                user_info_endpoint: "string"
              },
              s: [
                "client_secret"
              ],
              c: [
                "on_unauthenticated_request",
                "scope",
                "session_cookie_name",
                "session_timeout"
              ]
            },
            fixed_response: {
              n: "list",
              t: {
                content_type: "string",
                message_body: "string",
                status_code: "string"
              },
              c: [
                "status_code"
              ]
            },
            forward: {
              n: "list",
              b: {
                stickiness: {
                  n: "list",
                  t: {
                    duration: "number",
                    enabled: "bool"
                  }
                },
                target_group: {
                  n: "set",
                  t: {
                    arn: "string",
                    weight: "number"
                  }
                }
              }
            },
            redirect: {
              n: "list",
              t: {
                host: "string",
                path: "string",
                port: "string",
                protocol: "string",
                query: "string",
                status_code: "string"
              }
            }
          }
        },
        mutual_authentication: {
          n: "list",
          t: {
            advertise_trust_store_ca_names: "string",
            ignore_client_certificate_expiry: "bool",
            mode: "string",
            trust_store_arn: "string"
          },
          c: [
            "advertise_trust_store_ca_names"
          ]
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            update: "string"
          }
        }
      }
    },
    aws_athena_named_query: {
      t: {
        database: "string",
        description: "string",
        id: "string",
        name: "string",
        query: "string",
        workgroup: "string"
      },
      c: [
        "id"
      ],
      d: {
        workgroup: "primary"
      }
    },
    aws_cloudwatch_event_rule: {
      t: {
        arn: "string",
        description: "string",
        event_bus_name: "string",
        event_pattern: "string",
        force_destroy: "bool",
        id: "string",
        is_enabled: "bool",
        name: "string",
        name_prefix: "string",
        role_arn: "string",
        schedule_expression: "string",
        state: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "id",
        "name",
        "name_prefix",
        "tags_all"
      ],
      d: {
        event_bus_name: "default",
        force_destroy: false
      }
    },
    aws_cloudwatch_event_target: {
      t: {
        arn: "string",
        event_bus_name: "string",
        force_destroy: "bool",
        id: "string",
        input: "string",
        input_path: "string",
        role_arn: "string",
        rule: "string",
        target_id: "string"
      },
      c: [
        "id",
        "target_id"
      ],
      b: {
        appsync_target: {
          n: "list",
          t: {
            graphql_operation: "string"
          }
        },
        batch_target: {
          n: "list",
          t: {
            array_size: "number",
            job_attempts: "number",
            job_definition: "string",
            job_name: "string"
          }
        },
        dead_letter_config: {
          n: "list",
          t: {
            arn: "string"
          }
        },
        ecs_target: {
          n: "list",
          t: {
            enable_ecs_managed_tags: "bool",
            enable_execute_command: "bool",
            group: "string",
            launch_type: "string",
            platform_version: "string",
            propagate_tags: "string",
            tags: [
              "map",
              "string"
            ],
            task_count: "number",
            task_definition_arn: "string"
          },
          b: {
            capacity_provider_strategy: {
              n: "set",
              t: {
                base: "number",
                capacity_provider: "string",
                weight: "number"
              }
            },
            network_configuration: {
              n: "list",
              t: {
                assign_public_ip: "bool",
                security_groups: [
                  "set",
                  "string"
                ],
                subnets: [
                  "set",
                  "string"
                ]
              }
            },
            ordered_placement_strategy: {
              n: "list",
              t: {
                field: "string",
                type: "string"
              }
            },
            placement_constraint: {
              n: "set",
              t: {
                expression: "string",
                type: "string"
              }
            }
          }
        },
        http_target: {
          n: "list",
          t: {
            header_parameters: [
              "map",
              "string"
            ],
            path_parameter_values: [
              "list",
              "string"
            ],
            query_string_parameters: [
              "map",
              "string"
            ]
          }
        },
        input_transformer: {
          n: "list",
          t: {
            input_paths: [
              "map",
              "string"
            ],
            input_template: "string"
          }
        },
        kinesis_target: {
          n: "list",
          t: {
            partition_key_path: "string"
          }
        },
        redshift_target: {
          n: "list",
          t: {
            database: "string",
            db_user: "string",
            secrets_manager_arn: "string",
            sql: "string",
            statement_name: "string",
            with_event: "bool"
          }
        },
        retry_policy: {
          n: "list",
          t: {
            maximum_event_age_in_seconds: "number",
            maximum_retry_attempts: "number"
          }
        },
        run_command_targets: {
          n: "list",
          t: {
            key: "string",
            values: [
              "list",
              "string"
            ]
          }
        },
        sagemaker_pipeline_target: {
          n: "list",
          b: {
            pipeline_parameter_list: {
              n: "set",
              t: {
                name: "string",
                value: "string"
              }
            }
          }
        },
        sqs_target: {
          n: "list",
          t: {
            message_group_id: "string"
          }
        }
      },
      d: {
        event_bus_name: "default",
        force_destroy: false
      }
    },
    aws_cloudwatch_log_delivery: {
      t: {
        arn: "string",
        delivery_destination_arn: "string",
        delivery_source_name: "string",
        field_delimiter: "string",
        id: "string",
        record_fields: [
          "list",
          "string"
        ],
        s3_delivery_configuration: [
          "list",
          [
            "object",
            {
              enable_hive_compatible_path: "bool",
              suffix_path: "string"
            }
          ]
        ],
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "field_delimiter",
        "id",
        "record_fields",
        "s3_delivery_configuration",
        "tags_all"
      ]
    },
    aws_cloudwatch_log_delivery_destination: {
      t: {
        arn: "string",
        delivery_destination_type: "string",
        name: "string",
        output_format: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "delivery_destination_type",
        "tags_all"
      ],
      b: {
        delivery_destination_configuration: {
          n: "list",
          t: {
            destination_resource_arn: "string"
          }
        }
      }
    },
    aws_cloudwatch_log_delivery_source: {
      t: {
        arn: "string",
        log_type: "string",
        name: "string",
        resource_arn: "string",
        service: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "service",
        "tags_all"
      ]
    },
    aws_cloudwatch_log_group: {
      t: {
        arn: "string",
        id: "string",
        kms_key_id: "string",
        log_group_class: "string",
        name: "string",
        name_prefix: "string",
        retention_in_days: "number",
        skip_destroy: "bool",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "id",
        "log_group_class",
        "name",
        "name_prefix",
        "tags_all"
      ],
      d: {
        skip_destroy: false
      }
    },
    aws_elb: {
      t: {
        arn: "string",
        availability_zones: [
          "set",
          "string"
        ],
        connection_draining: "bool",
        connection_draining_timeout: "number",
        cross_zone_load_balancing: "bool",
        desync_mitigation_mode: "string",
        dns_name: "string",
        id: "string",
        idle_timeout: "number",
        instances: [
          "set",
          "string"
        ],
        internal: "bool",
        name: "string",
        name_prefix: "string",
        security_groups: [
          "set",
          "string"
        ],
        source_security_group: "string",
        source_security_group_id: "string",
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        zone_id: "string"
      },
      c: [
        "arn",
        "availability_zones",
        "dns_name",
        "id",
        "instances",
        "internal",
        "name",
        "name_prefix",
        "security_groups",
        "source_security_group",
        "source_security_group_id",
        "subnets",
        "tags_all",
        "zone_id"
      ],
      b: {
        access_logs: {
          n: "list",
          t: {
            bucket: "string",
            bucket_prefix: "string",
            enabled: "bool",
            interval: "number"
          }
        },
        health_check: {
          n: "list",
          t: {
            healthy_threshold: "number",
            interval: "number",
            target: "string",
            timeout: "number",
            unhealthy_threshold: "number"
          }
        },
        listener: {
          n: "set",
          t: {
            instance_port: "number",
            instance_protocol: "string",
            lb_port: "number",
            lb_protocol: "string",
            ssl_certificate_id: "string"
          }
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            update: "string"
          }
        }
      },
      d: {
        "access_logs.enabled": true,
        desync_mitigation_mode: "defensive",
        idle_timeout: 60
      }
    },
    aws_glue_catalog_table: {
      t: {
        arn: "string",
        catalog_id: "string",
        database_name: "string",
        description: "string",
        id: "string",
        name: "string",
        owner: "string",
        parameters: [
          "map",
          "string"
        ],
        retention: "number",
        table_type: "string",
        view_expanded_text: "string",
        view_original_text: "string"
      },
      c: [
        "arn",
        "catalog_id",
        "id"
      ],
      b: {
        open_table_format_input: {
          n: "list",
          b: {
            iceberg_input: {
              n: "list",
              t: {
                metadata_operation: "string",
                version: "string"
              }
            }
          }
        },
        partition_index: {
          n: "list",
          t: {
            index_name: "string",
            index_status: "string",
            keys: [
              "list",
              "string"
            ]
          },
          c: [
            "index_status"
          ]
        },
        partition_keys: {
          n: "list",
          t: {
            comment: "string",
            name: "string",
            type: "string"
          }
        },
        storage_descriptor: {
          n: "list",
          t: {
            additional_locations: [
              "list",
              "string"
            ],
            bucket_columns: [
              "list",
              "string"
            ],
            compressed: "bool",
            input_format: "string",
            location: "string",
            number_of_buckets: "number",
            output_format: "string",
            parameters: [
              "map",
              "string"
            ],
            stored_as_sub_directories: "bool"
          },
          b: {
            columns: {
              n: "list",
              t: {
                comment: "string",
                name: "string",
                parameters: [
                  "map",
                  "string"
                ],
                type: "string"
              }
            },
            schema_reference: {
              n: "list",
              t: {
                schema_version_id: "string",
                schema_version_number: "number"
              },
              b: {
                schema_id: {
                  n: "list",
                  t: {
                    registry_name: "string",
                    schema_arn: "string",
                    schema_name: "string"
                  }
                }
              }
            },
            ser_de_info: {
              n: "list",
              t: {
                name: "string",
                parameters: [
                  "map",
                  "string"
                ],
                serialization_library: "string"
              }
            },
            skewed_info: {
              n: "list",
              t: {
                skewed_column_names: [
                  "list",
                  "string"
                ],
                skewed_column_value_location_maps: [
                  "map",
                  "string"
                ],
                skewed_column_values: [
                  "list",
                  "string"
                ]
              }
            },
            sort_columns: {
              n: "list",
              t: {
                column: "string",
                sort_order: "number"
              }
            }
          }
        },
        target_table: {
          n: "list",
          t: {
            catalog_id: "string",
            database_name: "string",
            name: "string",
            region: "string"
          }
        }
      },
      cb: [
        "partition_index"
      ]
    },
    aws_glue_crawler: {
      t: {
        arn: "string",
        classifiers: [
          "list",
          "string"
        ],
        configuration: "string",
        database_name: "string",
        description: "string",
        id: "string",
        name: "string",
        role: "string",
        schedule: "string",
        security_configuration: "string",
        table_prefix: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "id",
        "tags_all"
      ],
      b: {
        catalog_target: {
          n: "list",
          t: {
            connection_name: "string",
            database_name: "string",
            dlq_event_queue_arn: "string",
            event_queue_arn: "string",
            tables: [
              "list",
              "string"
            ]
          }
        },
        delta_target: {
          n: "list",
          t: {
            connection_name: "string",
            create_native_delta_table: "bool",
            delta_tables: [
              "set",
              "string"
            ],
            write_manifest: "bool"
          }
        },
        dynamodb_target: {
          n: "list",
          t: {
            path: "string",
            scan_all: "bool",
            scan_rate: "number"
          }
        },
        hudi_target: {
          n: "list",
          t: {
            connection_name: "string",
            exclusions: [
              "list",
              "string"
            ],
            maximum_traversal_depth: "number",
            paths: [
              "set",
              "string"
            ]
          }
        },
        iceberg_target: {
          n: "list",
          t: {
            connection_name: "string",
            exclusions: [
              "list",
              "string"
            ],
            maximum_traversal_depth: "number",
            paths: [
              "set",
              "string"
            ]
          }
        },
        jdbc_target: {
          n: "list",
          t: {
            connection_name: "string",
            enable_additional_metadata: [
              "list",
              "string"
            ],
            exclusions: [
              "list",
              "string"
            ],
            path: "string"
          }
        },
        lake_formation_configuration: {
          n: "list",
          t: {
            account_id: "string",
            use_lake_formation_credentials: "bool"
          },
          c: [
            "account_id"
          ]
        },
        lineage_configuration: {
          n: "list",
          t: {
            crawler_lineage_settings: "string"
          }
        },
        mongodb_target: {
          n: "list",
          t: {
            connection_name: "string",
            path: "string",
            scan_all: "bool"
          }
        },
        recrawl_policy: {
          n: "list",
          t: {
            recrawl_behavior: "string"
          }
        },
        s3_target: {
          n: "list",
          t: {
            connection_name: "string",
            dlq_event_queue_arn: "string",
            event_queue_arn: "string",
            exclusions: [
              "list",
              "string"
            ],
            path: "string",
            sample_size: "number"
          }
        },
        schema_change_policy: {
          n: "list",
          t: {
            delete_behavior: "string",
            update_behavior: "string"
          }
        }
      }
    },
    aws_kinesis_firehose_delivery_stream: {
      t: {
        arn: "string",
        destination: "string",
        destination_id: "string",
        id: "string",
        name: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        version_id: "string"
      },
      c: [
        "arn",
        "destination_id",
        "id",
        "tags_all",
        "version_id"
      ],
      b: {
        elasticsearch_configuration: {
          n: "list",
          t: {
            buffering_interval: "number",
            buffering_size: "number",
            cluster_endpoint: "string",
            domain_arn: "string",
            index_name: "string",
            index_rotation_period: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string",
            type_name: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            vpc_config: {
              n: "list",
              t: {
                role_arn: "string",
                security_group_ids: [
                  "set",
                  "string"
                ],
                subnet_ids: [
                  "set",
                  "string"
                ],
                vpc_id: "string"
              },
              c: [
                "vpc_id"
              ]
            }
          }
        },
        extended_s3_configuration: {
          n: "list",
          t: {
            bucket_arn: "string",
            buffering_interval: "number",
            buffering_size: "number",
            compression_format: "string",
            custom_time_zone: "string",
            error_output_prefix: "string",
            file_extension: "string",
            kms_key_arn: "string",
            prefix: "string",
            role_arn: "string",
            s3_backup_mode: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            data_format_conversion_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                input_format_configuration: {
                  n: "list",
                  b: {
                    deserializer: {
                      n: "list",
                      b: {
                        hive_json_ser_de: {
                          n: "list",
                          t: {
                            timestamp_formats: [
                              "list",
                              "string"
                            ]
                          }
                        },
                        open_x_json_ser_de: {
                          n: "list",
                          t: {
                            case_insensitive: "bool",
                            column_to_json_key_mappings: [
                              "map",
                              "string"
                            ],
                            convert_dots_in_json_keys_to_underscores: "bool"
                          }
                        }
                      }
                    }
                  }
                },
                output_format_configuration: {
                  n: "list",
                  b: {
                    serializer: {
                      n: "list",
                      b: {
                        orc_ser_de: {
                          n: "list",
                          t: {
                            block_size_bytes: "number",
                            bloom_filter_columns: [
                              "list",
                              "string"
                            ],
                            bloom_filter_false_positive_probability: "number",
                            compression: "string",
                            dictionary_key_threshold: "number",
                            enable_padding: "bool",
                            format_version: "string",
                            padding_tolerance: "number",
                            row_index_stride: "number",
                            stripe_size_bytes: "number"
                          }
                        },
                        parquet_ser_de: {
                          n: "list",
                          t: {
                            block_size_bytes: "number",
                            compression: "string",
                            enable_dictionary_compression: "bool",
                            max_padding_bytes: "number",
                            page_size_bytes: "number",
                            writer_version: "string"
                          }
                        }
                      }
                    }
                  }
                },
                schema_configuration: {
                  n: "list",
                  t: {
                    catalog_id: "string",
                    database_name: "string",
                    region: "string",
                    role_arn: "string",
                    table_name: "string",
                    version_id: "string"
                  },
                  c: [
                    "catalog_id",
                    "region"
                  ]
                }
              }
            },
            dynamic_partitioning_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                retry_duration: "number"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_backup_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            }
          }
        },
        http_endpoint_configuration: {
          n: "list",
          t: {
            access_key: "string",
            buffering_interval: "number",
            buffering_size: "number",
            name: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string",
            url: "string"
          },
          s: [
            "access_key"
          ],
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            request_configuration: {
              n: "list",
              t: {
                content_encoding: "string"
              },
              b: {
                common_attributes: {
                  n: "list",
                  t: {
                    name: "string",
                    value: "string"
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            secrets_manager_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                role_arn: "string",
                secret_arn: "string"
              },
              c: [
                "enabled"
              ]
            }
          }
        },
        iceberg_configuration: {
          n: "list",
          t: {
            buffering_interval: "number",
            buffering_size: "number",
            catalog_arn: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            destination_table_configuration: {
              n: "list",
              t: {
                database_name: "string",
                s3_error_output_prefix: "string",
                table_name: "string",
                unique_keys: [
                  "list",
                  "string"
                ]
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            }
          }
        },
        kinesis_source_configuration: {
          n: "list",
          t: {
            kinesis_stream_arn: "string",
            role_arn: "string"
          }
        },
        msk_source_configuration: {
          n: "list",
          t: {
            msk_cluster_arn: "string",
            read_from_timestamp: "string",
            topic_name: "string"
          },
          b: {
            authentication_configuration: {
              n: "list",
              t: {
                connectivity: "string",
                role_arn: "string"
              }
            }
          }
        },
        opensearch_configuration: {
          n: "list",
          t: {
            buffering_interval: "number",
            buffering_size: "number",
            cluster_endpoint: "string",
            domain_arn: "string",
            index_name: "string",
            index_rotation_period: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string",
            type_name: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            document_id_options: {
              n: "list",
              t: {
                default_document_id_format: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            vpc_config: {
              n: "list",
              t: {
                role_arn: "string",
                security_group_ids: [
                  "set",
                  "string"
                ],
                subnet_ids: [
                  "set",
                  "string"
                ],
                vpc_id: "string"
              },
              c: [
                "vpc_id"
              ]
            }
          }
        },
        opensearchserverless_configuration: {
          n: "list",
          t: {
            buffering_interval: "number",
            buffering_size: "number",
            collection_endpoint: "string",
            index_name: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            vpc_config: {
              n: "list",
              t: {
                role_arn: "string",
                security_group_ids: [
                  "set",
                  "string"
                ],
                subnet_ids: [
                  "set",
                  "string"
                ],
                vpc_id: "string"
              },
              c: [
                "vpc_id"
              ]
            }
          }
        },
        redshift_configuration: {
          n: "list",
          t: {
            cluster_jdbcurl: "string",
            copy_options: "string",
            data_table_columns: "string",
            data_table_name: "string",
            password: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string",
            username: "string"
          },
          s: [
            "password"
          ],
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_backup_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            secrets_manager_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                role_arn: "string",
                secret_arn: "string"
              },
              c: [
                "enabled"
              ]
            }
          }
        },
        server_side_encryption: {
          n: "list",
          t: {
            enabled: "bool",
            key_arn: "string",
            key_type: "string"
          }
        },
        snowflake_configuration: {
          n: "list",
          t: {
            account_url: "string",
            buffering_interval: "number",
            buffering_size: "number",
            content_column_name: "string",
            data_loading_option: "string",
            database: "string",
            key_passphrase: "string",
            metadata_column_name: "string",
            private_key: "string",
            retry_duration: "number",
            role_arn: "string",
            s3_backup_mode: "string",
            schema: "string",
            table: "string",
            user: "string"
          },
          s: [
            "key_passphrase",
            "private_key"
          ],
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            secrets_manager_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                role_arn: "string",
                secret_arn: "string"
              },
              c: [
                "enabled"
              ]
            },
            snowflake_role_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                snowflake_role: "string"
              }
            },
            snowflake_vpc_configuration: {
              n: "list",
              t: {
                private_link_vpce_id: "string"
              }
            }
          }
        },
        splunk_configuration: {
          n: "list",
          t: {
            buffering_interval: "number",
            buffering_size: "number",
            hec_acknowledgment_timeout: "number",
            hec_endpoint: "string",
            hec_endpoint_type: "string",
            hec_token: "string",
            retry_duration: "number",
            s3_backup_mode: "string"
          },
          b: {
            cloudwatch_logging_options: {
              n: "list",
              t: {
                enabled: "bool",
                log_group_name: "string",
                log_stream_name: "string"
              }
            },
            processing_configuration: {
              n: "list",
              t: {
                enabled: "bool"
              },
              b: {
                processors: {
                  n: "list",
                  t: {
                    type: "string"
                  },
                  b: {
                    parameters: {
                      n: "set",
                      t: {
                        parameter_name: "string",
                        parameter_value: "string"
                      }
                    }
                  }
                }
              }
            },
            s3_configuration: {
              n: "list",
              t: {
                bucket_arn: "string",
                buffering_interval: "number",
                buffering_size: "number",
                compression_format: "string",
                error_output_prefix: "string",
                kms_key_arn: "string",
                prefix: "string",
                role_arn: "string"
              },
              b: {
                cloudwatch_logging_options: {
                  n: "list",
                  t: {
                    enabled: "bool",
                    log_group_name: "string",
                    log_stream_name: "string"
                  }
                }
              }
            },
            secrets_manager_configuration: {
              n: "list",
              t: {
                enabled: "bool",
                role_arn: "string",
                secret_arn: "string"
              },
              c: [
                "enabled"
              ]
            }
          }
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string",
            update: "string"
          }
        }
      }
    },
    aws_kms_key: {
      t: {
        arn: "string",
        bypass_policy_lockout_safety_check: "bool",
        custom_key_store_id: "string",
        customer_master_key_spec: "string",
        deletion_window_in_days: "number",
        description: "string",
        enable_key_rotation: "bool",
        id: "string",
        is_enabled: "bool",
        key_id: "string",
        key_usage: "string",
        multi_region: "bool",
        policy: "string",
        rotation_period_in_days: "number",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        xks_key_id: "string"
      },
      c: [
        "arn",
        "description",
        "id",
        "key_id",
        "multi_region",
        "policy",
        "rotation_period_in_days",
        "tags_all"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            create: "string"
          }
        }
      },
      d: {
        bypass_policy_lockout_safety_check: false,
        customer_master_key_spec: "SYMMETRIC_DEFAULT",
        is_enabled: true,
        key_usage: "ENCRYPT_DECRYPT"
      }
    },
    aws_kms_key_policy: {
      t: {
        bypass_policy_lockout_safety_check: "bool",
        id: "string",
        key_id: "string",
        policy: "string"
      },
      c: [
        "id"
      ]
    },
    aws_lb: {
      t: {
        arn: "string",
        arn_suffix: "string",
        client_keep_alive: "number",
        customer_owned_ipv4_pool: "string",
        desync_mitigation_mode: "string",
        dns_name: "string",
        dns_record_client_routing_policy: "string",
        drop_invalid_header_fields: "bool",
        enable_cross_zone_load_balancing: "bool",
        enable_deletion_protection: "bool",
        enable_http2: "bool",
        enable_tls_version_and_cipher_suite_headers: "bool",
        enable_waf_fail_open: "bool",
        enable_xff_client_port: "bool",
        enable_zonal_shift: "bool",
        enforce_security_group_inbound_rules_on_private_link_traffic: "string",
        id: "string",
        idle_timeout: "number",
        internal: "bool",
        ip_address_type: "string",
        load_balancer_type: "string",
        name: "string",
        name_prefix: "string",
        preserve_host_header: "bool",
        security_groups: [
          "set",
          "string"
        ],
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        vpc_id: "string",
        xff_header_processing_mode: "string",
        zone_id: "string"
      },
      c: [
        "arn",
        "arn_suffix",
        "dns_name",
        "enforce_security_group_inbound_rules_on_private_link_traffic",
        "id",
        "internal",
        "ip_address_type",
        "name",
        "name_prefix",
        "security_groups",
        "subnets",
        "tags_all",
        "vpc_id",
        "zone_id"
      ],
      b: {
        access_logs: {
          n: "list",
          t: {
            bucket: "string",
            enabled: "bool",
            prefix: "string"
          }
        },
        connection_logs: {
          n: "list",
          t: {
            bucket: "string",
            enabled: "bool",
            prefix: "string"
          }
        },
        ipam_pools: {
          n: "list",
          t: {
            ipv4_ipam_pool_id: "string"
          }
        },
        minimum_load_balancer_capacity: {
          n: "list",
          t: {
            capacity_units: "number"
          }
        },
        subnet_mapping: {
          n: "set",
          t: {
            allocation_id: "string",
            ipv6_address: "string",
            outpost_id: "string",
            private_ipv4_address: "string",
            subnet_id: "string"
          },
          c: [
            "outpost_id"
          ]
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string",
            update: "string"
          }
        }
      },
      d: {
        "access_logs.enabled": false,
        enable_deletion_protection: false
      },
      cb: [
        "subnet_mapping"
      ]
    },
    aws_lb_listener: {
      t: {
        alpn_policy: "string",
        arn: "string",
        certificate_arn: "string",
        id: "string",
        load_balancer_arn: "string",
        port: "number",
        protocol: "string",
        routing_http_request_x_amzn_mtls_clientcert_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_issuer_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_leaf_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_subject_header_name: "string",
        routing_http_request_x_amzn_mtls_clientcert_validity_header_name: "string",
        routing_http_request_x_amzn_tls_cipher_suite_header_name: "string",
        routing_http_request_x_amzn_tls_version_header_name: "string",
        routing_http_response_access_control_allow_credentials_header_value: "string",
        routing_http_response_access_control_allow_headers_header_value: "string",
        routing_http_response_access_control_allow_methods_header_value: "string",
        routing_http_response_access_control_allow_origin_header_value: "string",
        routing_http_response_access_control_expose_headers_header_value: "string",
        routing_http_response_access_control_max_age_header_value: "string",
        routing_http_response_content_security_policy_header_value: "string",
        routing_http_response_server_enabled: "bool",
        routing_http_response_strict_transport_security_header_value: "string",
        routing_http_response_x_content_type_options_header_value: "string",
        routing_http_response_x_frame_options_header_value: "string",
        ssl_policy: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        tcp_idle_timeout_seconds: "number"
      },
      c: [
        "arn",
        "id",
        "protocol",
        "routing_http_request_x_amzn_mtls_clientcert_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_issuer_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_leaf_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_subject_header_name",
        "routing_http_request_x_amzn_mtls_clientcert_validity_header_name",
        "routing_http_request_x_amzn_tls_cipher_suite_header_name",
        "routing_http_request_x_amzn_tls_version_header_name",
        "routing_http_response_access_control_allow_credentials_header_value",
        "routing_http_response_access_control_allow_headers_header_value",
        "routing_http_response_access_control_allow_methods_header_value",
        "routing_http_response_access_control_allow_origin_header_value",
        "routing_http_response_access_control_expose_headers_header_value",
        "routing_http_response_access_control_max_age_header_value",
        "routing_http_response_content_security_policy_header_value",
        "routing_http_response_server_enabled",
        "routing_http_response_strict_transport_security_header_value",
        "routing_http_response_x_content_type_options_header_value",
        "routing_http_response_x_frame_options_header_value",
        "ssl_policy",
        "tags_all",
        "tcp_idle_timeout_seconds"
      ],
      b: {
        default_action: {
          n: "list",
          t: {
            order: "number",
            target_group_arn: "string",
            type: "string"
          },
          c: [
            "order"
          ],
          b: {
            authenticate_cognito: {
              n: "list",
              t: {
                authentication_request_extra_params: [
                  "map",
                  "string"
                ],
                on_unauthenticated_request: "string",
                scope: "string",
                session_cookie_name: "string",
                session_timeout: "number",
                user_pool_arn: "string",
                user_pool_client_id: "string",
                user_pool_domain: "string"
              },
              c: [
                "on_unauthenticated_request",
                "scope",
                "session_cookie_name",
                "session_timeout"
              ]
            },
            authenticate_oidc: {
              n: "list",
              t: {
                authentication_request_extra_params: [
                  "map",
                  "string"
                ],
                authorization_endpoint: "string",
                client_id: "string",
                client_secret: "string",
                issuer: "string",
                on_unauthenticated_request: "string",
                scope: "string",
                session_cookie_name: "string",
                session_timeout: "number",
                token_endpoint: "string",
                user_info_endpoint: "string"
              },
              s: [
                "client_secret"
              ],
              c: [
                "on_unauthenticated_request",
                "scope",
                "session_cookie_name",
                "session_timeout"
              ]
            },
            fixed_response: {
              n: "list",
              t: {
                content_type: "string",
                message_body: "string",
                status_code: "string"
              },
              c: [
                "status_code"
              ]
            },
            forward: {
              n: "list",
              b: {
                stickiness: {
                  n: "list",
                  t: {
                    duration: "number",
                    enabled: "bool"
                  }
                },
                target_group: {
                  n: "set",
                  t: {
                    arn: "string",
                    weight: "number"
                  }
                }
              }
            },
            redirect: {
              n: "list",
              t: {
                host: "string",
                path: "string",
                port: "string",
                protocol: "string",
                query: "string",
                status_code: "string"
              }
            }
          }
        },
        mutual_authentication: {
          n: "list",
          t: {
            advertise_trust_store_ca_names: "string",
            ignore_client_certificate_expiry: "bool",
            mode: "string",
            trust_store_arn: "string"
          },
          c: [
            "advertise_trust_store_ca_names"
          ]
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            update: "string"
          }
        }
      },
      d: {
        "default_action.redirect.host": "#{host}",
        "default_action.redirect.path": "/#{path}",
        "default_action.redirect.query": "#{query}",
        "mutual_authentication.ignore_client_certificate_expiry": false
      },
      cb: [
        "mutual_authentication"
      ]
    },
    aws_lb_trust_store: {
      t: {
        arn: "string",
        arn_suffix: "string",
        ca_certificates_bundle_s3_bucket: "string",
        ca_certificates_bundle_s3_key: "string",
        ca_certificates_bundle_s3_object_version: "string",
        id: "string",
        name: "string",
        name_prefix: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "arn_suffix",
        "id",
        "name",
        "name_prefix",
        "tags_all"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string"
          }
        }
      }
    },
    aws_notifications_event_rule: {
      t: {
        arn: "string",
        event_pattern: "string",
        event_type: "string",
        notification_configuration_arn: "string",
        regions: [
          "set",
          "string"
        ],
        source: "string"
      },
      c: [
        "arn"
      ]
    },
    aws_s3_bucket: {
      t: {
        acceleration_status: "string",
        acl: "string",
        arn: "string",
        bucket: "string",
        bucket_domain_name: "string",
        bucket_prefix: "string",
        bucket_regional_domain_name: "string",
        force_destroy: "bool",
        hosted_zone_id: "string",
        id: "string",
        object_lock_enabled: "bool",
        policy: "string",
        region: "string",
        request_payer: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ],
        website_domain: "string",
        website_endpoint: "string"
      },
      c: [
        "acceleration_status",
        "acl",
        "arn",
        "bucket",
        "bucket_domain_name",
        "bucket_prefix",
        "bucket_regional_domain_name",
        "hosted_zone_id",
        "id",
        "object_lock_enabled",
        "policy",
        "region",
        "request_payer",
        "tags_all",
        "website_domain",
        "website_endpoint"
      ],
      b: {
        cors_rule: {
          n: "list",
          t: {
            allowed_headers: [
              "list",
              "string"
            ],
            allowed_methods: [
              "list",
              "string"
            ],
            allowed_origins: [
              "list",
              "string"
            ],
            expose_headers: [
              "list",
              "string"
            ],
            max_age_seconds: "number"
          }
        },
        grant: {
          n: "set",
          t: {
            id: "string",
            permissions: [
              "set",
              "string"
            ],
            type: "string",
            uri: "string"
          }
        },
        lifecycle_rule: {
          n: "list",
          t: {
            abort_incomplete_multipart_upload_days: "number",
            enabled: "bool",
            id: "string",
            prefix: "string",
            tags: [
              "map",
              "string"
            ]
          },
          c: [
            "id"
          ],
          b: {
            expiration: {
              n: "list",
              t: {
                date: "string",
                days: "number",
                expired_object_delete_marker: "bool"
              }
            },
            noncurrent_version_expiration: {
              n: "list",
              t: {
                days: "number"
              }
            },
            noncurrent_version_transition: {
              n: "set",
              t: {
                days: "number",
                storage_class: "string"
              }
            },
            transition: {
              n: "set",
              t: {
                date: "string",
                days: "number",
                storage_class: "string"
              }
            }
          }
        },
        logging: {
          n: "list",
          t: {
            target_bucket: "string",
            target_prefix: "string"
          }
        },
        object_lock_configuration: {
          n: "list",
          t: {
            object_lock_enabled: "string"
          },
          b: {
            rule: {
              n: "list",
              b: {
                default_retention: {
                  n: "list",
                  t: {
                    days: "number",
                    mode: "string",
                    years: "number"
                  }
                }
              }
            }
          }
        },
        replication_configuration: {
          n: "list",
          t: {
            role: "string"
          },
          b: {
            rules: {
              n: "set",
              t: {
                delete_marker_replication_status: "string",
                id: "string",
                prefix: "string",
                priority: "number",
                status: "string"
              },
              b: {
                destination: {
                  n: "list",
                  t: {
                    account_id: "string",
                    bucket: "string",
                    replica_kms_key_id: "string",
                    storage_class: "string"
                  },
                  b: {
                    access_control_translation: {
                      n: "list",
                      t: {
                        owner: "string"
                      }
                    },
                    metrics: {
                      n: "list",
                      t: {
                        minutes: "number",
                        status: "string"
                      }
                    },
                    replication_time: {
                      n: "list",
                      t: {
                        minutes: "number",
                        status: "string"
                      }
                    }
                  }
                },
                filter: {
                  n: "list",
                  t: {
                    prefix: "string",
                    tags: [
                      "map",
                      "string"
                    ]
                  }
                },
                source_selection_criteria: {
                  n: "list",
                  b: {
                    sse_kms_encrypted_objects: {
                      n: "list",
                      t: {
                        enabled: "bool"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        server_side_encryption_configuration: {
          n: "list",
          b: {
            rule: {
              n: "list",
              t: {
                bucket_key_enabled: "bool"
              },
              b: {
                apply_server_side_encryption_by_default: {
                  n: "list",
                  t: {
                    kms_master_key_id: "string",
                    sse_algorithm: "string"
                  }
                }
              }
            }
          }
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string",
            read: "string",
            update: "string"
          }
        },
        versioning: {
          n: "list",
          t: {
            enabled: "bool",
            mfa_delete: "bool"
          }
        },
        website: {
          n: "list",
          t: {
            error_document: "string",
            index_document: "string",
            redirect_all_requests_to: "string",
            routing_rules: "string"
          }
        }
      },
      d: {
        force_destroy: false
      },
      cb: [
        "cors_rule",
        "grant",
        "lifecycle_rule",
        "logging",
        "object_lock_configuration",
        "replication_configuration",
        "server_side_encryption_configuration",
        "versioning",
        "website"
      ]
    },
    aws_s3_bucket_acl: {
      t: {
        acl: "string",
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string"
      },
      c: [
        "id"
      ],
      b: {
        access_control_policy: {
          n: "list",
          b: {
            grant: {
              n: "set",
              t: {
                permission: "string"
              },
              b: {
                grantee: {
                  n: "list",
                  t: {
                    display_name: "string",
                    email_address: "string",
                    id: "string",
                    type: "string",
                    uri: "string"
                  },
                  c: [
                    "display_name"
                  ]
                }
              }
            },
            owner: {
              n: "list",
              t: {
                display_name: "string",
                id: "string"
              },
              c: [
                "display_name"
              ]
            }
          }
        }
      }
    },
    aws_s3_bucket_lifecycle_configuration: {
      t: {
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string",
        transition_default_minimum_object_size: "string"
      },
      c: [
        "expected_bucket_owner",
        "id",
        "transition_default_minimum_object_size"
      ],
      b: {
        rule: {
          n: "list",
          t: {
            id: "string",
            prefix: "string",
            status: "string"
          },
          c: [
            "prefix"
          ],
          b: {
            abort_incomplete_multipart_upload: {
              n: "list",
              t: {
                days_after_initiation: "number"
              }
            },
            expiration: {
              n: "list",
              t: {
                date: "string",
                days: "number",
                expired_object_delete_marker: "bool"
              },
              c: [
                "days",
                "expired_object_delete_marker"
              ]
            },
            filter: {
              n: "list",
              t: {
                object_size_greater_than: "number",
                object_size_less_than: "number",
                prefix: "string"
              },
              c: [
                "object_size_greater_than",
                "object_size_less_than",
                "prefix"
              ],
              b: {
                and: {
                  n: "list",
                  t: {
                    object_size_greater_than: "number",
                    object_size_less_than: "number",
                    prefix: "string",
                    tags: [
                      "map",
                      "string"
                    ]
                  },
                  c: [
                    "object_size_greater_than",
                    "object_size_less_than",
                    "prefix"
                  ]
                },
                tag: {
                  n: "list",
                  t: {
                    key: "string",
                    value: "string"
                  }
                }
              }
            },
            noncurrent_version_expiration: {
              n: "list",
              t: {
                newer_noncurrent_versions: "number",
                noncurrent_days: "number"
              },
              c: [
                "newer_noncurrent_versions"
              ]
            },
            noncurrent_version_transition: {
              n: "set",
              t: {
                newer_noncurrent_versions: "number",
                noncurrent_days: "number",
                storage_class: "string"
              },
              c: [
                "newer_noncurrent_versions"
              ]
            },
            transition: {
              n: "set",
              t: {
                date: "string",
                days: "number",
                storage_class: "string"
              },
              c: [
                "days"
              ]
            }
          }
        },
        timeouts: {
          n: "single",
          t: {
            create: "string",
            update: "string"
          }
        }
      },
      d: {
        "rule.expiration.expired_object_delete_marker": false,
        "rule.filter.prefix": "",
        "rule.prefix": "",
        transition_default_minimum_object_size: "all_storage_classes_128K"
      }
    },
    aws_s3_bucket_logging: {
      t: {
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string",
        target_bucket: "string",
        target_prefix: "string"
      },
      c: [
        "id"
      ],
      b: {
        target_grant: {
          n: "set",
          t: {
            permission: "string"
          },
          b: {
            grantee: {
              n: "list",
              t: {
                display_name: "string",
                email_address: "string",
                id: "string",
                type: "string",
                uri: "string"
              },
              c: [
                "display_name"
              ]
            }
          }
        },
        target_object_key_format: {
          n: "list",
          b: {
            partitioned_prefix: {
              n: "list",
              t: {
                partition_date_source: "string"
              }
            },
            simple_prefix: {
              n: "list"
            }
          }
        }
      }
    },
    aws_s3_bucket_object_lock_configuration: {
      t: {
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string",
        object_lock_enabled: "string",
        token: "string"
      },
      s: [
        "token"
      ],
      c: [
        "id"
      ],
      b: {
        rule: {
          n: "list",
          b: {
            default_retention: {
              n: "list",
              t: {
                days: "number",
                mode: "string",
                years: "number"
              }
            }
          }
        }
      }
    },
    aws_s3_bucket_ownership_controls: {
      t: {
        bucket: "string",
        id: "string"
      },
      c: [
        "id"
      ],
      b: {
        rule: {
          n: "list",
          t: {
            object_ownership: "string"
          }
        }
      }
    },
    aws_s3_bucket_policy: {
      t: {
        bucket: "string",
        id: "string",
        policy: "string"
      },
      c: [
        "id"
      ]
    },
    aws_s3_bucket_public_access_block: {
      t: {
        block_public_acls: "bool",
        block_public_policy: "bool",
        bucket: "string",
        id: "string",
        ignore_public_acls: "bool",
        restrict_public_buckets: "bool"
      },
      c: [
        "id"
      ]
    },
    aws_s3_bucket_server_side_encryption_configuration: {
      t: {
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string"
      },
      c: [
        "id"
      ],
      b: {
        rule: {
          n: "set",
          t: {
            bucket_key_enabled: "bool"
          },
          b: {
            apply_server_side_encryption_by_default: {
              n: "list",
              t: {
                kms_master_key_id: "string",
                sse_algorithm: "string"
              }
            }
          }
        }
      },
      d: {
        "rule.apply_server_side_encryption_by_default.kms_master_key_id": ""
      }
    },
    aws_s3_bucket_versioning: {
      t: {
        bucket: "string",
        expected_bucket_owner: "string",
        id: "string",
        mfa: "string"
      },
      c: [
        "id"
      ],
      b: {
        versioning_configuration: {
          n: "list",
          t: {
            mfa_delete: "string",
            status: "string"
          },
          c: [
            "mfa_delete"
          ]
        }
      }
    },
    aws_shield_drt_access_log_bucket_association: {
      t: {
        id: "string",
        log_bucket: "string",
        role_arn_association_id: "string"
      },
      c: [
        "id"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string"
          }
        }
      }
    },
    aws_shield_drt_access_role_arn_association: {
      t: {
        id: "string",
        role_arn: "string"
      },
      c: [
        "id"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            create: "string",
            delete: "string",
            update: "string"
          }
        }
      }
    },
    aws_shield_proactive_engagement: {
      t: {
        enabled: "bool",
        id: "string"
      },
      c: [
        "id"
      ],
      b: {
        emergency_contact: {
          n: "list",
          t: {
            contact_notes: "string",
            email_address: "string",
            phone_number: "string"
          }
        }
      }
    },
    aws_shield_protection: {
      t: {
        arn: "string",
        id: "string",
        name: "string",
        resource_arn: "string",
        tags: [
          "map",
          "string"
        ],
        tags_all: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "id",
        "tags_all"
      ]
    }
  },
  data: {
    aws_alb: {
      t: {
        access_logs: [
          "list",
          [
            "object",
            {
              bucket: "string",
              enabled: "bool",
              prefix: "string"
            }
          ]
        ],
        arn: "string",
        arn_suffix: "string",
        client_keep_alive: "number",
        connection_logs: [
          "list",
          [
            "object",
            {
              bucket: "string",
              enabled: "bool",
              prefix: "string"
            }
          ]
        ],
        customer_owned_ipv4_pool: "string",
        desync_mitigation_mode: "string",
        dns_name: "string",
        dns_record_client_routing_policy: "string",
        drop_invalid_header_fields: "bool",
        enable_cross_zone_load_balancing: "bool",
        enable_deletion_protection: "bool",
        enable_http2: "bool",
        enable_tls_version_and_cipher_suite_headers: "bool",
        enable_waf_fail_open: "bool",
        enable_xff_client_port: "bool",
        enable_zonal_shift: "bool",
        enforce_security_group_inbound_rules_on_private_link_traffic: "string",
        id: "string",
        idle_timeout: "number",
        internal: "bool",
        ip_address_type: "string",
        ipam_pools: [
          "list",
          [
            "object",
            {
              ipv4_ipam_pool_id: "string"
            }
          ]
        ],
        load_balancer_type: "string",
        name: "string",
        preserve_host_header: "bool",
        security_groups: [
          "set",
          "string"
        ],
        subnet_mapping: [
          "set",
          [
            "object",
            {
              allocation_id: "string",
              ipv6_address: "string",
              outpost_id: "string",
              private_ipv4_address: "string",
              subnet_id: "string"
            }
          ]
        ],
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        vpc_id: "string",
        xff_header_processing_mode: "string",
        zone_id: "string"
      },
      c: [
        "access_logs",
        "arn",
        "arn_suffix",
        "client_keep_alive",
        "connection_logs",
        "customer_owned_ipv4_pool",
        "desync_mitigation_mode",
        "dns_name",
        "dns_record_client_routing_policy",
        "drop_invalid_header_fields",
        "enable_cross_zone_load_balancing",
        "enable_deletion_protection",
        "enable_http2",
        "enable_tls_version_and_cipher_suite_headers",
        "enable_waf_fail_open",
        "enable_xff_client_port",
        "enable_zonal_shift",
        "enforce_security_group_inbound_rules_on_private_link_traffic",
        "id",
        "idle_timeout",
        "internal",
        "ip_address_type",
        "ipam_pools",
        "load_balancer_type",
        "name",
        "preserve_host_header",
        "security_groups",
        "subnet_mapping",
        "subnets",
        "tags",
        "vpc_id",
        "xff_header_processing_mode",
        "zone_id"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            read: "string"
          }
        }
      }
    },
    aws_alb_listener: {
      t: {
        alpn_policy: "string",
        arn: "string",
        certificate_arn: "string",
        default_action: [
          "list",
          [
            "object",
            {
              authenticate_cognito: [
                "list",
                [
                  "object",
                  {
                    authentication_request_extra_params: [
                      "map",
                      "string"
                    ],
                    on_unauthenticated_request: "string",
                    scope: "string",
                    session_cookie_name: "string",
                    session_timeout: "number",
                    user_pool_arn: "string",
                    user_pool_client_id: "string",
                    user_pool_domain: "string"
                  }
                ]
              ],
              authenticate_oidc: [
                "list",
                [
                  "object",
                  {
                    authentication_request_extra_params: [
                      "map",
                      "string"
                    ],
                    authorization_endpoint: "string",
                    client_id: "string",
                    client_secret: "string",
                    issuer: "string",
                    on_unauthenticated_request: "string",
                    scope: "string",
                    session_cookie_name: "string",
                    session_timeout: "number",
                    token_endpoint: "string",
                    user_info_endpoint: "string"
                  }
                ]
              ],
              fixed_response: [
                "list",
                [
                  "object",
                  {
                    content_type: "string",
                    message_body: "string",
                    status_code: "string"
                  }
                ]
              ],
              forward: [
                "list",
                [
                  "object",
                  {
                    stickiness: [
                      "list",
                      [
                        "object",
                        {
                          duration: "number",
                          enabled: "bool"
                        }
                      ]
                    ],
                    target_group: [
                      "set",
                      [
                        "object",
                        {
                          arn: "string",
                          weight: "number"
                        }
                      ]
                    ]
                  }
                ]
              ],
              order: "number",
              redirect: [
                "list",
                [
                  "object",
                  {
                    host: "string",
                    path: "string",
                    port: "string",
                    protocol: "string",
                    query: "string",
                    status_code: "string"
                  }
                ]
              ],
              target_group_arn: "string",
              type: "string"
            }
          ]
        ],
        id: "string",
        load_balancer_arn: "string",
        mutual_authentication: [
          "list",
          [
            "object",
            {
              advertise_trust_store_ca_names: "string",
              ignore_client_certificate_expiry: "bool",
              mode: "string",
              trust_store_arn: "string"
            }
          ]
        ],
        port: "number",
        protocol: "string",
        ssl_policy: "string",
        tags: [
          "map",
          "string"
        ]
      },
      c: [
        "alpn_policy",
        "arn",
        "certificate_arn",
        "default_action",
        "id",
        "load_balancer_arn",
        "mutual_authentication",
        "port",
        "protocol",
        "ssl_policy",
        "tags"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            read: "string"
          }
        }
      }
    },
    aws_athena_named_query: {
      t: {
        database: "string",
        description: "string",
        id: "string",
        name: "string",
        querystring: "string",
        workgroup: "string"
      },
      c: [
        "database",
        "description",
        "id",
        "querystring"
      ]
    },
    aws_cloudwatch_log_group: {
      t: {
        arn: "string",
        creation_time: "number",
        id: "string",
        kms_key_id: "string",
        log_group_class: "string",
        name: "string",
        retention_in_days: "number",
        tags: [
          "map",
          "string"
        ]
      },
      c: [
        "arn",
        "creation_time",
        "id",
        "kms_key_id",
        "log_group_class",
        "retention_in_days",
        "tags"
      ]
    },
    aws_elb: {
      t: {
        access_logs: [
          "list",
          [
            "object",
            {
              bucket: "string",
              bucket_prefix: "string",
              enabled: "bool",
              interval: "number"
            }
          ]
        ],
        arn: "string",
        availability_zones: [
          "set",
          "string"
        ],
        connection_draining: "bool",
        connection_draining_timeout: "number",
        cross_zone_load_balancing: "bool",
        desync_mitigation_mode: "string",
        dns_name: "string",
        health_check: [
          "list",
          [
            "object",
            {
              healthy_threshold: "number",
              interval: "number",
              target: "string",
              timeout: "number",
              unhealthy_threshold: "number"
            }
          ]
        ],
        id: "string",
        idle_timeout: "number",
        instances: [
          "set",
          "string"
        ],
        internal: "bool",
        listener: [
          "set",
          [
            "object",
            {
              instance_port: "number",
              instance_protocol: "string",
              lb_port: "number",
              lb_protocol: "string",
              ssl_certificate_id: "string"
            }
          ]
        ],
        name: "string",
        security_groups: [
          "set",
          "string"
        ],
        source_security_group: "string",
        source_security_group_id: "string",
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        zone_id: "string"
      },
      c: [
        "access_logs",
        "arn",
        "availability_zones",
        "connection_draining",
        "connection_draining_timeout",
        "cross_zone_load_balancing",
        "desync_mitigation_mode",
        "dns_name",
        "health_check",
        "id",
        "idle_timeout",
        "instances",
        "internal",
        "listener",
        "security_groups",
        "source_security_group",
        "source_security_group_id",
        "subnets",
        "tags",
        "zone_id"
      ]
    },
    aws_elb_service_account: {
      t: {
        arn: "string",
        id: "string",
        region: "string"
      },
      c: [
        "arn",
        "id"
      ]
    },
    aws_glue_catalog_table: {
      t: {
        arn: "string",
        catalog_id: "string",
        database_name: "string",
        description: "string",
        id: "string",
        name: "string",
        owner: "string",
        parameters: [
          "map",
          "string"
        ],
        partition_index: [
          "list",
          [
            "object",
            {
              index_name: "string",
              index_status: "string",
              keys: [
                "list",
                "string"
              ]
            }
          ]
        ],
        partition_keys: [
          "list",
          [
            "object",
            {
              comment: "string",
              name: "string",
              type: "string"
            }
          ]
        ],
        query_as_of_time: "string",
        retention: "number",
        storage_descriptor: [
          "list",
          [
            "object",
            {
              additional_locations: [
                "list",
                "string"
              ],
              bucket_columns: [
                "list",
                "string"
              ],
              columns: [
                "list",
                [
                  "object",
                  {
                    comment: "string",
                    name: "string",
                    parameters: [
                      "map",
                      "string"
                    ],
                    type: "string"
                  }
                ]
              ],
              compressed: "bool",
              input_format: "string",
              location: "string",
              number_of_buckets: "number",
              output_format: "string",
              parameters: [
                "map",
                "string"
              ],
              schema_reference: [
                "list",
                [
                  "object",
                  {
                    schema_id: [
                      "list",
                      [
                        "object",
                        {
                          registry_name: "string",
                          schema_arn: "string",
                          schema_name: "string"
                        }
                      ]
                    ],
                    schema_version_id: "string",
                    schema_version_number: "number"
                  }
                ]
              ],
              ser_de_info: [
                "list",
                [
                  "object",
                  {
                    name: "string",
                    parameters: [
                      "map",
                      "string"
                    ],
                    serialization_library: "string"
                  }
                ]
              ],
              skewed_info: [
                "list",
                [
                  "object",
                  {
                    skewed_column_names: [
                      "list",
                      "string"
                    ],
                    skewed_column_value_location_maps: [
                      "map",
                      "string"
                    ],
                    skewed_column_values: [
                      "list",
                      "string"
                    ]
                  }
                ]
              ],
              sort_columns: [
                "list",
                [
                  "object",
                  {
                    column: "string",
                    sort_order: "number"
                  }
                ]
              ],
              stored_as_sub_directories: "bool"
            }
          ]
        ],
        table_type: "string",
        target_table: [
          "list",
          [
            "object",
            {
              catalog_id: "string",
              database_name: "string",
              name: "string",
              region: "string"
            }
          ]
        ],
        transaction_id: "number",
        view_expanded_text: "string",
        view_original_text: "string"
      },
      c: [
        "arn",
        "catalog_id",
        "description",
        "id",
        "owner",
        "parameters",
        "partition_index",
        "partition_keys",
        "retention",
        "storage_descriptor",
        "table_type",
        "target_table",
        "view_expanded_text",
        "view_original_text"
      ]
    },
    aws_iam_policy_document: {
      t: {
        id: "string",
        json: "string",
        minified_json: "string",
        override_json: "string",
        override_policy_documents: [
          "list",
          "string"
        ],
        policy_id: "string",
        source_json: "string",
        source_policy_documents: [
          "list",
          "string"
        ],
        version: "string"
      },
      c: [
        "id",
        "json",
        "minified_json"
      ],
      b: {
        statement: {
          n: "list",
          t: {
            actions: [
              "set",
              "string"
            ],
            effect: "string",
            not_actions: [
              "set",
              "string"
            ],
            not_resources: [
              "set",
              "string"
            ],
            resources: [
              "set",
              "string"
            ],
            sid: "string"
          },
          b: {
            condition: {
              n: "set",
              t: {
                test: "string",
                values: [
                  "list",
                  "string"
                ],
                variable: "string"
              }
            },
            not_principals: {
              n: "set",
              t: {
                identifiers: [
                  "set",
                  "string"
                ],
                type: "string"
              }
            },
            principals: {
              n: "set",
              t: {
                identifiers: [
                  "set",
                  "string"
                ],
                type: "string"
              }
            }
          }
        }
      }
    },
    aws_kinesis_firehose_delivery_stream: {
      t: {
        arn: "string",
        id: "string",
        name: "string"
      },
      c: [
        "arn",
        "id"
      ]
    },
    aws_kms_key: {
      t: {
        arn: "string",
        aws_account_id: "string",
        cloud_hsm_cluster_id: "string",
        creation_date: "string",
        custom_key_store_id: "string",
        customer_master_key_spec: "string",
        deletion_date: "string",
        description: "string",
        enabled: "bool",
        expiration_model: "string",
        grant_tokens: [
          "list",
          "string"
        ],
        id: "string",
        key_id: "string",
        key_manager: "string",
        key_spec: "string",
        key_state: "string",
        key_usage: "string",
        multi_region: "bool",
        multi_region_configuration: [
          "list",
          [
            "object",
            {
              multi_region_key_type: "string",
              primary_key: [
                "list",
                [
                  "object",
                  {
                    arn: "string",
                    region: "string"
                  }
                ]
              ],
              replica_keys: [
                "list",
                [
                  "object",
                  {
                    arn: "string",
                    region: "string"
                  }
                ]
              ]
            }
          ]
        ],
        origin: "string",
        pending_deletion_window_in_days: "number",
        valid_to: "string",
        xks_key_configuration: [
          "list",
          [
            "object",
            {
              id: "string"
            }
          ]
        ]
      },
      c: [
        "arn",
        "aws_account_id",
        "cloud_hsm_cluster_id",
        "creation_date",
        "custom_key_store_id",
        "customer_master_key_spec",
        "deletion_date",
        "description",
        "enabled",
        "expiration_model",
        "id",
        "key_manager",
        "key_spec",
        "key_state",
        "key_usage",
        "multi_region",
        "multi_region_configuration",
        "origin",
        "pending_deletion_window_in_days",
        "valid_to",
        "xks_key_configuration"
      ]
    },
    aws_lb: {
      t: {
        access_logs: [
          "list",
          [
            "object",
            {
              bucket: "string",
              enabled: "bool",
              prefix: "string"
            }
          ]
        ],
        arn: "string",
        arn_suffix: "string",
        client_keep_alive: "number",
        connection_logs: [
          "list",
          [
            "object",
            {
              bucket: "string",
              enabled: "bool",
              prefix: "string"
            }
          ]
        ],
        customer_owned_ipv4_pool: "string",
        desync_mitigation_mode: "string",
        dns_name: "string",
        dns_record_client_routing_policy: "string",
        drop_invalid_header_fields: "bool",
        enable_cross_zone_load_balancing: "bool",
        enable_deletion_protection: "bool",
        enable_http2: "bool",
        enable_tls_version_and_cipher_suite_headers: "bool",
        enable_waf_fail_open: "bool",
        enable_xff_client_port: "bool",
        enable_zonal_shift: "bool",
        enforce_security_group_inbound_rules_on_private_link_traffic: "string",
        id: "string",
        idle_timeout: "number",
        internal: "bool",
        ip_address_type: "string",
        ipam_pools: [
          "list",
          [
            "object",
            {
              ipv4_ipam_pool_id: "string"
            }
          ]
        ],
        load_balancer_type: "string",
        name: "string",
        preserve_host_header: "bool",
        security_groups: [
          "set",
          "string"
        ],
        subnet_mapping: [
          "set",
          [
            "object",
            {
              allocation_id: "string",
              ipv6_address: "string",
              outpost_id: "string",
              private_ipv4_address: "string",
              subnet_id: "string"
            }
          ]
        ],
        subnets: [
          "set",
          "string"
        ],
        tags: [
          "map",
          "string"
        ],
        vpc_id: "string",
        xff_header_processing_mode: "string",
        zone_id: "string"
      },
      c: [
        "access_logs",
        "arn",
        "arn_suffix",
        "client_keep_alive",
        "connection_logs",
        "customer_owned_ipv4_pool",
        "desync_mitigation_mode",
        "dns_name",
        "dns_record_client_routing_policy",
        "drop_invalid_header_fields",
        "enable_cross_zone_load_balancing",
        "enable_deletion_protection",
        "enable_http2",
        "enable_tls_version_and_cipher_suite_headers",
        "enable_waf_fail_open",
        "enable_xff_client_port",
        "enable_zonal_shift",
        "enforce_security_group_inbound_rules_on_private_link_traffic",
        "id",
        "idle_timeout",
        "internal",
        "ip_address_type",
        "ipam_pools",
        "load_balancer_type",
        "name",
        "preserve_host_header",
        "security_groups",
        "subnet_mapping",
        "subnets",
        "tags",
        "vpc_id",
        "xff_header_processing_mode",
        "zone_id"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            read: "string"
          }
        }
      }
    },
    aws_lb_listener: {
      t: {
        alpn_policy: "string",
        arn: "string",
        certificate_arn: "string",
        default_action: [
          "list",
          [
            "object",
            {
              authenticate_cognito: [
                "list",
                [
                  "object",
                  {
                    authentication_request_extra_params: [
                      "map",
                      "string"
                    ],
                    on_unauthenticated_request: "string",
                    scope: "string",
                    session_cookie_name: "string",
                    session_timeout: "number",
                    user_pool_arn: "string",
                    user_pool_client_id: "string",
                    user_pool_domain: "string"
                  }
                ]
              ],
              authenticate_oidc: [
                "list",
                [
                  "object",
                  {
                    authentication_request_extra_params: [
                      "map",
                      "string"
                    ],
                    authorization_endpoint: "string",
                    client_id: "string",
                    client_secret: "string",
                    issuer: "string",
                    on_unauthenticated_request: "string",
                    scope: "string",
                    session_cookie_name: "string",
                    session_timeout: "number",
                    token_endpoint: "string",
                    user_info_endpoint: "string"
                  }
                ]
              ],
              fixed_response: [
                "list",
                [
                  "object",
                  {
                    content_type: "string",
                    message_body: "string",
                    status_code: "string"
                  }
                ]
              ],
              forward: [
                "list",
                [
                  "object",
                  {
                    stickiness: [
                      "list",
                      [
                        "object",
                        {
                          duration: "number",
                          enabled: "bool"
                        }
                      ]
                    ],
                    target_group: [
                      "set",
                      [
                        "object",
                        {
                          arn: "string",
                          weight: "number"
                        }
                      ]
                    ]
                  }
                ]
              ],
              order: "number",
              redirect: [
                "list",
                [
                  "object",
                  {
                    host: "string",
                    path: "string",
                    port: "string",
                    protocol: "string",
                    query: "string",
                    status_code: "string"
                  }
                ]
              ],
              target_group_arn: "string",
              type: "string"
            }
          ]
        ],
        id: "string",
        load_balancer_arn: "string",
        mutual_authentication: [
          "list",
          [
            "object",
            {
              advertise_trust_store_ca_names: "string",
              ignore_client_certificate_expiry: "bool",
              mode: "string",
              trust_store_arn: "string"
            }
          ]
        ],
        port: "number",
        protocol: "string",
        ssl_policy: "string",
        tags: [
          "map",
          "string"
        ]
      },
      c: [
        "alpn_policy",
        "arn",
        "certificate_arn",
        "default_action",
        "id",
        "load_balancer_arn",
        "mutual_authentication",
        "port",
        "protocol",
        "ssl_policy",
        "tags"
      ],
      b: {
        timeouts: {
          n: "single",
          t: {
            read: "string"
          }
        }
      }
    },
    aws_lb_trust_store: {
      t: {
        arn: "string",
        id: "string",
        name: "string"
      },
      c: [
        "arn",
        "id",
        "name"
      ]
    },
    aws_region: {
      t: {
        description: "string",
        endpoint: "string",
        id: "string",
        name: "string"
      },
      c: [
        "description",
        "endpoint",
        "id",
        "name"
      ]
    },
    aws_s3_bucket: {
      t: {
        arn: "string",
        bucket: "string",
        bucket_domain_name: "string",
        bucket_regional_domain_name: "string",
        hosted_zone_id: "string",
        id: "string",
        region: "string",
        website_domain: "string",
        website_endpoint: "string"
      },
      c: [
        "arn",
        "bucket_domain_name",
        "bucket_regional_domain_name",
        "hosted_zone_id",
        "id",
        "region",
        "website_domain",
        "website_endpoint"
      ]
    },
    aws_s3_bucket_policy: {
      t: {
        bucket: "string",
        id: "string",
        policy: "string"
      },
      c: [
        "id",
        "policy"
      ]
    },
    aws_shield_protection: {
      t: {
        id: "string",
        name: "string",
        protection_arn: "string",
        protection_id: "string",
        resource_arn: "string"
      },
      c: [
        "id",
        "name",
        "protection_arn",
        "protection_id",
        "resource_arn"
      ]
    }
  }
};

// src/source-plan/provider-schema.ts
var RESOURCES = provider_schema_default.resources;
var DATA = provider_schema_default.data;
function resourceSchema(mode, type) {
  const table = mode === "data" ? DATA : RESOURCES;
  return Object.prototype.hasOwnProperty.call(table, type) ? table[type] : void 0;
}
function typeSpec(type) {
  if (type === "string" || type === "number" || type === "bool") return { kind: type };
  if (Array.isArray(type)) {
    const [kind, inner] = type;
    if ((kind === "list" || kind === "set" || kind === "map") && inner !== void 0) return { kind, element: typeSpec(inner) };
    if (kind === "object" && inner !== null && typeof inner === "object" && !Array.isArray(inner)) {
      return { kind: "object", attributes: Object.fromEntries(Object.entries(inner).map(([name, t]) => [name, { type: typeSpec(t), optional: true }])) };
    }
    if (kind === "tuple" && Array.isArray(inner)) return { kind: "tuple", elements: inner.map(typeSpec) };
  }
  return ANY;
}

// src/source-plan/resource-values.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection"]);
var MAX_BLOCK_DEPTH = 32;
function evaluateBody(module, block, evaluator, schema, depth = 0) {
  if (depth > MAX_BLOCK_DEPTH) throw new EvaluationError("nested blocks nest too deeply to evaluate", block.line, block.file);
  const out = {};
  for (const [name, attribute] of block.attributes) {
    if (depth === 0 && META_ARGUMENTS.has(name)) continue;
    defineKey(out, name, module.evaluateAttribute(attribute, evaluator));
  }
  const lists = /* @__PURE__ */ new Map();
  for (const nested of block.blocks) {
    if (depth === 0 && META_ARGUMENTS.has(nested.type)) continue;
    const type = nested.type === "dynamic" ? nested.labels[0] : nested.type;
    if (type === void 0) continue;
    const nestedSchema = schema?.b?.[type];
    const list2 = lists.get(type) ?? [];
    if (!Array.isArray(list2)) continue;
    if (nested.type !== "dynamic") {
      list2.push(evaluateBody(module, nested, evaluator, nestedSchema, depth + 1));
      lists.set(type, list2);
      continue;
    }
    const items = expandDynamic(module, nested, evaluator, nestedSchema, depth);
    lists.set(type, Array.isArray(items) ? [...list2, ...items] : UNKNOWN);
  }
  for (const [type, list2] of lists) {
    const nesting = schema?.b?.[type]?.n;
    if (Array.isArray(list2) && (nesting === "single" || nesting === "group")) defineKey(out, type, list2[0] ?? null);
    else defineKey(out, type, list2);
  }
  return out;
}
function expandDynamic(module, dynamic, evaluator, schema, depth) {
  const forEach = dynamic.attributes.get("for_each");
  if (!forEach) throw new EvaluationError('Missing required argument: a dynamic block needs "for_each"', dynamic.line, dynamic.file);
  const iteratorAttribute = dynamic.attributes.get("iterator");
  const iterator = iteratorAttribute ? iteratorAttribute.expr.text.trim() : dynamic.labels[0];
  const content = dynamic.blocks.find((b) => b.type === "content");
  const { value, sensitive } = unmark(module.evaluateAttribute(forEach, evaluator));
  if (isUnknown(value)) return UNKNOWN;
  if (value === null) throw new EvaluationError("Invalid dynamic for_each value: cannot use a null value in for_each", forEach.line, forEach.file);
  const items = [];
  for (const [key, element] of iterationEntries(value, forEach.line)) {
    const scope = evaluator.with({ [iterator]: { key: mark(key, sensitive), value: mark(element, sensitive) } });
    items.push(content ? evaluateBody(module, content, scope, schema, depth + 1) : {});
  }
  return items;
}
function converted(value, type) {
  try {
    return convert(value, typeSpec(type));
  } catch (error) {
    if (error instanceof OperationError) return value;
    throw error;
  }
}
function fill(body2, schema, defaults, prefix) {
  const out = { ...body2 };
  for (const [name, type] of Object.entries(schema.t ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(out, name)) defineKey(out, name, null);
    else out[name] = converted(out[name], type);
  }
  for (const name of schema.c ?? []) if (!Object.prototype.hasOwnProperty.call(out, name) || out[name] === null) defineKey(out, name, UNKNOWN);
  for (const name of schema.s ?? []) if (out[name] !== null && out[name] !== void 0) out[name] = mark(out[name]);
  for (const [path6, value] of Object.entries(defaults)) {
    if (!path6.startsWith(prefix)) continue;
    const name = path6.slice(prefix.length);
    if (name.includes(".")) continue;
    if (!Object.prototype.hasOwnProperty.call(out, name) || out[name] === null) defineKey(out, name, fromJson(value));
  }
  for (const [name, nested] of Object.entries(schema.b ?? {})) {
    const given = Object.prototype.hasOwnProperty.call(out, name) ? out[name] : void 0;
    if (given === void 0) {
      const computed = prefix === "" && (schema.cb ?? []).includes(name);
      defineKey(out, name, computed ? UNKNOWN : nested.n === "single" || nested.n === "group" ? null : []);
      continue;
    }
    const { value, sensitive } = unmark(given);
    if (Array.isArray(value)) defineKey(out, name, mark(value.map((item) => isObject(item) ? fill(item, nested, defaults, `${prefix}${name}.`) : item), sensitive));
    else if (isObject(value)) defineKey(out, name, mark(fill(value, nested, defaults, `${prefix}${name}.`), sensitive));
  }
  return out;
}
var NORMALIZED_JSON = {
  aws_s3_bucket_policy: ["policy"],
  aws_kms_key: ["policy"],
  aws_kms_key_policy: ["policy"],
  aws_cloudwatch_event_rule: ["event_pattern"]
};
function normalizedJson(value) {
  const { value: text3, sensitive } = unmark(value);
  if (typeof text3 !== "string") return value;
  let parsed;
  try {
    parsed = JSON.parse(text3);
  } catch {
    return value;
  }
  const sorted = (v) => Array.isArray(v) ? v.map(sorted) : v !== null && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;
  return mark(JSON.stringify(sorted(parsed)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`), sensitive);
}
function plannedValues(module, instance) {
  const schema = resourceSchema(instance.mode, instance.type);
  const body2 = evaluateBody(module, instance.block, module.instanceEvaluator(instance), schema);
  if (instance.mode === "data" && localDataSource(instance.type)) return computeDataSource(module, instance, body2, schema);
  if (!schema) return openObject(body2);
  const values = fill(body2, schema, schema.d ?? {}, "");
  if (instance.mode === "managed") {
    for (const name of NORMALIZED_JSON[instance.type] ?? []) if (values[name] !== void 0) values[name] = normalizedJson(values[name]);
  }
  return values;
}

// src/source-plan/file-functions.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var NO_REFERENCES = {
  reference(_root, _steps, line) {
    throw new EvaluationError("Invalid template: a template file can refer only to the variables given to templatefile", line);
  }
};
function base(p) {
  if (p === "") return ".";
  const trimmed = p.replace(/\/+$/, "");
  return trimmed === "" ? "/" : path.posix.basename(trimmed);
}
function dir(p) {
  const d = path.posix.dirname(p);
  return path.posix.normalize(d);
}
function fileFunction(context, name, args, line) {
  const plain = args.map(strip);
  if (plain.some((a) => a.unknown)) return UNKNOWN;
  const sensitive = plain.some((a) => a.sensitive);
  const [first] = plain.map((a) => a.value);
  if (typeof first !== "string") throw new EvaluationError(`Invalid function argument: ${name}: a string is required`, line);
  switch (name) {
    case "basename":
      return mark(base(first), sensitive);
    case "dirname":
      return mark(dir(first), sensitive);
    case "abspath":
      return mark(path.resolve(context.root, first), sensitive);
    case "pathexpand":
      return first.startsWith("~") ? UNKNOWN : mark(first, sensitive);
  }
  const file = path.resolve(context.root, first);
  let real = null;
  try {
    real = realpathSync(file);
  } catch {
    real = null;
  }
  if (name === "fileexists") {
    if (real === null) return mark(false, sensitive);
    if (!inside(context.boundary, real)) return UNKNOWN;
    return mark(statSync(real).isFile(), sensitive);
  }
  if (name === "fileset") return UNKNOWN;
  if (real === null || !existsSync(real)) throw new EvaluationError(`Invalid function argument: ${name}: no file exists at "${first}"`, line);
  if (!inside(context.boundary, real)) {
    context.warn(`${name}("${first}") reads a file outside the source folder; its value is unknown`);
    return UNKNOWN;
  }
  const bytes = readFileSync(real);
  const digest2 = DIGESTS[name];
  if (digest2) return mark(createHash2(digest2[0]).update(bytes).digest(digest2[1]), sensitive);
  switch (name) {
    case "file":
      return mark(text2(bytes, name, first, line), sensitive);
    case "filebase64":
      return mark(bytes.toString("base64"), sensitive);
    case "templatefile":
      return mark(template(context, text2(bytes, name, first, line), plain[1]?.value ?? null, first, line), sensitive);
  }
  return UNKNOWN;
}
var DIGESTS = {
  filemd5: ["md5", "hex"],
  filesha1: ["sha1", "hex"],
  filesha256: ["sha256", "hex"],
  filesha512: ["sha512", "hex"],
  filebase64sha256: ["sha256", "base64"],
  filebase64sha512: ["sha512", "base64"]
};
function inside(boundary, real) {
  return real === boundary || real.startsWith(boundary + path.sep);
}
function text2(bytes, name, file, line) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new EvaluationError(`Invalid function argument: ${name}: the file "${file}" is not valid UTF-8`, line);
  }
}
var SENTINEL = "";
function template(context, content, vars, file, line) {
  if (vars !== null && !isObject(vars)) throw new EvaluationError("Invalid function argument: templatefile: the variables must be an object or map", line);
  const marker = `TEMPLATE_${createHash2("sha1").update(content).digest("hex").slice(0, 12)}`;
  const endsWithNewline = content.endsWith("\n");
  const expression = parseExpression(context.parser, `<<${marker}
${content}${endsWithNewline ? "" : `${SENTINEL}
`}${marker}`);
  if (!expression) throw new EvaluationError(`Invalid function argument: templatefile: "${file}" is not a valid template`, line);
  let value;
  try {
    value = new Evaluator(NO_REFERENCES, vars ?? {}).evaluate(expression);
  } catch (error) {
    if (error instanceof EvaluationError) throw new EvaluationError(`Error in function call: templatefile("${file}"): ${error.message}`, line);
    throw error;
  }
  const { value: result, sensitive } = strip(value);
  if (!endsWithNewline && typeof result === "string") return mark(result.slice(0, -(SENTINEL.length + 1)), sensitive);
  return value;
}

// src/source-plan/module-instance.ts
var CycleError = class extends Error {
  constructor(chain, file, line) {
    super(`Cycle: ${chain.join(" \u2192 ")}`);
    this.chain = chain;
    this.file = file;
    this.line = line;
  }
  chain;
  file;
  line;
};
var MAX_INSTANCES = 1e4;
var NONE = /* @__PURE__ */ Symbol("not computed");
var ModuleInstance = class _ModuleInstance {
  constructor(loader, source, names, parent, call) {
    this.loader = loader;
    this.source = source;
    this.names = names;
    this.parent = parent;
    this.call = call;
    this.evaluator = new Evaluator(this);
    this.address = names.map((n) => `module.${n.name}${n.key === void 0 ? "" : keyText(n.key)}`).join(".");
  }
  loader;
  source;
  names;
  parent;
  call;
  evaluator;
  /** `module.a["k"].module.b`, or "" at the root. */
  address;
  memo = /* @__PURE__ */ new Map();
  expansions = /* @__PURE__ */ new Map();
  children = /* @__PURE__ */ new Map();
  /** `module.a.module.b` without keys: the path of the module's configuration. */
  get configPath() {
    return this.names.map((n) => `module.${n.name}`).join(".");
  }
  /** Evaluates once, naming the cycle when the value is asked for while it is computed. */
  once(key, where, compute) {
    const known2 = this.memo.get(key);
    if (known2 === NONE) {
      const chain = this.loader.stack.slice(this.loader.stack.indexOf(`${this.address}|${key}`)).map((k) => k.split("|")[1]);
      throw new CycleError([...chain, key], where.file, where.line);
    }
    if (known2 !== void 0) return known2;
    this.memo.set(key, NONE);
    this.loader.stack.push(`${this.address}|${key}`);
    if (this.loader.stack.length > this.loader.maxDepth) {
      this.memo.delete(key);
      this.loader.stack.pop();
      throw new EvaluationError("references nest too deeply to evaluate", where.line, where.file);
    }
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } catch (error) {
      this.memo.delete(key);
      throw error;
    } finally {
      this.loader.stack.pop();
    }
  }
  /** Evaluates an attribute's expression here, naming its file in any error. */
  evaluateAttribute(attribute, evaluator = this.evaluator) {
    try {
      return evaluator.evaluate(attribute.expr);
    } catch (error) {
      if (error instanceof EvaluationError && error.file === void 0) error.file = attribute.file;
      throw error;
    }
  }
  fileFunction(name, args, line) {
    return fileFunction(this.loader, name, args, line);
  }
  reference(root, steps, line) {
    const attr = (i) => steps[i]?.kind === "attr" ? steps[i].name : void 0;
    switch (root) {
      case "var": {
        const name = attr(0);
        if (name === void 0) throw new EvaluationError('Invalid reference: "var" must be followed by a variable name', line);
        return { value: this.variable(name, line), consumed: 1 };
      }
      case "local": {
        const name = attr(0);
        if (name === void 0) throw new EvaluationError('Invalid reference: "local" must be followed by a name', line);
        return { value: this.local(name, line), consumed: 1 };
      }
      case "module":
        return this.moduleReference(steps, line);
      case "path": {
        const name = attr(0);
        if (name === "module") return { value: this.source.rel, consumed: 1 };
        if (name === "root") return { value: ".", consumed: 1 };
        if (name === "cwd") return { value: this.loader.root, consumed: 1 };
        throw new EvaluationError(`Invalid "path" attribute "${name}"`, line);
      }
      case "terraform": {
        if (attr(0) === "workspace") return { value: this.loader.workspace, consumed: 1 };
        throw new EvaluationError('Invalid "terraform" attribute', line);
      }
      case "count":
      case "each":
      case "self":
        throw new EvaluationError(`Invalid reference: "${root}" cannot be used in this context`, line);
      case "data": {
        const type = attr(0);
        const name = attr(1);
        if (type === void 0 || name === void 0) throw new EvaluationError('Invalid reference: "data" must be followed by a type and a name', line);
        const result = this.resourceReference("data", type, name, steps.slice(2), line);
        return { value: result.value, consumed: 2 + result.consumed };
      }
      default: {
        const name = attr(0);
        if (name === void 0) throw new EvaluationError(`Invalid reference: "${root}" must be followed by a name`, line);
        const result = this.resourceReference("managed", root, name, steps.slice(1), line);
        return { value: result.value, consumed: 1 + result.consumed };
      }
    }
  }
  // --- variables, locals, outputs ---------------------------------------------------------------
  variable(name, line) {
    const block = this.source.variables.get(name);
    if (!block) throw new EvaluationError(`Reference to undeclared input variable "${name}"`, line);
    return this.once(`var.${name}`, block, () => {
      const type = this.variableType(block);
      const nullable = block.attributes.get("nullable");
      const defaultAttribute = block.attributes.get("default");
      const defaultValue = () => defaultAttribute ? this.constant(defaultAttribute) : null;
      let value;
      if (this.parent === void 0) {
        const given = this.loader.rootValue(name, type);
        if (given !== void 0) value = given;
        else if (defaultAttribute) value = defaultValue();
        else {
          this.loader.warn(`${block.file}:${block.line}: var.${name} has no value (no default, tfvars, TF_VAR_${name} or --var); what depends on it is unknown`);
          value = UNKNOWN;
        }
      } else {
        const argument = this.call.block.attributes.get(name);
        if (argument) value = this.parent.evaluateAttribute(argument, this.parent.evaluator.with(this.call.symbols));
        else if (defaultAttribute) value = defaultValue();
        else throw new EvaluationError(`Missing required argument: the module call has no value for "${name}"`, this.call.block.line, this.call.block.file);
      }
      if (unmark(value).value === null && nullable && this.constant(nullable) === false) value = defaultValue();
      try {
        value = convert(value, type);
      } catch (error) {
        if (error instanceof OperationError) throw new EvaluationError(`Invalid value for variable "${name}": ${error.message}`, block.line, block.file);
        throw error;
      }
      const sensitive = block.attributes.get("sensitive");
      return sensitive && this.constant(sensitive) === true ? mark(value) : value;
    });
  }
  variableType(block) {
    const type = block.attributes.get("type");
    if (!type) return ANY;
    try {
      return parseType(type.expr);
    } catch (error) {
      if (error instanceof EvaluationError) error.file ??= type.file;
      throw error;
    }
  }
  /** A value written as a constant (a default, `sensitive = true`). */
  constant(attribute) {
    return this.evaluateAttribute(attribute);
  }
  local(name, line) {
    const attribute = this.source.locals.get(name);
    if (!attribute) throw new EvaluationError(`Reference to undeclared local value "${name}"`, line);
    return this.once(`local.${name}`, attribute, () => this.evaluateAttribute(attribute));
  }
  output(name, line) {
    const block = this.source.outputs.get(name);
    if (!block) throw new EvaluationError(`Unsupported attribute: this module has no output "${name}"`, line);
    return this.once(`output.${name}`, block, () => {
      const value = block.attributes.get("value");
      if (!value) return null;
      const result = this.evaluateAttribute(value);
      const sensitive = block.attributes.get("sensitive");
      return sensitive && this.constant(sensitive) === true ? mark(result) : result;
    });
  }
  /** Every output, as `module.x` gives them. */
  outputs(line) {
    const out = {};
    for (const name of this.source.outputs.keys()) defineKey(out, name, this.output(name, line));
    return out;
  }
  // --- expansion ---------------------------------------------------------------------------------
  /** How a block with `count` or `for_each` expands here. */
  expansion(key, block) {
    const known2 = this.expansions.get(key);
    if (known2) return known2;
    const result = this.expand(block);
    this.expansions.set(key, result);
    return result;
  }
  expand(block) {
    const count = block.attributes.get("count");
    const forEach = block.attributes.get("for_each");
    const where = `${block.file}:${block.line}`;
    if (count) {
      const { value } = unmark(this.once(`count@${block.file}:${block.line}`, count, () => this.evaluateAttribute(count)));
      if (isUnknown(value)) return { kind: "unknown" };
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new EvaluationError("Invalid count argument: a whole number of 0 or more is required", count.line, count.file);
      if (value > MAX_INSTANCES) {
        this.loader.warn(`${where}: count is ${value}, more than the ${MAX_INSTANCES} instances evaluated from sources; its instances are not judged (judge a plan instead)`);
        return { kind: "unknown" };
      }
      return { kind: "count", keys: Array.from({ length: value }, (_, i) => i) };
    }
    if (forEach) {
      const { value } = unmark(this.once(`for_each@${block.file}:${block.line}`, forEach, () => this.evaluateAttribute(forEach)));
      if (isUnknown(value)) return { kind: "unknown" };
      if (value === null) throw new EvaluationError('Invalid for_each argument: the given "for_each" argument value is null', forEach.line, forEach.file);
      let entries;
      if (Array.isArray(value)) {
        if (value.some((v) => isUnknown(unmark(v).value))) return { kind: "unknown" };
        if (!value.every((v) => typeof unmark(v).value === "string")) throw new EvaluationError('Invalid for_each argument: the "for_each" argument must be a map, or set of strings', forEach.line, forEach.file);
        entries = [...new Set(value.map((v) => unmark(v).value))].sort().map((k) => [k, k]);
      } else if (isObject(value)) {
        entries = iterationEntries(value, forEach.line).map(([k, v]) => [k, v]);
      } else {
        throw new EvaluationError('Invalid for_each argument: the "for_each" argument must be a map, or set of strings', forEach.line, forEach.file);
      }
      if (entries.length > MAX_INSTANCES) {
        this.loader.warn(`${where}: for_each has ${entries.length} elements, more than the ${MAX_INSTANCES} instances evaluated from sources; its instances are not judged (judge a plan instead)`);
        return { kind: "unknown" };
      }
      return { kind: "each", entries };
    }
    return { kind: "single" };
  }
  // --- module calls ------------------------------------------------------------------------------
  /** The instances of a module call, by key text (`""` for a call without count/for_each); null when not loaded. */
  moduleInstances(name) {
    const block = this.source.moduleCalls.get(name);
    if (!block) return null;
    const expansion = this.expansion(`module.${name}`, block);
    if (expansion.kind === "unknown") return "unknown";
    if (this.children.has(name)) return this.children.get(name) ?? null;
    const source = this.loader.childModule(this, name, block);
    let instances = null;
    if (source) {
      instances = /* @__PURE__ */ new Map();
      const make = (key, symbols) => new _ModuleInstance(this.loader, source, [...this.names, { name, key }], this, { block, symbols });
      if (expansion.kind === "single") instances.set("", make(void 0, {}));
      else if (expansion.kind === "count") for (const i of expansion.keys) instances.set(keyText(i), make(i, { count: { index: i } }));
      else for (const [k, v] of expansion.entries) instances.set(keyText(k), make(k, { each: { key: k, value: v } }));
    }
    this.children.set(name, instances);
    return instances;
  }
  moduleReference(steps, line) {
    const name = steps[0]?.kind === "attr" ? steps[0].name : void 0;
    if (name === void 0) throw new EvaluationError('Invalid reference: "module" must be followed by a module name', line);
    const block = this.source.moduleCalls.get(name);
    if (!block) throw new EvaluationError(`Reference to undeclared module "${name}"`, line);
    const instances = this.moduleInstances(name);
    if (instances === null || instances === "unknown") return { value: UNKNOWN, consumed: steps.length };
    const keyed = block.attributes.has("count") || block.attributes.has("for_each");
    if (!keyed) {
      const instance = instances.get("");
      const output = steps[1]?.kind === "attr" ? steps[1].name : void 0;
      if (output !== void 0) return { value: instance.output(output, line), consumed: 2 };
      return { value: instance.outputs(line), consumed: 1 };
    }
    const index = steps[1];
    if (index?.kind === "index" && !isUnknown(unmark(index.key).value)) {
      const key = unmark(index.key).value;
      const instance = instances.get(keyText(typeof key === "number" ? key : String(key)));
      if (!instance) throw new EvaluationError(`Invalid index: module.${name} has no instance ${keyText(typeof key === "number" ? key : String(key))}`, line);
      const output = steps[2]?.kind === "attr" ? steps[2].name : void 0;
      if (output !== void 0) return { value: instance.output(output, line), consumed: 3 };
      return { value: instance.outputs(line), consumed: 2 };
    }
    const expansion = this.expansion(`module.${name}`, block);
    if (expansion.kind === "count") return { value: [...instances.values()].map((i) => i.outputs(line)), consumed: 1 };
    const out = {};
    for (const instance of instances.values()) defineKey(out, String(instance.names[instance.names.length - 1].key), instance.outputs(line));
    return { value: out, consumed: 1 };
  }
  // --- resources ---------------------------------------------------------------------------------
  /** The instances of a resource block here (none while its count/for_each is unknown). */
  resourceInstances(mode, type, name) {
    const block = this.source.resources.get(`${mode}.${type}.${name}`);
    if (!block) return [];
    const expansion = this.expansion(`${mode}.${type}.${name}`, block);
    const base2 = { module: this, block, mode, type, name };
    switch (expansion.kind) {
      case "unknown":
        return "unknown";
      case "single":
        return [{ ...base2, key: void 0 }];
      case "count":
        return expansion.keys.map((key) => ({ ...base2, key }));
      case "each":
        return expansion.entries.map(([key, eachValue]) => ({ ...base2, key, eachValue }));
    }
  }
  resourceReference(mode, type, name, steps, line) {
    const block = this.source.resources.get(`${mode}.${type}.${name}`);
    if (!block) throw new EvaluationError(`Reference to undeclared resource: ${mode === "data" ? "data." : ""}${type}.${name} is not declared in ${this.address || "the root module"}`, line);
    const instances = this.resourceInstances(mode, type, name);
    if (instances === "unknown") return { value: UNKNOWN, consumed: steps.length };
    const keyed = block.attributes.has("count") || block.attributes.has("for_each");
    if (!keyed) return this.instanceReference(instances[0], steps, line, 0);
    const index = steps[0];
    if (index?.kind === "index") {
      const key = unmark(index.key);
      if (isUnknown(key.value)) return { value: UNKNOWN, consumed: steps.length };
      const wanted = block.attributes.has("count") ? key.value : typeof key.value === "number" ? String(key.value) : key.value;
      const instance = instances.find((i) => i.key === wanted);
      if (!instance) throw new EvaluationError(`Invalid index: ${type}.${name} has no instance ${keyText(typeof wanted === "number" ? wanted : String(wanted))}`, line);
      return this.instanceReference(instance, steps, line, 1);
    }
    if (block.attributes.has("count")) return { value: instances.map((i) => this.instanceValue(i)), consumed: 0 };
    const out = {};
    for (const instance of instances) defineKey(out, String(instance.key), this.instanceValue(instance));
    return { value: out, consumed: 0 };
  }
  instanceReference(instance, steps, line, at) {
    const step = steps[at];
    if (step?.kind === "attr") return { value: this.instanceAttribute(instance, step.name), consumed: at + 1 };
    return { value: this.instanceValue(instance), consumed: at };
  }
  /** The evaluator of a resource instance's body: with `count.index` or `each.key`/`each.value`. */
  instanceEvaluator(instance) {
    if (instance.eachValue !== void 0) return this.evaluator.with({ each: { key: instance.key, value: instance.eachValue } });
    if (typeof instance.key === "number") return this.evaluator.with({ count: { index: instance.key } });
    return this.evaluator;
  }
  instanceName(instance) {
    return `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}${instance.key === void 0 ? "" : keyText(instance.key)}`;
  }
  /** One attribute of an instance: evaluated alone when the configuration writes it. */
  instanceAttribute(instance, attribute) {
    const local = instance.mode === "data" && localDataSource(instance.type);
    const written = !META_ARGUMENTS.has(attribute) && (instance.block.attributes.has(attribute) || instance.block.blocks.some((b) => b.type === attribute || b.type === "dynamic" && b.labels[0] === attribute));
    if (local || !written) {
      const value = this.instanceValue(instance);
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, attribute)) return value[attribute];
      if (isUnknown(value)) return UNKNOWN;
      return UNKNOWN;
    }
    return this.once(`${this.instanceName(instance)}.${attribute}`, instance.block, () => {
      const attr = instance.block.attributes.get(attribute);
      if (attr) return this.evaluateAttribute(attr, this.instanceEvaluator(instance));
      const body2 = evaluateBody(this, { ...instance.block, attributes: /* @__PURE__ */ new Map(), blocks: instance.block.blocks.filter((b) => b.type === attribute || b.type === "dynamic" && b.labels[0] === attribute) }, this.instanceEvaluator(instance));
      return applyStep(body2, { kind: "attr", name: attribute });
    });
  }
  /** The whole instance, as its planned values (computed attributes unknown). */
  instanceValue(instance) {
    return this.once(this.instanceName(instance), instance.block, () => plannedValues(this, instance));
  }
};

// src/source-plan/module-source.ts
import { lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path2 from "node:path";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
var relative = (root, abs) => {
  const r = path2.relative(root, abs);
  return r === "" ? "." : r.split(path2.sep).join("/");
};
function readBody(body2, file, into) {
  if (!body2) return into;
  for (const child of body2.namedChildren) {
    if (child.type === "attribute") {
      const name = child.namedChild(0).text;
      const expr = child.namedChildren.find((c) => c.type === "expression");
      if (expr) into.attributes.set(name, { name, expr, line: child.line, file });
    } else if (child.type === "block") {
      into.blocks.push(readBlock(child, file));
    }
  }
  return into;
}
function readBlock(node, file) {
  const children = node.namedChildren;
  const labels = [];
  let body2 = null;
  for (const child of children.slice(1)) {
    if (child.type === "body") body2 = child;
    else if (child.type === "identifier") labels.push(child.text);
    else if (child.type === "string_lit") labels.push(plainString(child) ?? child.text);
  }
  const block = { type: children[0].text, labels, line: node.line, file, attributes: /* @__PURE__ */ new Map(), blocks: [] };
  return readBody(body2, file, block);
}
function override(base2, patch) {
  for (const [name, attribute] of patch.attributes) base2.attributes.set(name, attribute);
  const types = new Set(patch.blocks.map((b) => b.type === "dynamic" ? `dynamic:${b.labels[0]}` : b.type));
  base2.blocks = [...base2.blocks.filter((b) => !types.has(b.type === "dynamic" ? `dynamic:${b.labels[0]}` : b.type) && !types.has(b.type === "dynamic" ? b.labels[0] : `dynamic:${b.type}`)), ...patch.blocks];
}
function readText(abs, file, boundary) {
  let info = lstatSync(abs);
  if (info.isSymbolicLink()) {
    const real = realpathSync2(abs);
    if (real !== boundary && !real.startsWith(boundary + path2.sep)) throw new InputError(file, "is a symlink to a file outside the source folder", "Keep the Terraform files inside the folder given as --source-dir");
    info = statSync2(abs);
  }
  if (info.size > DEFAULT_MAX_FILE_BYTES) throw new InputError(file, `is ${info.size} bytes, over the ${DEFAULT_MAX_FILE_BYTES}-byte limit for a .tf file`, "Split the file, or judge a plan of it instead (--plan)");
  const bytes = readFileSync2(abs);
  if (bytes.includes(0)) throw new InputError(file, "holds binary content (NUL bytes), not HCL", "Remove the file or rename it so that it does not end in .tf");
  const text3 = new TextDecoder("utf-8").decode(bytes);
  return text3.startsWith("\uFEFF") ? text3.slice(1) : text3;
}
function readModule(dir2, context) {
  const rel = relative(context.root, dir2);
  let names;
  try {
    names = readdirSync(dir2);
  } catch (error) {
    const code = error.code;
    throw new InputError(rel, code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "error"})`, "Check the module source path");
  }
  const module = { dir: dir2, rel, variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), resources: /* @__PURE__ */ new Map(), moduleCalls: /* @__PURE__ */ new Map(), providers: [], warnings: [] };
  for (const name of names.filter((n) => n.endsWith(".tf.json") && !isIgnoredName(n)).sort()) {
    module.warnings.push(`${relative(context.root, path2.join(dir2, name))}: Terraform JSON syntax is not read; its blocks are not judged`);
  }
  for (const name of terraformFileOrder(names)) {
    const file = relative(context.root, path2.join(dir2, name));
    const text3 = readText(path2.join(dir2, name), file, context.boundary);
    addBlocks(module, topLevelBlocks(text3, file, context.parser), isOverrideName(name));
  }
  return module;
}
var deferred = (type, labels) => (type === "resource" || type === "data") && labels.length === 2 && !RELEVANT_TYPES.has(labels[0]);
var unquote = (label) => label.startsWith('"') ? unescapeQuoted(label.slice(1, -1)) : label;
function topLevelBlocks(text3, file, parser) {
  const source = new SourceText(text3);
  const scan = scanBlocks(text3);
  if ("errorAt" in scan) return parsedWhole(text3, source, file, parser);
  return scan.blocks.map((found) => {
    const labels = found.labels.map(unquote);
    if (deferred(found.type, labels)) return new DeferredBlock(found.type, labels, source.lineAt(found.start), file, source, found.start, found.end, parser);
    return parseBlock(parser, source, found.start, found.end, file);
  });
}
function parseBlock(parser, source, start, end, file) {
  const tree = parser.parse(source.text.slice(start, end));
  if (!tree) throw new Error("the parser returned no tree");
  try {
    const errorLine = firstErrorLine(tree.rootNode);
    if (errorLine !== void 0) throw new InputError(`${file}:${source.lineAt(start) + errorLine - 1}`, "has a syntax error", "Fix the file (`terraform validate` shows the error)");
    const node = tree.rootNode.namedChildren.find((c) => c?.type === "body")?.namedChildren.find((c) => c?.type === "block");
    if (!node) throw new InputError(`${file}:${source.lineAt(start)}`, "has a syntax error", "Fix the file (`terraform validate` shows the error)");
    return readBlock(fromTree(node, source, start), file);
  } finally {
    tree.delete();
  }
}
function parsedWhole(text3, source, file, parser) {
  const tree = parser.parse(text3);
  if (!tree) throw new Error("the parser returned no tree");
  try {
    const errorLine = firstErrorLine(tree.rootNode);
    if (errorLine !== void 0) throw new InputError(`${file}:${errorLine}`, "has a syntax error", "Fix the file (`terraform validate` shows the error)");
    const root = fromTree(tree.rootNode, source);
    return readBody(root.namedChildren.find((c) => c.type === "body") ?? null, file, { type: "file", labels: [], line: 1, file, attributes: /* @__PURE__ */ new Map(), blocks: [] }).blocks;
  } finally {
    tree.delete();
  }
}
var DeferredBlock = class {
  constructor(type, labels, line, file, source, start, end, parser) {
    this.type = type;
    this.labels = labels;
    this.line = line;
    this.file = file;
    this.source = source;
    this.start = start;
    this.end = end;
    this.parser = parser;
  }
  type;
  labels;
  line;
  file;
  source;
  start;
  end;
  parser;
  content;
  read() {
    if (!this.content) {
      const block = parseBlock(this.parser, this.source, this.start, this.end, this.file);
      this.content = { attributes: block.attributes, blocks: block.blocks };
    }
    return this.content;
  }
  get attributes() {
    return this.read().attributes;
  }
  get blocks() {
    return this.read().blocks;
  }
  set blocks(blocks2) {
    this.read().blocks = blocks2;
  }
};
function isDeferred(block) {
  return block instanceof DeferredBlock;
}
function addBlocks(module, blocks2, isOverride) {
  const place = (map2, key, block) => {
    const existing = map2.get(key);
    if (isOverride && existing) override(existing, block);
    else if (existing) throw new InputError(`${block.file}:${block.line}`, `declares ${key.replace(/^managed\./, "")} a second time (first at ${existing.file}:${existing.line})`, "Give each block a unique name");
    else map2.set(key, block);
  };
  for (const block of blocks2) {
    switch (block.type) {
      case "variable":
        if (block.labels.length === 1) place(module.variables, block.labels[0], block);
        break;
      case "output":
        if (block.labels.length === 1) place(module.outputs, block.labels[0], block);
        break;
      case "locals":
        for (const [name, attribute] of block.attributes) {
          const existing = module.locals.get(name);
          if (existing && !isOverride) throw new InputError(`${attribute.file}:${attribute.line}`, `declares local.${name} a second time (first at ${existing.file}:${existing.line})`, "Give each local value a unique name");
          module.locals.set(name, attribute);
        }
        break;
      case "resource":
      case "data":
        if (block.labels.length === 2) place(module.resources, `${block.type === "data" ? "data" : "managed"}.${block.labels[0]}.${block.labels[1]}`, block);
        break;
      case "module":
        if (block.labels.length === 1) place(module.moduleCalls, block.labels[0], block);
        break;
      case "provider":
        if (block.labels.length === 1) {
          const alias = block.attributes.get("alias");
          const existing = module.providers.find((p) => p.labels[0] === block.labels[0] && p.attributes.get("alias")?.expr.text === alias?.expr.text);
          if (isOverride && existing) override(existing, block);
          else module.providers.push(block);
        }
        break;
    }
  }
}

// src/source-plan/providers.ts
function providerRefOf(resource) {
  const written = resource.attributes.get("provider")?.expr.text.trim();
  if (written) {
    const [name, alias] = written.split(".");
    return alias ? { name, alias } : { name };
  }
  return { name: resource.labels[0].split("_")[0] };
}
var refText = (ref) => ref.alias ? `${ref.name}.${ref.alias}` : ref.name;
function providerBlock(module, ref) {
  return module.providers.find((p) => p.labels[0] === ref.name && (p.attributes.get("alias")?.expr.text.trim().replace(/^"|"$/g, "") ?? void 0) === ref.alias);
}
function passedProvider(call, ref) {
  const providers = call.attributes.get("providers");
  if (!providers) return void 0;
  const body2 = providers.expr.text.replace(/^\s*\{|\}\s*$/g, "");
  for (const entry of body2.split(/[\n,]/)) {
    const match = /^\s*"?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?)"?\s*[=:]\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?)\s*$/.exec(entry);
    if (!match) continue;
    if (match[1] === refText(ref)) {
      const [name, alias] = match[2].split(".");
      return alias ? { name, alias } : { name };
    }
  }
  return void 0;
}

// src/source-plan/root-inputs.ts
import { existsSync as existsSync2, readdirSync as readdirSync2, readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";
var NO_REFERENCES2 = {
  reference(_root, _steps, line) {
    throw new EvaluationError("Variables not allowed: a value given for a variable cannot refer to anything", line);
  }
};
function constantExpression(parser, text3, origin) {
  const expression = parseExpression(parser, text3);
  if (!expression) throw new InputError(origin, "is not a valid Terraform value", `Write it as in a .tfvars file, e.g. '["a", "b"]' or '{ k = "v" }'`);
  try {
    return new Evaluator(NO_REFERENCES2).evaluate(expression);
  } catch (error) {
    if (error instanceof EvaluationError) throw new InputError(origin, `cannot be evaluated (${error.message})`, "Give a literal value");
    throw error;
  }
}
function readVarFile(file, shownAs, parser, into) {
  let text3;
  try {
    text3 = readFileSync3(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(shownAs, code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "error"})`, "Check the path given to --var-file");
  }
  if (text3.startsWith("\uFEFF")) text3 = text3.slice(1);
  if (file.endsWith(".json")) {
    let parsed;
    try {
      parsed = JSON.parse(text3);
    } catch {
      throw new InputError(shownAs, "is not valid JSON", "Write the variables file as a JSON object of variable names to values");
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new InputError(shownAs, "is not a JSON object", "Write the variables file as a JSON object of variable names to values");
    for (const [name, value] of Object.entries(parsed)) into.set(name, { kind: "value", value: fromJson(value), origin: shownAs });
    return;
  }
  const tree = parser.parse(text3);
  if (!tree) throw new Error("the parser returned no tree");
  let root;
  try {
    const errorLine = firstErrorLine(tree.rootNode);
    if (errorLine !== void 0) throw new InputError(`${shownAs}:${errorLine}`, "has a syntax error", "Fix the variables file (`name = value` lines)");
    root = fromTree(tree.rootNode, new SourceText(text3));
  } finally {
    tree.delete();
  }
  const body2 = root.namedChildren.find((c) => c.type === "body");
  for (const child of body2?.namedChildren ?? []) {
    const line = child.line;
    if (child.type === "block") throw new InputError(`${shownAs}:${line}`, "has a block; a variables file holds only `name = value` lines", "Remove the block");
    if (child.type !== "attribute") continue;
    const name = child.namedChild(0).text;
    const expr = child.namedChildren.find((c) => c.type === "expression");
    if (!expr) continue;
    try {
      into.set(name, { kind: "value", value: new Evaluator(NO_REFERENCES2).evaluate(expr), origin: `${shownAs}:${line}` });
    } catch (error) {
      if (error instanceof EvaluationError) throw new InputError(`${shownAs}:${error.line}`, `cannot be evaluated (${error.message})`, "Give literal values in a variables file");
      throw error;
    }
  }
}
function readRootInputs(dir2, options, parser) {
  const inputs = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (key.startsWith("TF_VAR_") && value !== void 0) inputs.set(key.slice(7), { kind: "text", text: value, origin: `environment variable ${key}` });
  }
  const automatic = ["terraform.tfvars", "terraform.tfvars.json"];
  let names = [];
  try {
    names = readdirSync2(dir2);
  } catch {
    names = [];
  }
  const auto = names.filter((n) => n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")).sort();
  for (const name of [...automatic.filter((n) => existsSync2(path3.join(dir2, n))), ...auto]) readVarFile(path3.join(dir2, name), name, parser, inputs);
  for (const { kind, value } of options.variables ?? []) {
    if (kind === "file") {
      readVarFile(path3.resolve(dir2, value), value, parser, inputs);
      continue;
    }
    const eq = value.indexOf("=");
    if (eq <= 0) throw new InputError(`--var ${value.split("=")[0]}`, "is not of the form name=value", "Write --var name=value");
    inputs.set(value.slice(0, eq), { kind: "text", text: value.slice(eq + 1), origin: `--var ${value.slice(0, eq)}` });
  }
  return inputs;
}

// src/terraform-lang/function-calls.ts
function unknownFunctionCalls(expression) {
  const found = [];
  const pending = [expression];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.type === "function_call") {
      const name = node.namedChild(0)?.text;
      if (name !== void 0 && !isFunctionName(name)) found.push({ name, line: node.line });
    }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return found;
}

// src/source-plan/validate-module.ts
function staticProblems(module) {
  return [...localCycles(module.locals), ...unknownCalls(module)];
}
function localGraph(locals) {
  const graph = /* @__PURE__ */ new Map();
  for (const [name, attribute] of locals) {
    const refers = /* @__PURE__ */ new Set();
    for (const { root, steps } of traversals(attribute.expr)) {
      if (root === "local" && steps[0]?.kind === "attr" && locals.has(steps[0].name)) refers.add(steps[0].name);
    }
    graph.set(name, [...refers]);
  }
  return graph;
}
function localCycles(locals) {
  const graph = localGraph(locals);
  const done = /* @__PURE__ */ new Set();
  const problems = [];
  for (const start of graph.keys()) {
    if (done.has(start)) continue;
    const path6 = [];
    const onPath = /* @__PURE__ */ new Set();
    const frames = [{ name: start, next: 0 }];
    path6.push(start);
    onPath.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const edges = graph.get(frame.name) ?? [];
      if (frame.next >= edges.length) {
        frames.pop();
        path6.pop();
        onPath.delete(frame.name);
        done.add(frame.name);
        continue;
      }
      const target = edges[frame.next++];
      if (onPath.has(target)) {
        const cycle = [...path6.slice(path6.indexOf(target)), target];
        const first = locals.get(target);
        problems.push({ file: first.file, line: first.line, message: `the locals ${cycle.map((n) => `local.${n}`).join(" \u2192 ")} refer to each other in a cycle, which Terraform refuses. Break the cycle` });
        for (const name of cycle) done.add(name);
      } else if (!done.has(target)) {
        frames.push({ name: target, next: 0 });
        path6.push(target);
        onPath.add(target);
      }
    }
  }
  return problems;
}
function* expressions(module) {
  yield* module.locals.values();
  for (const variable of module.variables.values()) {
    for (const [name, attribute] of variable.attributes) if (name !== "type") yield attribute;
  }
  const blocks2 = [...[...module.variables.values()].flatMap((v) => v.blocks), ...module.outputs.values(), ...module.moduleCalls.values(), ...module.providers, ...[...module.resources.values()].filter((b) => !isDeferred(b))];
  while (blocks2.length > 0) {
    const block = blocks2.pop();
    yield* block.attributes.values();
    blocks2.push(...block.blocks);
  }
}
function unknownCalls(module) {
  const problems = [];
  for (const attribute of expressions(module)) {
    for (const call of unknownFunctionCalls(attribute.expr)) {
      problems.push({ file: attribute.file, line: call.line, message: `there is no function named "${call.name}", which Terraform refuses. Use one of its built-in functions` });
    }
  }
  return problems.sort((a, b) => a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
}

// src/source-plan/loader.ts
var MAX_EVALUATION_DEPTH = 2e3;
var Loader = class {
  constructor(context, inputs) {
    this.context = context;
    this.inputs = inputs;
  }
  context;
  inputs;
  stack = [];
  maxDepth = MAX_EVALUATION_DEPTH;
  workspace = "default";
  warnings = [];
  problems = [];
  modules = /* @__PURE__ */ new Map();
  warnedCalls = /* @__PURE__ */ new Set();
  installed;
  realPaths = /* @__PURE__ */ new Map();
  get root() {
    return this.context.root;
  }
  get parser() {
    return this.context.parser;
  }
  get boundary() {
    return this.context.boundary;
  }
  warn(line) {
    if (!this.warnings.includes(line)) this.warnings.push(line);
  }
  problem(line) {
    if (!this.problems.includes(line)) this.problems.push(line);
  }
  /** Where a call of an unknown function was reported before evaluation (`file:line`): evaluating it again says nothing new. */
  unknownCallsAt = /* @__PURE__ */ new Set();
  /** Reports what Terraform refuses in a module whatever is evaluated (see validate-module.ts). */
  validate(module) {
    for (const problem of staticProblems(module)) {
      if (problem.message.startsWith("there is no function")) this.unknownCallsAt.add(`${problem.file}:${problem.line}`);
      this.problem(`${problem.file}:${problem.line}: ${problem.message}`);
    }
  }
  /** Whether an evaluation error repeats a problem reported before evaluation: a cycle between locals, or an unknown function. */
  reportedBefore(error) {
    if (error instanceof CycleError) return error.chain.every((key) => key.startsWith("local."));
    return error instanceof EvaluationError && error.message.startsWith("Call to unknown function") && this.unknownCallsAt.has(`${error.file}:${error.line}`);
  }
  /** The value given for a root variable, read per its type; undefined when none was given. */
  rootValue(name, type) {
    const input = this.inputs.get(name);
    if (!input) return void 0;
    if (input.kind === "value") return input.value;
    if (takesRawString(type)) return input.text;
    return constantExpression(this.context.parser, input.text, input.origin);
  }
  /** The real path of a folder (symlinks resolved), null when it does not exist; asked once per folder. */
  realPath(dir2) {
    let real = this.realPaths.get(dir2);
    if (real === void 0) {
      try {
        real = realpathSync3(dir2);
      } catch {
        real = null;
      }
      this.realPaths.set(dir2, real);
    }
    return real;
  }
  /** Names of the root variables given values that the root module does not declare. */
  undeclaredInputs(root) {
    return [...this.inputs.keys()].filter((name) => !root.variables.has(name) && this.inputs.get(name)?.origin.startsWith("environment") !== true);
  }
  /** Reads a module folder once; a folder that cannot be read is a problem, and its resources are not judged. */
  module(dir2, what) {
    if (this.modules.has(dir2)) return this.modules.get(dir2) ?? null;
    let source = null;
    try {
      source = readModule(dir2, this.context);
      for (const warning of source.warnings) this.warn(warning);
      this.validate(source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.problem(`${error.file}: ${error.problem} (${what}). ${error.remedy}`);
    }
    this.modules.set(dir2, source);
    return source;
  }
  /** Where `terraform init` installed registry and git modules: module path (`a.b`) → folder. */
  installedModules() {
    if (this.installed !== void 0) return this.installed;
    const file = path4.join(this.root, ".terraform", "modules", "modules.json");
    this.installed = null;
    if (!existsSync3(file)) return null;
    try {
      const parsed = JSON.parse(readFileSync4(file, "utf8"));
      this.installed = new Map((parsed.Modules ?? []).filter((m) => typeof m.Key === "string" && typeof m.Dir === "string").map((m) => [m.Key, path4.resolve(this.root, m.Dir)]));
    } catch {
      this.warn(".terraform/modules/modules.json: cannot be read; registry and git modules are not judged (run `terraform init` again)");
    }
    return this.installed;
  }
  /** The module a call loads, or null (not local and not installed, missing, outside the boundary, recursive). */
  childModule(parent, name, call) {
    const configPath = [...parent.names.map((n) => n.name), name];
    const address = configPath.map((n) => `module.${n}`).join(".");
    const sourceAttribute = call.attributes.get("source");
    const source = sourceAttribute ? plainString(sourceAttribute.expr) : null;
    const once = (line) => {
      if (this.warnedCalls.has(address)) return null;
      this.warnedCalls.add(address);
      this.warn(line);
      return null;
    };
    if (source === null) {
      this.problem(`${call.file}:${call.line}: ${address} has no literal "source". Give the module call a source string`);
      return null;
    }
    if (configPath.length > MAX_MODULE_DEPTH) return once(`${call.file}:${call.line}: ${address} nests modules more than ${MAX_MODULE_DEPTH} levels deep; it is not judged`);
    let dir2;
    if (isLocalSource(source)) dir2 = path4.resolve(parent.source.dir, source);
    else {
      const installed = this.installedModules()?.get(configPath.join("."));
      if (!installed) return once(`${call.file}:${call.line}: ${address} comes from "${source}", which is read only after \`terraform init\` (.terraform/modules/modules.json); its resources are not judged`);
      dir2 = installed;
    }
    const real = this.realPath(dir2);
    if (real === null) {
      this.problem(`${call.file}:${call.line}: the folder of ${address} (${path4.relative(this.root, dir2).split(path4.sep).join("/") || "."}) does not exist. Check its source path`);
      return null;
    }
    if (real !== this.context.boundary && !real.startsWith(this.context.boundary + path4.sep)) {
      return once(`${call.file}:${call.line}: ${address} is outside the source folder; it is not judged`);
    }
    for (let ancestor = parent; ancestor; ancestor = ancestor.parent) {
      if (this.realPath(ancestor.source.dir) === real) return once(`${call.file}:${call.line}: ${address} calls a module that contains it (a recursion Terraform refuses); it is not judged`);
    }
    return this.module(dir2, address);
  }
  /**
   * The module instance and provider block configuring `ref` as seen from `module` (following module
   * calls' `providers` maps and inheritance up to the root), and Terraform's key for it.
   */
  resolveProvider(module, ref) {
    const block = providerBlock(module.source, ref);
    if (block || !module.parent || !module.call) return { module, block, key: module.configPath ? `${module.configPath}:${refText(ref)}` : refText(ref) };
    const passed = passedProvider(module.call.block, ref);
    if (passed) return this.resolveProvider(module.parent, passed);
    if (module.call.block.attributes.has("providers") && ref.alias) return { module, block: void 0, key: `${module.configPath}:${refText(ref)}` };
    return this.resolveProvider(module.parent, ref);
  }
  /** The region of the provider configuration a resource uses: a string, unknown, or unknown when nothing sets it. */
  providerRegion(module, resource) {
    const { module: owner, block } = this.resolveProvider(module, providerRefOf(resource));
    const region = block?.attributes.get("region");
    if (!region) return UNKNOWN;
    try {
      return unmark(owner.evaluateAttribute(region)).value;
    } catch (error) {
      if (error instanceof EvaluationError) return UNKNOWN;
      throw error;
    }
  }
};

// src/source-plan/configuration.ts
var CALL_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var PROVIDER_ARGUMENTS = /* @__PURE__ */ new Set(["alias", "version"]);
var define = defineKey;
var expressions2 = /* @__PURE__ */ new WeakMap();
var blockExpressions = /* @__PURE__ */ new WeakMap();
function expressionOf(node) {
  let known2 = expressions2.get(node);
  if (!known2) expressions2.set(node, known2 = expressionJson(node));
  return known2;
}
function bodyExpressions(block, schema, skip) {
  const known2 = blockExpressions.get(block);
  if (known2) return known2;
  const out = {};
  blockExpressions.set(block, out);
  for (const [name, attribute] of block.attributes) if (!skip.has(name)) define(out, name, expressionOf(attribute.expr));
  const nested = /* @__PURE__ */ new Map();
  for (const child of block.blocks) {
    if (child.type === "dynamic" || skip.has(child.type)) continue;
    const list2 = nested.get(child.type) ?? [];
    list2.push(bodyExpressions(child, schema?.b?.[child.type], /* @__PURE__ */ new Set()));
    nested.set(child.type, list2);
  }
  for (const [type, list2] of nested) {
    const nesting = schema?.b?.[type]?.n;
    define(out, type, nesting === "single" || nesting === "group" ? list2[0] : list2);
  }
  return out;
}
function dependsOn(attribute) {
  if (!attribute) return void 0;
  const tuple = unwrap(attribute.expr);
  if (tuple.type !== "collection_value") return void 0;
  return namedChildren(tuple.namedChild(0)).filter((c) => c.type === "expression").map((c) => c.text.replace(/\s+/g, ""));
}
function constantJson(module, attribute) {
  try {
    return toJson(module.constant(attribute)).value;
  } catch (error) {
    if (error instanceof EvaluationError) return void 0;
    throw error;
  }
}
function buildConfiguration(loader, root, keep) {
  const providers = {};
  const rootModule = moduleConfig(loader, root, providers, keep);
  if (!Object.prototype.hasOwnProperty.call(providers, "aws")) define(providers, "aws", { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" });
  return { provider_config: providers, root_module: rootModule };
}
function moduleConfig(loader, module, providers, keep) {
  const source = module.source;
  for (const block of source.providers) {
    const name = block.labels[0];
    const alias = block.attributes.get("alias");
    const aliasText = alias ? plainString(alias.expr) ?? void 0 : void 0;
    const local = aliasText ? `${name}.${aliasText}` : name;
    const key = module.configPath ? `${module.configPath}:${local}` : local;
    const config = { name, full_name: `registry.terraform.io/hashicorp/${name}` };
    if (aliasText) config.alias = aliasText;
    if (module.configPath) config.module_address = module.configPath;
    config.expressions = bodyExpressions(block, void 0, PROVIDER_ARGUMENTS);
    define(providers, key, config);
  }
  const resources = [];
  for (const block of source.resources.values()) {
    const mode = block.type === "data" ? "data" : "managed";
    const [type, name] = block.labels;
    const address = `${mode === "data" ? "data." : ""}${type}.${name}`;
    if (keep && !keep.has(type)) {
      resources.push({ address, mode, type, name });
      continue;
    }
    const entry = {
      address,
      mode,
      type,
      name,
      provider_config_key: loader.resolveProvider(module, providerRefOf(block)).key
    };
    let expressions3;
    try {
      expressions3 = bodyExpressions(block, resourceSchema(mode, type), META_ARGUMENTS);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      loader.problem(`${error.file}: ${error.problem}. ${error.remedy}`);
      resources.push({ address, mode, type, name });
      continue;
    }
    if (Object.keys(expressions3).length > 0) entry.expressions = expressions3;
    const count = block.attributes.get("count");
    const forEach = block.attributes.get("for_each");
    if (count) entry.count_expression = expressionOf(count.expr);
    if (forEach) entry.for_each_expression = expressionOf(forEach.expr);
    const depends = dependsOn(block.attributes.get("depends_on"));
    if (depends) entry.depends_on = depends;
    resources.push(entry);
  }
  resources.sort((a, b) => a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
  const out = {};
  const outputs = {};
  for (const [name, block] of source.outputs) {
    const value = block.attributes.get("value");
    const entry = { expression: value ? expressionOf(value.expr) : {} };
    const sensitive = block.attributes.get("sensitive");
    if (sensitive && constantJson(module, sensitive) === true) entry.sensitive = true;
    const depends = dependsOn(block.attributes.get("depends_on"));
    if (depends) entry.depends_on = depends;
    define(outputs, name, entry);
  }
  if (Object.keys(outputs).length) out.outputs = outputs;
  if (resources.length) out.resources = resources;
  const calls = {};
  for (const [name, block] of source.moduleCalls) {
    const sourceAttribute = block.attributes.get("source");
    const call = { source: sourceAttribute ? plainString(sourceAttribute.expr) ?? "" : "" };
    call.expressions = bodyExpressions(block, void 0, CALL_ARGUMENTS);
    const count = block.attributes.get("count");
    const forEach = block.attributes.get("for_each");
    if (count) call.count_expression = expressionOf(count.expr);
    if (forEach) call.for_each_expression = expressionOf(forEach.expr);
    const depends = dependsOn(block.attributes.get("depends_on"));
    if (depends) call.depends_on = depends;
    const child = loader.childModule(module, name, block);
    if (child) call.module = moduleConfig(loader, new ModuleInstance(loader, child, [...module.names, { name, key: void 0 }], module, { block, symbols: {} }), providers, keep);
    define(calls, name, call);
  }
  if (Object.keys(calls).length) out.module_calls = calls;
  const variables = {};
  for (const [name, block] of source.variables) {
    const entry = {};
    const defaultAttribute = block.attributes.get("default");
    if (defaultAttribute) {
      const value = constantJson(module, defaultAttribute);
      if (value !== void 0) entry.default = value;
    }
    const description = block.attributes.get("description");
    if (description) {
      const text3 = constantJson(module, description);
      if (typeof text3 === "string") entry.description = text3;
    }
    const sensitive = block.attributes.get("sensitive");
    if (sensitive && constantJson(module, sensitive) === true) entry.sensitive = true;
    define(variables, name, entry);
  }
  if (Object.keys(variables).length) out.variables = variables;
  return out;
}

// src/source-plan/plan-document.ts
var PROVIDER_NAME = "registry.terraform.io/hashicorp/aws";
function guarded(loader, what, where, fallback, f) {
  try {
    return f();
  } catch (error) {
    if (loader.reportedBefore(error)) return fallback;
    if (error instanceof CycleError) loader.problem(`${error.file}:${error.line}: ${error.message}; ${what} is not judged. Break the cycle`);
    else if (error instanceof EvaluationError) loader.problem(`${error.file === void 0 ? where : `${error.file}:${error.line}`}: ${error.message}; ${what} is not judged. Fix the expression (\`terraform validate\` shows the error)`);
    else if (error instanceof InputError) loader.problem(`${error.file}: ${error.problem}; ${what} is not judged. ${error.remedy}`);
    else if (error instanceof RangeError) loader.problem(`${where}: the expressions of ${what} nest too deeply to evaluate; it is not judged. Simplify them`);
    else throw error;
    return fallback;
  }
}
function hasUnknown(shape) {
  if (shape === true) return true;
  if (Array.isArray(shape)) return shape.some(hasUnknown);
  if (shape !== null && typeof shape === "object") return Object.values(shape).some(hasUnknown);
  return false;
}
function addInstance(loader, module, instance, into) {
  const local = `${instance.mode === "data" ? "data." : ""}${instance.type}.${instance.name}`;
  const address = `${module.address ? `${module.address}.` : ""}${local}${instance.key === void 0 ? "" : keyText(instance.key)}`;
  const value = guarded(loader, address, `${instance.block.file}:${instance.block.line}`, void 0, () => module.instanceValue(instance));
  if (value === void 0) return;
  const json = toJson(value);
  const identity = { address, mode: instance.mode, type: instance.type, name: instance.name, ...instance.key === void 0 ? {} : { index: instance.key }, provider_name: PROVIDER_NAME };
  const values = { ...identity, values: json.value, sensitive_values: json.sensitive === false ? {} : json.sensitive };
  const unknown = hasUnknown(json.unknown);
  if (instance.mode === "data" && localDataSource(instance.type) && !unknown) {
    into.prior.resources.push(values);
    return;
  }
  into.planned.resources.push(values);
  into.changes.push({
    ...identity,
    ...module.address ? { module_address: module.address } : {},
    change: {
      actions: instance.mode === "data" ? ["read"] : ["create"],
      before: null,
      after: json.value,
      after_unknown: json.unknown === false ? {} : json.unknown,
      before_sensitive: false,
      after_sensitive: json.sensitive === false ? {} : json.sensitive
    }
  });
}
function collectModule(loader, module, into) {
  for (const block of module.source.resources.values()) {
    const mode = block.type === "data" ? "data" : "managed";
    const [type, name] = block.labels;
    if (!RELEVANT_TYPES.has(type)) continue;
    const what = `${module.address ? `${module.address}.` : ""}${mode === "data" ? "data." : ""}${type}.${name}`;
    const instances = guarded(loader, what, `${block.file}:${block.line}`, [], () => module.resourceInstances(mode, type, name));
    if (instances === "unknown") {
      loader.warn(`${block.file}:${block.line}: the count or for_each of ${what} is known only after apply; its instances are not judged`);
      continue;
    }
    for (const instance of instances) addInstance(loader, module, instance, into);
  }
  for (const [name, call] of module.source.moduleCalls) {
    const what = `${module.address ? `${module.address}.` : ""}module.${name}`;
    const instances = guarded(loader, what, `${call.file}:${call.line}`, null, () => module.moduleInstances(name));
    if (instances === "unknown") {
      loader.warn(`${call.file}:${call.line}: the count or for_each of ${what} is known only after apply; its resources are not judged`);
      continue;
    }
    for (const child of instances?.values() ?? []) {
      const planned = { address: child.address, resources: [], child_modules: [] };
      const prior = { address: child.address, resources: [], child_modules: [] };
      collectModule(loader, child, { planned, prior, changes: into.changes });
      into.planned.child_modules.push(planned);
      into.prior.child_modules.push(prior);
    }
  }
}
function tidy(module) {
  const children = (module.child_modules ?? []).map(tidy).filter((c) => (c.resources?.length ?? 0) > 0 || (c.child_modules?.length ?? 0) > 0);
  const out = {};
  if (module.address) out.address = module.address;
  if (module.resources?.length) out.resources = module.resources;
  if (children.length) out.child_modules = children;
  return out;
}
function buildPlanDocument(loader, root, keep) {
  const collected = { planned: { resources: [], child_modules: [] }, prior: { resources: [], child_modules: [] }, changes: [] };
  collectModule(loader, root, collected);
  const variables = {};
  for (const name of root.source.variables.keys()) {
    const value = guarded(loader, `var.${name}`, `${root.source.variables.get(name).file}:${root.source.variables.get(name).line}`, void 0, () => root.variable(name, 0));
    if (value === void 0) continue;
    const json = toJson(value);
    if (!hasUnknown(json.unknown)) Object.defineProperty(variables, name, { value: { value: json.value }, enumerable: true, writable: true, configurable: true });
  }
  const configuration = guarded(loader, "the configuration", ".", void 0, () => buildConfiguration(loader, root, keep));
  return {
    format_version: "1.2",
    variables,
    planned_values: { root_module: tidy(collected.planned) },
    resource_changes: collected.changes,
    prior_state: { format_version: "1.0", values: { root_module: tidy(collected.prior) } },
    ...configuration ? { configuration } : {}
  };
}

// src/source-plan/index.ts
function inFolder(sourceDir, relative2) {
  return `${sourceDir.replace(/[\\/]+$/, "")}/${relative2}`;
}
function realFolder(folder, what) {
  let real;
  try {
    real = realpathSync4(path5.resolve(folder));
  } catch (error) {
    const code = error.code;
    throw new InputError(folder, code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "error"})`, `Give the folder with the Terraform files as ${what}`);
  }
  if (!statSync3(real).isDirectory()) throw new InputError(folder, "is not a directory", `Give the folder with the Terraform files as ${what}`);
  return real;
}
async function loadSourcePlan(sourceDir, options = {}) {
  const root = realFolder(sourceDir, "--source-dir");
  let boundary = options.boundary !== void 0 ? realFolder(options.boundary, "the boundary") : root;
  if (root !== boundary && !root.startsWith(boundary + path5.sep)) boundary = root;
  const parser = await hclParser();
  const inputs = readRootInputs(root, options, parser);
  const loader = new Loader({ parser, root, boundary }, inputs);
  let rootSource;
  try {
    rootSource = readModule(root, loader.context);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(inFolder(sourceDir, error.file), error.problem, error.remedy);
    throw error;
  }
  for (const warning of rootSource.warnings) loader.warn(warning);
  loader.validate(rootSource);
  for (const name of loader.undeclaredInputs(rootSource)) loader.warn(`a value is given for var.${name}, which the root module does not declare`);
  const rootModule = new ModuleInstance(loader, rootSource, [], void 0, void 0);
  const json = buildPlanDocument(loader, rootModule, options.keep);
  return {
    path: sourceDir,
    json,
    formatVersion: json.format_version,
    terraformVersion: null,
    warnings: loader.warnings.map((w) => `${sourceDir}: ${w}`),
    // Each problem starts with the file (relative to the source folder) and line it is at.
    problems: loader.problems.map((p) => inFolder(sourceDir, p)),
    kind: "source"
  };
}
export {
  loadSourcePlan
};
