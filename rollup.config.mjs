import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { dataSlices } from './scripts/data-slices.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The package's ES entries: everything, the data, and every `src/ml-*.ts` (one per element, each
 * defining its tag when imported).
 */
const elementEntries = readdirSync('src').filter((file) => /^ml-.*\.ts$/.test(file));
export const entries = {
  index: 'src/index.ts',
  'data/index': 'src/data/index.ts',
  ...Object.fromEntries(elementEntries.map((file) => [file.replace(/\.ts$/, ''), `src/${file}`])),
};

/**
 * In the one-tag script every widget is present, so every slice of the data resolves to the
 * roles slice, which holds all the others' fields: one copy of the data instead of three.
 */
const oneDataSlice = () => ({
  name: 'one-data-slice',
  resolveId(source, importer) {
    if (!/\/generated\/(salaries|skills)\.json$/.test(source)) return null;
    return this.resolve(source.replace(/(salaries|skills)\.json$/, 'roles.json'), importer, { skipSelf: true });
  },
});

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

export default [
  {
    // One file per source module so the element entries share code and bundlers tree-shake;
    // lit and @lit/context stay external so an app's bundler dedupes them.
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//],
    plugins: [dataSlices(), json({ preferConst: true }), minifyTemplates(), typescript()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  {
    // The one-tag embed: Lit, the data and every element in one classic script. ASCII only: a
    // classic script is decoded in the page's charset when the server names none.
    input: 'src/script.ts',
    plugins: [dataSlices(), oneDataSlice(), nodeResolve(), json({ preferConst: true, compact: true }), minifyTemplates(), typescript(), terser({ ecma: 2020, compress: { passes: 2 }, format: { ascii_only: true } })],
    output: {
      file: 'dist/ml-widgets.min.js',
      format: 'iife',
      // The contract's one file: code the element entries load on demand is inlined here.
      inlineDynamicImports: true,
      // The browser's Event for Lit's context events, whatever the page named Event: MooTools'
      // compatibility build (Joomla 3) replaces the global with its own DOMEvent wrapper.
      intro: 'var Event = Object.getPrototypeOf(CustomEvent);',
      sourcemap: true,
      banner: `/*! ${pkg.name} ${pkg.version} | ${pkg.license} licence | data: "${JSON.parse(readFileSync('data/jobs.json', 'utf8')).article.title}" */`,
    },
  },
];
