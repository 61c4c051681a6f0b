import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import quiz from '../../../data/quiz.json';
import { dataset, getJob, jobIds } from '../../../src/data/jobs.js';
import type { JobsContextValue } from '../../../src/shared/context.js';
import type { MlSkillQuiz } from '../../../src/ml-skill-quiz.js';
import '../../../src/ml-skill-quiz.js';
import '../../support/provider.js';
import type { TestJobsProvider } from '../../support/provider.js';
import { captureConsole } from '../../support/console.js';
import { expectTheme } from '../../support/theme.js';
import { shiftTab } from '../../support/keys.js';

const EVENTS = ['ml-quiz-start', 'ml-quiz-answer', 'ml-quiz-complete', 'ml-quiz-reset'] as const;
const COUNT = quiz.questions.length;
// The test server's esbuild plugin turns every path ending in .json into a JS module (WebKit
// decodes an encoded dot, so "q%2Ejson" does not dodge it): the fixtures end in .json.txt.
const fixtureUrl = (name: string) => new URL(`./fixtures/${name}.txt`, import.meta.url).href;

const $ = <T extends Element = HTMLElement>(el: MlSkillQuiz, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: MlSkillQuiz, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: MlSkillQuiz) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
// Keeps the no-break spaces Intl writes into numbers.
const textOf = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const focused = (el: MlSkillQuiz) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The lines naming bad input the quiz works around. */
const problems = (el: MlSkillQuiz) => $$(el, '[part="problem"]').map(textOf);

/** Every quiz event `el` fires, with its detail. */
function record(el: EventTarget): [string, unknown][] {
  const log: [string, unknown][] = [];
  for (const name of EVENTS) el.addEventListener(name, (e) => log.push([name, (e as CustomEvent).detail]));
  return log;
}

/** An element parsed from `markup` (as a CMS serves it), upgraded and rendered. */
async function fromMarkup(markup: string): Promise<MlSkillQuiz> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('ml-skill-quiz')!;
  await el.updateComplete;
  return el;
}

async function click(el: MlSkillQuiz, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
}

/** Starts, picks option `pick(i)` of each question, and finishes, by clicks in code. */
async function runThrough(el: MlSkillQuiz, pick: (i: number) => number = () => 0): Promise<void> {
  await click(el, '[part="start-button"]');
  for (let i = 0; $(el, 'fieldset'); i++) {
    $$<HTMLInputElement>(el, 'input[type="radio"]')[pick(i)].click();
    await el.updateComplete;
    await click(el, '[part="next-button"]');
  }
}

/** A quiz (in `inner`) inside a stand-in provider that gives it `value`. */
async function provided(value: JobsContextValue, inner: string): Promise<[TestJobsProvider, MlSkillQuiz]> {
  const provider = document.createElement('test-jobs-provider');
  provider.provide(value);
  provider.innerHTML = inner;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(provider);
  const el = provider.querySelector('ml-skill-quiz')!;
  await el.updateComplete;
  return [provider, el];
}

const author = (questions: unknown) => `<script type="application/json">${JSON.stringify({ questions })}</script>`;
const TWO = [
  { id: 'pace', prompt: 'Which pace suits you?', options: [{ label: 'Ship every week', weights: { 'ml-engineer': 2 } }, { label: 'Think for months', weights: { 'ml-research-scientist': 2 } }] },
  { id: 'medium', prompt: 'Pictures or words?', options: [{ label: 'Pictures', weights: { 'computer-vision-engineer': 2 } }, { label: 'Words', weights: { 'nlp-engineer': 2 } }] },
];

