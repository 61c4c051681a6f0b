import { expect } from '@open-wc/testing';
import { getJob } from '../../src/data/jobs.js';
import { NO_SOURCE, SUMMARY_SOURCE, attribution, basesDiffer, salaryFigure, topEarnersPhrase } from '../../src/shared/salary.js';

describe('shared: salary', () => {
  it('attributes a figure to its source and date, the source alone, or says none was named', () => {
    expect(attribution('Glassdoor', 'December 2022')).to.equal('Glassdoor, December 2022');
    expect(attribution('U.S. Bureau of Labor Statistics', null)).to.equal('U.S. Bureau of Labor Statistics');
    expect(attribution(null, null)).to.equal(NO_SOURCE);
    // A page's own data may date a figure without naming a source: the date stays.
    expect(attribution(null, '2024')).to.equal(`${NO_SOURCE}, 2024`);
  });

  it('gives the median with its attribution, or the closing summary figure', () => {
    const mle = getJob('ml-engineer')!;
    expect(salaryFigure(mle, 'median')).to.include({ amount: 114121, attribution: 'Glassdoor, December 2022' });
    expect(salaryFigure(mle, 'article')).to.include({ amount: 120000, attribution: SUMMARY_SOURCE });
    expect(salaryFigure(getJob('nlp-engineer')!, 'median').attribution).to.equal(NO_SOURCE);
    expect(basesDiffer(mle)).to.equal(true);
  });

  it('words a top-earner figure with the qualifier the data gives, and invents none', () => {
    expect(topEarnersPhrase('over', '$230,000')).to.equal('over $230,000');
    expect(topEarnersPhrase(undefined, '$230,000')).to.equal('$230,000');
  });
});
