// The built-in quiz, which only <ml-skill-quiz> bundles (see ./roles.ts).
import quiz from '../../../data/quiz.json';
import type { QuizData } from '../types.js';

/** The built-in questions and their weights. */
export const builtInQuiz: QuizData = quiz as QuizData;
