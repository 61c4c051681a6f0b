// The demo's own page script: the theme and number-format switches, and the event log.
const widgets = () => document.querySelectorAll('ml-role-card, ml-salary-compare, ml-skill-quiz');

document.getElementById('theme').addEventListener('change', (event) => {
  const theme = event.target.value;
  document.documentElement.dataset.theme = theme;
  for (const widget of widgets()) {
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
});

document.getElementById('locale').addEventListener('change', (event) => {
  // The provider passes its locale to every widget inside it.
  document.getElementById('provider').setAttribute('locale', event.target.value);
});

// The chart's bars and rows are buttons that only fire ml-job-select: the page decides what
// choosing a role does. Here it shows that role's card below the chart, and says so politely so
// that a screen reader hears the press did something.
document.getElementById('salaries').addEventListener('ml-job-select', (event) => {
  const card = document.getElementById('chosen');
  card.job = event.detail.job;
  card.hidden = false;
  document.getElementById('chosen-hint').textContent = 'The card of the role you chose is below.';
});

const log = document.getElementById('log');
for (const name of ['ml-toggle', 'ml-job-select', 'ml-quiz-start', 'ml-quiz-answer', 'ml-quiz-complete', 'ml-quiz-reset']) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const source = event.target.getAttribute('job') ?? event.target.localName;
    item.textContent = `${name} from <${event.target.localName}> ${source === event.target.localName ? '' : `(${source}) `}${JSON.stringify(event.detail)}`;
    log.prepend(item);
    while (log.children.length > 30) log.lastElementChild.remove();
  });
}
