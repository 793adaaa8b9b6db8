// The generated one-pagers read right in the JavaScript renderers too: commonmark.js (the
// CommonMark reference implementation) and markdown-it. DESIGN.md section 4 promises a document
// that is correct in any CommonMark/GFM renderer; tests/core_markdown.rs checks that with
// pulldown-cmark and comrak, and this checks the same properties, where they apply, here:
// - the outline (the h1 title and the h2 section headings) is exactly the expected one;
// - each short field's text (the title and the key-value list) renders as exactly the
//   normalised typed text, and each expectation as its own text;
// - no raw HTML node appears (html_block / html_inline);
// - no link target appears that is not in the input;
// and one the native checks leave implicit: the title and the short fields hold no link, but
// the email's own `mailto:` autolink (text alone cannot show a bare URL turned into a link).
//
// The corpus (examples/markdown_corpus.rs) is the spec examples, the adversarial table and a
// fixed pseudo-random sample of the property tests' hostile inputs, with what each case
// expects. It is built with cargo and run (see buildCorpus; CARGO_TARGET_DIR is respected),
// or read from the JSON-lines file named by MARKDOWN_CORPUS. SHOWN=n shows the first n
// failing cases of each test (default 3).
//
// Renderer settings:
// - commonmark.js: as it comes (CommonMark only: no tables, strikethrough or task lists).
// - markdown-it: the "default" preset (CommonMark plus GFM-style tables and strikethrough)
//   with `html: true`, so any raw HTML in a document would show up as an html_block or
//   html_inline token, and `linkify: false`, its default.
// - markdown-it (linkify): the same with `linkify: true`, as many sites configure it. Its
//   linkify-it (6.x, fuzzy links off by default) links `http://…`, `https://…`, `ftp://…`,
//   `mailto:…`, `//…` and emails in text, close to GitHub's autolink extension but not the
//   same; what GitHub does is checked by the native tests with comrak's GFM autolinks. Here
//   the short fields must stay unlinked too.
// Neither renderer has task lists, so "- [x] label" reads as an item whose text is
// "[x] label"; that text is what is checked.
//
// Known and not worked around: markdown-it 15.0.3 miscounts a tab's columns after nested
// block-quote markers. `>> *\t =<b>x</b>` is a list item holding an indented code block for
// CommonMark 0.31.2 (2.2 Tabs: a tab stop every 4 columns; 5.2 List items, rule 2: content
// after 5 or more spaces is indented code) and for commonmark.js, pulldown-cmark and comrak,
// but a paragraph with raw HTML for markdown-it. The default corpus does not meet it; a soak
// with another seed can (about 1 in 30,000 generated one-pagers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser } from 'commonmark';
import MarkdownIt from 'markdown-it';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** How many failing cases each test shows. */
const SHOWN = Number(process.env.SHOWN ?? 3);

/** Runs the corpus example as the native tests build it. `cargo test --workspace` (what
 * scripts/test.sh runs just before) builds every example too; `cargo run --example` alone
 * would select other packages, so other dependency features, and rebuild comrak and more
 * (about 20 s). Once built, this cargo call only reports where the binary is. */
function buildCorpus() {
  const options = {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'inherit'],
  };
  const messages = execFileSync(
    'cargo',
    ['test', '--workspace', '--locked', '--no-run', '--message-format=json-render-diagnostics'],
    options,
  );
  const example = messages
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'markdown_corpus');
  assert.ok(example?.executable, 'cargo built the markdown_corpus example');
  return execFileSync(example.executable, [], options);
}

