// Size report and budgets (gzip -9): the one-tag script, and a bundle of each element entry alone
// as an app's bundler would make it (Lit resolved from node_modules, minified). Run after the
// build; prints min / gzip / brotli and exits 1 when a budget is exceeded.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'rollup-plugin-esbuild';

const ROOT = new URL('..', import.meta.url);

/**
 * Bytes of gzip -9: `budget` fails the build, `target` is the performance issue's goal. Where
 * a target is met, the budget is at most the target; where it is missed (BENCHMARKS.md says why
 * and by how much), the budget sits just above today's size so that growth fails CI while the
 * gap stays printed on every build. `onDemand` budgets the chunks an entry imports only on
 * demand; an entry without one may have none.
 */
export const BUDGETS = {
  'dist/ml-widgets.min.js': { budget: 27_500, target: 20_000 },
  'ml-role-card.js': { budget: 16_050, target: 11_000 },
  'ml-salary-compare.js': { budget: 12_550, target: 12_000 },
  'ml-skill-quiz.js': { budget: 15_000, target: 15_000, onDemand: 1_200 },
  'ml-jobs-data.js': { budget: 9_700, target: 12_000 },
};

/**
 * What no element code can go below, printed under the table: the smallest element the fixed
 * stack allows (a LitElement with styles that consumes a context), and the data each widget must
 * carry to work without a provider.
 */
const FLOOR_ENTRY = `
import { LitElement, css, html } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
const context = createContext('floor');
customElements.define('floor-element', class extends LitElement {
  static styles = css\`:host { display: block }\`;
  static properties = { job: {} };
  consumer = new ContextConsumer(this, { context, subscribe: true });
  render() { return html\`<p>\${this.job}</p>\`; }
});
`;
const DATA = {
  'data: roles (card, one-tag script)': 'src/data/generated/roles.json',
  'data: salaries (comparison)': 'src/data/generated/salaries.json',
  'data: skills (quiz)': 'src/data/generated/skills.json',
  'data: quiz.json (quiz, one-tag script)': 'data/quiz.json',
};

/** Bundles one entry of dist/esm the way an app would; returns the minified code a page loads. */
export async function bundleEntry(entry) {
  const { initial } = await bundleChunks(fileURLToPath(new URL(`dist/esm/${entry}`, ROOT)));
  // One file, so the benchmark can serve it as one; the size check sums any number.
  if (initial.length !== 1) throw new Error(`${entry} bundles into ${initial.length} chunks that load at once`);
  return initial[0];
}

/**
 * The minified chunks of `input` as an app's bundler splits them: `initial`, the entry and every
 * chunk it imports statically (what a page loads), and `later`, the chunks only reached through
 * `import()` (the quiz's reader of an author's own questions).
 */
export async function bundleChunks(input, plugins = []) {
  const bundle = await rollup({ input, plugins: [...plugins, nodeResolve(), minify({ target: 'es2021' })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (chunk) => {
    if (initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) {
      // Everything resolves from node_modules; an import left outside would go unmeasured.
      if (!byName.has(name)) throw new Error(`${input} imports ${name}, which the size check could not bundle`);
      visit(byName.get(name));
    }
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return {
    initial: [...initial].map((chunk) => chunk.code),
    later: chunks.filter((chunk) => !initial.has(chunk)).map((chunk) => chunk.code),
  };
}

/** Sizes of files served separately: each is compressed on its own. */
function sumSizes(codes) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const code of codes) for (const [key, value] of Object.entries(sizes(code))) total[key] += value;
  return total;
}

export function sizes(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function measure() {
  const rows = [];
  for (const [name, { budget, target, onDemand: onDemandBudget = 0 }] of Object.entries(BUDGETS)) {
    const { initial, later: onDemand } = name.startsWith('dist/')
      ? { initial: [readFileSync(new URL(name, ROOT), 'utf8')], later: [] }
      : await bundleChunks(fileURLToPath(new URL(`dist/esm/${name}`, ROOT)));
    rows.push({ name: name.startsWith('dist/') ? name : `${name} alone`, budget, target, ...sumSizes(initial), onDemand: sumSizes(onDemand).gzip, onDemandBudget });
  }
  return rows;
}

/** The floor's rows: the fixed stack's smallest element, and each bundled piece of data. */
export async function floor() {
  const virtual = { name: 'floor', resolveId: (id) => (id === 'floor' ? id : null), load: (id) => (id === 'floor' ? FLOOR_ENTRY : null) };
  const rows = [{ name: 'Lit + @lit/context (in every figure)', ...sumSizes((await bundleChunks('floor', [virtual])).initial) }];
  for (const [name, file] of Object.entries(DATA)) {
    rows.push({ name, ...sizes(JSON.stringify(JSON.parse(readFileSync(new URL(file, ROOT), 'utf8')))) });
  }
  return rows;
}

/** The rows over their budget, or with more code on demand than budgeted: any one fails the build. */
export function overBudget(rows) {
  return rows.filter((row) => row.gzip > row.budget || row.onDemand > row.onDemandBudget);
}

const kBText = (n) => `${(n / 1000).toFixed(2)} kB`;

/** The README's size tables (markdown) from `measure()` and `floor()` rows. */
export function sizeTables(rows, floorRows) {
  const what = { 'dist/ml-widgets.min.js': 'the one-tag script (everything)' };
  return [
    '| Page uses | gzip | brotli | budget (fails the build) | target | loaded on demand (gzip) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => {
      const name = what[row.name] ?? `\`${row.name.replace(/ alone$/, '')}\` alone`;
      const later = row.onDemand ? `${kBText(row.onDemand)} (budget ${kBText(row.onDemandBudget)})` : '–';
      return `| ${name} | ${kBText(row.gzip)} | ${kBText(row.brotli)} | ${kBText(row.budget)} | ${kBText(row.target)}${row.gzip > row.target ? ' (missed)' : ''} | ${later} |`;
    }),
    '',
    '| Fixed parts, measured alone | gzip |',
    '| --- | --- |',
    ...floorRows.map((row) => `| ${row.name} | ${kBText(row.gzip)} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (n) => (n / 1000).toFixed(2).padStart(6);
  const rows = await measure();
  console.log('\nSize (kB)                        min   gzip brotli  budget target  later (gzip)');
  for (const row of rows) {
    const flag = overBudget([row]).length ? '  OVER BUDGET' : row.gzip > row.target ? '  (target missed)' : '';
    const later = row.onDemand ? `${kB(row.onDemand)} of ${kB(row.onDemandBudget).trim()}` : '     –';
    console.log(`${row.name.padEnd(30)} ${kB(row.min)} ${kB(row.gzip)} ${kB(row.brotli)}  ${kB(row.budget)} ${kB(row.target)} ${later}${flag}`);
  }
  console.log('"later": code an entry imports only on demand (an author\'s own quiz questions), not in its figure.');
  console.log('\nFixed parts (gzip kB): no entry can be smaller than Lit plus the data it bundles');
  for (const row of await floor()) console.log(`${row.name.padEnd(40)} ${kB(row.gzip)}`);
  const over = overBudget(rows);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.map((row) => row.name).join(', ')}`);
    process.exit(1);
  }
}
