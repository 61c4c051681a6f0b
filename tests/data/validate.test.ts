import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/jobs.js';
import schema from '../../data/jobs.schema.json';
import { SUPPORTED_KEYWORDS, validateDataset } from '../../src/data/validate.js';

const copy = () => JSON.parse(JSON.stringify(dataset));

describe('data: validateDataset', () => {
  it('accepts the bundled dataset', () => {
    expect(validateDataset(dataset)).to.deep.equal([]);
  });

  it('lists what is wrong with a broken copy, with paths a person can follow', () => {
    const broken = copy();
    broken.jobs[2].salary.median.amount = '130000';
    delete broken.jobs[0].title;
    broken.jobs[1].skills[0].tags.push('cobol');
    broken.jobs[3].salary.median.currency = 'dollars';
    broken.jobs[4].colour = 'blue';
    expect(validateDataset(broken)).to.deep.equal([
      'jobs[0].title is missing',
      'jobs[2].salary.median.amount must be a number',
      'jobs[3].salary.median.currency "dollars" does not match ^[A-Z]{3}$',
      'jobs[4].colour is not allowed',
    ]);
  });

  it('checks what the schema cannot once the shape is right: unique ids, ranges in order, known skill tags', () => {
    const broken = copy();
    broken.jobs[1].id = 'ml-engineer';
    broken.jobs[1].skills[0].tags.push('cobol');
    const ranged = broken.jobs.findIndex((job: { salary: { range?: unknown } }) => job.salary.range);
    broken.jobs[ranged].salary.range = { min: 180000, max: 95000, currency: 'USD' };
    expect(validateDataset(broken)).to.deep.equal([
      'jobs[1].id "ml-engineer" is used twice',
      `jobs[${ranged}].salary.range.min is above its max`,
      'jobs[1].skills[0].tags[3] "cobol" is not in skillTags',
    ]);
    broken.jobs[ranged].salary.range.min = 95000;
    broken.jobs[ranged].salary.range.max = 95000;
    expect(validateDataset(broken)).to.not.include(`jobs[${ranged}].salary.range.min is above its max`);
  });

  it('rejects things that are not a dataset at all', () => {
    expect(validateDataset(null)).to.deep.equal(['the data must be an object']);
    expect(validateDataset({ article: { title: 'x' }, skillTags: [], jobs: [] })).to.deep.equal([
      'skillTags must have at least 1 item',
      'jobs must have at least 1 item',
    ]);
  });

  it('understands every keyword the schema file uses', () => {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        used.add(key);
        if (key === 'properties' || key === '$defs') Object.values(value as object).forEach(walk);
        else if (key !== 'enum' && key !== 'required') walk(value);
      }
    };
    walk(schema);
    expect([...used].filter((key) => !SUPPORTED_KEYWORDS.includes(key))).to.deep.equal([]);
  });
});
