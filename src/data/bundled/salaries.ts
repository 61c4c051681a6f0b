// What <ml-salary-compare> bundles for pages without a provider (see ./roles.ts).
import salaries from '../generated/salaries.json';
import type { JobSalary, JobsSlice } from '../types.js';

/** Every role's title and salary figures. */
export const bundledSalaries: JobsSlice<JobSalary> = salaries as JobsSlice<JobSalary>;
