import { expect } from '@open-wc/testing';
import { emit } from '../../src/shared/events.js';

describe('emit', () => {
  it('fires a CustomEvent that bubbles out of a shadow root with its detail, and says whether it was not cancelled', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const seen: CustomEvent[] = [];
    const listener = (event: Event) => seen.push(event as CustomEvent);
    document.addEventListener('ml-toggle', listener);
    try {
      expect(emit(inner, 'ml-toggle', { job: 'nlp-engineer', expanded: true })).to.equal(true);
      expect(seen).to.have.length(1);
      expect(seen[0]).to.be.instanceOf(CustomEvent);
      expect(seen[0].detail).to.deep.equal({ job: 'nlp-engineer', expanded: true });
      // Retargeted: outside the shadow root the page sees the host.
      expect(seen[0].target).to.equal(host);
      expect([seen[0].bubbles, seen[0].composed, seen[0].cancelable]).to.deep.equal([true, true, false]);
    } finally {
      document.removeEventListener('ml-toggle', listener);
      host.remove();
    }
  });
});
