// A rollup plugin that minifies the CSS in the css`` templates of our sources with lightningcss:
// esbuild minifies the JavaScript around them but leaves template text as written.
import { transform } from 'lightningcss';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** `keepLines`: pad each template to its old line count, so a source map stays right below it. */
export function minifyCssTemplates({ keepLines = false } = {}) {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(CSS_TEMPLATE, (template, body) => {
        // An interpolation is JavaScript, not CSS; none of our styles has one.
        if (body.includes('${')) return template;
        const css = transform({ filename: id, code: Buffer.from(body), minify: true }).code.toString();
        return `css\`${css}${keepLines ? '\n'.repeat(body.split('\n').length - 1) : ''}\``;
      });
      return { code: minified, map: null };
    },
  };
}
