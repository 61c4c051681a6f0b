// Compiled alone: importing one element's entry must give its typed events and property types.
import type { Theme } from 'ml-career-widgets/ml-role-card.js';
import 'ml-career-widgets/ml-role-card.js';

const card = document.querySelector('ml-role-card')!;
card.addEventListener('ml-toggle', (event) => {
  const expanded: boolean = event.detail.expanded;
  return expanded;
});
const theme: Theme = 'dark';
card.theme = theme;
