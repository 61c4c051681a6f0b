import { expect } from '@open-wc/testing';
import quiz from '../../../data/quiz.json';
import { dataset, getJob, jobIds } from '../../../src/data/jobs.js';
import type { QuizData, QuizQuestion } from '../../../src/data/types.js';
import { quizProblem } from '../../../src/elements/skill-quiz/questions.js';
import { scoreQuiz, skillsToBuild } from '../../../src/elements/skill-quiz/scoring.js';

const builtIn = (quiz as QuizData).questions;

// Two questions, jobs a, b, c. Largest weights: a 3+2=5, b 1+2=3, c 0+0=0.
const small: QuizQuestion[] = [
  { id: 'q1', prompt: 'One', options: [{ label: 'x', weights: { a: 3, b: 1 } }, { label: 'y', weights: { b: 1 } }] },
  { id: 'q2', prompt: 'Two', options: [{ label: 'x', weights: { a: 2 } }, { label: 'y', weights: { b: 2, a: 1 } }] },
];

describe('skill-quiz scoring', () => {
  it('applies the formula: round(100 × chosen / Σ largest weight per question)', () => {
    // a: (3+1)/5 = 80; b: (1+2)/3 = 100; c: denominator 0 → 0.
    expect(scoreQuiz(small, [0, 1], ['a', 'b', 'c']).scores).to.deep.equal([
      { job: 'b', score: 100 },
      { job: 'a', score: 80 },
      { job: 'c', score: 0 },
    ]);
    // a: (3+2)/5 = 100; b: 1/3 = 33.3 → 33; rounding 2/3 = 66.7 → 67 below.
    expect(scoreQuiz(small, [0, 0], ['a', 'b']).scores).to.deep.equal([
      { job: 'a', score: 100 },
      { job: 'b', score: 33 },
    ]);
    expect(scoreQuiz(small, [null, 1], ['b']).scores).to.deep.equal([{ job: 'b', score: 67 }]);
    // a: (0+1)/5 = 20; b: (1+2)/3 = 100.
    expect(scoreQuiz(small, [1, 1], ['a', 'b', 'c']).scores).to.deep.equal([
      { job: 'b', score: 100 },
      { job: 'a', score: 20 },
      { job: 'c', score: 0 },
    ]);
  });

  it("gives the complete event's detail: the first ranked job on top and every answer by question id", () => {
    expect(scoreQuiz(small, [1, 0], ['a', 'b', 'c'])).to.deep.equal({
      // a: (0+2)/5 = 40; b: (1+0)/3 = 33.
      topJob: 'a',
      scores: [
        { job: 'a', score: 40 },
        { job: 'b', score: 33 },
        { job: 'c', score: 0 },
      ],
      answers: [
        { question: 'q1', option: 1 },
        { question: 'q2', option: 0 },
      ],
    });
  });

  it('breaks ties in dataset order, whichever order the scores came from', () => {
    const tie: QuizQuestion[] = [{ id: 'q', prompt: 'Q', options: [{ label: 'x', weights: { a: 1, b: 2 } }] }];
    // a: 1/1 = 100; b: 2/2 = 100: equal, so the order of the job list decides.
    expect(scoreQuiz(tie, [0], ['b', 'a']).scores.map((s) => s.job)).to.deep.equal(['b', 'a']);
    expect(scoreQuiz(tie, [0], ['a', 'b']).scores.map((s) => s.job)).to.deep.equal(['a', 'b']);
    // Every score 0 (nothing weighted for these jobs): dataset order.
    expect(scoreQuiz(tie, [0], ['z', 'y', 'x']).scores).to.deep.equal([
      { job: 'z', score: 0 },
      { job: 'y', score: 0 },
      { job: 'x', score: 0 },
    ]);
  });

  it('scores 0 for a job where every weight is 0 or missing, and ignores unanswered questions', () => {
    const zero: QuizQuestion[] = [{ id: 'q', prompt: 'Q', options: [{ label: 'x', weights: { a: 0 } }, { label: 'y' }] }];
    expect(scoreQuiz(zero, [0], ['a']).scores).to.deep.equal([{ job: 'a', score: 0 }]);
    expect(scoreQuiz(small, [null, 0], ['a']).scores).to.deep.equal([{ job: 'a', score: 40 }]);
  });

  it('lists the job skill tags the quiz asks about that the answers did not cover, or null when it asks about none', () => {
    const withSkills: QuizQuestion[] = [
      { id: 'q', prompt: 'Q', options: [{ label: 'x', weights: {}, skills: ['python'] }, { label: 'y', weights: {}, skills: ['ros'] }] },
      { id: 'r', prompt: 'R', options: [{ label: 'x', weights: {}, skills: ['cpp'] }, { label: 'y', weights: {} }] },
    ];
    const robotics = getJob('robotics-engineer')!;
    // Robotics' tags are cpp, python, ros, ml-frameworks, simulation, systems-integration: the
    // last three are never asked about, so the answers say nothing of them.
    expect(skillsToBuild(robotics, withSkills, [0, 1])).to.deep.equal(['cpp', 'ros']);
    expect(skillsToBuild(robotics, withSkills, [1, 0])).to.deep.equal(['python']);
    expect(skillsToBuild(robotics, withSkills, [null, null])).to.deep.equal(['cpp', 'python', 'ros']);
    expect(skillsToBuild(robotics, small, [0, 0])).to.equal(null);
    const otherTags: QuizQuestion[] = [{ id: 'q', prompt: 'Q', options: [{ label: 'x', weights: {}, skills: ['linguistics'] }] }];
    expect(skillsToBuild(robotics, otherTags, [0])).to.equal(null);
  });
});

