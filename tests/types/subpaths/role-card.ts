// Compiled alone: importing one element's entry must give its typed events.
import 'ml-career-widgets/ml-role-card.js';

document.querySelector('ml-role-card')!.addEventListener('ml-toggle', (event) => {
  const expanded: boolean = event.detail.expanded;
  return expanded;
});
