import { expect, fixture, html } from '@open-wc/testing';
import { headingLevel, renderHeading } from '../../src/shared/heading.js';

describe('shared: headings', () => {
  it('reads heading-level as 1–6 and anything else as 3', () => {
    expect([1, '2', ' 6 '].map(headingLevel)).to.deep.equal([1, 2, 6]);
    expect([undefined, null, '', '0', '7', '2.5', '2.0', '0x2', '1e0', 'two', -1].map(headingLevel)).to.deep.equal(
      [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    );
  });

  it("renders a widget's own heading focusable from script, and a sub-heading without id or tabindex", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${renderHeading(2, 'Title')}${renderHeading(3, 'Salary', { id: null, part: 'section-heading', focusable: false })}</div>`,
    );
    const [own, sub] = wrapper.children;
    expect([own.localName, own.id, own.getAttribute('part'), own.className, own.getAttribute('tabindex')]).to.deep.equal(
      ['h2', 'heading', 'heading', 'heading', '-1'],
    );
    expect([sub.localName, sub.hasAttribute('id'), sub.className, sub.hasAttribute('tabindex')]).to.deep.equal(
      ['h3', false, 'section-heading', false],
    );
  });

  it('keeps a level below 6 an h6 (a list heading under heading-level="6")', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${renderHeading(8, 'Deep')}</div>`);
    expect(wrapper.firstElementChild!.localName).to.equal('h6');
  });
});
