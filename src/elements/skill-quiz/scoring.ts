import type { JobSkills, QuizQuestion } from '../../data/types.js';
import type { QuizCompleteDetail } from '../../shared/events.js';

/** The chosen option index per question; null where unanswered. */
export type Answers = readonly (number | null)[];

/**
 * The result `ml-quiz-complete` gives. Scores by the contract's formula, per job: round(100 × Σ
 * weight of the chosen options / Σ over questions of the largest option weight), 0 where that sum
 * is 0 (an unanswered question adds nothing). Ranked by score; the sort is stable, so ties keep the
 * order of `jobIds` (the dataset's order). `jobIds` is never empty: a dataset has a job.
 */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Answers, jobIds: readonly string[]): QuizCompleteDetail {
  const scores = jobIds.map((job) => {
    let chosen = 0;
    let best = 0;
    questions.forEach((question, i) => {
      const weights = question.options.map((option) => option.weights?.[job] ?? 0);
      best += Math.max(0, ...weights);
      const answer = answers[i];
      if (answer != null) chosen += weights[answer] ?? 0;
    });
    return { job, score: best === 0 ? 0 : Math.round((100 * chosen) / best) };
  });
  scores.sort((a, b) => b.score - a.score);
  return {
    topJob: scores[0].job,
    scores,
    // A finished quiz has every question answered.
    answers: questions.map((question, i) => ({ question: question.id, option: answers[i]! })),
  };
}

/**
 * Skill tags of `job` (in its order, once each) that some option of the quiz lists under
 * `skills` but no chosen option does: a tag the quiz never asks about (a page's dataset may have
 * its own) says nothing about the reader. Null when the quiz asks about none of the job's tags
 * (author questions need not map them).
 */
export function skillsToBuild(job: JobSkills, questions: readonly QuizQuestion[], answers: Answers): string[] | null {
  const asked = new Set(questions.flatMap((question) => question.options.flatMap((option) => option.skills ?? [])));
  const tags = [...new Set(job.skills.flatMap((skill) => skill.tags))].filter((tag) => asked.has(tag));
  const covered = new Set(answers.flatMap((answer, i) => (answer == null ? [] : questions[i]?.options[answer]?.skills ?? [])));
  return tags.length ? tags.filter((tag) => !covered.has(tag)) : null;
}
