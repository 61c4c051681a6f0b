// Compiled alone: importing one element's entry must give its typed events.
import 'ml-career-widgets/ml-salary-compare.js';

document.querySelector('ml-salary-compare')!.addEventListener('ml-job-select', (event) => {
  const amount: number = event.detail.amount;
  return amount;
});
