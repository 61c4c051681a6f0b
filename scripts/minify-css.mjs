// A rollup plugin that minifies the CSS in the css`` templates of our sources with lightningcss:
// esbuild minifies the JavaScript around them but leaves template text as written.
import { transform } from 'lightningcss';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const minified = code.replace(CSS_TEMPLATE, (template, body) => {
        // An interpolation is JavaScript, not CSS; none of our styles has one.
        if (body.includes('${')) return template;
        const css = transform({ filename: id, code: Buffer.from(body), minify: true }).code.toString();
        // As many line breaks as before, so the one-tag script's source map stays right below.
        return `css\`${css}${'\n'.repeat(body.split('\n').length - 1)}\``;
      });
      return { code: minified, map: null };
    },
  };
}
