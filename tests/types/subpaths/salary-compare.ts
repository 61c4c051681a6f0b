// Compiled alone: importing one element's entry must give its typed events and property types.
import type { SortOrder, Theme, View } from 'ml-career-widgets/ml-salary-compare.js';
import 'ml-career-widgets/ml-salary-compare.js';

const chart = document.querySelector('ml-salary-compare')!;
chart.addEventListener('ml-job-select', (event) => {
  const amount: number = event.detail.amount;
  return amount;
});
const sort: SortOrder = 'asc';
const view: View = 'table';
const theme: Theme = 'dark';
chart.sort = sort;
chart.view = view;
chart.theme = theme;
