// Package-level checks of the dataset in Node: the built `ml-career-widgets/data` entry, the
// schema (validated with Ajv, the reference implementation) and our in-browser validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { jobs, getJob, validateDataset } from 'ml-career-widgets/data';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('data/jobs.schema.json');
const data = read('data/jobs.json');
const ajv = new Ajv2020({ allErrors: true });
const ajvValidate = ajv.compile(schema);

test('ml-career-widgets/data imports in Node and gives five jobs', () => {
  assert.equal(jobs.length, 5);
  assert.equal(getJob('robotics-engineer').salary.median.amount, 99040);
});

test('data/jobs.json is valid against data/jobs.schema.json (Ajv)', () => {
  assert.equal(ajvValidate(data), true, JSON.stringify(ajvValidate.errors, null, 2));
});

test('every salary figure names its source or says null explicitly', () => {
  for (const job of data.jobs) {
    assert.ok('source' in job.salary.median && 'date' in job.salary.median, job.id);
  }
});

test('validateDataset agrees with Ajv on broken copies', () => {
  const breakages = [
    (d) => (d.jobs[2].salary.median.amount = '130000'),
    (d) => delete d.jobs[0].title,
    (d) => (d.jobs[3].salary.median.currency = 'usd'),
    (d) => (d.jobs[1].salary.top.qualifier = 'roughly'),
    (d) => (d.jobs[4].education.paths[0].id = 'Bachelors Degree'),
    (d) => (d.skillTags = []),
    (d) => (d.jobs[0].salary.range = { min: 1 }),
    (d) => (d.extra = true),
    (d) => (d.jobs[0].salary.median.amount = -5),
    (d) => (d.article.title = ''),
  ];
  for (const breakIt of breakages) {
    const copy = structuredClone(data);
    breakIt(copy);
    const ours = validateDataset(copy);
    assert.equal(ajvValidate(copy), false, `Ajv accepts ${breakIt}`);
    assert.ok(ours.length > 0, `validateDataset accepts ${breakIt}`);
  }
});

test('src/shared/version.ts matches package.json', () => {
  const source = readFileSync(new URL('../../src/shared/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${read('package.json').version.replace(/\./g, '\\.')}'`));
});
