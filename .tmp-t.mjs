// .tmp-try2.ts
import { readFileSync } from "node:fs";

// src/import/lib/import-article.ts
import { VFile as VFile3 } from "vfile";

// src/import/lib/import-html.ts
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified as unified2 } from "unified";
import { VFile } from "vfile";

// src/import/lib/html-chrome.ts
var chromeTags = /* @__PURE__ */ new Set([
  "aside",
  "button",
  "canvas",
  "dialog",
  "embed",
  "footer",
  "form",
  "iframe",
  "input",
  "link",
  "meta",
  "nav",
  "noscript",
  "object",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea"
]);
var chromeRoles = /* @__PURE__ */ new Set(["banner", "complementary", "contentinfo", "dialog", "navigation", "search"]);
var chromeHint = /(?:^|[\s_-])(?:ad|ads|advert|author-bio|breadcrumbs?|byline|comments?|cookie|entry-meta|menu|nav|navbar|newsletter|post-meta|promo|related|share|sharing|sidebar|social|subscribe|widget)(?:$|[\s_-])/iu;
function isChromeElement(element) {
  const { properties } = element;
  return chromeTags.has(element.tagName) || chromeRoles.has(String(properties.role ?? "")) || properties.hidden === true || String(properties.ariaHidden) === "true";
}
function hasChromeHint(element) {
  const className = tokens(element.properties.className);
  const id = tokens(element.properties.id);
  return chromeHint.test(className) || chromeHint.test(id);
}
function tokens(value) {
  return Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : "";
}

// src/import/lib/html-text-weight.ts
function textWeight(node) {
  if (node.type === "text") return node.value.replace(/\s+/gu, " ").trim().length;
  if (node.type === "element" && (node.tagName === "a" || isChromeElement(node))) return 0;
  if (node.type !== "element" && node.type !== "root") return 0;
  let total = 0;
  for (const child of node.children) total += textWeight(child);
  return total;
}

// src/import/lib/html-drop-chrome.ts
var maxHintShare = 0.5;
function rehypeDropChrome() {
  return (tree2) => {
    const total = textWeight(tree2);
    tree2.children = clean(tree2.children, total);
  };
}
function clean(nodes, total) {
  return nodes.flatMap((node) => {
    if (node.type === "comment" || node.type === "doctype") return [];
    if (node.type !== "element") return [node];
    if (isChromeElement(node)) return [];
    if (hasChromeHint(node) && textWeight(node) <= maxHintShare * total) return [];
    if (node.tagName === "header") return clean(headings(node), total);
    node.children = clean(node.children, total);
    return [node];
  });
}
function headings(element) {
  return element.children.flatMap((child) => {
    if (child.type !== "element") return [];
    return /^h[1-6]$/u.test(child.tagName) ? [child] : headings(child);
  });
}

// src/import/lib/html-main-content.ts
import { select, selectAll } from "hast-util-select";
var dominantShare = 0.8;
var containers = /* @__PURE__ */ new Set(["div", "section", "center", "table", "tbody", "tr", "td"]);
function rehypeMainContent() {
  return (tree2) => {
    const main = mainContent(tree2);
    return main ? { type: "root", children: [main] } : tree2;
  };
}
function mainContent(tree2) {
  const articles = selectAll("article", tree2);
  if (articles.length > 0) return heaviest(articles);
  const main = select('main, [role="main"]', tree2);
  if (main) return main;
  let current = select("body", tree2);
  while (current) {
    const total = textWeight(current);
    const children = current.children.filter(
      (child) => child.type === "element" && containers.has(child.tagName)
    );
    const next = children.length > 0 ? heaviest(children) : void 0;
    if (!next || total === 0 || textWeight(next) < dominantShare * total) break;
    current = next;
  }
  return current;
}
function heaviest(elements) {
  return elements.reduce((best, element) => textWeight(element) > textWeight(best) ? element : best);
}

