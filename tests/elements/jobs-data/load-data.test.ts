import { expect } from '@open-wc/testing';
import { dataset } from '../../../src/data/jobs.js';
import { checkData, parseInline } from '../../../src/elements/jobs-data/load-data.js';

describe('jobs-data: load-data', () => {
  it('accepts the bundled dataset as it is', () => {
    expect(checkData(dataset, 'x')).to.deep.equal({ ok: true, data: dataset });
  });

  it('names where the data came from and at most three problems', () => {
    const result = checkData({ article: {}, skillTags: [], jobs: [], extra: 1 }, 'my.json');
    expect(result).to.deep.equal({
      ok: false,
      error:
        'my.json is not valid jobs data: article.title is missing; skillTags must have at least 1 item; ' +
        'jobs must have at least 1 item; and 1 more.',
    });
  });

  it('does not add "and N more" when there are three problems or fewer', () => {
    const result = checkData({ article: { title: 'T' }, skillTags: [] }, 'my.json');
    expect(result).to.deep.equal({
      ok: false,
      error: 'my.json is not valid jobs data: jobs is missing; skillTags must have at least 1 item.',
    });
  });

  it('says when inline JSON does not parse, with the WordPress hint only when paragraph tags are in it', () => {
    const plain = parseInline('{"jobs": ');
    expect(plain.ok).to.equal(false);
    expect(!plain.ok && plain.error).to.match(/^The JSON inside <ml-jobs-data> is not valid JSON \(.+\)\.$/);
    const wordpress = parseInline('{"jobs": [</p>\n<p>]}');
    expect(!wordpress.ok && wordpress.error).to.contain('Keep the JSON on one line, use a Custom HTML block');
  });

  it('validates inline JSON that parses', () => {
    expect(parseInline(JSON.stringify(dataset))).to.deep.equal({ ok: true, data: dataset });
    expect(parseInline('[]')).to.deep.equal({
      ok: false,
      error: 'The JSON inside <ml-jobs-data> is not valid jobs data: the data must be an object.',
    });
  });
});
