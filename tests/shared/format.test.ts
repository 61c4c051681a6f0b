import { expect } from '@open-wc/testing';
import { formatMoney, formatMoneyRange, formatPercent, pluralize } from '../../src/shared/format.js';

const NBSP = '\u00a0';

describe('shared: format', () => {
  it('formats whole US dollars per locale', () => {
    expect(formatMoney(114121, 'USD', 'en-US')).to.equal('$114,121');
    expect(formatMoney(114121, 'USD', 'de-DE')).to.equal(`114.121${NBSP}$`);
    // fr-FR groups with a narrow no-break space and writes "$US".
    expect(formatMoney(114121, 'USD', 'fr-FR')).to.equal(`114\u202f121${NBSP}$US`);
  });

  it('writes English US dollars exactly as Intl does, without calling it', () => {
    const amounts = [0, 7, 99.5, 999, 1000, 99040, 114121, 158303.49, 1234567.5, 999999999, 123456789012345];
    const { NumberFormat } = Intl;
    const expected = (locale: string) => new NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    const wanted = ['en-US', 'en'].map((locale) => amounts.map((amount) => expected(locale).format(amount)));
    // The point of the fast path is that a page's first NumberFormat never gets built for these.
    Intl.NumberFormat = function () {
      throw new Error('Intl.NumberFormat called');
    } as unknown as typeof Intl.NumberFormat;
    try {
      ['en-US', 'en'].forEach((locale, i) =>
        amounts.forEach((amount, j) => expect(formatMoney(amount, 'USD', locale), `${amount} in ${locale}`).to.equal(wanted[i][j])),
      );
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
    // Other English locales write "US$", as Intl does.
    expect(formatMoney(114121, 'USD', 'en-GB')).to.equal('US$114,121');
  });

  it('formats other currencies a dataset may use', () => {
    expect(formatMoney(52000, 'EUR', 'de-DE')).to.equal(`52.000${NBSP}€`);
  });

  it('joins a range with an en dash as the article writes it', () => {
    expect(formatMoneyRange(95000, 180000, 'USD', 'en-US')).to.equal('$95,000–$180,000');
  });

  it('writes a whole percentage in the locale', () => {
    expect([0, 7, 92, 100].map((score) => formatPercent(score, 'en-US'))).to.deep.equal(['0%', '7%', '92%', '100%']);
    expect(formatPercent(92, 'en')).to.equal('92%');
    expect(formatPercent(92, 'de-DE')).to.equal(`92${NBSP}%`);
    expect(formatPercent(92, 'tr-TR')).to.equal('%92');
  });

  it('counts in the singular for exactly one', () => {
    expect([0, 1, 2, 9].map((n) => pluralize(n, 'question'))).to.deep.equal(['0 questions', '1 question', '2 questions', '9 questions']);
  });
});
