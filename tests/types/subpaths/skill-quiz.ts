// Compiled alone: importing one element's entry must give its typed events and property types.
import type { Theme } from 'ml-career-widgets/ml-skill-quiz.js';
import 'ml-career-widgets/ml-skill-quiz.js';

const quiz = document.querySelector('ml-skill-quiz')!;
quiz.addEventListener('ml-quiz-complete', (event) => {
  const top: string = event.detail.topJob;
  return top;
});
const theme: Theme = 'light';
quiz.theme = theme;
