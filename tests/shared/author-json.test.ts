import { expect } from '@open-wc/testing';
import { findJsonChild } from '../../src/shared/author-json.js';

describe('shared: author JSON', () => {
  it('finds the first JSON script among the children or in a <p> child, not deeper', () => {
    const host = document.createElement('ml-skill-quiz');
    host.innerHTML =
      '<p><br />\n<script type="text/javascript">1</script><script type="application/json">{"first":1}</script><br />\n</p>' +
      '<script type="application/json">{"second":1}</script>';
    expect(findJsonChild(host)?.textContent).to.equal('{"first":1}');
    const provider = document.createElement('ml-jobs-data');
    provider.innerHTML = '<ml-skill-quiz><script type="application/json">{}</script></ml-skill-quiz><p>text</p>';
    expect(findJsonChild(provider)).to.equal(null);
    // Another app's state deeper in a page the provider wraps is not the provider's.
    provider.insertAdjacentHTML('beforeend', '<div><script type="application/json">{"app":1}</script></div>');
    expect(findJsonChild(provider)).to.equal(null);
    provider.insertAdjacentHTML('beforeend', '<p><script type="application/json">{"mine":1}</script></p>');
    expect(findJsonChild(provider)?.textContent).to.equal('{"mine":1}');
  });
});
