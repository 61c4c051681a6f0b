import { expect } from '@open-wc/testing';
import { dataset, getJob, jobIds, jobs, skillLabel } from '../../src/data/index.js';

describe('data: jobs', () => {
  it('holds the five roles of the article in its order, with the contract ids', () => {
    expect(jobIds()).to.deep.equal([
      'ml-engineer',
      'computer-vision-engineer',
      'nlp-engineer',
      'robotics-engineer',
      'ml-research-scientist',
    ]);
    expect(jobs.map((job) => job.title)).to.deep.equal([
      'Machine Learning Engineer',
      'Computer Vision Engineer',
      'Natural Language Processing Engineer',
      'Robotics Engineer',
      'Machine Learning Research Scientist',
    ]);
  });

  it('keeps each median with its source and date exactly as the article gives them', () => {
    const median = (id: string) => getJob(id)!.salary.median;
    expect(median('ml-engineer')).to.include({ amount: 114121, source: 'Glassdoor', date: 'December 2022' });
    expect(median('computer-vision-engineer')).to.include({ amount: 158303, source: 'Indeed.com', date: 'January 2023' });
    expect(median('nlp-engineer')).to.include({ amount: 130000, source: null, date: null });
    expect(median('robotics-engineer')).to.include({ amount: 99040, source: 'U.S. Bureau of Labor Statistics', date: null });
    expect(median('ml-research-scientist')).to.include({ amount: 126830, source: null, date: null });
  });

  it("keeps the closing summary's figures, the NLP range and the computer-vision top earners", () => {
    expect(jobs.map((job) => job.salary.article.amount)).to.deep.equal([120000, 115000, 110000, 105000, 140000]);
    expect(getJob('nlp-engineer')!.salary.range).to.include({ min: 95000, max: 180000 });
    expect(getJob('computer-vision-engineer')!.salary.top).to.include({ amount: 230000, qualifier: 'over' });
  });

  it('keeps both ML engineer responsibility lists and the research scientist education paths', () => {
    expect(getJob('ml-engineer')!.responsibilities.map((list) => list.items.length)).to.deep.equal([4, 5]);
    const scientist = getJob('ml-research-scientist')!;
    expect(scientist.responsibilities).to.have.length(0);
    expect(scientist.requirements).to.have.length(0);
    expect(scientist.education!.paths.map((path) => path.title)).to.deep.equal([
      'Bachelor’s Degree',
      'Master’s Degree',
      'PhD',
      'Certificates & Online Programs',
    ]);
  });

  it('keeps the market-growth claims with their sources and periods', () => {
    expect(dataset.marketGrowth!.map(({ figure, source, period }) => [figure, source, period])).to.deep.equal([
      ['344%', 'Indeed', '2015–2018'],
      ['9.8x', 'LinkedIn', '2015–2020'],
    ]);
  });

  it('getJob returns undefined for an unknown id; skillLabel reads the vocabulary', () => {
    expect(getJob('data-scientist')).to.equal(undefined);
    expect(skillLabel('ros')).to.equal('ROS');
    expect(skillLabel('not-a-tag')).to.equal('not-a-tag');
  });
});
