// Compiled alone: importing one element's entry must give its typed events.
import 'ml-career-widgets/ml-skill-quiz.js';

document.querySelector('ml-skill-quiz')!.addEventListener('ml-quiz-complete', (event) => {
  const top: string = event.detail.topJob;
  return top;
});
