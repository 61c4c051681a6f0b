/** `ml-career-widgets`: every element (each defined on import), the data and the shared types. */
export * from './data/index.js';
export type * from './shared/events.js';
export * from './ml-role-card.js';
export * from './ml-salary-compare.js';
export * from './ml-skill-quiz.js';
export * from './ml-jobs-data.js';
