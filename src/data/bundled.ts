// The slices of data/jobs.json each widget bundles for pages without a provider (written by
// scripts/data-slices.mjs; see there). Cast like the full dataset in jobs.ts.
import roles from './generated/roles.json';
import salaries from './generated/salaries.json';
import skills from './generated/skills.json';
import type { Job, JobSalary, JobSkills, JobsSlice, TaggedJobsSlice } from './types.js';

/** Everything a role card shows, for every role. */
export const bundledRoles: TaggedJobsSlice<Job> = roles as TaggedJobsSlice<Job>;

/** Every role's title and salary figures. */
export const bundledSalaries: JobsSlice<JobSalary> = salaries as JobsSlice<JobSalary>;

/** Every role's title, summary and skill tags. */
export const bundledSkills: TaggedJobsSlice<JobSkills> = skills as TaggedJobsSlice<JobSkills>;
