// What only a quiz with its author's own questions needs: reading their JSON (from a child or a
// URL) and checking it. The quiz imports this module on demand, so the built-in quiz never loads it.
export { fetchJson, parseJson, resolveUrl } from '../../shared/read-json.js';
export { quizProblem } from './questions.js';
