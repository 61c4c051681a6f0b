import { expect } from '@open-wc/testing';
import { quizProblem } from '../../../src/elements/skill-quiz/questions.js';

/** A dataset in effect with these job ids and skill tags (all the quiz checks against). */
const dataWith = (ids: string[], tags = ['python', 'cpp']) => ({
  jobs: ids.map((id) => ({ id })),
  skillTags: tags.map((id) => ({ id, label: id })),
});
const DATA = dataWith(['ml-engineer', 'nlp-engineer']);
const option = { label: 'Yes', weights: { 'ml-engineer': 1 } };
const question = (id: string, extra = {}) => ({ id, prompt: `${id}?`, options: [option], ...extra });

describe('skill-quiz questions', () => {
  it('accepts a valid quiz (weights and skills optional)', () => {
    expect(quizProblem({ questions: [question('a'), { id: 'b', prompt: 'B?', options: [{ label: 'x' }] }] }, DATA)).to.equal(null);
  });

  it('names the first problem of each invalid shape', () => {
    const cases: [unknown, string][] = [
      [{}, 'it has no questions'],
      [{ questions: [] }, 'it has no questions'],
      [[question('a')], 'it has no questions'],
      [{ questions: [question('a'), { id: 'b', prompt: 'B?', options: [] }] }, 'question 2 has no options.'],
      [{ questions: [question('a'), { id: 'b', prompt: 'B?' }] }, 'question 2 has no options.'],
      [{ questions: [question('a', { options: [option, { weights: {} }] })] }, 'question 1, option 2 has no label.'],
      [{ questions: [question('a', { options: [{ label: '  ' }] })] }, 'question 1, option 1 has no label.'],
      [
        { questions: [question('a', { options: [{ label: 'x', weights: { 'data-scientist': 2 } }] })] },
        'question 1, option 1 weighs "data-scientist", which is not a job here (ml-engineer, nlp-engineer).',
      ],
      [{ questions: [question('a'), question('b'), question('a')] }, 'question 3 repeats the id "a".'],
      [{ questions: [{ prompt: 'A?', options: [option] }] }, 'question 1 has no id.'],
      [{ questions: [{ id: 'a', options: [option] }] }, 'question 1 has no prompt.'],
      [{ questions: ['a'] }, 'question 1 is not an object.'],
      [{ questions: [question('a', { options: [{ label: 'x', weights: { 'ml-engineer': '2' } }] })] }, 'not a number of 0 or more'],
      [{ questions: [question('a', { options: [{ label: 'x', weights: { 'ml-engineer': -1 } }] })] }, 'not a number of 0 or more'],
      // Valid JSON that parses to Infinity would score NaN %.
      [JSON.parse('{"questions": [{"id": "a", "prompt": "A?", "options": [{"label": "x", "weights": {"ml-engineer": 1e999}}]}]}'), 'question 1, option 1 has a weight for "ml-engineer" that is not a number of 0 or more.'],
      [{ questions: [question('a', { options: [{ label: 'x', skills: 'python' }] })] }, 'skills that are not a list'],
      [
        { questions: [question('a', { options: [{ label: 'x', skills: ['python', 'pyhton'] }] })] },
        'question 1, option 1 names "pyhton", which is not a skill tag here (python, cpp).',
      ],
    ];
    for (const [value, message] of cases) expect(quizProblem(value, DATA), JSON.stringify(value)).to.include(message);
  });

  it('checks weights against the dataset in effect', () => {
    const quiz = { questions: [question('a', { options: [{ label: 'x', weights: { 'nlp-engineer': 1 } }] })] };
    expect(quizProblem(quiz, DATA)).to.equal(null);
    expect(quizProblem(quiz, dataWith(['ml-engineer']))).to.include('"nlp-engineer", which is not a job here');
  });

});
