import { expect } from '@open-wc/testing';
import { asProgress, load, save, storageKey } from '../../../src/elements/skill-quiz/storage.js';
import type { QuizQuestion } from '../../../src/data/types.js';

const option = (label: string) => ({ label, weights: {} });
const QUESTIONS: QuizQuestion[] = [
  { id: 'a', prompt: 'A?', options: [option('a1'), option('a2')] },
  { id: 'b', prompt: 'B?', options: [option('b1'), option('b2'), option('b3')] },
];
const RESULT = { topJob: 'ml-engineer', scores: [], answers: [] };

describe('skill-quiz: stored progress', () => {
  afterEach(() => localStorage.removeItem(storageKey('unit')));

  it('saves under ml-skill-quiz:<key>, loads it back, and removes it when there is none', () => {
    const progress = { ids: ['a', 'b'], index: 1, answers: [0, null], result: null };
    expect(save('unit', progress)).to.be.true;
    expect(JSON.parse(localStorage.getItem('ml-skill-quiz:unit')!)).to.deep.equal(progress);
    expect(load('unit')).to.deep.equal({ value: progress });
    expect(save('unit', undefined)).to.be.true;
    expect(localStorage.getItem('ml-skill-quiz:unit')).to.equal(null);
    expect(load('unit')).to.deep.equal({ value: undefined });
  });

  it('says what went wrong instead of throwing: corrupt JSON, storage that throws', () => {
    localStorage.setItem('ml-skill-quiz:unit', '{not json');
    expect(load('unit')).to.deep.equal({ problem: 'corrupt' });
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(load('unit')).to.deep.equal({ problem: 'unavailable' });
      expect(save('unit', { ids: [], index: 0, answers: [], result: null })).to.be.false;
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('accepts progress that fits the quiz: answered up to the current question, all of them once finished', () => {
    const accepted = [
      { ids: ['a', 'b'], index: 0, answers: [null, null], result: null },
      { ids: ['a', 'b'], index: 1, answers: [1, null], result: null },
      { ids: ['a', 'b'], index: 1, answers: [1, 2], result: RESULT },
    ];
    expect(accepted.map((value) => asProgress(value, QUESTIONS))).to.deep.equal(accepted);
  });

  it('rejects progress for another quiz, out of range, skipping a question, or finished with one unanswered', () => {
    const rejected = [
      null,
      'progress',
      { ids: ['a', 'c'], index: 0, answers: [null, null], result: null },
      { ids: ['a', 'b'], index: 2, answers: [0, 0], result: null },
      { ids: ['a', 'b'], index: 0.5, answers: [null, null], result: null },
      { ids: ['a', 'b'], index: 0, answers: [null], result: null },
      { ids: ['a', 'b'], index: 1, answers: [0, 3], result: null },
      { ids: ['a', 'b'], index: 1, answers: [null, 0], result: null },
      { ids: ['a', 'b'], index: 1, answers: [0, null], result: RESULT },
    ];
    expect(rejected.map((value) => asProgress(value, QUESTIONS))).to.deep.equal(rejected.map(() => null));
  });
});
