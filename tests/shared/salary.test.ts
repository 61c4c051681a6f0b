import { expect } from '@open-wc/testing';
import { getJob } from '../../src/data/jobs.js';
import { NO_SOURCE, SUMMARY_SOURCE, attribution, basesDiffer, salaryFigure } from '../../src/shared/salary.js';

describe('shared: salary', () => {
  it('attributes a figure to its source and date, the source alone, or says none was named', () => {
    expect(attribution('Glassdoor', 'December 2022')).to.equal('Glassdoor, December 2022');
    expect(attribution('U.S. Bureau of Labor Statistics', null)).to.equal('U.S. Bureau of Labor Statistics');
    expect(attribution(null, null)).to.equal(NO_SOURCE);
  });

  it('gives the median with its attribution, or the closing summary figure', () => {
    const mle = getJob('ml-engineer')!;
    expect(salaryFigure(mle, 'median')).to.include({ amount: 114121, attribution: 'Glassdoor, December 2022' });
    expect(salaryFigure(mle, 'article')).to.include({ amount: 120000, attribution: SUMMARY_SOURCE });
    expect(salaryFigure(getJob('nlp-engineer')!, 'median').attribution).to.equal(NO_SOURCE);
    expect(basesDiffer(mle)).to.equal(true);
  });
});
