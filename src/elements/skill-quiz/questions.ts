import type { TaggedJobsSlice } from '../../data/types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The first problem of `value` as a quiz for `data`, the dataset in effect (its job ids and skill
 * tags), in words a page author understands ("question 2 has no options"), or null when it is a
 * valid quiz.
 */
export function quizProblem(value: unknown, data: TaggedJobsSlice<{ id: string }>): string | null {
  // Not lookup.js's jobIdsOf: importing it here would split it into a chunk of its own.
  const jobIds = data.jobs.map((job) => job.id);
  const tags = data.skillTags.map((tag) => tag.id);
  const questions = isObject(value) ? value.questions : undefined;
  if (!Array.isArray(questions) || questions.length === 0) return 'it has no questions ({"questions": […]}).';
  const ids = new Set<string>();
  for (const [q, question] of questions.entries()) {
    const at = `question ${q + 1}`;
    if (!isObject(question)) return `${at} is not an object.`;
    if (!isText(question.id)) return `${at} has no id.`;
    if (ids.has(question.id)) return `${at} repeats the id "${question.id}".`;
    ids.add(question.id);
    if (!isText(question.prompt)) return `${at} has no prompt.`;
    if (!Array.isArray(question.options) || question.options.length === 0) return `${at} has no options.`;
    for (const [o, option] of question.options.entries()) {
      const where = `${at}, option ${o + 1}`;
      if (!isObject(option) || !isText(option.label)) return `${where} has no label.`;
      if (option.weights !== undefined && !isObject(option.weights)) return `${where} has weights that are not an object.`;
      for (const [job, weight] of Object.entries(option.weights ?? {})) {
        if (!jobIds.includes(job)) return `${where} weighs "${job}", which is not a job here (${jobIds.join(', ')}).`;
        if (typeof weight !== 'number' || !(weight >= 0) || !Number.isFinite(weight)) {
          return `${where} has a weight for "${job}" that is not a number of 0 or more.`;
        }
      }
      if (option.skills === undefined) continue;
      if (!Array.isArray(option.skills)) return `${where} has skills that are not a list.`;
      // A misspelt tag would otherwise be listed as a skill still to build.
      const unknown = option.skills.find((tag) => !tags.includes(tag));
      if (unknown !== undefined) return `${where} names "${unknown}", which is not a skill tag here (${tags.join(', ')}).`;
    }
  }
  return null;
}
