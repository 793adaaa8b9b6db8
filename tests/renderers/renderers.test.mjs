// The generated one-pagers read right in the JavaScript renderers too: commonmark.js (the
// CommonMark reference implementation) and markdown-it. DESIGN.md section 4 promises a document
// that is correct in any CommonMark/GFM renderer; tests/core_markdown.rs checks that with
// pulldown-cmark and comrak, and this checks the same properties, where they apply, here:
// - the outline (the h1 title and the h2 section headings) is exactly the expected one;
// - each short field's text (the title and the key-value list) renders as exactly the
//   normalised typed text, and each expectation as its own text;
// - no raw HTML node appears (html_block / html_inline);
// - no link target appears that is not in the input.
//
// The corpus (examples/markdown_corpus.rs) is the spec examples, the adversarial table and a
// fixed pseudo-random sample of the property tests' hostile inputs, with what each case
// expects. It is built with `cargo run --example markdown_corpus` (CARGO_TARGET_DIR is
// respected), or read from the JSON-lines file named by MARKDOWN_CORPUS.
//
// Renderer settings:
// - commonmark.js: as it comes (CommonMark only: no tables, strikethrough or task lists).
// - markdown-it: the "default" preset (CommonMark plus GFM tables and strikethrough) with
//   `html: true`, so any raw HTML in a document would show up as an html_block/html_inline
//   token, and `linkify: false`, its default. markdown-it's linkify is not GFM's autolink
//   extension: linkify-it also links bare domains ("example.com", "team.io") and emails in
//   any text, which no Markdown escaping can prevent and which GitHub does not do. GitHub's
//   autolinks are checked with comrak's GFM autolink extension in the native tests.
// Neither renderer has task lists, so "- [x] label" reads as an item whose text is
// "[x] label"; that text is what is checked.
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

function loadCorpus() {
  const file = process.env.MARKDOWN_CORPUS;
  const text = file
    ? readFileSync(file, 'utf8')
    : execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'markdown_corpus'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line));
}

const corpus = loadCorpus();

// ---- Reading a document ---------------------------------------------------------------------

/** What a renderer saw in a document (the same shape as tests/markdown_check's `Reading`). */
function emptyReading() {
  return { outline: [], summary: [], expectations: [], html: [], links: [], skippedLinks: [] };
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
          r.outline.push([node.level, text]);
        }
        break;
      case 'list':
        if (node.parent === tree) {
          topLists += 1;
          const items = [];
          for (let item = node.firstChild; item; item = item.next) items.push(cmText(item));
          if (topLists === 1 && r.outline.length === 1) r.summary = items;
          else if (underExpectations) r.expectations = items;
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

const markdownIt = new MarkdownIt('default', { html: true, linkify: false });
// Link targets as parsed (backslash escapes and entities decoded), which is what the native
// checks compare too: markdown-it's normalizeLink re-encodes a target for its href
// (percent-encoding, punycode, lower-case host) by parsing it as a URL, and for a target that
// is no valid URL it reorders the parts, e.g. `<http://a.example:+1:0>` gets the href
// "http://a.example:0:+1" (and shows that as the link text). Structure is unchanged.
markdownIt.normalizeLink = (url) => url;

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

function mdInlineWalk(tokens, r) {
  for (const t of tokens ?? []) {
    if (t.type === 'html_inline') r.html.push(t.content);
    else if (t.type === 'link_open') mdLink(t.attrGet('href'), r);
    else if (t.type === 'image') mdLink(t.attrGet('src'), r);
    if (t.children) mdInlineWalk(t.children, r);
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

function readMarkdownIt(doc) {
  const r = emptyReading();
  const tokens = markdownIt.parse(doc, {});
  let topLists = 0;
  let underExpectations = false;
  let heading = null; // level of the open h1/h2
  let list = null; // items of the open top-level list
  let item = null; // text of the open top-level item
  for (const t of tokens) {
    if (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')) heading = Number(t.tag[1]);
    else if (t.type === 'heading_close') heading = null;
    else if ((t.type === 'bullet_list_open' || t.type === 'ordered_list_open') && t.level === 0) {
      topLists += 1;
      list = [];
    } else if ((t.type === 'bullet_list_close' || t.type === 'ordered_list_close') && t.level === 0) {
      if (topLists === 1 && r.outline.length === 1) r.summary = list;
      else if (underExpectations) r.expectations = list;
      list = null;
    } else if (t.type === 'list_item_open' && t.level === 1) item = '';
    else if (t.type === 'list_item_close' && t.level === 1) {
      list?.push(item);
      item = null;
    } else if (t.type === 'html_block') r.html.push(t.content);
    else if (t.type === 'inline') {
      const text = mdText(t.children);
      if (heading !== null) {
        underExpectations = text === 'Expectations';
        r.outline.push([heading, text]);
      }
      if (item !== null) item += text;
      mdInlineWalk(t.children, r);
    } else if ((t.type === 'fence' || t.type === 'code_block') && item !== null) {
      item += t.content;
    }
  }
  return r;
}

const RENDERERS = [
  { name: 'commonmark.js', read: readCommonmark },
  { name: 'markdown-it', read: readMarkdownIt },
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