function loadCorpus() {
  const file = process.env.MARKDOWN_CORPUS;
  const text = file ? readFileSync(file, 'utf8') : buildCorpus();
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

const corpus = loadCorpus();

// ---- Reading a document ---------------------------------------------------------------------

/** What a renderer saw in a document: the shape of tests/markdown_check's `Reading`, plus the
 * link targets inside the title and inside each item of the key-value list. */
function emptyReading() {
  return {
    outline: [],
    titleLinks: [],
    summary: [],
    summaryLinks: [],
    expectations: [],
    html: [],
    links: [],
    skippedLinks: [],
  };
}

const commonmark = new Parser();

/** Text content of a commonmark.js node: text and code, breaks as "\n". */
function cmText(node) {
  let out = '';
  const walker = node.walker();
  let event;
  while ((event = walker.next())) {
    if (!event.entering) continue;
    const n = event.node;
    if (n.type === 'text' || n.type === 'code') out += n.literal;
    else if (n.type === 'softbreak' || n.type === 'linebreak') out += '\n';
  }
  return out;
}

/** Link and image targets inside a commonmark.js node. */
function cmLinks(node) {
  const links = [];
  const walker = node.walker();
  let event;
  while ((event = walker.next())) {
    if (event.entering && (event.node.type === 'link' || event.node.type === 'image')) {
      links.push(event.node.destination);
    }
  }
  return links;
}

function readCommonmark(doc) {
  const r = emptyReading();
  const tree = commonmark.parse(doc);
  let topLists = 0;
  let underExpectations = false;
  const walker = tree.walker();
  let event;
  while ((event = walker.next())) {
    if (!event.entering) continue;
    const node = event.node;
    switch (node.type) {
      case 'heading':
        if (node.level <= 2) {
          const text = cmText(node);
          underExpectations = text === 'Expectations';
          if (r.outline.length === 0) r.titleLinks = cmLinks(node);
          r.outline.push([node.level, text]);
        }
        break;
      case 'list':
        if (node.parent === tree) {
          topLists += 1;
          const items = [];
          for (let item = node.firstChild; item; item = item.next) items.push(item);
          if (topLists === 1 && r.outline.length === 1) {
            r.summary = items.map(cmText);
            r.summaryLinks = items.map(cmLinks);
          } else if (underExpectations) {
            r.expectations = items.map(cmText);
          }
        }
        break;
      case 'html_block':
      case 'html_inline':
        r.html.push(node.literal);
        break;
      case 'link':
      case 'image':
        r.links.push(node.destination);
        break;
      default:
    }
  }
  return r;
}

/** markdown-it as configured for the check (see the top of this file). */
function markdownItWith(options) {
  const md = new MarkdownIt('default', { html: true, ...options });
  // Link targets as parsed (backslash escapes and entities decoded), which is what the native
  // checks compare too: markdown-it's normalizeLink re-encodes a target for its href
  // (percent-encoding, punycode, lower-case host) by parsing it as a URL, and for a target
  // that is no valid URL it reorders the parts, e.g. `<http://a.example:+1:0>` gets the href
  // "http://a.example:0:+1" (and shows that as the link text). Structure is unchanged.
  md.normalizeLink = (url) => url;
  return md;
}

const markdownIt = markdownItWith({ linkify: false });
const markdownItLinkify = markdownItWith({ linkify: true });

/** Text content of markdown-it inline tokens: text and code, breaks as "\n". */
function mdText(tokens) {
  let out = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
    else if (t.type === 'image') out += mdText(t.children);
  }
  return out;
}

/** Link and image targets among markdown-it inline tokens (an image's alt text included). */
function mdLinks(tokens, links = []) {
  for (const t of tokens ?? []) {
    if (t.type === 'link_open') links.push(t.attrGet('href'));
    else if (t.type === 'image') links.push(t.attrGet('src'));
    mdLinks(t.children, links);
  }
  return links;
}

function mdHtml(tokens, r) {
  for (const t of tokens ?? []) {
    if (t.type === 'html_inline') r.html.push(t.content);
    mdHtml(t.children, r);
  }
}

function mdLink(target, r) {
  // Left out of the check: targets with a line ending, where markdown-it 15.0.3 is not
  // CommonMark-compliant. Its parseLinkDestination steps over the character after every
  // backslash, a line ending included, so `[a](x\` + newline + `y)` and `[a](<x\` + newline +
  // `y>)` are links to "x", backslash, line feed, "y" for it. CommonMark 0.31.2, 6.3 (Links):
  // a link destination includes no ASCII control characters, and "the destination cannot
  // contain line endings, even if enclosed in pointy brackets" (examples 490 and 491); 2.4
  // (Backslash escapes): only ASCII punctuation can be escaped, and a backslash at the end of
  // a line is a hard line break (6.7). commonmark.js, pulldown-cmark and comrak read text
  // there. The document writes typed line breaks as backslash hard breaks, so link-like text
  // the user broke across lines (spec examples 490 and 491 as input) meets this.
  if (/[\r\n]/.test(target)) r.skippedLinks.push(target);
  else r.links.push(target);
}

