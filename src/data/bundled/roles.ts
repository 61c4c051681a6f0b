// What <ml-role-card> bundles for pages without a provider (written by scripts/data-slices.mjs).
// One module per slice, so an element loaded as unbundled ES modules fetches only its own.
import roles from '../generated/roles.json';
import type { Job, TaggedJobsSlice } from '../types.js';

/** Everything a role card shows, for every role. Cast like the full dataset in jobs.ts. */
export const bundledRoles: TaggedJobsSlice<Job> = roles as TaggedJobsSlice<Job>;
