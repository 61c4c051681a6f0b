// What <ml-skill-quiz> bundles for pages without a provider (see ./roles.ts).
import skills from '../generated/skills.json';
import type { JobSkills, TaggedJobsSlice } from '../types.js';

/** Every role's title, summary and skill tags. */
export const bundledSkills: TaggedJobsSlice<JobSkills> = skills as TaggedJobsSlice<JobSkills>;
