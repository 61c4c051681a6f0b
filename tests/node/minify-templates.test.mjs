// The build's template minifier: it may only change whitespace the HTML parser treats alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseHtmlWhitespace } from '../../scripts/minify-templates.mjs';

test('html`` and svg`` templates lose their indentation, nested ones too', () => {
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
    collapseHtmlWhitespace(source),
    ['const a = html`<ul>', '${items.map((item) => html`<li>', '${item}', '</li>`)}', '</ul>`;', 'const b = svg`<g>', '<line></line>', '</g>`;'].join('\n'),
  );
});

test('spaces without a line break, other templates, strings and code stay as written', () => {
  const source = [
    'const a = html`<b>${x}</b> <i>${`  ${y}\n    z`}</i>`;',
    'const b = `keep\n    this`;',
    "const c = '  also   this  ';",
    'function f() {',
    '    return css`a {\n  color: red;\n}`;',
    '}',
  ].join('\n');
  assert.equal(collapseHtmlWhitespace(source), source);
});
