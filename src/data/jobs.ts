import bundled from '../../data/jobs.json';
import { findJob, jobIdsOf, labelOf } from './lookup.js';
import type { Job, JobsData } from './types.js';

/**
 * The bundled dataset. The JSON is imported directly (a JSON plugin in rollup and the test
 * runner) and cast: `tsc` widens its strings, so the schema test (Ajv) is what checks the file.
 */
export const dataset: JobsData = bundled as JobsData;

/** The bundled jobs in the article's order. */
export const jobs: readonly Job[] = dataset.jobs;

/** Ids of the jobs in `data`, in dataset order. */
export function jobIds(data: JobsData = dataset): string[] {
  return jobIdsOf(data);
}

/** The job with `id` in `data` (the bundled dataset by default), or undefined. */
export function getJob(id: string, data: JobsData = dataset): Job | undefined {
  return findJob(data, id);
}

/** The readable label of a skill tag, or the tag itself when the vocabulary lacks it. */
export function skillLabel(tag: string, data: JobsData = dataset): string {
  return labelOf(data, tag);
}
