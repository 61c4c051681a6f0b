import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ml-role-card.js';
import type { MlRoleCard } from '../../../src/elements/role-card/role-card.js';

// A file of its own: the policy below holds for the rest of this page.
describe('<ml-role-card structured-data> on a Trusted Types page', () => {
  it('writes its JSON-LD through a policy, with no violation reported', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'";
    document.head.append(meta);
    // The policy is in force: a plain string is refused.
    expect(() => (document.createElement('script').textContent = '{}')).to.throw();
    const el = await fixture<MlRoleCard>(html`<ml-role-card job="robotics-engineer" structured-data></ml-role-card>`);
    await el.updateComplete;
    el.job = 'nlp-engineer';
    await el.updateComplete;
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(JSON.parse(script.textContent!).name).to.equal('Natural Language Processing Engineer');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.filter((v) => !v.startsWith('require-trusted-types-for HTMLScriptElement textContent|{}'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
