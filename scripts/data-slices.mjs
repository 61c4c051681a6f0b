// Writes src/data/generated/*.json: the parts of data/jobs.json that each widget shows, so a page
// that embeds only the comparison does not download every role's full text. data/jobs.json stays
// the single source of truth; these files are build output (git-ignored), written by the rollup
// plugin below, the test runner's config and `npm run typecheck`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('..', import.meta.url);
const OUT = new URL('src/data/generated/', ROOT);

/** A salary without the article's sentences (`text`), which no widget shows. */
function figures({ median, range, top, article }) {
  const bare = (value) => {
    if (!value) return value;
    const { text: _text, ...rest } = value;
    return rest;
  };
  return { median: bare(median), range: bare(range), top: bare(top), article };
}

/** The slices, by file name: what the card, the comparison and the quiz's result show. */
export function slices(data) {
  return {
    // <ml-role-card>: every section of every role, and the skill vocabulary for its tags.
    'roles.json': {
      skillTags: data.skillTags,
      jobs: data.jobs.map((job) => ({ ...job, salary: figures(job.salary) })),
    },
    // <ml-salary-compare>: titles and figures with their sources and dates.
    'salaries.json': {
      jobs: data.jobs.map(({ id, title, salary }) => ({ id, title, salary: figures(salary) })),
    },
    // <ml-skill-quiz>: the result names the top role, its summary and the skills it still needs.
    'skills.json': {
      skillTags: data.skillTags,
      jobs: data.jobs.map(({ id, title, summary, skills }) => ({ id, title, summary, skills: skills.map(({ tags }) => ({ tags })) })),
    },
  };
}

export function writeSlices() {
  const data = JSON.parse(readFileSync(new URL('data/jobs.json', ROOT), 'utf8'));
  mkdirSync(OUT, { recursive: true });
  for (const [file, slice] of Object.entries(slices(data))) {
    const text = `${JSON.stringify(slice, null, 2)}\n`;
    const target = new URL(file, OUT);
    // Unchanged files keep their timestamps, so watchers and the test runner's cache stay quiet.
    let old = null;
    try {
      old = readFileSync(target, 'utf8');
    } catch {}
    if (old !== text) writeFileSync(target, text);
  }
}

/** Rollup plugin: writes the slices before each build and rebuilds in watch mode when data/jobs.json changes. */
export function dataSlices() {
  return {
    name: 'data-slices',
    buildStart() {
      writeSlices();
      this.addWatchFile(fileURLToPath(new URL('data/jobs.json', ROOT)));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeSlices();
