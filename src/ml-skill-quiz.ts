import { MlSkillQuiz } from './elements/skill-quiz/skill-quiz.js';
import { define } from './shared/define.js';

define('ml-skill-quiz', MlSkillQuiz);

export { MlSkillQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'ml-skill-quiz': MlSkillQuiz;
  }
}
