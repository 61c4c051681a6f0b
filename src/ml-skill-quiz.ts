import { MlSkillQuiz } from './elements/skill-quiz/skill-quiz.js';
import { define } from './shared/define.js';

define('ml-skill-quiz', MlSkillQuiz);

// Its events' detail types; re-exporting them also brings their GlobalEventHandlersEventMap
// entries to a project that imports only this entry.
export type { QuizAnswer, QuizAnswerDetail, QuizCompleteDetail, QuizResetDetail, QuizScore, QuizStartDetail } from './shared/events.js';
// The type of its `theme` property, as the README's API table names it.
export type { Theme } from './shared/ml-element.js';
export { MlSkillQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'ml-skill-quiz': MlSkillQuiz;
  }
}
