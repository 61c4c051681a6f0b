// The entry of dist/ml-widgets.min.js: every element, defined; nothing exported (index.ts also
// exports the data). The quiz's on-demand module comes before the quiz: inlined here, its
// `import()` resolves to a variable that must be set before the quiz is defined, because zone.js
// (on every Angular page) runs pending promise callbacks as soon as a custom element's callback
// returns (the provider's, defined later), while the rest of this script is still being evaluated.
import './ml-role-card.js';
import './ml-salary-compare.js';
import './elements/skill-quiz/author-questions.js';
import './ml-skill-quiz.js';
import './ml-jobs-data.js';
