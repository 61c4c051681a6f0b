// The data CLI on a good and a bad file; run after `npm run build` (it imports dist/ through
// the package's own name).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['bin/ml-career-widgets.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('ml-career-widgets validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ml-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the bundled data/jobs.json and exits 0', () => {
    const result = cli('validate', 'data/jobs.json');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'data/jobs.json is valid jobs data.\n');
    assert.equal(result.stderr, '');
  });

  it('prints every problem of a broken copy, in the element’s words, and exits 1', () => {
    const data = JSON.parse(readFileSync(join(root, 'data/jobs.json'), 'utf8'));
    data.jobs[2].salary.median.amount = '130000';
    data.jobs[4].title = '';
    const file = join(dir, 'my-jobs.json');
    writeFileSync(file, JSON.stringify(data));
    const result = cli('validate', file);
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      `${file} is not valid jobs data:\n` +
        '  - jobs[2].salary.median.amount must be a number\n' +
        '  - jobs[4].title must not be empty\n',
    );
  });

  it('says when a file is not JSON or cannot be read, checks the others, and exits 1', () => {
    const file = join(dir, 'page.json');
    writeFileSync(file, '<!doctype html><p>Not found</p>');
    const result = cli('validate', file, join(dir, 'missing.json'), 'data/jobs.json');
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`^${file} is not JSON \\(.+\\)\n`));
    assert.match(result.stderr, /Could not read .*missing\.json: no such file\n$/);
    assert.equal(result.stdout, 'data/jobs.json is valid jobs data.\n');
  });

  it('prints the usage and exits 2 without a command or a file', () => {
    for (const args of [[], ['validate'], ['check', 'data/jobs.json']]) {
      const result = cli(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^Usage: ml-career-widgets validate <file\.json>/);
    }
    assert.equal(cli('--help').status, 0);
  });
});
