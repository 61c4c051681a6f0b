/** `ml-career-widgets/data`: the typed dataset without any element. */
export { dataset, jobs, jobIds, getJob, skillLabel } from './jobs.js';
export { validateDataset } from './validate.js';
export type * from './types.js';
