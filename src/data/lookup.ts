import type { JobsSlice, TaggedJobsSlice } from './types.js';

// Lookups over any dataset or slice. They take the data explicitly, so a widget that imports them
// does not also pull in the whole bundled dataset.

/** Ids of the jobs in `data`, in dataset order. */
export function jobIdsOf(data: JobsSlice<{ id: string }>): string[] {
  return data.jobs.map((job) => job.id);
}

/** The job with `id` in `data`, or undefined. */
export function findJob<J extends { id: string }>(data: JobsSlice<J>, id: string): J | undefined {
  return data.jobs.find((job) => job.id === id);
}

/** The readable label of a skill tag, or the tag itself when the vocabulary lacks it. */
export function labelOf(data: TaggedJobsSlice<{ id: string }>, tag: string): string {
  return data.skillTags.find((t) => t.id === tag)?.label ?? tag;
}
