import { expect } from '@open-wc/testing';
import { formatMoney, formatMoneyRange } from '../../src/shared/format.js';

const NBSP = '\u00a0';

describe('shared: format', () => {
  it('formats whole US dollars per locale', () => {
    expect(formatMoney(114121, 'USD', 'en-US')).to.equal('$114,121');
    expect(formatMoney(114121, 'USD', 'de-DE')).to.equal(`114.121${NBSP}$`);
    // fr-FR groups with a narrow no-break space and writes "$US".
    expect(formatMoney(114121, 'USD', 'fr-FR')).to.equal(`114\u202f121${NBSP}$US`);
  });

  it('formats other currencies a dataset may use', () => {
    expect(formatMoney(52000, 'EUR', 'de-DE')).to.equal(`52.000${NBSP}€`);
  });

  it('joins a range with an en dash as the article writes it', () => {
    expect(formatMoneyRange(95000, 180000, 'USD', 'en-US')).to.equal('$95,000–$180,000');
  });
});
