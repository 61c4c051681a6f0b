import type { SalaryBasis } from '../data/types.js';

/** `ml-toggle`: the compact card was expanded or collapsed. */
export interface ToggleDetail {
  job: string;
  expanded: boolean;
}

/** `ml-job-select`: a bar or a table row's button was activated. */
export interface JobSelectDetail {
  job: string;
  amount: number;
  basis: SalaryBasis;
}

/** `ml-quiz-start`: a fresh run began. */
export interface QuizStartDetail {
  questionCount: number;
}

/** `ml-quiz-answer`: option `option` of question `question` (at `index`) was chosen. */
export interface QuizAnswerDetail {
  question: string;
  option: number;
  index: number;
}

/** One job's match in `ml-quiz-complete`: `score` is a whole percentage, 0–100. */
export interface QuizScore {
  job: string;
  score: number;
}

/** One answer in `ml-quiz-complete`: the index of the option chosen for question id `question`. */
export interface QuizAnswer {
  question: string;
  option: number;
}

/** `ml-quiz-complete`: every question answered; `scores` ranked, all jobs of the dataset. */
export interface QuizCompleteDetail {
  topJob: string;
  scores: QuizScore[];
  answers: QuizAnswer[];
}

/** `ml-quiz-reset`: the reader pressed Retake; the detail is empty. */
export type QuizResetDetail = Record<string, never>;

/** Every event the widgets fire, by name. */
export interface MlEventMap {
  'ml-toggle': ToggleDetail;
  'ml-job-select': JobSelectDetail;
  'ml-quiz-start': QuizStartDetail;
  'ml-quiz-answer': QuizAnswerDetail;
  'ml-quiz-complete': QuizCompleteDetail;
  'ml-quiz-reset': QuizResetDetail;
}

/** Fires `name` from `element` as a bubbling, composed CustomEvent; `detail` is type-checked. */
export function emit<K extends keyof MlEventMap>(element: HTMLElement, name: K, detail: MlEventMap[K]): boolean {
  return element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ml-toggle': CustomEvent<ToggleDetail>;
    'ml-job-select': CustomEvent<JobSelectDetail>;
    'ml-quiz-start': CustomEvent<QuizStartDetail>;
    'ml-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'ml-quiz-complete': CustomEvent<QuizCompleteDetail>;
    'ml-quiz-reset': CustomEvent<QuizResetDetail>;
  }
}
