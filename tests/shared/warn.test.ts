import { expect } from '@open-wc/testing';
import { problemsOf, reportProblem, warnOnce } from '../../src/shared/warn.js';
import { captureConsole } from '../support/console.js';

describe('warnings and problems', () => {
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => (warnings = captureConsole('warn')));
  afterEach(() => warnings.restore());

  it('warns once per element and message, with the package name', () => {
    const a = {};
    const b = {};
    warnOnce(a, 'one');
    warnOnce(a, 'one');
    warnOnce(a, 'two');
    warnOnce(b, 'one');
    expect(warnings.messages()).to.deep.equal(['ml-career-widgets: one', 'ml-career-widgets: two', 'ml-career-widgets: one']);
  });

  it("collects a widget's problems to show, naming the element in its warning; a page-wide one warns once per page", () => {
    const first = document.createElement('ml-role-card');
    const second = document.createElement('ml-salary-compare');
    for (const el of [first, second]) problemsOf.set(el, new Set());
    reportProblem(first, 'theme="blue" is not light or dark.');
    reportProblem(first, 'Storage is full.', document);
    reportProblem(second, 'Storage is full.', document);
    expect([...problemsOf.get(first)!]).to.deep.equal(['theme="blue" is not light or dark.', 'Storage is full.']);
    expect([...problemsOf.get(second)!]).to.deep.equal(['Storage is full.']);
    expect(warnings.messages()).to.deep.equal([
      'ml-career-widgets: <ml-role-card> theme="blue" is not light or dark.',
      'ml-career-widgets: Storage is full.',
    ]);
  });
});
