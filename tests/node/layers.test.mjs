// The layers of src/ (README, "Layout"): the data, then shared pieces, then one folder per element,
// then the entries; each imports only the layers before it, and no element another's files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The README's layers: 1 data (src/data and the package's data/), 2 shared, 3 an element's folder; 4 the entries. */
function layerOf(file) {
  if (/^(src\/)?data\//.test(file)) return 1;
  if (file.startsWith('src/shared/')) return 2;
  if (file.startsWith('src/elements/')) return 3;
  return 4;
}
const elementOf = (file) => /^src\/elements\/([^/]+)\//.exec(file)?.[1];

/** Every relative import of every source file, static, re-exported or dynamic: [from, to]. */
function importEdges() {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/${file}`);
  const edges = [];
  for (const from of files) {
    const text = readFileSync(join(ROOT, from), 'utf8');
    for (const [, spec] of text.matchAll(/(?:\bfrom|\bimport\(?)\s*['"](\.[^'"]+)['"]/g)) {
      edges.push([from, relative(ROOT, normalize(join(ROOT, dirname(from), spec))).replace(/\.js$/, '.ts')]);
    }
  }
  return edges;
}

test('src/ imports only down its layers: data, shared, elements, entries', () => {
  const edges = importEdges();
  // The reader is what it checks: the entries reach every element, elements the data.
  assert.ok(edges.some(([from, to]) => from === 'src/ml-role-card.ts' && to.startsWith('src/elements/role-card/')));
  assert.ok(edges.some(([from, to]) => from === 'src/elements/skill-quiz/skill-quiz.ts' && to === 'src/data/bundled/quiz.ts'));
  const upward = edges.filter(([from, to]) => layerOf(to) > layerOf(from)).map((edge) => edge.join(' → '));
  assert.deepEqual(upward, []);
});

test("no element imports another element's files (one uses another only by its tag)", () => {
  const across = importEdges()
    .filter(([from, to]) => elementOf(from) && elementOf(to) && elementOf(from) !== elementOf(to))
    .map((edge) => edge.join(' → '));
  assert.deepEqual(across, []);
});
