import { expect } from '@open-wc/testing';
import { findJsonChild } from '../../src/shared/author-json.js';

describe('shared: author JSON', () => {
  it('finds the first JSON script whatever a CMS put around it, not one of a nested widget', () => {
    const host = document.createElement('ml-skill-quiz');
    host.innerHTML =
      '<p><br />\n<script type="text/javascript">1</script><script type="application/json">{"first":1}</script><br />\n</p>' +
      '<script type="application/json">{"second":1}</script>';
    expect(findJsonChild(host)?.textContent).to.equal('{"first":1}');
    const provider = document.createElement('ml-jobs-data');
    provider.innerHTML = '<ml-skill-quiz><script type="application/json">{}</script></ml-skill-quiz><p>text</p>';
    expect(findJsonChild(provider)).to.equal(null);
    provider.insertAdjacentHTML('beforeend', '<div><script type="application/json">{"mine":1}</script></div>');
    expect(findJsonChild(provider)?.textContent).to.equal('{"mine":1}');
  });
});