describe('<ml-skill-quiz>', () => {
  afterEach(() => localStorage.clear());

  describe('screens', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible on the intro, every question step and the result in theme="${theme}"`, async () => {
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz theme=${theme}></ml-skill-quiz>`);
        expect($(el, 'h3')!.textContent).to.equal('Which machine learning role fits you?');
        expect(text(el)).to.include(`Answer ${COUNT} questions`);
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
        await click(el, '[part="start-button"]');
        let audited = 0;
        while ($(el, 'fieldset')) {
          await expect(el).to.be.accessible();
          $$<HTMLInputElement>(el, 'input')[audited % 2].click();
          await el.updateComplete;
          // An answered step too: the checked radio and the enabled Next button.
          await expect(el).to.be.accessible();
          await click(el, '[part="next-button"]');
          audited += 1;
        }
        expect(audited).to.equal(COUNT);
        expect($(el, '[part="retake-button"]')).to.exist;
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
      });

      it(`is accessible showing a problem in theme="${theme}"`, async () => {
        const error = captureConsole('warn');
        try {
          const el = await fromMarkup(`<ml-skill-quiz theme="${theme}">${author([])}</ml-skill-quiz>`);
          expect($(el, '[part="message"]')!.textContent).to.include('This quiz cannot start');
          expectTheme(el, theme);
          await expect(el).to.be.accessible();
        } finally {
          error.restore();
        }
      });
    }

    it('shows one question at a time as a labelled radio group with progress', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz heading-level="2"></ml-skill-quiz>`);
      await click(el, '[part="start-button"]');
      const fieldset = $(el, 'fieldset')!;
      expect(fieldset.querySelector('legend h2')!.textContent).to.equal(quiz.questions[0].prompt);
      expect($$(el, 'fieldset').length).to.equal(1);
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(
        quiz.questions[0].options.map((o) => o.label),
      );
      expect($(el, '[part="progress-text"]')!.textContent).to.equal(`Question 1 of ${COUNT}`);
      const progress = $<HTMLProgressElement>(el, 'progress')!;
      expect([progress.value, progress.max]).to.deep.equal([1, COUNT]);
      // The text says the step; the bar only draws it, so a screen reader does not hear it twice.
      expect(progress.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent).to.equal(`Question 1 of ${COUNT}`);
      expect($<HTMLButtonElement>(el, '[part="next-button"]')!.disabled).to.be.true;
      expect($(el, '[part="back-button"]')).to.equal(null);
      expect(focused(el)).to.equal($(el, '#heading'));
    });

    it('moves Back and Next, keeping answers, and finishes on the last step', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      await click(el, '[part="start-button"]');
      $$<HTMLInputElement>(el, 'input')[2].click();
      await el.updateComplete;
      expect($<HTMLButtonElement>(el, '[part="next-button"]')!.disabled).to.be.false;
      await click(el, '[part="next-button"]');
      expect($(el, '[part="progress-text"]')!.textContent).to.equal(`Question 2 of ${COUNT}`);
      expect($(el, '[role="status"]')!.textContent).to.equal(`Question 2 of ${COUNT}`);
      expect(focused(el)?.textContent).to.equal(quiz.questions[1].prompt);
      expect($$<HTMLInputElement>(el, 'input').some((r) => r.checked)).to.be.false;
      expect($<HTMLButtonElement>(el, '[part="next-button"]')!.disabled).to.be.true;
      // An earlier option here than on question 1, so each step must move the checked mark.
      $$<HTMLInputElement>(el, 'input')[0].click();
      await el.updateComplete;
      await click(el, '[part="back-button"]');
      expect($$<HTMLInputElement>(el, 'input').map((r) => r.checked)).to.deep.equal([false, false, true, false, false]);
      expect(focused(el)?.textContent).to.equal(quiz.questions[0].prompt);
      await click(el, '[part="next-button"]');
      expect($$<HTMLInputElement>(el, 'input').map((r) => r.checked)).to.deep.equal([true, ...Array(quiz.questions[1].options.length - 1).fill(false)]);
      await click(el, '[part="back-button"]');
      for (let i = 0; i < COUNT - 1; i++) {
        $$<HTMLInputElement>(el, 'input')[0].click();
        await el.updateComplete;
        await click(el, '[part="next-button"]');
      }
      expect($(el, '[part="next-button"]')!.textContent!.trim()).to.equal('See my results');
    });

    it('shows the ranked roles with match %, the top role summary and the skills to build next', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      // Option 0 leans to the ML engineer everywhere; skipping Python ("only starting") leaves its skills to build.
      const languages = quiz.questions.findIndex((q) => q.id === 'languages');
      await runThrough(el, (i) => (i === languages ? 3 : 0));
      expect($(el, '#heading')!.textContent).to.equal('Your best match: Machine Learning Engineer');
      expect(focused(el)).to.equal($(el, '#heading'));
      // The focused heading names the best match; the live region adds its score rather than repeat it.
      expect($(el, '[role="status"]')!.textContent).to.equal('73% match.');
      expect($(el, '[part="summary"]')!.textContent).to.include('develops and optimizes machine learning systems');
      // The contract's formula on data/quiz.json, worked out by hand; ties (12 %, 4 %) in dataset order.
      expect($$(el, '[part="score"]').map(textOf)).to.deep.equal([
        'Machine Learning Engineer 73% match',
        'Robotics Engineer 12% match',
        'Machine Learning Research Scientist 12% match',
        'Computer Vision Engineer 4% match',
        'Natural Language Processing Engineer 4% match',
      ]);
      expect($$(el, 'h4[part="sub-heading"]').map(textOf)).to.deep.equal(['How each role matches your answers', 'Skills to build next']);
      expect($$(el, '[part="skills"] li').map((li) => li.textContent)).to.deep.equal(['Python', 'ML frameworks']);
    });

    it('says so when the answers cover every skill, and leaves the section out for questions without skills', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      await runThrough(el);
      expect(text(el)).to.include('Your answers cover every skill asked about for the Machine Learning Engineer role.');
      const custom = await fromMarkup(`<ml-skill-quiz>${author(TWO)}</ml-skill-quiz>`);
      await runThrough(custom);
      expect(text(custom)).not.to.include('Skills to build next');
    });
  });

  describe('a whole run', () => {
    it('by mouse, with every event and its detail', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      const log = record(el);
      const mouse = async (selector: string, index = 0) => {
        const node = $$(el, selector)[index];
        node.scrollIntoView({ block: 'center' });
        const r = node.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
        await el.updateComplete;
      };
      try {
        await mouse('[part="start-button"]');
        for (let i = 0; i < COUNT; i++) {
          await mouse('[part="option"]', 1);
          await mouse('[part="next-button"]');
        }
      } finally {
        await resetMouse();
      }
      const answers = quiz.questions.map((q) => ({ question: q.id, option: 1 }));
      expect(log[0]).to.deep.equal(['ml-quiz-start', { questionCount: COUNT }]);
      expect(log.slice(1, -1)).to.deep.equal(quiz.questions.map((q, index) => ['ml-quiz-answer', { question: q.id, option: 1, index }]));
      const [name, detail] = log[log.length - 1] as [string, { topJob: string; scores: { job: string; score: number }[]; answers: unknown }];
      expect(name).to.equal('ml-quiz-complete');
      expect(detail.answers).to.deep.equal(answers);
      // The contract's formula on data/quiz.json for option 2 everywhere, worked out by hand.
      expect(detail.scores).to.deep.equal([
        { job: 'computer-vision-engineer', score: 92 },
        { job: 'ml-engineer', score: 27 },
        { job: 'nlp-engineer', score: 21 },
        { job: 'robotics-engineer', score: 12 },
        { job: 'ml-research-scientist', score: 0 },
      ]);
      expect(detail.topJob).to.equal('computer-vision-engineer');
      expect(el.result).to.deep.equal(detail);
    });

    it('by keyboard only: Tab enters the group, arrows move and select, Space selects, Enter activates', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      const log = record(el);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part="start-button"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.textContent).to.equal(quiz.questions[0].prompt);

      await sendKeys({ press: 'Tab' });
      const radios = $$<HTMLInputElement>(el, 'input');
      expect(focused(el)).to.equal(radios[0]);
      expect(radios[0].checked).to.be.false;
      // ' ' is Space; Firefox's WebDriver BiDi driver knows no key named "Space".
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(radios[0].checked).to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(radios[1]);
      expect(radios.map((r) => r.checked)).to.deep.equal([false, true, false, false, false]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part="next-button"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      for (let i = 1; i < COUNT; i++) {
        expect(focused(el)?.textContent).to.equal(quiz.questions[i].prompt);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '[part="back-button"]'));
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal($(el, '[part="next-button"]'));
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(focused(el)!.textContent).to.match(/^Your best match: /);
      expect(log.filter(([n]) => n === 'ml-quiz-answer').map(([, d]) => d)).to.deep.equal([
        { question: quiz.questions[0].id, option: 0, index: 0 },
        ...quiz.questions.map((q, index) => ({ question: q.id, option: 1, index })),
      ]);
      expect(el.result!.answers.every((a) => a.option === 1)).to.be.true;

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part="retake-button"]'));
      log.length = 0;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(log).to.deep.equal([['ml-quiz-reset', {}], ['ml-quiz-start', { questionCount: COUNT }]]);
      expect(focused(el)?.textContent).to.equal(quiz.questions[0].prompt);
    });

    it('keeps every question and a retaken quiz answerable by Tab after a chosen option had focus twice', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (let i = 0; i < COUNT; i++) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)?.getAttribute('type'), `question ${i + 1}`).to.equal('radio');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        // Away from the chosen option and back to it: the step that once left the next question's options out of the Tab order.
        await sendKeys({ press: 'Tab' });
        await shiftTab();
        expect((focused(el) as HTMLInputElement).checked).to.be.true;
        await sendKeys({ press: 'Tab' });
        if (focused(el) === $(el, '[part="back-button"]')) await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '[part="retake-button"]'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($$<HTMLInputElement>(el, 'input')[0]);
    });
  });

  describe('API', () => {
    it('Retake clears answers, result and storage, then starts afresh', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="retake"></ml-skill-quiz>`);
      await runThrough(el);
      expect(JSON.parse(localStorage.getItem('ml-skill-quiz:retake')!).result).to.deep.equal(el.result);
      const log = record(el);
      await click(el, '[part="retake-button"]');
      expect(log.map(([n]) => n)).to.deep.equal(['ml-quiz-reset', 'ml-quiz-start']);
      expect(el.result).to.equal(null);
      expect($(el, '[part="progress-text"]')!.textContent).to.equal(`Question 1 of ${COUNT}`);
      expect($$<HTMLInputElement>(el, 'input').some((r) => r.checked)).to.be.false;
      const stored = JSON.parse(localStorage.getItem('ml-skill-quiz:retake')!);
      expect(stored).to.include({ index: 0, result: null });
      expect(stored.answers).to.deep.equal(Array(COUNT).fill(null));
    });

    it('reset() and property changes fire no event', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="quiet"></ml-skill-quiz>`);
      await runThrough(el);
      const log = record(el);
      el.reset();
      el.theme = 'dark';
      el.headingLevel = '2';
      await el.updateComplete;
      expect(log).to.deep.equal([]);
      expect(el.result).to.equal(null);
      expect($(el, '[part="start-button"]')).to.exist;
      expect(localStorage.getItem('ml-skill-quiz:quiet')).to.equal(null);
      el.innerHTML = author(TWO);
      await waitUntil(() => text(el).includes('Answer 2 questions'));
      expect(log).to.deep.equal([]);
    });

    it('keeps several quizzes on one page independent', async () => {
      const wrapper = await fixture(html`<div><ml-skill-quiz id="a"></ml-skill-quiz><ml-skill-quiz id="b"></ml-skill-quiz></div>`);
      const [a, b] = [...wrapper.querySelectorAll('ml-skill-quiz')];
      await b.updateComplete;
      const targets: string[] = [];
      wrapper.addEventListener('ml-quiz-answer', (e) => targets.push((e.target as HTMLElement).id));
      await click(a, '[part="start-button"]');
      await click(b, '[part="start-button"]');
      $$<HTMLInputElement>(a, 'input')[1].click();
      $$<HTMLInputElement>(b, 'input')[3].click();
      await a.updateComplete;
      expect(targets).to.deep.equal(['a', 'b']);
      expect($$<HTMLInputElement>(a, 'input').map((r) => r.checked)).to.deep.equal([false, true, false, false, false]);
      expect($$<HTMLInputElement>(b, 'input').map((r) => r.checked)).to.deep.equal([false, false, false, true, false]);
    });
  });

  describe('author questions', () => {
    it('upgraded before the parser reaches its JSON child, waits for it: no src fetch, no built-in quiz, no warning', async () => {
      // A script without defer in <head>: the quiz upgrades before its children are parsed.
      const fetched: string[] = [];
      const originalFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL) => {
        fetched.push(String(input));
        return originalFetch(input);
      };
      const warn = captureConsole('warn');
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.innerHTML = '<ml-skill-quiz src="not-fetched.json" persist="parsing"></ml-skill-quiz>';
        const el = wrapper.firstElementChild as MlSkillQuiz;
        // updateComplete waits for the end of parsing, so a script after the quiz can rely on it.
        let ready = false;
        void el.updateComplete.then(() => (ready = true));
        await nextFrame();
        expect(text(el)).to.include('Loading the quiz');
        el.insertAdjacentHTML('beforeend', author(TWO));
        await nextFrame();
        expect(text(el)).to.include('Loading the quiz');
        expect(ready).to.be.false;
        delete (document as unknown as { readyState?: string }).readyState;
        document.dispatchEvent(new Event('DOMContentLoaded'));
        await el.updateComplete;
        expect(text(el)).to.include('Answer 2 questions');
        await waitUntil(() => ready, 'the updateComplete asked for while parsing never resolved');
        expect(fetched).to.deep.equal([]);
        // The only warning: a child and src both given.
        expect(warn.messages()).to.have.length(1);
        expect(warn.messages()[0]).to.include('using the child');
      } finally {
        delete (document as unknown as { readyState?: string }).readyState;
        window.fetch = originalFetch;
        warn.restore();
      }
    });

    it('runs questions from a JSON child', async () => {
      const el = await fromMarkup(`<ml-skill-quiz>${author(TWO)}</ml-skill-quiz>`);
      const log = record(el);
      await runThrough(el, (i) => [1, 0][i]);
      expect(log[0]).to.deep.equal(['ml-quiz-start', { questionCount: 2 }]);
      expect(el.result).to.deep.equal({
        topJob: 'computer-vision-engineer',
        scores: [
          { job: 'computer-vision-engineer', score: 100 },
          { job: 'ml-research-scientist', score: 100 },
          { job: 'ml-engineer', score: 0 },
          { job: 'nlp-engineer', score: 0 },
          { job: 'robotics-engineer', score: 0 },
        ],
        answers: [{ question: 'pace', option: 1 }, { question: 'medium', option: 0 }],
      });
    });

    it("finds the JSON child in markup exactly as WordPress's classic editor serves it", async () => {
      const json = JSON.stringify({ questions: TWO });
      const el = await fromMarkup(`<ml-skill-quiz><p><br />\n<script type="application/json">${json}</script><br />\n</p></ml-skill-quiz>`);
      expect(text(el)).to.include('Answer 2 questions');
      await click(el, '[part="start-button"]');
      expect($(el, 'legend')!.textContent!.trim()).to.equal('Which pace suits you?');
    });

    it('names the WordPress cause when a blank line broke the JSON, with one console warning', async () => {
      const error = captureConsole('warn');
      try {
        const broken = `{"questions": [</p>\n<p>${JSON.stringify(TWO[0])}]}`;
        const el = await fromMarkup(`<ml-skill-quiz><p><br />\n<script type="application/json">${broken}</script><br />\n</p></ml-skill-quiz>`);
        const message = $(el, '[part="message"]')!.textContent!;
        expect(message).to.include('WordPress’s classic editor').and.include('Keep the JSON on one line');
        expect($(el, '[part="start-button"]')).to.equal(null);
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    const invalid: [string, unknown, string][] = [
      ['no questions', [], 'it has no questions'],
      ['a question without options', [TWO[0], { id: 'b', prompt: 'B?', options: [] }], 'question 2 has no options.'],
      ['an option without a label', [{ ...TWO[0], options: [{ weights: {} }] }], 'question 1, option 1 has no label.'],
      ['weights naming an unknown job', [{ ...TWO[0], options: [{ label: 'x', weights: { 'data-scientist': 1 } }] }], 'question 1, option 1 weighs "data-scientist", which is not a job here'],
      ['duplicate ids', [TWO[0], TWO[0]], 'question 2 repeats the id "pace".'],
      ['a misspelt skill tag', [{ ...TWO[0], options: [{ label: 'I know Python', skills: ['python', 'pyhton'] }] }], 'question 1, option 1 names "pyhton", which is not a skill tag here (python, cpp,'],
    ];
    for (const [name, questions, message] of invalid) {
      it(`shows what is wrong and does not start: ${name}`, async () => {
        const error = captureConsole('warn');
        try {
          const el = await fromMarkup(`<ml-skill-quiz>${author(questions)}</ml-skill-quiz>`);
          expect($(el, '[part="message"]')!.textContent).to.include(`This quiz cannot start: ${message}`);
          expect($(el, '[part="start-button"]')).to.equal(null);
          expect(error.calls).to.have.length(1);
          expect(error.messages()[0]).to.include(message);
        } finally {
          error.restore();
        }
      });
    }

    it('loads questions from src', async () => {
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz src=${fixtureUrl('q.json')}></ml-skill-quiz>`);
      expect(text(el)).to.include('Loading the quiz');
      await waitUntil(() => text(el).includes('Answer 2 questions'));
      await click(el, '[part="start-button"]');
      expect($(el, 'legend')!.textContent!.trim()).to.equal('Which pace suits you?');
    });

    it('shows the URL and status when src fails, with one console warning', async () => {
      const error = captureConsole('warn');
      try {
        const url = fixtureUrl('missing.json');
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz src=${url}></ml-skill-quiz>`);
        await waitUntil(() => $(el, '[part="message"]')!.textContent!.includes('404'));
        expect($(el, '[part="message"]')!.textContent).to.include(`Could not load ${url}: HTTP 404`);
        expect($(el, '[part="start-button"]')).to.equal(null);
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    it('shows what is wrong with questions from src', async () => {
      const error = captureConsole('warn');
      try {
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz src=${fixtureUrl('bad.json')}></ml-skill-quiz>`);
        await waitUntil(() => text(el).includes('cannot start'));
        expect($(el, '[part="message"]')!.textContent).to.include('question 1 has no options.');
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    it('prefers the child over src, saying so in the quiz, with one warning', async () => {
      const warn = captureConsole('warn');
      try {
        const el = await fromMarkup(`<ml-skill-quiz src="${fixtureUrl('bad.json')}">${author(TWO)}</ml-skill-quiz>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(text(el)).to.include('Answer 2 questions');
        expect(problems(el)).to.deep.equal([`Both a JSON child and src="${fixtureUrl('bad.json')}" are given; using the child.`]);
        expect(warn.messages()).to.deep.equal([`ml-career-widgets: <ml-skill-quiz> ${problems(el)[0]}`]);
        el.removeAttribute('src');
        await el.updateComplete;
        expect(problems(el)).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    });
  });

  describe('the dataset in effect', () => {
    const two = { ...dataset, jobs: dataset.jobs.filter((j) => j.id === 'nlp-engineer' || j.id === 'ml-research-scientist') };

    it('scores the jobs of a provided dataset only', async () => {
      const [, el] = await provided({ status: 'ready', data: two, locale: null }, '<ml-skill-quiz></ml-skill-quiz>');
      expect(text(el)).to.include('ranks the 2 roles');
      await runThrough(el, () => 2);
      expect(el.result!.scores.map((s) => s.job).sort()).to.deep.equal(['ml-research-scientist', 'nlp-engineer']);
    });

    it('counts one question and one role in the singular', async () => {
      const one = { ...dataset, jobs: dataset.jobs.filter((j) => j.id === 'nlp-engineer') };
      const [, el] = await provided({ status: 'ready', data: one, locale: null }, `<ml-skill-quiz>${author([{ id: 'words', prompt: 'Words?', options: [{ label: 'Yes', weights: { 'nlp-engineer': 1 } }] }])}</ml-skill-quiz>`);
      await el.updateComplete;
      // An author's questions are theirs: the built-in quiz's description is not claimed for them.
      expect(text(el)).to.include('Answer 1 question. The quiz then ranks the 1 role by');
    });

    it('rejects author weights naming a job the provided dataset lacks', async () => {
      const error = captureConsole('warn');
      try {
        const [provider, el] = await provided({ status: 'ready', data: two, locale: null }, `<ml-skill-quiz>${author(TWO)}</ml-skill-quiz>`);
        expect($(el, '[part="message"]')!.textContent).to.include(
          'question 1, option 1 weighs "ml-engineer", which is not a job here (nlp-engineer, ml-research-scientist).',
        );
        // The provider reloads equal data: the same problem, still shown, is not warned again.
        provider.provide({ status: 'ready', data: structuredClone(two), locale: null });
        await el.updateComplete;
        expect($(el, '[part="message"]')!.textContent).to.include('weighs "ml-engineer"');
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    it('runs on its bundled roles inside a provider that has no data of its own', async () => {
      const [, el] = await provided({ status: 'bundled', data: null, locale: 'de-DE' }, '<ml-skill-quiz></ml-skill-quiz>');
      expect(text(el)).to.include('ranks the 5 roles');
      await runThrough(el, () => 0);
      expect(el.result!.scores.map((s) => s.job).sort()).to.deep.equal(jobIds().sort());
      expect($(el, '[part="summary"]')!.textContent).to.equal(getJob(el.result!.topJob)!.summary);
      await expect(el).to.be.accessible();
    });

    it("keeps a reader's answers while the provider reloads its data, without persist", async () => {
      const [provider, el] = await provided({ status: 'ready', data: dataset, locale: null }, '<ml-skill-quiz></ml-skill-quiz>');
      await click(el, '[part="start-button"]');
      $$<HTMLInputElement>(el, 'input')[2].click();
      await el.updateComplete;
      await click(el, '[part="next-button"]');
      provider.provide({ status: 'loading', data: null, locale: null });
      await el.updateComplete;
      expect(textOf($(el, '[part="message"]'))).to.equal('Loading the quiz…');
      provider.provide({ status: 'ready', data: dataset, locale: null });
      await el.updateComplete;
      expect($(el, '[part="progress-text"]')!.textContent).to.equal(`Question 2 of ${COUNT}`);
      await click(el, '[part="back-button"]');
      expect($$<HTMLInputElement>(el, 'input')[2].checked).to.be.true;
    });

    it('scores a result on screen again, silently, when the provider brings other data', async () => {
      const [provider, el] = await provided({ status: 'ready', data: dataset, locale: null }, '<ml-skill-quiz></ml-skill-quiz>');
      await runThrough(el);
      const first = el.result!.topJob;
      const fewer = structuredClone(dataset);
      fewer.jobs = fewer.jobs.filter((job) => job.id !== first);
      const log = record(el);
      provider.provide({ status: 'loading', data: null, locale: null });
      await el.updateComplete;
      provider.provide({ status: 'ready', data: fewer, locale: null });
      await el.updateComplete;
      expect(el.result!.scores.map((score) => score.job).sort()).to.deep.equal(fewer.jobs.map((job) => job.id).sort());
      expect(textOf($(el, '#heading'))).to.equal(`Your best match: ${fewer.jobs.find((job) => job.id === el.result!.topJob)!.title}`);
      expect(log).to.deep.equal([]);
    });

    it("lists as skills to build only tags the quiz asks about, in a dataset with a tag of its own", async () => {
      // The page's dataset calls Python "py", which no built-in option names.
      const own = structuredClone(dataset);
      own.skillTags = own.skillTags.map((tag) => (tag.id === 'python' ? { id: 'py', label: 'Py' } : tag));
      for (const job of own.jobs) for (const skill of job.skills) skill.tags = skill.tags.map((tag) => (tag === 'python' ? 'py' : tag));
      const [, el] = await provided({ status: 'ready', data: own, locale: null }, '<ml-skill-quiz></ml-skill-quiz>');
      const languages = quiz.questions.findIndex((q) => q.id === 'languages');
      await runThrough(el, (i) => (i === languages ? 3 : 0));
      expect($(el, '#heading')!.textContent).to.equal('Your best match: Machine Learning Engineer');
      expect($$(el, '[part="skills"] li').map((li) => li.textContent)).to.deep.equal(['ML frameworks']);
    });

    it('writes its percentages in the locale in effect', async () => {
      const [, el] = await provided({ status: 'ready', data: dataset, locale: 'de-DE' }, '<ml-skill-quiz></ml-skill-quiz>');
      // The first option everywhere: the ML engineer scores 81 by the contract's formula.
      await runThrough(el);
      expect(textOf($(el, '[part="score"] .score'))).to.equal('81\u00a0% match');
      expect(textOf($(el, '.visually-hidden[role="status"]'))).to.equal('81\u00a0% match.');
    });

    it("shows the provider's loading state politely and its error visibly", async () => {
      const [provider, el] = await provided({ status: 'loading', data: null, locale: null }, '<ml-skill-quiz></ml-skill-quiz>');
      const message = $(el, '[part="message"]')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.include('Loading');
      provider.provide({ status: 'error', data: null, locale: null, error: 'Could not load jobs.json (HTTP 500).' });
      await el.updateComplete;
      // The same polite element, so the failure is announced as a change of its text.
      expect($(el, '[part="message"]')).to.equal(message);
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.equal('Could not load jobs.json (HTTP 500).');
      await expect(el).to.be.accessible();
      provider.provide({ status: 'ready', data: dataset, locale: null });
      await el.updateComplete;
      expect($(el, '[part="start-button"]')).to.exist;
    });
  });

  describe('persistence', () => {
    it('restores progress and the result in a re-created element, without a start event', async () => {
      const first = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="p1"></ml-skill-quiz>`);
      await click(first, '[part="start-button"]');
      $$<HTMLInputElement>(first, 'input')[3].click();
      await first.updateComplete;
      await click(first, '[part="next-button"]');
      $$<HTMLInputElement>(first, 'input')[2].click();
      await first.updateComplete;
      first.remove();

      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const log = record(wrapper);
      wrapper.innerHTML = '<ml-skill-quiz persist="p1"></ml-skill-quiz>';
      const second = wrapper.firstElementChild as MlSkillQuiz;
      await second.updateComplete;
      expect(log).to.deep.equal([]);
      expect($(second, '[part="progress-text"]')!.textContent).to.equal(`Question 2 of ${COUNT}`);
      expect($$<HTMLInputElement>(second, 'input')[2].checked).to.be.true;
      await click(second, '[part="back-button"]');
      expect($$<HTMLInputElement>(second, 'input')[3].checked).to.be.true;
      await click(second, '[part="next-button"]');
      for (let i = 1; i < COUNT; i++) {
        $$<HTMLInputElement>(second, 'input')[0].click();
        await second.updateComplete;
        await click(second, '[part="next-button"]');
      }
      const result = second.result;
      second.remove();

      const third = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="p1"></ml-skill-quiz>`);
      expect(third.result).to.deep.equal(result);
      expect($(third, '#heading')!.textContent).to.match(/^Your best match: /);
      expect($(third, '[part="retake-button"]')).to.exist;
    });

    it('reset() while the questions still load clears the stored progress', async () => {
      const stored = JSON.stringify({ ids: ['pace', 'medium'], index: 1, answers: [0, null], result: null });
      localStorage.setItem('ml-skill-quiz:early', stored);
      try {
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz src=${fixtureUrl('q.json')} persist="early"></ml-skill-quiz>`);
        expect(text(el)).to.include('Loading the quiz');
        el.reset();
        expect(localStorage.getItem('ml-skill-quiz:early')).to.equal(null);
        await waitUntil(() => text(el).includes('Answer 2 questions'));
        expect($(el, '[part="start-button"]')).to.exist;
      } finally {
        localStorage.removeItem('ml-skill-quiz:early');
      }
    });

    it('ignores a corrupt stored value, saying so until the reader starts, with one warning, and keeps working', async () => {
      const warn = captureConsole('warn');
      try {
        localStorage.setItem('ml-skill-quiz:bad', '{not json');
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="bad"></ml-skill-quiz>`);
        expect(problems(el)).to.deep.equal(['The progress stored under "ml-skill-quiz:bad" was ignored: it is not valid JSON.']);
        for (const theme of ['light', 'dark'] as const) {
          el.theme = theme;
          await el.updateComplete;
          expectTheme(el, theme);
          await expect(el).to.be.accessible();
        }
        await runThrough(el);
        expect(el.result).not.to.equal(null);
        expect(problems(el)).to.deep.equal([]);
        localStorage.setItem('ml-skill-quiz:bad2', JSON.stringify({ ids: ['x'], index: 9, answers: [], result: null }));
        const other = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="bad2"></ml-skill-quiz>`);
        expect($(other, '[part="start-button"]')).to.exist;
        expect(problems(other)).to.deep.equal(['The progress stored under "ml-skill-quiz:bad2" was ignored: it does not fit this quiz.']);
        expect(warn.messages()).to.deep.equal([
          'ml-career-widgets: <ml-skill-quiz> The progress stored under "ml-skill-quiz:bad" was ignored: it is not valid JSON.',
          'ml-career-widgets: <ml-skill-quiz> The progress stored under "ml-skill-quiz:bad2" was ignored: it does not fit this quiz.',
        ]);
      } finally {
        warn.restore();
      }
    });

    it('scores a stored finished quiz again instead of trusting the stored result', async () => {
      const ids = quiz.questions.map((q) => q.id);
      const answers = ids.map(() => 0);
      // A tampered or stale result: a null score, an invented job, an impossible percentage.
      const result = { topJob: 'evil', scores: [null, { job: 'evil', score: 999 }], answers: [] };
      localStorage.setItem('ml-skill-quiz:tampered', JSON.stringify({ ids, index: ids.length - 1, answers, result }));
      const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="tampered"></ml-skill-quiz>`);
      const fresh = await fixture<MlSkillQuiz>(html`<ml-skill-quiz></ml-skill-quiz>`);
      await runThrough(fresh);
      expect(el.result).to.deep.equal(fresh.result);
      expect(el.result!.scores.map((score) => score.job).sort()).to.deep.equal(jobIds().sort());
      expect(textOf($(el, '#heading'))).to.equal(`Your best match: ${getJob(fresh.result!.topJob)!.title}`);
      expect(text(el)).not.to.include('999');
    });

    for (const [key, answers, result] of [
      ['skipped', quiz.questions.map(() => null), null],
      // Marked finished, yet the current (last) question unanswered: its option would be null in the result.
      ['unfinished', quiz.questions.map((_, i) => (i === quiz.questions.length - 1 ? null : 0)), {}],
    ] as const) {
      it(`ignores stored progress that leaves a question unanswered (${key}), with one warning`, async () => {
        const ids = quiz.questions.map((q) => q.id);
        localStorage.setItem(`ml-skill-quiz:${key}`, JSON.stringify({ ids, index: ids.length - 1, answers, result }));
        const warn = captureConsole('warn');
        try {
          const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist=${key}></ml-skill-quiz>`);
          expect($(el, '[part="start-button"]')).to.exist;
          expect(el.result).to.equal(null);
          const problem = `The progress stored under "ml-skill-quiz:${key}" was ignored: it does not fit this quiz.`;
          expect(problems(el)).to.deep.equal([problem]);
          expect(warn.messages()).to.deep.equal([`ml-career-widgets: <ml-skill-quiz> ${problem}`]);
        } finally {
          warn.restore();
        }
      });
    }

    it('works without persistence when storage fails, saying so in each quiz it fails for, with one warning for the page', async () => {
      const problem = 'Your progress cannot be saved in this browser.';
      const warn = captureConsole('warn');
      const setItem = Storage.prototype.setItem;
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      try {
        // No storage at all (a sandboxed frame): every quiz with persist says so, and works.
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The document is sandboxed', 'SecurityError');
          },
        });
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><ml-skill-quiz persist="sandboxed"></ml-skill-quiz><ml-skill-quiz persist="other"></ml-skill-quiz><ml-skill-quiz></ml-skill-quiz></div>`,
        );
        const [el, other, plain] = wrapper.querySelectorAll('ml-skill-quiz');
        const log = record(el);
        await runThrough(other);
        await runThrough(el);
        await click(el, '[part="retake-button"]');
        expect(log.map(([n]) => n)).to.deep.equal(['ml-quiz-start', ...Array(COUNT).fill('ml-quiz-answer'), 'ml-quiz-complete', 'ml-quiz-reset', 'ml-quiz-start']);
        expect(problems(el)).to.deep.equal([problem]);
        expect(problems(other)).to.deep.equal([problem]);
        expect(problems(plain)).to.deep.equal([]);
        expect(warn.messages()).to.deep.equal([`ml-career-widgets: ${problem}`]);
        Object.defineProperty(window, 'localStorage', descriptor);

        // Saving fails while the reader answers (a full quota): that quiz says so, in the live
        // region it had from the start so that it is announced, and goes on; the page was warned.
        const full = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="full"></ml-skill-quiz>`);
        const region = $(full, '[part="base"] > [role="status"]:last-child')!;
        expect(problems(full)).to.deep.equal([]);
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        await click(full, '[part="start-button"]');
        expect(problems(full)).to.deep.equal([problem]);
        expect($(full, '[part="problem"]')!.parentElement === region).to.be.true;
        expect($(full, 'fieldset')).to.exist;
        expect(warn.calls).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
        Object.defineProperty(window, 'localStorage', descriptor);
        localStorage.removeItem('ml-skill-quiz:full');
        warn.restore();
      }
    });

    it('keeps naming the key it read when persist changes before the reader starts', async () => {
      localStorage.setItem('ml-skill-quiz:first', '{not json');
      const warn = captureConsole('warn');
      try {
        const el = await fixture<MlSkillQuiz>(html`<ml-skill-quiz persist="first"></ml-skill-quiz>`);
        el.persist = 'second';
        await el.updateComplete;
        expect(problems(el)).to.deep.equal(['The progress stored under "ml-skill-quiz:first" was ignored: it is not valid JSON.']);
        expect(warn.calls).to.have.length(1);
      } finally {
        localStorage.removeItem('ml-skill-quiz:first');
        warn.restore();
      }
    });
  });
});
