import { expect } from '@open-wc/testing';
import { asText, parseEnum, parseList } from '../../src/shared/attributes.js';
import { captureConsole } from '../support/console.js';

describe('shared: attribute parsing', () => {
  it('splits comma lists, trimming, lower-casing, dropping empties and repeats', () => {
    expect(parseList(' ml-engineer, NLP-Engineer,,ML-engineer ')).to.deep.equal(['ml-engineer', 'nlp-engineer']);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });

  it('reads properties a framework set to a non-string without throwing', () => {
    expect(parseList(['ml-engineer', 'nlp-engineer'])).to.deep.equal(['ml-engineer', 'nlp-engineer']);
    expect(parseList(5)).to.deep.equal(['5']);
    expect([asText(2), asText(null), asText(undefined), asText(' x ')]).to.deep.equal(['2', '', '', 'x']);
  });

  it('keeps allowed values and falls back with one warning otherwise', () => {
    const el = document.createElement('ml-test-enum');
    const log = captureConsole('warn');
    try {
      expect(parseEnum(el, 'sort', 'asc', ['desc', 'asc', 'none'], 'desc')).to.equal('asc');
      expect(parseEnum(el, 'sort', null, ['desc', 'asc', 'none'], 'desc')).to.equal('desc');
      // Trimmed and case-blind, like job and sections: no warning for these.
      expect(parseEnum(el, 'sort', ' ASC ', ['desc', 'asc', 'none'], 'desc')).to.equal('asc');
      expect(parseEnum(el, 'sort', '  ', ['desc', 'asc', 'none'], 'desc')).to.equal('desc');
      expect(parseEnum(el, 'sort', 'sideways', ['desc', 'asc', 'none'], 'desc')).to.equal('desc');
      expect(parseEnum(el, 'sort', 'sideways', ['desc', 'asc', 'none'], 'desc')).to.equal('desc');
    } finally {
      log.restore();
    }
    expect(log.calls).to.have.length(1);
    expect(log.text()).to.contain('sort="sideways" is not one of desc, asc, none; using "desc"');
  });
});