function readMarkdownIt(md, doc) {
  const r = emptyReading();
  const tokens = md.parse(doc, {});
  let topLists = 0;
  let underExpectations = false;
  let heading = null; // level of the open h1/h2
  let list = null; // items of the open top-level list
  let item = null; // the open top-level item: its text and link targets
  for (const t of tokens) {
    if (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')) heading = Number(t.tag[1]);
    else if (t.type === 'heading_close') heading = null;
    else if ((t.type === 'bullet_list_open' || t.type === 'ordered_list_open') && t.level === 0) {
      topLists += 1;
      list = [];
    } else if ((t.type === 'bullet_list_close' || t.type === 'ordered_list_close') && t.level === 0) {
      if (topLists === 1 && r.outline.length === 1) {
        r.summary = list.map((i) => i.text);
        r.summaryLinks = list.map((i) => i.links);
      } else if (underExpectations) {
        r.expectations = list.map((i) => i.text);
      }
      list = null;
    } else if (t.type === 'list_item_open' && t.level === 1) item = { text: '', links: [] };
    else if (t.type === 'list_item_close' && t.level === 1) {
      list?.push(item);
      item = null;
    } else if (t.type === 'html_block') r.html.push(t.content);
    else if (t.type === 'inline') {
      const text = mdText(t.children);
      const links = mdLinks(t.children);
      if (heading !== null) {
        underExpectations = text === 'Expectations';
        if (r.outline.length === 0) r.titleLinks = links;
        r.outline.push([heading, text]);
      }
      if (item !== null) {
        item.text += text;
        item.links.push(...links);
      }
      mdHtml(t.children, r);
      for (const link of links) mdLink(link, r);
    } else if ((t.type === 'fence' || t.type === 'code_block') && item !== null) {
      item.text += t.content;
    }
  }
  return r;
}

const RENDERERS = [
  { name: 'commonmark.js', read: readCommonmark },
  { name: 'markdown-it', read: (doc) => readMarkdownIt(markdownIt, doc) },
  { name: 'markdown-it (linkify)', read: (doc) => readMarkdownIt(markdownItLinkify, doc) },
];

// ---- Where a link target may come from ------------------------------------------------------

const { mdurl } = markdownIt.utils.lib;

/** Every text a link target may be a substring of: the inputs, with what generation and the
 * renderers do to text undone (NUL and CR dropped, backslash escapes and entities decoded). */
function haystack(values) {
  const all = Object.values(values).join('\n');
  const basic = (s) =>
    s
      .replaceAll('&amp;', '&')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'");
  let hay = '';
  for (const base of [all, all.replace(/[\0\r]/g, '')]) {
    for (const unescaped of [base, base.replaceAll('\\', '')]) {
      hay += `${unescaped}\n${basic(unescaped)}\n${markdownIt.utils.unescapeAll(unescaped)}\n`;
    }
  }
  return { plain: hay, encoded: mdurl.encode(hay) };
}

/** Link targets the user's own Markdown has, as this renderer reads it, cached by input. */
function ownLinks(renderer, values) {
  renderer.ownCache ??= new Map();
  const links = new Set();
  for (const value of Object.values(values)) {
    let found = renderer.ownCache.get(value);
    if (!found) {
      found = new Set();
      // Also as text with every "<" escaped: links inside what was raw HTML appear once the
      // sanitiser shows that HTML as text.
      const shown = value.replaceAll('<', '\\<');
      for (const source of [value, `- ${value}`, shown, `- ${shown}`]) {
        for (const link of renderer.read(source).links) found.add(link);
      }
      renderer.ownCache.set(value, found);
    }
    for (const link of found) links.add(link);
  }
  return links;
}

/** The forms a target may have had in the input: commonmark.js percent-encodes targets
 * (mdurl's encode, which keeps "%41" as it is and encodes what else needs it). */
function decodedForms(link) {
  return [...new Set([link, mdurl.decode(link)])];
}

function linkFromInput(link, hay, allowed) {
  return decodedForms(link).some((form) => {
    if (allowed.has(form)) return true;
    let bare = form;
    if (form.startsWith('mailto:')) bare = form.slice('mailto:'.length);
    else if (form.startsWith('http://www')) bare = form.slice('http://'.length);
    return bare === '' || hay.plain.includes(bare) || hay.encoded.includes(bare);
  });
}

// ---- Checking ------------------------------------------------------------------------------

const readings = new Map();
function reading(renderer, c) {
  const key = `${renderer.name}\0${c.case}`;
  if (!readings.has(key)) readings.set(key, renderer.read(c.document));
  return readings.get(key);
}

/** Runs `problem` on every case; fails listing the first few cases it found a problem in. */
function everyCase(renderer, what, problem) {
  const failures = [];
  for (const c of corpus) {
    const found = problem(reading(renderer, c), c);
    if (found) failures.push({ c, found });
  }
  if (failures.length > 0) {
    const shown = failures.slice(0, SHOWN).map(
      ({ c, found }) =>
        `--- ${c.case}: ${found}\ninput: ${JSON.stringify(c.values)}\n` +
        `--- document ---\n${c.document}`,
    );
    assert.fail(
      `${renderer.name}: ${what}: ${failures.length} of ${corpus.length} cases fail ` +
        `(${failures.map((f) => f.c.case).slice(0, 20).join(', ')}${failures.length > 20 ? ', …' : ''})\n` +
        shown.join('\n'),
    );
  }
}

/** Where the email is in the key-value list. */
const SUMMARY_EMAIL = 2;

const differ = (got, want) =>
  JSON.stringify(got) === JSON.stringify(want)
    ? null
    : `\n  got:  ${JSON.stringify(got)}\n  want: ${JSON.stringify(want)}`;

test('the corpus holds every kind of case', () => {
  const kinds = {};
  for (const c of corpus) {
    const kind = c.case.split(' ')[0];
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  assert.ok(kinds.spec > 700, `spec examples: ${kinds.spec}`);
  assert.ok(kinds.adversarial >= 40, `adversarial cases: ${kinds.adversarial}`);
  assert.ok(kinds.random >= 1000, `random one-pagers: ${kinds.random}`);
  assert.ok(kinds.short >= 500, `short-field cases: ${kinds.short}`);
});

for (const renderer of RENDERERS) {
  test(`${renderer.name}: the outline is exactly the title and the sections`, () => {
    everyCase(renderer, 'outline', (r, c) => differ(r.outline, c.outline));
  });

  test(`${renderer.name}: short fields render as exactly the typed text`, () => {
    everyCase(renderer, 'key-value list', (r, c) => differ(r.summary, c.summary));
  });

  test(`${renderer.name}: each expectation renders as its text`, () => {
    everyCase(renderer, 'expectations', (r, c) =>
      differ(
        r.expectations,
        c.expectations.map((e) => `[${e.ticked ? 'x' : ' '}] ${e.text}`),
      ),
    );
  });

  test(`${renderer.name}: short fields are no links, but the email's own autolink`, () => {
    everyCase(renderer, 'links in short fields', (r, c) => {
      if (r.titleLinks.length) return `links in the title: ${JSON.stringify(r.titleLinks)}`;
      const email = c.summary[SUMMARY_EMAIL].slice('Email: '.length);
      for (const [i, links] of r.summaryLinks.entries()) {
        const own = i === SUMMARY_EMAIL ? [`mailto:${email}`] : [];
        const other = links.filter((link) => !decodedForms(link).some((f) => own.includes(f)));
        if (other.length) return `links in "${c.summary[i]}": ${JSON.stringify(other)}`;
      }
      return null;
    });
  });

  test(`${renderer.name}: no raw HTML`, () => {
    everyCase(renderer, 'raw HTML', (r) => (r.html.length ? `raw HTML ${JSON.stringify(r.html)}` : null));
  });

  test(`${renderer.name}: every link target comes from the input`, (t) => {
    let skipped = 0;
    everyCase(renderer, 'link targets', (r, c) => {
      skipped += r.skippedLinks.length;
      if (r.links.length === 0) return null;
      const hay = haystack(c.values);
      const allowed = new Set([...c.own_links, ...ownLinks(renderer, c.values)]);
      const bad = r.links.filter((link) => !linkFromInput(link, hay, allowed));
      return bad.length ? `link targets not in the input: ${JSON.stringify(bad)}` : null;
    });
    if (skipped > 0) {
      t.diagnostic(`${skipped} targets with a line ending left out (markdown-it, see mdLink)`);
    }
  });
}
