// A rollup plugin for the templates in our sources, which esbuild leaves as written: the CSS in
// css`` templates is minified with lightningcss, and in html`` and svg`` templates the
// indentation after each line break is dropped where the HTML parser collapses it anyway (not in
// quoted attribute values, <pre> or <textarea>). Templates are found with the TypeScript parser;
// edits go through magic-string, so source maps stay exact.
import { transform } from 'lightningcss';
import MagicString from 'magic-string';
import ts from 'typescript';

// ASCII whitespace only: a no-break space is content. Every line break is kept, so lines do not move.
const INDENTED_BREAKS = /[ \t\f\r]*\n[ \t\f\r\n]*/g;
const PREFORMATTED = /<(pre|textarea)\b/i;

/**
 * Every tagged template in `code`: its tag, its literal parts ({ start, end, text }) and whether
 * a template around it (through `${}`) holds preformatted text.
 */
function taggedTemplates(code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node, preformatted) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const { template } = node;
      const parts = (ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)])
        .map((part) => ({ start: part.getStart(file), end: part.getEnd(), text: part.getText(file) }));
      preformatted ||= parts.some(({ text }) => PREFORMATTED.test(text));
      found.push({ tag: node.tag.text, parts, preformatted });
    }
    ts.forEachChild(node, (child) => visit(child, preformatted));
  };
  visit(file, false);
  return found;
}

/** For each part, the offsets inside a quoted attribute value (whose whitespace is content). */
function quotedOffsets(parts) {
  let inTag = false;
  let quote = null;
  return parts.map(({ text }) => {
    const quoted = new Set();
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = null;
        else quoted.add(i);
      } else if (inTag) {
        if (c === '"' || c === "'") quote = c;
        else if (c === '>') inTag = false;
      } else if (c === '<' && /[a-z]/i.test(text[i + 1] ?? '')) {
        inTag = true;
      }
    }
    return quoted;
  });
}

function minify(code, id) {
  const edits = new MagicString(code);
  for (const { tag, parts, preformatted } of taggedTemplates(code, id)) {
    // CSS with an interpolation is JavaScript, with an escape not yet the CSS it becomes: skipped.
    if (tag === 'css' && parts.length === 1 && !parts[0].text.includes('\\') && parts[0].text.length > 2) {
      const { start, end, text } = parts[0];
      const css = transform({ filename: id, code: Buffer.from(text.slice(1, -1)), minify: true }).code.toString();
      edits.overwrite(start + 1, end - 1, css);
    }
    if ((tag === 'html' || tag === 'svg') && !preformatted) {
      const quoted = quotedOffsets(parts);
      parts.forEach(({ start, text }, p) => {
        for (const match of text.matchAll(INDENTED_BREAKS)) {
          const breaks = match[0].replace(/[^\n]/g, '');
          if (breaks === match[0] || quoted[p].has(match.index)) continue;
          edits.overwrite(start + match.index, start + match.index + match[0].length, breaks);
        }
      });
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
