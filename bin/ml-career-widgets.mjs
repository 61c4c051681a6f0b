#!/usr/bin/env node
// `ml-career-widgets validate <file.json>…`: checks data files for <ml-jobs-data> against the
// package's schema with the same validator (and the same messages) the element uses.
import { readFile } from 'node:fs/promises';
import { validateDataset } from 'ml-career-widgets/data';

const USAGE = `Usage: ml-career-widgets validate <file.json>…

Checks each file against ml-career-widgets/data/jobs.schema.json, the shape <ml-jobs-data>
accepts. Prints every problem; exits 1 when a file is unreadable, not JSON or invalid.`;

/** The problems of one file: empty when it is valid. */
async function check(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [`Could not read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`];
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${file} is not JSON (${error.message})`];
  }
  const problems = validateDataset(data);
  return problems.length ? [`${file} is not valid jobs data:`, ...problems.map((problem) => `  - ${problem}`)] : [];
}

const [command, ...files] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(USAGE);
} else if (command !== 'validate' || files.length === 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  for (const file of files) {
    const problems = await check(file);
    if (problems.length) {
      console.error(problems.join('\n'));
      process.exitCode = 1;
    } else {
      console.log(`${file} is valid jobs data.`);
    }
  }
}
