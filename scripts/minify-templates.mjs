// A rollup plugin for the templates in our sources, which esbuild leaves as written: the CSS in
// css`` templates is minified with lightningcss, and in html`` and svg`` templates every run of
// whitespace that holds a line break becomes one line break (the same to the HTML parser).
import { transform } from 'lightningcss';
import ts from 'typescript';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

function minifyCss(code, id, keepLines) {
  return code.replace(CSS_TEMPLATE, (template, body) => {
    // An interpolation is JavaScript, not CSS; none of our styles has one.
    if (body.includes('${')) return template;
    const css = transform({ filename: id, code: Buffer.from(body), minify: true }).code.toString();
    return `css\`${css}${keepLines ? '\n'.repeat(body.split('\n').length - 1) : ''}\``;
  });
}

/** The source ranges of the literal text of every html`` and svg`` template in `code`. */
function htmlTextRanges(code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) ranges.push([part.getStart(file), part.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return ranges;
}

/** Collapses the indentation of html`` and svg`` templates; a run without a line break stays. */
export function collapseHtmlWhitespace(code, id = 'source.ts') {
  let out = code;
  // From the end, so the earlier ranges keep their offsets.
  for (const [start, end] of htmlTextRanges(code, id).sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, '\n') + out.slice(end);
  }
  return out;
}

/** `keepLines`: pad each CSS template to its old line count, so a source map stays right below it. */
export function minifyTemplates({ keepLines = false } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      return { code: collapseHtmlWhitespace(minifyCss(code, id, keepLines), id), map: null };
    },
  };
}
