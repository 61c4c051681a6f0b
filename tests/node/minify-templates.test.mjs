// The build's template minifier: it may only change whitespace the HTML parser treats alike, and
// CSS that lightningcss rewrites to the same rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplateText } from '../../scripts/minify-templates.mjs';

test('html`` and svg`` templates lose the indentation after line breaks, nested ones too', () => {
  const source = [
    'const a = html`<ul>',
    '    ${items.map((item) => html`<li>',
    '      ${item}',
    '    </li>`)}',
    '  </ul>`;',
    'const b = svg`<g>',
    '  <line></line>',
    '</g>`;',
  ].join('\n');
  assert.equal(
    minifyTemplateText(source),
    ['const a = html`<ul>', '${items.map((item) => html`<li>', '${item}', '</li>`)}', '</ul>`;', 'const b = svg`<g>', '<line></line>', '</g>`;'].join('\n'),
  );
});

test('every line break stays, so the lines after a template do not move', () => {
  assert.equal(minifyTemplateText('html`<p>\n\n    a\n  </p>`;\nconst x = 1;'), 'html`<p>\n\na\n</p>`;\nconst x = 1;');
});

test('spaces without a line break, no-break spaces, other templates, strings and code stay as written', () => {
  const source = [
    'const a = html`<b>${x}</b> <i>${`  ${y}\n    z`}</i>\u00a0\n\u00a0b`;',
    'const b = `keep\n    this`;',
    "const c = '  also   this  ';",
    'function f() {',
    '    return other`a\n    b`;',
    '}',
  ].join('\n');
  assert.equal(minifyTemplateText(source), source);
});

test('templates holding <pre> or <textarea> keep their whitespace', () => {
  const source = 'html`<pre>\n    indented\n</pre>`; html`<textarea>\n  x</textarea>`;';
  assert.equal(minifyTemplateText(source), source);
});

test('css`` templates are minified', () => {
  assert.equal(minifyTemplateText('css`\n  :host {\n    display: block;\n  }\n`;'), 'css`:host{display:block}`;');
});

test('whitespace inside quoted attribute values stays, also across an interpolation', () => {
  const source = 'html`<p title="a\n    b ${x}\n    c" class=\'d\n  e\'>\n    text</p>`;';
  assert.equal(minifyTemplateText(source), 'html`<p title="a\n    b ${x}\n    c" class=\'d\n  e\'>\ntext</p>`;');
});

test('a template rendered inside another one\'s <pre> keeps its whitespace', () => {
  const source = 'html`<pre>${lines.map((line) => html`\n    ${line}`)}</pre>`;';
  assert.equal(minifyTemplateText(source), source);
});

test('css`` templates that are empty, interpolated or hold escapes are left as written', () => {
  for (const source of ['css``;', 'css`a { color: ${c}; }`;', "css`a::before {\n  content: '\\u2014';\n}`;"]) {
    assert.equal(minifyTemplateText(source), source);
  }
});
