// A rollup plugin for the templates in our sources, which esbuild leaves as written: the CSS in
// css`` templates is minified with lightningcss, and in html`` and svg`` templates the
// indentation after each line break is dropped (the HTML parser collapses it anyway). Templates
// are found with the TypeScript parser; edits go through magic-string, so source maps stay exact.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';

// ASCII whitespace only: a no-break space is content. Every line break is kept, so lines do not move.
const INDENTED_BREAKS = /[ \t\f\r]*\n[ \t\f\r\n]*/g;
// Where whitespace is content.
const PREFORMATTED = /<(pre|textarea)\b/i;

/** The tag name and literal parts ({ start, end, text }) of every tagged template in `code`. */
function taggedTemplates(code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const literal = (part) => ({ start: part.getStart(file), end: part.getEnd(), text: part.getText(file) });
      found.push({ tag: node.tag.text, parts: parts.map(literal) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function minify(code, id) {
  const edits = new MagicString(code);
  for (const { tag, parts } of taggedTemplates(code, id)) {
    // An interpolation in CSS is JavaScript; none of our styles has one.
    if (tag === 'css' && parts.length === 1) {
      const { start, end, text } = parts[0];
      const css = transform({ filename: id, code: Buffer.from(text.slice(1, -1)), minify: true }).code.toString();
      edits.overwrite(start + 1, end - 1, css);
    }
    if ((tag === 'html' || tag === 'svg') && !parts.some(({ text }) => PREFORMATTED.test(text))) {
      for (const { start, text } of parts) {
        for (const match of text.matchAll(INDENTED_BREAKS)) {
          const breaks = match[0].replace(/[^\n]/g, '');
          if (breaks !== match[0]) edits.overwrite(start + match.index, start + match.index + match[0].length, breaks);
        }
      }
    }
  }
  return edits;
}

/** `code` with its html`` and svg`` templates collapsed (and its css`` ones minified). */
export function minifyTemplateText(code, id = 'source.ts') {
  return minify(code, id).toString();
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = minify(code, id);
      if (!edits.hasChanged()) return null;
      return { code: edits.toString(), map: edits.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
