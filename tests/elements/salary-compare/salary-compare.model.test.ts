import { expect } from '@open-wc/testing';
import { dataset, jobIds } from '../../../src/data/index.js';
import type { JobsData } from '../../../src/data/types.js';
import {
  buildRows,
  percent,
  scaleMax,
  selectJobs,
  sortRows,
  sourceLine,
  toCsv,
} from '../../../src/elements/salary-compare/salary-compare.model.js';

const order = jobIds();
const rows = (basis: 'median' | 'article', sort: 'desc' | 'asc' | 'none', ids: string[] = []) =>
  sortRows(buildRows(selectJobs(ids, dataset).jobs, basis), sort, order).map((row) => [row.job, row.amount]);

describe('salary-compare model', () => {
  it('sorts the medians highest first, as the article gives them', () => {
    expect(rows('median', 'desc')).to.deep.equal([
      ['computer-vision-engineer', 158303],
      ['nlp-engineer', 130000],
      ['ml-research-scientist', 126830],
      ['ml-engineer', 114121],
      ['robotics-engineer', 99040],
    ]);
  });

  it("sorts the closing summary's figures highest first", () => {
    expect(rows('article', 'desc')).to.deep.equal([
      ['ml-research-scientist', 140000],
      ['ml-engineer', 120000],
      ['computer-vision-engineer', 115000],
      ['nlp-engineer', 110000],
      ['robotics-engineer', 105000],
    ]);
  });

  it('sorts lowest first on both bases', () => {
    expect(rows('median', 'asc').map(([id]) => id)).to.deep.equal([
      'robotics-engineer',
      'ml-engineer',
      'ml-research-scientist',
      'nlp-engineer',
      'computer-vision-engineer',
    ]);
    expect(rows('article', 'asc').map(([, amount]) => amount)).to.deep.equal([105000, 110000, 115000, 120000, 140000]);
  });

  it('keeps the order of `jobs` with sort none, and dataset order when no jobs are named', () => {
    const ids = ['robotics-engineer', 'computer-vision-engineer', 'ml-engineer'];
    expect(rows('median', 'none', ids).map(([id]) => id)).to.deep.equal(ids);
    expect(rows('article', 'none').map(([id]) => id)).to.deep.equal(order);
  });

  it('breaks ties in dataset order, whatever order `jobs` gives', () => {
    const data: JobsData = structuredClone(dataset);
    for (const job of data.jobs) job.salary.article.amount = 100000;
    const tied = selectJobs(['robotics-engineer', 'ml-engineer', 'nlp-engineer'], data).jobs;
    for (const sort of ['desc', 'asc'] as const) {
      expect(sortRows(buildRows(tied, 'article'), sort, order).map((row) => row.job)).to.deep.equal([
        'ml-engineer',
        'nlp-engineer',
        'robotics-engineer',
      ]);
    }
  });

  it('splits `jobs` into known jobs and unknown ids', () => {
    const { jobs, unknown } = selectJobs(['nlp-engineer', 'data-wizard', 'ml-engineer', 'role'], dataset);
    expect(jobs.map((job) => job.id)).to.deep.equal(['nlp-engineer', 'ml-engineer']);
    expect(unknown).to.deep.equal(['data-wizard', 'role']);
  });

  it('builds rows with provenance, and the range and top earners on the median basis only', () => {
    const [cv, nlp] = buildRows(selectJobs(['computer-vision-engineer', 'nlp-engineer'], dataset).jobs, 'median');
    expect(cv).to.deep.include({
      job: 'computer-vision-engineer',
      title: 'Computer Vision Engineer',
      amount: 158303,
      currency: 'USD',
      basis: 'median',
      source: 'Indeed.com',
      date: 'January 2023',
      attribution: 'Indeed.com, January 2023',
      top: { amount: 230000, qualifier: 'over', currency: 'USD' },
    });
    expect(nlp.range).to.deep.equal({ min: 95000, max: 180000, currency: 'USD' });
    expect(nlp.attribution).to.equal('source not named');
    const article = buildRows(selectJobs(['computer-vision-engineer', 'nlp-engineer'], dataset).jobs, 'article');
    expect(article.map((row) => [row.range, row.top, row.attribution])).to.deep.equal([
      [undefined, undefined, "the article's closing summary"],
      [undefined, undefined, "the article's closing summary"],
    ]);
  });

  it('scales from zero to the largest figure drawn, range ends and top earners included, with room after an open one', () => {
    const median = buildRows(selectJobs([], dataset).jobs, 'median');
    // "Over $230,000" gets 15 % more room for its open-ended line.
    expect(scaleMax(median)).to.equal(264500);
    const upTo = median.map((row) => (row.top ? { ...row, top: { ...row.top, qualifier: 'up to' } } : row));
    expect(scaleMax(upTo)).to.equal(230000);
    // A page's "over $100,000" below a $158,303 median: the room comes after the bar.
    const below = median.map((row) => (row.top ? { ...row, top: { ...row.top, amount: 100000 } } : row));
    expect(scaleMax(below)).to.be.closeTo(158303 * 1.15, 0.001);
    expect(scaleMax(buildRows(selectJobs(['ml-engineer'], dataset).jobs, 'median'))).to.equal(114121);
    expect(percent(115000, 230000)).to.equal(50);
    expect(percent(1, 3)).to.equal(33.33);
    expect(percent(-5, 10)).to.equal(0);
    expect(percent(20, 10)).to.equal(100);
  });

  it('names every source and date once, in chart order, each with the roles it covers', () => {
    const median = sortRows(buildRows(selectJobs([], dataset).jobs, 'median'), 'desc', order);
    expect(sourceLine(median)).to.equal(
      'Sources: Indeed.com, January 2023 (Computer Vision Engineer); ' +
        'source not named (Natural Language Processing Engineer, Machine Learning Research Scientist); ' +
        'Glassdoor, December 2022 (Machine Learning Engineer); U.S. Bureau of Labor Statistics (Robotics Engineer).',
    );
  });

  it('names one source for every row without roles, and an unnamed one as a sentence of its own', () => {
    expect(sourceLine(buildRows(selectJobs([], dataset).jobs, 'article'))).to.equal("Source: the article's closing summary.");
    expect(sourceLine(buildRows(selectJobs(['ml-engineer'], dataset).jobs, 'median'))).to.equal('Source: Glassdoor, December 2022.');
    expect(sourceLine(buildRows(selectJobs(['nlp-engineer', 'ml-research-scientist'], dataset).jobs, 'median'))).to.equal('Source not named.');
  });

  it('keeps the date of a figure whose source a page\'s own data does not name', () => {
    const [nlp, ml] = buildRows(selectJobs(['nlp-engineer', 'ml-engineer'], dataset).jobs, 'median');
    const dated = { ...ml, source: null, date: '2024', attribution: 'source not named, 2024' };
    expect(sourceLine([nlp, dated])).to.equal(
      'Sources: source not named (Natural Language Processing Engineer); source not named, 2024 (Machine Learning Engineer).',
    );
    expect(sourceLine([dated])).to.equal('Source not named, 2024.');
  });

  it('writes the shown rows as CSV with a header and CRLF line ends', () => {
    const shown = sortRows(buildRows(selectJobs(['ml-engineer', 'nlp-engineer', 'robotics-engineer'], dataset).jobs, 'median'), 'desc', order);
    expect(toCsv(shown)).to.equal(
      'title,amount,currency,basis,source,date,region,range_min,range_max,top_earners_qualifier,top_earners\r\n' +
        'Natural Language Processing Engineer,130000,USD,median,source not named,,,95000,180000,,\r\n' +
        'Machine Learning Engineer,114121,USD,median,Glassdoor,December 2022,US,,,,\r\n' +
        'Robotics Engineer,99040,USD,median,U.S. Bureau of Labor Statistics,,,,,,\r\n',
    );
  });

  it('fills every column of a row with a range and top earners, and keeps an unnamed source apart from its date', () => {
    const [row] = buildRows(selectJobs(['ml-engineer'], dataset).jobs, 'median');
    const own = {
      ...row,
      source: null,
      date: '2024',
      range: { min: 80000, max: 150000, currency: 'USD' },
      top: { amount: 200000, qualifier: 'over', currency: 'USD' },
    };
    expect(toCsv([own]).split('\r\n')[1]).to.equal(
      'Machine Learning Engineer,114121,USD,median,source not named,2024,US,80000,150000,over,200000',
    );
    // An empty source is no source, as on screen.
    expect(toCsv([{ ...row, source: '', date: '', attribution: 'source not named' }]).split('\r\n')[1]).to.equal(
      'Machine Learning Engineer,114121,USD,median,source not named,,US,,,,',
    );
  });

  it('writes the summary basis with the summary as its source, and no range, top or region', () => {
    const rows = buildRows(selectJobs(['computer-vision-engineer', 'ml-engineer'], dataset).jobs, 'article');
    expect(toCsv(rows).split('\r\n').slice(1)).to.deep.equal([
      "Computer Vision Engineer,115000,USD,article,the article's closing summary,,,,,,",
      "Machine Learning Engineer,120000,USD,article,the article's closing summary,,,,,,",
      '',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const [row] = buildRows(selectJobs(['ml-engineer'], dataset).jobs, 'median');
    const csv = toCsv([
      { ...row, title: 'Engineer, "Senior"', source: 'Line one\nline two', date: '=HYPERLINK("x")' },
      { ...row, title: '-1+1', source: '@SUM(A1)', date: 'Plain' },
    ]);
    expect(csv.split('\r\n').slice(1)).to.deep.equal([
      '"Engineer, ""Senior""",114121,USD,median,"Line one\nline two","\'=HYPERLINK(""x"")",US,,,,',
      "'-1+1,114121,USD,median,'@SUM(A1),Plain,US,,,,",
      '',
    ]);
  });
});
