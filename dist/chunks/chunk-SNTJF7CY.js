import { createRequire as __elbIrCreateRequire } from 'node:module'; const require = __elbIrCreateRequire(import.meta.url);

// src/source/peer-suppressions.ts
var ANY_RULE = "*";
var PEER_SUPPRESSIONS = [
  {
    origin: "checkov",
    peerId: "CKV_AWS_91",
    ruleId: "ELBIR001",
    example: "#checkov:skip=CKV_AWS_91:<reason>",
    meaning: "ELBv2 (aws_lb, aws_alb) access logging enabled"
  },
  {
    origin: "checkov",
    peerId: "CKV_AWS_92",
    ruleId: "ELBIR001",
    example: "#checkov:skip=CKV_AWS_92:<reason>",
    meaning: "Classic ELB (aws_elb) access logging enabled"
  },
  {
    origin: "kics",
    peerId: "20018359-6fd7-4d05-ab26-d4dffccbdf79",
    ruleId: "ELBIR001",
    example: "# kics-scan disable=20018359-6fd7-4d05-ab26-d4dffccbdf79 <reason>",
    meaning: "ELB Access Log Disabled (aws_elb)"
  },
  {
    origin: "kics",
    peerId: "3e34db4f-0ad9-4290-bfd0-4a9ee884acaf",
    ruleId: "ELBIR001",
    example: "# kics-scan disable=3e34db4f-0ad9-4290-bfd0-4a9ee884acaf <reason>",
    meaning: "ELBv2 LB Access Log Disabled (aws_lb, aws_alb)"
  },
  {
    origin: "kics",
    peerId: "084c6686-2a70-4710-91b1-000393e54c12",
    ruleId: "ELBIR007",
    example: "# kics-scan disable=084c6686-2a70-4710-91b1-000393e54c12 <reason>",
    meaning: "Shield Advanced not in use"
  },
  {
    origin: "kics",
    peerId: "ignore-line",
    ruleId: ANY_RULE,
    example: "# kics-scan ignore-line <reason>",
    meaning: "every finding located on the next line (or this line)"
  },
  {
    origin: "kics",
    peerId: "ignore-block",
    ruleId: ANY_RULE,
    example: "# kics-scan ignore-block <reason>",
    meaning: "every finding in the block below"
  },
  {
    origin: "terrascan",
    peerId: "AC_AWS_0470",
    ruleId: "ELBIR001",
    example: "#ts:skip=AC_AWS_0470 <reason>",
    meaning: "elbAccessLoggingDisabled (aws_elb)"
  },
  {
    origin: "terrascan",
    peerId: "AWS.ELB.LM.MEDIUM.0072",
    ruleId: "ELBIR001",
    example: "#ts:skip=AWS.ELB.LM.MEDIUM.0072 <reason>",
    meaning: "elbAccessLoggingDisabled (aws_elb), reference id"
  },
  {
    origin: "tfsec",
    peerId: "elb-ir-ELBIR00N",
    ruleId: "ELBIR00N",
    example: "#tfsec:ignore:elb-ir-ELBIR001 <reason>",
    meaning: "our rule id written in tfsec syntax (tfsec has no access-log rule)"
  },
  {
    origin: "trivy",
    peerId: "ELBIR00N",
    ruleId: "ELBIR00N",
    example: "#trivy:ignore:ELBIR001 <reason>",
    meaning: "our rule id written in Trivy syntax (Trivy has no access-log rule)"
  }
];
var OUR_ID = /^ELBIR\d{3}$/i;
var peerIndex = /* @__PURE__ */ new Map();
for (const m of PEER_SUPPRESSIONS) {
  if (m.ruleId === "ELBIR00N") continue;
  peerIndex.set(`${m.origin}:${m.peerId.toLowerCase()}`, m.ruleId);
}
function mapPeer(origin, id) {
  return peerIndex.get(`${origin}:${id.toLowerCase()}`);
}
var MAYBE_DIRECTIVE = /elb-ir:|checkov:|tfsec:|trivy:|kics-scan|ts:skip/i;
function cleanReason(text) {
  return text.replace(/^[\s:=\-–—]+/, "").trim();
}
function commentLines(text) {
  if (text.startsWith("/*")) {
    const inner = text.slice(2, text.endsWith("*/") ? -2 : void 0);
    return inner.split(/\r?\n/).map((l) => l.replace(/^\s*\*(?!\/)/, "").trim());
  }
  if (text.startsWith("#")) return [text.slice(1).trim()];
  if (text.startsWith("//")) return [text.slice(2).trim()];
  return [text.trim()];
}
function today() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function parseIgnoreToken(token) {
  let id = token.replace(/\[.*$/, "");
  let expired = false;
  const exp = /:exp:(\d{4}-\d{2}-\d{2})/i.exec(id);
  if (exp) expired = exp[1] < today();
  id = id.replace(/:(exp|ws):.*$/i, "");
  id = id.replace(/^elb-ir-/i, "");
  return { id, expired };
}
function parseLine(line, lineOffset, out) {
  let m;
  if (m = /^elb-ir:ignore(?:[\s:=]+)((?:ELBIR\d{3})(?:\s*,\s*ELBIR\d{3})*)\b(.*)$/i.exec(line)) {
    const reason = cleanReason(m[2]);
    for (const id of m[1].split(",")) {
      out.push({ ruleId: id.trim().toUpperCase(), reason, origin: "elb-ir", lineOffset });
    }
    return;
  }
  if (m = /^checkov:skip=\s*([A-Za-z0-9_]+)\s*(?::(.*))?$/i.exec(line)) {
    const ruleId = mapPeer("checkov", m[1]);
    if (ruleId) out.push({ ruleId, reason: (m[2] ?? "").trim(), origin: "checkov", lineOffset });
    return;
  }
  if (m = /^(tfsec|trivy):ignore:(\S+)(.*)$/i.exec(line)) {
    const origin = m[1].toLowerCase();
    const tokens = [m[2]];
    let rest = m[3];
    let more;
    while (more = /^\s*#?\s*(?:tfsec|trivy):ignore:(\S+)(.*)$/i.exec(rest)) {
      tokens.push(more[1]);
      rest = more[2];
    }
    const reason = cleanReason(rest);
    for (const token of tokens) {
      const { id, expired } = parseIgnoreToken(token);
      if (!expired && OUR_ID.test(id)) out.push({ ruleId: id.toUpperCase(), reason, origin, lineOffset });
    }
    return;
  }
  if (m = /^kics-scan\s+(ignore-line|ignore-block)\b(.*)$/i.exec(line)) {
    const directive = { ruleId: ANY_RULE, reason: cleanReason(m[2]), origin: "kics", lineOffset };
    if (m[1].toLowerCase() === "ignore-line") directive.lineOnly = true;
    out.push(directive);
    return;
  }
  if (m = /^kics-scan\s+disable\s*=\s*([\w-]+(?:\s*,\s*[\w-]+)*)(.*)$/i.exec(line)) {
    const reason = cleanReason(m[2]);
    const seen = /* @__PURE__ */ new Set();
    for (const id of m[1].split(",")) {
      const ruleId = mapPeer("kics", id.trim());
      if (ruleId && !seen.has(ruleId)) {
        seen.add(ruleId);
        out.push({ ruleId, reason, origin: "kics", lineOffset });
      }
    }
    return;
  }
  if (m = /^ts:skip=\s*([A-Za-z0-9_.-]+)(.*)$/i.exec(line)) {
    const ruleId = mapPeer("terrascan", m[1]);
    if (ruleId) out.push({ ruleId, reason: cleanReason(m[2]), origin: "terrascan", lineOffset });
  }
}
function parseSuppressionComment(text) {
  if (!MAYBE_DIRECTIVE.test(text)) return [];
  const out = [];
  const lines = commentLines(text);
  for (let i = 0; i < lines.length; i++) {
    parseLine(lines[i].replace(/^(?:#|\/\/)\s*/, ""), i, out);
  }
  return out;
}
function peerSuppressionsMarkdown() {
  const rows = PEER_SUPPRESSIONS.map((m) => {
    const rule = m.ruleId === ANY_RULE ? "every rule" : m.ruleId === "ELBIR00N" ? "the rule named" : m.ruleId;
    return `| ${m.origin} | \`${m.example}\` | ${m.meaning} | ${rule} |`;
  });
  return ["| tool | comment | what it means there | our rule |", "|---|---|---|---|", ...rows].join("\n");
}

// src/source/block-scanner.ts
var IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
var LABEL = /"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][A-Za-z0-9_-]*)/y;
var HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  /** Skips blanks, newlines and comments. */
  blank() {
    const text = this.text;
    while (this.at < text.length) {
      const c = text[this.at];
      if (c === " " || c === "	" || c === "\r" || c === "\n" || c === "\uFEFF") this.at++;
      else if (c === "#" || c === "/" && text[this.at + 1] === "/") {
        const end = text.indexOf("\n", this.at);
        this.at = end === -1 ? text.length : end + 1;
      } else if (c === "/" && text[this.at + 1] === "*") {
        const end = text.indexOf("*/", this.at + 2);
        if (end === -1) throw this.at;
        this.at = end + 2;
      } else return;
    }
  }
  /** Skips a quoted string starting at `"`, interpolations included. */
  quoted() {
    const text = this.text;
    this.at++;
    while (this.at < text.length) {
      const c = text[this.at];
      if (c === "\\") this.at += 2;
      else if (c === '"') {
        this.at++;
        return;
      } else if ((c === "$" || c === "%") && text[this.at + 1] === c && text[this.at + 2] === "{") this.at += 3;
      else if ((c === "$" || c === "%") && text[this.at + 1] === "{") {
        this.at += 2;
        this.until("}");
      } else if (c === "\n") throw this.at;
      else this.at++;
    }
    throw this.at;
  }
  /** Skips a heredoc whose opening `<<EOT` line is at the cursor. */
  heredoc() {
    HEREDOC.lastIndex = this.at;
    const match = HEREDOC.exec(this.text);
    if (!match) return false;
    const marker = match[1];
    let line = this.at + match[0].length;
    for (; ; ) {
      const end = this.text.indexOf("\n", line);
      const content = this.text.slice(line, end === -1 ? this.text.length : end).trim();
      if (content === marker) {
        this.at = end === -1 ? this.text.length : end;
        return true;
      }
      if (end === -1) throw this.at;
      line = end + 1;
    }
  }
  /** Skips everything up to and past the `close` that ends the current nesting. */
  until(close) {
    const text = this.text;
    const closers = [close];
    while (this.at < text.length) {
      this.blank();
      if (this.at >= text.length) break;
      const c = text[this.at];
      if (c === '"') this.quoted();
      else if (c === "<" && text[this.at + 1] === "<" && this.heredoc()) continue;
      else if (c === "{") {
        closers.push("}");
        this.at++;
      } else if (c === "[") {
        closers.push("]");
        this.at++;
      } else if (c === "(") {
        closers.push(")");
        this.at++;
      } else if (c === "}" || c === "]" || c === ")") {
        if (closers.pop() !== c) throw this.at;
        this.at++;
        if (closers.length === 0) return;
      } else this.at++;
    }
    throw this.at;
  }
};
function scanBlocks(text) {
  const scanner = new Scanner(text);
  const blocks = [];
  try {
    for (; ; ) {
      scanner.blank();
      if (scanner.at >= text.length) return { blocks };
      const start = scanner.at;
      IDENTIFIER.lastIndex = start;
      const type = IDENTIFIER.exec(text);
      if (!type) return { errorAt: start };
      scanner.at = IDENTIFIER.lastIndex;
      const labels = [];
      for (; ; ) {
        scanner.blank();
        if (text[scanner.at] === "{") break;
        LABEL.lastIndex = scanner.at;
        const label = LABEL.exec(text);
        if (!label) return { errorAt: scanner.at };
        labels.push(label[0]);
        scanner.at = LABEL.lastIndex;
      }
      scanner.at++;
      scanner.until("}");
      blocks.push({ start, end: scanner.at, type: type[0], labels });
    }
  } catch (at) {
    if (typeof at === "number") return { errorAt: at };
    throw at;
  }
}

// src/source/hcl.ts
function stringLitText(node) {
  let text = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "template_literal") text += child.text;
    else if (child.type !== "quoted_template_start" && child.type !== "quoted_template_end") return null;
  }
  return text;
}
function labelText(node) {
  if (node.type === "identifier") return node.text;
  if (node.type === "string_lit") return stringLitText(node);
  return null;
}
function objectKey(expr) {
  if (!expr || expr.type !== "expression" || expr.namedChildCount !== 1) return null;
  const inner = expr.namedChild(0);
  if (!inner) return null;
  if (inner.type === "variable_expr" && inner.namedChildCount === 1) return inner.namedChild(0)?.text ?? null;
  if (inner.type === "literal_value") {
    const lit = inner.namedChild(0);
    if (lit?.type === "string_lit") return stringLitText(lit);
    if (lit?.type === "numeric_lit" || lit?.type === "bool_lit") return lit.text;
  }
  return null;
}
function convertValue(expr, base) {
  if (!expr || expr.type !== "expression" || expr.namedChildCount !== 1) return null;
  const collection = expr.namedChild(0);
  if (collection?.type !== "collection_value") return null;
  const literal = collection.namedChild(0);
  if (!literal) return null;
  if (literal.type === "object") {
    const entries = [];
    for (const elem of literal.namedChildren) {
      if (!elem || elem.type !== "object_elem") continue;
      entries.push({
        key: objectKey(elem.childForFieldName("key")),
        line: elem.startPosition.row + 1 + base,
        value: convertValue(elem.childForFieldName("val"), base)
      });
    }
    return { kind: "object", entries };
  }
  if (literal.type === "tuple") {
    const items = [];
    for (const item of literal.namedChildren) {
      if (!item || item.type !== "expression") continue;
      items.push({ line: item.startPosition.row + 1 + base, value: convertValue(item, base) });
    }
    return { kind: "tuple", items };
  }
  return null;
}
function convertBody(body, base) {
  const items = [];
  if (!body) return items;
  for (const child of body.namedChildren) {
    if (!child) continue;
    if (child.type === "attribute") {
      const attribute = convertAttribute(child, base);
      if (attribute) items.push(attribute);
    } else if (child.type === "block") {
      const block = convertBlock(child, base);
      if (block) items.push(block);
    }
  }
  return items;
}
function convertAttribute(node, base) {
  const name = node.namedChild(0);
  if (name?.type !== "identifier") return null;
  let value = null;
  for (const child of node.namedChildren) {
    if (child?.type === "expression") value = child;
  }
  return { kind: "attribute", name: name.text, line: node.startPosition.row + 1 + base, value: convertValue(value, base) };
}
function convertBlock(node, base) {
  const children = node.namedChildren;
  const head = children[0];
  if (head?.type !== "identifier") return null;
  const labels = [];
  let body = null;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === "body") body = child;
    else if (child.type === "string_lit" || child.type === "identifier") {
      const label = labelText(child);
      if (label === null) return null;
      labels.push(label);
    }
  }
  return {
    kind: "block",
    type: head.text,
    labels,
    line: node.startPosition.row + 1 + base,
    endLine: node.endPosition.row + 1 + base,
    body: convertBody(body, base)
  };
}
function rawComment(at) {
  return {
    startIndex: at.startIndex,
    endIndex: at.endIndex,
    startRow: at.startPosition.row,
    endRow: at.endPosition.row
  };
}
function resourceLabels(node) {
  const children = node.namedChildren;
  const head = children[0];
  if (head?.type !== "identifier" || head.text !== "resource" && head.text !== "data") return null;
  const labels = [];
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    if (child?.type !== "string_lit" && child?.type !== "identifier") continue;
    const label = labelText(child);
    if (label === null) return null;
    labels.push(label);
  }
  return labels.length === 2 ? [labels[0], labels[1]] : null;
}
var PLAIN_STRING = /^"([^"\\$%]*)"$/;
function resourceLabelsAt(cursor, text) {
  if (!cursor.gotoFirstChild()) return null;
  try {
    if (cursor.nodeType !== "identifier") return null;
    const head = text.slice(cursor.startIndex, cursor.endIndex);
    if (head !== "resource" && head !== "data") return null;
    const labels = [];
    while (cursor.gotoNextSibling()) {
      const type = cursor.nodeType;
      if (type === "identifier") {
        labels.push(text.slice(cursor.startIndex, cursor.endIndex));
      } else if (type === "string_lit") {
        const plain = PLAIN_STRING.exec(text.slice(cursor.startIndex, cursor.endIndex));
        const label = plain ? plain[1] : labelText(cursor.currentNode);
        if (label === null) return null;
        labels.push(label);
      } else if (type !== "comment") {
        break;
      }
    }
    return labels.length === 2 ? [labels[0], labels[1]] : null;
  } finally {
    cursor.gotoParent();
  }
}
function lazyResource(node, labels, parsed, above) {
  let block;
  let comments;
  const header = node.startPosition.row;
  return {
    mode: parsed.text.startsWith("data", node.startIndex) ? "data" : "managed",
    type: labels[0],
    name: labels[1],
    block() {
      block ??= convertBlock(node, parsed.base) ?? {
        kind: "block",
        type: "resource",
        labels,
        line: header + 1 + parsed.base,
        endLine: node.endPosition.row + 1 + parsed.base,
        body: []
      };
      return block;
    },
    comments() {
      if (!comments) {
        const inside = node.descendantsOfType("comment").flatMap((c) => c ? [rawComment(c)] : []);
        comments = collectComments([...above, ...inside], parsed);
      }
      return comments;
    }
  };
}
function scanTopLevel(tree, parsed, out) {
  const cursor = tree.walk();
  try {
    let pending = [];
    const visit = () => {
      do {
        if (!cursor.nodeIsNamed) continue;
        const type = cursor.nodeType;
        if (type === "comment") {
          pending.push(rawComment(cursor));
        } else if (type === "body") {
          if (cursor.gotoFirstChild()) {
            visit();
            cursor.gotoParent();
          }
        } else {
          if (type === "block") {
            const labels = resourceLabelsAt(cursor, parsed.text);
            if (labels) out.push(lazyResource(cursor.currentNode, labels, parsed, pending));
          }
          pending = [];
        }
      } while (cursor.gotoNextSibling());
    };
    if (cursor.gotoFirstChild()) visit();
  } finally {
    cursor.delete();
  }
}
function collectResourcesDeep(node, parsed, out, pending = []) {
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "comment") {
      pending.push(rawComment(child));
      continue;
    }
    if (child.type === "body") {
      pending = collectResourcesDeep(child, parsed, out, pending);
      continue;
    }
    if (child.type === "block") {
      const labels = resourceLabels(child);
      if (labels) out.push(lazyResource(child, labels, parsed, pending));
      collectResourcesDeep(child, parsed, out);
    } else if (child.type !== "ERROR" && child.hasError) {
      collectResourcesDeep(child, parsed, out);
    }
    pending = [];
  }
  return pending;
}
function firstErrorLine(node) {
  if (node.isError || node.isMissing) return node.startPosition.row + 1;
  if (!node.hasError) return void 0;
  for (const child of node.children) {
    if (!child) continue;
    const line = firstErrorLine(child);
    if (line !== void 0) return line;
  }
  return node.startPosition.row + 1;
}
var BLANK = /^[ \t\r\f\v\uFEFF]*$/;
function standsAlone(text, start, end) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (!BLANK.test(before) && !/\*\/[ \t]*$/.test(before)) return false;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const after = text.slice(end, lineEnd);
  return BLANK.test(after) || /^[ \t]*(#|\/\/|\/\*)/.test(after);
}
function collectComments(raws, parsed) {
  const out = { commentOnlyLines: /* @__PURE__ */ new Set(), commentsByLine: /* @__PURE__ */ new Map(), directiveComments: [] };
  for (const raw of raws) {
    const startLine = raw.startRow + 1 + parsed.base;
    const endLine = raw.endRow + 1 + parsed.base;
    const text = parsed.text.slice(raw.startIndex, raw.endIndex);
    const comment = { startLine, endLine, directives: parseSuppressionComment(text) };
    if (standsAlone(parsed.text, raw.startIndex, raw.endIndex)) {
      for (let line = startLine; line <= endLine; line++) out.commentOnlyLines.add(line);
    }
    for (const line of startLine === endLine ? [startLine] : [startLine, endLine]) {
      const list = out.commentsByLine.get(line);
      if (list) list.push(comment);
      else out.commentsByLine.set(line, [comment]);
    }
    if (comment.directives.length > 0) out.directiveComments.push(comment);
  }
  return out;
}
var TOP_LEVEL_START = /^(?:resource|data|module|variable|output|locals|provider|terraform|moved|import|removed|check|ephemeral)\b/gm;
function commentLinesAbove(text, start) {
  let at = start;
  let inBlockComment = false;
  while (at > 0) {
    const lineStart = text.lastIndexOf("\n", at - 2) + 1;
    const line = text.slice(lineStart, at - 1).trim();
    if (inBlockComment) {
      if (line.startsWith("/*")) inBlockComment = false;
      else if (line.includes("/*")) return start;
    } else if (line.startsWith("/*") && line.endsWith("*/")) {
    } else if (line.endsWith("*/") && !line.includes("/*")) {
      inBlockComment = true;
    } else if (!/^(#|\/\/)/.test(line)) {
      break;
    }
    at = lineStart;
  }
  return inBlockComment ? start : at;
}
function topLevelChunks(text) {
  const starts = [0];
  for (const m of text.matchAll(TOP_LEVEL_START)) {
    const start = commentLinesAbove(text, m.index);
    if (start > starts[starts.length - 1]) starts.push(start);
  }
  const chunks = [];
  let base = 0;
  for (let i = 0; i < starts.length; i++) {
    const chunk = text.slice(starts[i], starts[i + 1] ?? text.length);
    chunks.push({ text: chunk, base });
    base += chunk.split("\n").length - 1;
  }
  return chunks;
}
function addParsed(parser, text, base, owner, out) {
  const tree = parser.parse(text);
  if (!tree) throw new Error("the parser returned no tree");
  const root = tree.rootNode;
  const parsed = { text, base, owner };
  if (root.hasError) collectResourcesDeep(root, parsed, out);
  else scanTopLevel(tree, parsed, out);
  const line = root.hasError ? firstErrorLine(root) : void 0;
  return { errorLine: line === void 0 ? void 0 : line + base, tree };
}
var keepTreesUpToChars = 16 * 1024 * 1024;
var keptChars = 0;
var dropTrees = new FinalizationRegistry(({ trees, chars }) => {
  for (const tree of trees) tree.delete();
  keptChars -= chars;
});
function keepOrConvert(file, owner, trees, chars) {
  if (keptChars + chars <= keepTreesUpToChars) {
    keptChars += chars;
    dropTrees.register(owner, { trees, chars });
    return file;
  }
  for (const resource of file.resources) {
    resource.block();
    resource.comments();
  }
  for (const tree of trees) tree.delete();
  return file;
}
function parseHcl(parser, text) {
  const scanned = scanBlocks(text);
  if (!("errorAt" in scanned)) return { resources: deferredResources(parser, text, scanned.blocks) };
  const owner = {};
  const whole = [];
  const first = addParsed(parser, text, 0, owner, whole);
  if (first.errorLine === void 0) return keepOrConvert({ resources: whole }, owner, [first.tree], text.length);
  first.tree.delete();
  const pieces = [];
  const trees = [];
  let errorLine;
  for (const chunk of topLevelChunks(text)) {
    const parsed = addParsed(parser, chunk.text, chunk.base, owner, pieces);
    trees.push(parsed.tree);
    errorLine ??= parsed.errorLine;
  }
  return keepOrConvert({ resources: pieces, errorLine: errorLine ?? first.errorLine }, owner, trees, text.length);
}
function deferredResources(parser, text, blocks) {
  const out = [];
  const lineOf = lineIndex(text);
  let previousEnd = 0;
  for (const found of blocks) {
    const chunkStart = previousEnd;
    previousEnd = found.end;
    if (found.type !== "resource" && found.type !== "data" || found.labels.length !== 2) continue;
    const [type, name] = found.labels.map((label) => label.startsWith('"') ? label.slice(1, -1) : label);
    out.push(deferredResource(parser, text, lineOf, chunkStart, found.end, found.type === "data" ? "data" : "managed", type, name));
  }
  return out;
}
function lineIndex(text) {
  let starts;
  return (position) => {
    if (!starts) {
      starts = [];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i);
    }
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (starts[mid] < position) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}
function deferredResource(parser, text, linesBefore, start, end, mode, type, name) {
  let parsed;
  const resource = () => {
    if (!parsed) {
      const chunk = text.slice(start, end);
      const owner = {};
      const found = [];
      const { tree } = addParsed(parser, chunk, linesBefore(start), owner, found);
      keepOrConvert({ resources: found }, owner, [tree], chunk.length);
      parsed = found.find((r) => r.mode === mode && r.type === type && r.name === name) ?? found[0];
    }
    if (parsed) return parsed;
    const line = linesBefore(start) + 1;
    return {
      mode,
      type,
      name,
      block: () => ({ kind: "block", type: mode === "data" ? "data" : "resource", labels: [type, name], line, endLine: linesBefore(end) + 1, body: [] }),
      comments: () => ({ commentOnlyLines: /* @__PURE__ */ new Set(), commentsByLine: /* @__PURE__ */ new Map(), directiveComments: [] })
    };
  };
  return { mode, type, name, block: () => resource().block(), comments: () => resource().comments() };
}

export {
  scanBlocks,
  ANY_RULE,
  PEER_SUPPRESSIONS,
  parseSuppressionComment,
  peerSuppressionsMarkdown,
  firstErrorLine,
  parseHcl
};
