import { expect } from '@open-wc/testing';
import { findJsonChild, parseQuizText, quizProblem } from '../../../src/elements/skill-quiz/questions.js';

const IDS = ['ml-engineer', 'nlp-engineer'];
const option = { label: 'Yes', weights: { 'ml-engineer': 1 } };
const question = (id: string, extra = {}) => ({ id, prompt: `${id}?`, options: [option], ...extra });

describe('skill-quiz questions', () => {
  it('accepts a valid quiz (weights and skills optional)', () => {
    expect(quizProblem({ questions: [question('a'), { id: 'b', prompt: 'B?', options: [{ label: 'x' }] }] }, IDS)).to.equal(null);
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
      [{ questions: [question('a', { options: [{ label: 'x', skills: 'python' }] })] }, 'skills that are not a list'],
    ];
    for (const [value, message] of cases) expect(quizProblem(value, IDS), JSON.stringify(value)).to.include(message);
  });

  it('checks weights against the dataset in effect', () => {
    const quiz = { questions: [question('a', { options: [{ label: 'x', weights: { 'nlp-engineer': 1 } }] })] };
    expect(quizProblem(quiz, IDS)).to.equal(null);
    expect(quizProblem(quiz, ['ml-engineer'])).to.include('"nlp-engineer", which is not a job here');
  });

  it('parses JSON, and names the WordPress cause when paragraph tags broke it', () => {
    expect(parseQuizText('{"questions":[]}')).to.deep.equal({ value: { questions: [] } });
    const broken = parseQuizText('{"questions": [</p>\n<p>{"id": "a"}]}') as { problem: string };
    expect(broken.problem).to.include("WordPress's classic editor").and.include('one line').and.include('Custom HTML block');
    expect((parseQuizText('{“questions”: []}') as { problem: string }).problem).to.include('curly quotes');
    expect((parseQuizText('{questions}') as { problem: string }).problem).to.match(/^the questions are not valid JSON \(/);
  });

  it('finds the first JSON script among the children whatever a CMS put around it', () => {
    const host = document.createElement('ml-skill-quiz');
    host.innerHTML =
      '<p><br />\n<script type="text/javascript">1</script><script type="application/json">{"first":1}</script><br />\n</p>' +
      '<script type="application/json">{"second":1}</script>';
    expect(findJsonChild(host)?.textContent).to.equal('{"first":1}');
    const nested = document.createElement('ml-skill-quiz');
    nested.innerHTML = '<ml-skill-quiz><script type="application/json">{}</script></ml-skill-quiz>';
    expect(findJsonChild(nested)).to.equal(null);
  });
});