describe('skill-quiz built-in questions (data/quiz.json)', () => {
  const ids = jobIds();
  const largest = (job: string) =>
    builtIn.reduce((sum, q) => sum + Math.max(...q.options.map((o) => o.weights?.[job] ?? 0)), 0);

  it('is a valid quiz of at least 8 questions for the bundled data, with known skill tags', () => {
    expect(quizProblem(quiz, dataset)).to.equal(null);
    expect(builtIn.length).to.be.at.least(8);
    const tags = new Set(dataset.skillTags.map((t) => t.id));
    const used = builtIn.flatMap((q) => q.options.flatMap((o) => o.skills ?? []));
    expect(used.filter((tag) => !tags.has(tag))).to.deep.equal([]);
  });

  it("keeps each job's attainable total of the same order", () => {
    const totals = ids.map(largest);
    expect(Math.max(...totals) / Math.min(...totals)).to.be.at.most(1.25);
  });

  it('lets every role come out on top, alone, for some set of answers', () => {
    for (const job of ids) {
      // Per question: the option weighing most for `job`, then least for the others (normalised).
      const answers = builtIn.map((q) => {
        const rank = (o: (typeof q.options)[number]) =>
          (o.weights?.[job] ?? 0) / largest(job) -
          ids.filter((other) => other !== job).reduce((sum, other) => sum + (o.weights?.[other] ?? 0) / largest(other), 0) / 100;
        return q.options.reduce((best, option, i) => (rank(option) > rank(q.options[best]) ? i : best), 0);
      });
      const [first, second] = scoreQuiz(builtIn, answers, ids).scores;
      expect(first.job, `answers ${answers} should put ${job} on top`).to.equal(job);
      expect(first.score).to.be.above(second.score);
    }
  });

  it('maps answers to skills: the production answers cover every ML engineer skill', () => {
    const mle = getJob('ml-engineer')!;
    const first = builtIn.map(() => 0);
    expect(skillsToBuild(mle, builtIn, first)).to.deep.equal([]);
    const beginner = first.map((a, i) => (builtIn[i].id === 'languages' ? 3 : a));
    expect(skillsToBuild(mle, builtIn, beginner)).to.deep.equal(['python', 'ml-frameworks']);
  });
});
