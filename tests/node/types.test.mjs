// Each element entry compiled alone against the published declarations: a project that imports
// only `ml-career-widgets/ml-role-card.js` must still get its element and event types.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = new URL('../types/subpaths/', import.meta.url);
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
const FLAGS = ['--ignoreConfig', '--noEmit', '--strict', '--target', 'es2021', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom'];

for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
  test(`types of ${file.replace(/\.ts$/, '')} alone`, () => {
    try {
      execFileSync(process.execPath, [tsc, ...FLAGS, fileURLToPath(new URL(file, dir))], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(error.stdout || String(error));
    }
  });
}
