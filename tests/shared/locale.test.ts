import { expect, fixture, html } from '@open-wc/testing';
import { canonicalLocale, inheritedLang, resolveLocale } from '../../src/shared/locale.js';
import { captureConsole } from '../support/console.js';

describe('shared: locale', () => {
  it('canonicalises valid BCP 47 tags and rejects invalid ones', () => {
    expect(canonicalLocale('de-de')).to.equal('de-DE');
    expect(canonicalLocale('fr-FR')).to.equal('fr-FR');
    expect(canonicalLocale('en_US')).to.equal(null);
    expect(canonicalLocale('not a locale')).to.equal(null);
    expect(canonicalLocale('')).to.equal(null);
  });

  it('finds the nearest lang, also across a shadow root; lang="" means unknown', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fr-FR"><span></span><article></article><i lang=""></i></div>`);
    expect(inheritedLang(outer.querySelector('span')!)).to.equal('fr-FR');
    const shadow = outer.querySelector("article")!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p></p>';
    expect(inheritedLang(shadow.querySelector('p')!)).to.equal('fr-FR');
    expect(inheritedLang(outer.querySelector('i')!)).to.equal(null);
  });

  it('prefers the own locale, then the provider, then lang, then en-US', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-FR"><span></span></div>`);
    const el = wrapper.querySelector('span')!;
    expect(resolveLocale(el, 'de-DE', 'es-ES')).to.equal('de-DE');
    expect(resolveLocale(el, null, 'es-ES')).to.equal('es-ES');
    expect(resolveLocale(el, undefined, null)).to.equal('fr-FR');
    expect(resolveLocale(document.createElement('span'), null, null)).to.equal('en-US');
  });

  it('skips an invalid tag with one warning and uses the next source', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-FR"><span></span></div>`);
    const el = wrapper.querySelector('span')!;
    const log = captureConsole('warn');
    try {
      expect(resolveLocale(el, 'en_US', null)).to.equal('fr-FR');
      expect(resolveLocale(el, 'en_US', null)).to.equal('fr-FR');
    } finally {
      log.restore();
    }
    expect(log.calls).to.have.length(1);
    expect(log.messages()).to.deep.equal([
      'ml-career-widgets: <span> locale="en_US" is not a valid language tag like en-US or de-DE; it is ignored.',
    ]);
  });

  it("warns once per page for a provider's or a page's invalid tag, however many widgets read it", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de_AT"><span></span><b></b></div>`);
    const log = captureConsole('warn');
    try {
      for (const el of [wrapper.querySelector('span')!, wrapper.querySelector('b')!]) {
        expect(resolveLocale(el, null, 'pt_PT')).to.equal('en-US');
      }
    } finally {
      log.restore();
    }
    expect(log.messages()).to.deep.equal([
      'ml-career-widgets: <ml-jobs-data> locale="pt_PT" is not a valid language tag like en-US or de-DE; it is ignored.',
      'ml-career-widgets: lang="de_AT" is not a valid language tag like en-US or de-DE; it is ignored.',
    ]);
  });
});
