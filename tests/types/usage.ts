// Compiled by `tsc -p tests/types` against the published declarations (the package's own name
// resolves through its `exports`): proves the typings a TypeScript user gets.
import 'ml-career-widgets';
import { getJob, type Job } from 'ml-career-widgets/data';

const quiz = document.querySelector('ml-skill-quiz')!;
quiz.addEventListener('ml-quiz-complete', (event) => {
  const top: string = event.detail.topJob;
  const scores: number[] = event.detail.scores.map((s) => s.score);
  // @ts-expect-error the detail has no such field
  event.detail.winner;
  return [top, scores];
});
quiz.reset();
const result = quiz.result;
if (result) result.answers.map((a) => a.option + 1);

document.querySelector('ml-role-card')!.addEventListener('ml-toggle', (event) => {
  const expanded: boolean = event.detail.expanded;
  return expanded;
});
document.querySelector('ml-salary-compare')!.addEventListener('ml-job-select', (event) => {
  const amount: number = event.detail.amount;
  // @ts-expect-error basis is 'median' | 'article'
  const basis: 'mean' = event.detail.basis;
  return [amount, basis];
});
const provider = document.createElement('ml-jobs-data');
provider.data = { article: { title: 'Mine' }, skillTags: [{ id: 'python', label: 'Python' }], jobs: [getJob('ml-engineer') as Job] };
// @ts-expect-error data must be a dataset
provider.data = 42;