// src/import/lib/html-meta.ts
import { select as select2, selectAll as selectAll2 } from "hast-util-select";
import { toText } from "hast-util-to-text";
function rehypeReadMeta() {
  return (tree2, file) => {
    const matter = {
      title: meta(tree2, "og:title") ?? meta(tree2, "twitter:title") ?? documentTitle(tree2),
      author: metaAuthor(tree2) ?? visibleAuthor(tree2),
      description: meta(tree2, "description") ?? meta(tree2, "og:description") ?? meta(tree2, "twitter:description"),
      tags: tags(tree2)
    };
    file.data.importedMatter = matter;
  };
}
function meta(tree2, key) {
  return metas(tree2, key)[0];
}
function metas(tree2, key) {
  return selectAll2(`meta[name="${key}" i], meta[property="${key}" i]`, tree2).map((element) => clean2(String(element.properties.content ?? ""))).filter(Boolean);
}
function documentTitle(tree2) {
  const element = select2("title", tree2);
  if (!element) return void 0;
  let title = clean2(toText(element));
  const site = meta(tree2, "og:site_name");
  for (const separator of [" | ", " \u2014 ", " \u2013 ", " - ", " \xB7 "]) {
    const cut = title.lastIndexOf(separator);
    const suffix = title.slice(cut + separator.length);
    if (cut > 0 && (separator === " | " || suffix === site)) title = title.slice(0, cut).trim();
  }
  return title || void 0;
}
function metaAuthor(tree2) {
  return [...metas(tree2, "author"), ...metas(tree2, "article:author")].find((value) => !/^https?:\/\//iu.test(value));
}
function visibleAuthor(tree2) {
  const element = select2('[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]', tree2);
  if (!element) return void 0;
  const text2 = clean2(element.tagName === "meta" ? String(element.properties.content ?? "") : toText(element)).replace(/^by\s+/iu, "");
  return text2 && text2.length <= 60 ? text2 : void 0;
}
function tags(tree2) {
  const list2 = metas(tree2, "article:tag");
  if (list2.length === 0) list2.push(...meta(tree2, "keywords")?.split(",").map(clean2).filter(Boolean) ?? []);
  return list2.length > 0 ? [...new Set(list2)] : void 0;
}
function clean2(text2) {
  return text2.replace(/\s+/gu, " ").trim();
}

// src/import/lib/html-title.ts
import { selectAll as selectAll3 } from "hast-util-select";
import { toText as toText2 } from "hast-util-to-text";
import { EXIT, visit } from "unist-util-visit";
function rehypeTitleHeading() {
  return (tree2, file) => {
    const matter = file.data.importedMatter ?? {};
    const firstLevel = selectAll3("h1", tree2);
    const wanted = matter.title;
    const title = firstLevel.find((element) => wanted && sameTitle(text(element), wanted)) ?? firstLevel[0];
    if (title && text(title)) {
      matter.title = text(title);
      removeElement(tree2, title);
    }
    shiftHeadings(tree2);
    file.data.importedMatter = matter;
  };
}
function shiftHeadings(tree2) {
  const headings2 = selectAll3("h1, h2, h3, h4, h5, h6", tree2).filter((element) => {
    if (text(element)) return true;
    removeElement(tree2, element);
    return false;
  });
  if (headings2.length === 0) return;
  const shift = 2 - Math.min(...headings2.map(level));
  for (const element of headings2) element.tagName = `h${Math.min(6, Math.max(2, level(element) + shift))}`;
}
function level(element) {
  return Number(element.tagName.slice(1));
}
function text(element) {
  return toText2(element).replace(/\s+/gu, " ").trim();
}
function sameTitle(heading2, title) {
  const a = normalize(heading2);
  const b = normalize(title);
  return a.length > 0 && (a === b || b.includes(a) && a.length >= b.length / 2 || a.includes(b));
}
function normalize(text2) {
  return text2.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function removeElement(tree2, target) {
  visit(tree2, "element", (node, index, parent) => {
    if (node !== target || !parent || index === void 0) return;
    parent.children.splice(index, 1);
    return [EXIT, index];
  });
}

// src/import/lib/matter.ts
import YAML from "yaml";
var keys = ["title", "author", "description", "tags", "readingTime"];
function hasMatter(matter) {
  return keys.some((key) => {
    const value = matter[key];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}
function matterToYaml(matter) {
  const ordered = {};
  for (const key of keys) {
    const value = matter[key];
    if (Array.isArray(value) ? value.length > 0 : value) ordered[key] = value;
  }
  const text2 = new YAML.Document(ordered).toString({
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "PLAIN",
    lineWidth: 0,
    indentSeq: true
  });
  return { type: "yaml", value: text2.replace(/\n$/, "") };
}

// src/import/lib/remark-matter.ts
function remarkMatter() {
  return (tree2, file) => {
    const matter = file.data.importedMatter ?? {};
    const head = [];
    if (hasMatter(matter)) head.push(matterToYaml(matter));
    if (matter.title) head.push({ type: "heading", depth: 1, children: [{ type: "text", value: matter.title }] });
    tree2.children.unshift(...head);
  };
}

// src/import/lib/stringify-markdown.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
var markdownStyle = {
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  listItemIndent: "one",
  rule: "-"
};
var processor = unified().use(remarkFrontmatter).use(remarkGfm).use(remarkStringify, markdownStyle);
function stringifyMarkdown(tree2) {
  return processor.stringify(tree2);
}

// src/import/lib/import-html.ts
var pipeline = unified2().use(rehypeParse).use(rehypeReadMeta).use(rehypeMainContent).use(rehypeDropChrome).use(rehypeTitleHeading).use(rehypeRemark).use(remarkMatter);

// src/import/lib/import-text.ts
import { VFile as VFile2 } from "vfile";

// src/import/lib/text-blocks.ts
function textBlocks(lines) {
  const blocks = [];
  let current;
  let blank = 2;
  lines.forEach((text2, index) => {
    if (text2.trim() === "") {
      current = void 0;
      blank++;
      return;
    }
    if (!current) {
      current = { lines: [], line: index + 1, blankBefore: blank };
      blocks.push(current);
    }
    current.lines.push(text2);
    blank = 0;
  });
  return blocks;
}

// src/import/lib/text-line-shape.ts
var closers = /[\s"'”’»)\]]+$/u;
var maxHeadingLength = 80;
var maxHeadingWords = 14;
function finalCharacter(line) {
  const trimmed = line.replace(closers, "");
  return trimmed.slice(-1);
}
function endsWithPunctuation(line) {
  return /[.!?…:;,—–-]/u.test(finalCharacter(line));
}
function words(line) {
  return line.trim().split(/\s+/u).filter(Boolean);
}
function isHeadingShaped(line) {
  const text2 = line.trim();
  return text2.length > 0 && text2.length <= maxHeadingLength && words(text2).length <= maxHeadingWords && /\p{L}/u.test(text2) && !endsWithPunctuation(text2) && !listItem(text2);
}
function isTitleCase(line) {
  const significant = words(line).filter((word) => word.replace(/\P{L}/gu, "").length > 3);
  if (significant.length === 0) return /^\P{Ll}*\p{Lu}/u.test(line.trim());
  const capitalized = significant.filter((word) => /^\P{L}*\p{Lu}/u.test(word));
  return capitalized.length / significant.length >= 0.7;
}
function startsLowercase(line) {
  return /^\P{L}*\p{Ll}\p{Ll}/u.test(line.trim());
}
function isNameLike(line) {
  const text2 = line.trim();
  const parts = words(text2);
  if (text2.length > 40 || parts.length < 2 || parts.length > 4 || /\d/.test(text2)) return false;
  return parts.every(
    (word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^(?:van|von|der|den|de|da|del|di|du|la|le|bin|al)$/u.test(word)
  );
}
function authorFromByline(line) {
  const match = /^(?:by|written by|author:)\s+(\S.{0,60})$/iu.exec(line.trim());
  return match && !endsWithPunctuation(match[1]) ? match[1].trim() : void 0;
}
function isReadingTime(line) {
  const text2 = line.trim();
  return /^\d+\s*(?:min|mins|minute|minutes)\.?\s+read$/iu.test(text2) || /^reading time:?\s*\d+\s*min/iu.test(text2);
}
function tagsFromTagLine(line) {
  const match = /^(?:tags|tagged|topics|keywords):\s*(.+)$/iu.exec(line.trim());
  return match?.[1].split(/\s*[,;|·]\s*/u).map((tag) => tag.replace(/^#/, "").trim()).filter(Boolean);
}
function isDate(line) {
  const text2 = line.trim();
  const month = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  return new RegExp(`^(?:${month}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${month},?\\s+\\d{4})$`, "iu").test(text2) || /^\d{4}-\d{2}-\d{2}$/u.test(text2) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/u.test(text2);
}
function isTagShaped(line) {
  const text2 = line.trim();
  return text2.length <= 50 && words(text2).length <= 6 && isHeadingShaped(text2) && !isDate(text2) && !isReadingTime(text2);
}
function listItem(line) {
  const match = /^\s*(?:([-*•◦▪‣–])|(\d{1,3})[.)])\s+(\S.*)$/u.exec(line);
  if (!match) return void 0;
  return match[2] === void 0 ? { ordered: false, text: match[3] } : { ordered: true, start: Number(match[2]), text: match[3] };
}

// src/import/lib/text-warn.ts
var excerptLength = 50;
function quoteLine(text2) {
  const trimmed = text2.trim();
  return `"${trimmed.length > excerptLength ? `${trimmed.slice(0, excerptLength - 1)}\u2026` : trimmed}"`;
}
function warnAtLine(file, reason, line, text2, ruleId) {
  const column = text2.length - text2.trimStart().length + 1;
  file.message(reason, { place: { line, column }, source: "lectern", ruleId });
}

// src/import/lib/text-body.ts
var shortLine = "short and without final punctuation";
function readBody(blocks, file) {
  const nodes = [];
  blocks.forEach((block, index) => {
    for (const node of readBlock(block, blocks[index + 1], file)) {
      const previous = nodes.at(-1);
      if (node.type === "list" && previous?.type === "list" && previous.ordered === node.ordered) {
        previous.children.push(...node.children);
      } else nodes.push(node);
    }
  });
  return nodes;
}
function readBlock(block, next, file) {
  const underlined = underlinedHeading(block);
  if (underlined) return [underlined];
  const listStart = block.lines.findIndex((line) => listItem(line));
  if (listStart !== -1 && isListFrom(block.lines, listStart)) {
    const lead = block.lines.slice(0, listStart);
    return [...lead.length > 0 ? [paragraph(lead)] : [], list(block.lines.slice(listStart))];
  }
  if (block.lines.length === 1 && isHeading(block, next, file)) return [heading(block.lines[0])];
  if (block.lines.length > 1 && isShortLines(block)) warn(file, block, `${shortLine}, but followed by another short line`);
  return [paragraph(block.lines)];
}
function isHeading(block, next, file) {
  const line = block.lines[0];
  if (!isHeadingShaped(line)) {
    if (finalCharacter(line) === "?" && next && !isShortLines(next) && words(line).length <= 8 && isTitleCase(line)) {
      warn(file, block, 'alone on its line in title case like a heading, but ends with "?"');
    }
    return false;
  }
  if (startsLowercase(line)) return warn(file, block, `${shortLine}, but starts in lowercase`);
  if (!next) return warn(file, block, `${shortLine}, but it is the last line`);
  if (isShortLines(next)) return warn(file, block, `${shortLine}, but followed by another short line`);
  if (line.includes(":") && block.blankBefore < 2 && !isTitleCase(line)) return warn(file, block, `${shortLine}, but it has a colon`);
  return true;
}
function isShortLines(block) {
  return block.lines.every(isHeadingShaped);
}
function underlinedHeading(block) {
  const [text2, rule] = block.lines;
  return block.lines.length === 2 && /^\s*(?:={3,}|-{3,})$/u.test(rule) && isHeadingShaped(text2) ? heading(text2) : void 0;
}
function isListFrom(lines, start) {
  return lines.slice(start).every((line) => listItem(line) || /^\s+\S/u.test(line));
}
function warn(file, block, why) {
  const text2 = block.lines[0];
  warnAtLine(
    file,
    `Ambiguous line ${quoteLine(text2)}: ${why}; kept as a paragraph, not a heading`,
    block.line,
    text2,
    "ambiguous-heading"
  );
  return false;
}
function heading(line) {
  return { type: "heading", depth: 2, children: [{ type: "text", value: line.trim() }] };
}
function paragraph(lines) {
  return { type: "paragraph", children: [{ type: "text", value: lines.map((line) => line.trim()).join("\n") }] };
}
function list(lines) {
  const items = [];
  let ordered = false;
  let start;
  for (const line of lines) {
    const item = listItem(line);
    if (item) {
      if (items.length === 0) {
        ordered = item.ordered;
        start = item.start;
      }
      items.push({ text: [item.text] });
    } else items.at(-1).text.push(line);
  }
  const children = items.map(
    (item) => ({ type: "listItem", spread: false, children: [paragraph(item.text)] })
  );
  return { type: "list", ordered, start: ordered ? start : void 0, spread: false, children };
}

// src/import/lib/text-byline.ts
var searchDepth = 8;
var maxTitleLength = 150;
function readByline(blocks, file) {
  const anchor = findReadingTime(blocks);
  if (!anchor) return readBareTop(blocks);
  const block = blocks[anchor.block];
  const matter = { readingTime: block.lines[anchor.line].trim() };
  const before = blocks.slice(0, anchor.block);
  if (anchor.line > 0) before.push({ ...block, lines: block.lines.slice(0, anchor.line) });
  const kept = readHeader(before.flatMap(itemsOf), matter, file);
  let body = blocks.slice(anchor.block + 1);
  let tagBlock = {
    lines: block.lines.slice(anchor.line + 1),
    line: block.line + anchor.line + 1,
    blankBefore: 0
  };
  const next = body[0];
  if (tagBlock.lines.length === 0 && next && next.lines.length >= 2 && next.lines.every(isTagLine)) {
    tagBlock = next;
    body = body.slice(1);
  }
  readTags(tagBlock, matter, file);
  return { matter, body: [...kept, ...body] };
}
function findReadingTime(blocks) {
  for (const [index, block] of blocks.slice(0, searchDepth).entries()) {
    const line = block.lines.findIndex(isReadingTime);
    if (line !== -1) return { block: index, line };
  }
  return void 0;
}
function readBareTop(blocks) {
  const matter = {};
  const single = (at) => blocks[at]?.lines.length === 1 ? blocks[at].lines[0] : void 0;
  const authorAt = (at) => {
    const line = single(at);
    return line === void 0 ? void 0 : authorFromByline(line);
  };
  let index = 0;
  matter.author = authorAt(index);
  if (matter.author) index++;
  const title = single(index);
  if (title !== void 0 && isTitleShaped(title)) {
    matter.title = title.trim();
    index++;
    if (!matter.author) {
      matter.author = authorAt(index);
      if (matter.author) index++;
    }
  }
  return { matter, body: blocks.slice(index) };
}
function itemsOf(block) {
  if (block.lines.length > 1 && block.lines.every((line) => isTitleShaped(line) || isReadingTime(line))) {
    return block.lines.map((text2, offset) => ({ text: text2.trim(), line: block.line + offset, lines: [text2] }));
  }
  return [{ text: block.lines.map((line) => line.trim()).join(" "), line: block.line, lines: block.lines }];
}
function readHeader(items, matter, file) {
  const used = /* @__PURE__ */ new Set();
  for (const item of items) {
    const tags2 = tagsFromTagLine(item.text);
    const author2 = authorFromByline(item.text);
    if (tags2) matter.tags = [...matter.tags ?? [], ...tags2];
    else if (author2 && !matter.author) matter.author = author2;
    else continue;
    used.add(item);
  }
  const singles = items.filter((item) => !used.has(item) && isTitleShaped(item.text) && !isChrome(item.text));
  const title = singles.find((item) => !isNameLike(item.text)) ?? mostWords(singles);
  if (title) {
    matter.title = title.text;
    used.add(title);
  }
  const author = matter.author ? void 0 : singles.find((item) => item !== title && isNameLike(item.text));
  if (author) {
    matter.author = author.text;
    used.add(author);
  }
  const after = items.slice(title ? items.indexOf(title) + 1 : 0).filter((item) => !used.has(item));
  const summary = after.find((item) => endsWithPunctuation(item.text)) ?? after.find((item) => singles.includes(item) && !isNameLike(item.text) && words(item.text).length >= 4);
  if (summary) {
    matter.description = summary.text;
    used.add(summary);
  }
  const kept = [];
  for (const item of items) {
    if (used.has(item)) continue;
    if (endsWithPunctuation(item.text)) {
      kept.push({ lines: item.lines, line: item.line, blankBefore: 2 });
      continue;
    }
    warnAtLine(file, `Unexpected line ${quoteLine(item.text)} in the byline block; left out`, item.line, item.text, "byline-line");
  }
  return kept;
}
function readTags(block, matter, file) {
  const tags2 = matter.tags ?? [];
  block.lines.forEach((line, offset) => {
    const listed = tagsFromTagLine(line);
    if (listed) tags2.push(...listed);
    else if (isTagShaped(line)) tags2.push(line.trim());
    else {
      warnAtLine(file, `Unexpected line ${quoteLine(line)} among the tags; left out`, block.line + offset, line, "byline-line");
    }
  });
  if (tags2.length > 0) matter.tags = [...new Set(tags2)];
}
function mostWords(items) {
  return items.reduce((best, item) => !best || words(item.text).length > words(best.text).length ? item : best, void 0);
}
function isChrome(line) {
  return /^(?:follow|following|share|listen|save|subscribe|sign in|sign up|member-only story|·|--)$/iu.test(line.trim());
}
function isTagLine(line) {
  return isTagShaped(line) || tagsFromTagLine(line) !== void 0;
}
function isTitleShaped(line) {
  const text2 = line.trim();
  return text2.length > 0 && text2.length <= maxTitleLength && /\p{L}/u.test(text2) && (!endsWithPunctuation(text2) || /[?!]/u.test(finalCharacter(text2))) && !isReadingTime(text2) && !isDate(text2) && !tagsFromTagLine(text2);
}

// src/import/lib/text-lead-lines.ts
var unwrappedLength = 100;
function splitLeadLines(blocks) {
  return blocks.flatMap((block) => {
    const [first, second] = block.lines;
    const isLead = second !== void 0 && isHeadingShaped(first) && !startsLowercase(first) && second.trim().length >= Math.max(unwrappedLength, 2 * first.trim().length) && endsWithPunctuation(block.lines.at(-1));
    if (!isLead) return [block];
    return [
      { lines: [first], line: block.line, blankBefore: block.blankBefore },
      { lines: block.lines.slice(1), line: block.line + 1, blankBefore: 0 }
    ];
  });
}

// src/import/lib/text-lines.ts
function textLines(text2) {
  return text2.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((line) => line.replace(/[\s\uFEFF]+$/u, ""));
}

// src/import/lib/import-text.ts
function importText(text2, options = {}) {
  const file = new VFile2({ path: options.path, value: text2 });
  file.value = stringifyMarkdown(textToMdast(text2, file));
  return file;
}
function textToMdast(text2, file) {
  const blocks = splitLeadLines(textBlocks(textLines(text2)));
  const { matter, body } = readByline(blocks, file);
  const tree2 = { type: "root", children: [] };
  if (hasMatter(matter)) tree2.children.push(matterToYaml(matter));
  if (matter.title) tree2.children.push({ type: "heading", depth: 1, children: [{ type: "text", value: matter.title }] });
  tree2.children.push(...readBody(body, file));
  return tree2;
}

// tests/import/parse-markdown.ts
import { toString } from "mdast-util-to-string";
import remarkFrontmatter2 from "remark-frontmatter";
import remarkGfm2 from "remark-gfm";
import remarkParse from "remark-parse";
import { unified as unified3 } from "unified";
import YAML2 from "yaml";
function parseMarkdown(markdown) {
  const tree2 = unified3().use(remarkParse).use(remarkFrontmatter2).use(remarkGfm2).parse(markdown);
  const yaml = tree2.children.find((node) => node.type === "yaml");
  const matter = yaml ? YAML2.parse(yaml.value) : {};
  const blocks = tree2.children.filter((node) => node.type !== "yaml").map(toBlock);
  return { matter, blocks, tree: tree2 };
}
function toBlock(node) {
  const block = { type: node.type, text: toString(node) };
  if (node.type === "heading") block.depth = node.depth;
  if (node.type === "list") {
    block.ordered = Boolean(node.ordered);
    block.items = node.children.map((item) => toString(item));
  }
  return block;
}

// .tmp-try2.ts
var { tree } = parseMarkdown(String(importText(readFileSync("tests/fixtures/import/text/escaping/input.txt", "utf8")).value));
console.log(JSON.stringify(tree.children[2].children.filter((c) => c.type !== "text").map((c) => ({ t: c.type, v: c.value ?? c.url }))));
