import { expect } from '@open-wc/testing';
import { dataset, getJob } from '../../../src/data/jobs.js';
import type { Job } from '../../../src/data/types.js';
import {
  jobProblem,
  labelledTags,
  occupationJsonLd,
  otherFigureNote,
  parseSections,
  rankedSkillTags,
  responsibilities,
  responsibilityLists,
  salaryView,
  scriptJson,
  sectionsOf,
  visibleSections,
} from '../../../src/elements/role-card/role-card.model.js';

const job = (id: string) => getJob(id)!;

describe('role-card model', () => {
  it('knows which sections each role has', () => {
    expect(sectionsOf(job('ml-engineer'))).to.deep.equal(['summary', 'salary', 'responsibilities', 'skills', 'requirements']);
    expect(sectionsOf(job('ml-research-scientist'))).to.deep.equal(['summary', 'salary', 'skills', 'education']);
  });

  it('parses sections: case-insensitive, card order, unknown names apart; empty means all', () => {
    expect(parseSections([])).to.deep.equal({ wanted: null, unknown: [] });
    expect(parseSections(['skills', 'salary', 'pay', 'bonus'])).to.deep.equal({ wanted: ['salary', 'skills'], unknown: ['pay', 'bonus'] });
    // Only unknown names (a typo): all sections, not an empty card.
    expect(parseSections(['salaries'])).to.deep.equal({ wanted: null, unknown: ['salaries'] });
  });

  it('shows only asked-for sections that the role has', () => {
    expect(visibleSections(job('ml-research-scientist'), ['responsibilities', 'education'])).to.deep.equal(['education']);
    expect(visibleSections(job('nlp-engineer'), null)).to.have.length(5);
  });

  it("keeps the ML engineer's two responsibility lists with the article's titles and wording", () => {
    const lists = responsibilityLists(job('ml-engineer'));
    expect(lists.map((list) => list.title)).to.deep.equal(['Day-to-day responsibilities', 'Responsibilities of a Machine Learning Engineer']);
    expect(lists.map((list) => list.items)).to.deep.equal(job('ml-engineer').responsibilities.map((list) => list.items));
    expect(responsibilities(job('ml-engineer'))).to.have.length(9);
  });

  it('keeps every item of the other roles', () => {
    for (const id of ['computer-vision-engineer', 'nlp-engineer', 'robotics-engineer']) {
      expect(responsibilities(job(id))).to.deep.equal(job(id).responsibilities[0].items);
    }
    expect(responsibilityLists(job('ml-research-scientist'))).to.deep.equal([]);
  });

  it('leaves out a repeated item, even when case, spacing or the final full stop differ, and only that', () => {
    const twice: Job = {
      ...job('nlp-engineer'),
      responsibilities: [
        { title: 'A', items: ['Build data pipelines for model training.', 'Annotate data'] },
        { title: 'B', items: ['build  data pipelines for model training', 'Build data pipelines for model serving', 'Annotate data.'] },
        { title: 'C', items: ['Annotate data'] },
      ],
    };
    expect(responsibilityLists(twice)).to.deep.equal([
      { title: 'A', items: ['Build data pipelines for model training.', 'Annotate data'] },
      // A similar duty is the data's own item, not a repeat.
      { title: 'B', items: ['Build data pipelines for model serving'] },
    ]);
  });

  it('ranks skill tags by use, ties in article order, with vocabulary labels', () => {
    expect(rankedSkillTags(job('ml-research-scientist'))).to.deep.equal([
      'research', 'math-stats', 'python', 'ml-frameworks', 'deep-learning', 'communication',
    ]);
    expect(rankedSkillTags(job('computer-vision-engineer'))[0]).to.equal('computer-vision');
    expect(labelledTags(['cpp', 'unknown-tag'], dataset)).to.deep.equal([
      { id: 'cpp', label: 'C/C++' },
      { id: 'unknown-tag', label: 'unknown-tag' },
    ]);
  });

  it('shapes the salary block for both bases', () => {
    const median = salaryView(job('ml-engineer'), 'median');
    expect(median.figure).to.include({ amount: 114121, attribution: 'Glassdoor, December 2022' });
    expect(median.label).to.equal('Median salary in the US');
    expect(median.other).to.include({ amount: 120000, basis: 'article' });
    const article = salaryView(job('ml-engineer'), 'article');
    expect(article.figure.amount).to.equal(120000);
    expect(article.label).to.equal('Average salary');
    expect(article.other).to.include({ amount: 114121, basis: 'median' });
    expect(salaryView(job('nlp-engineer'), 'median').range).to.deep.equal({ min: 95000, max: 180000, currency: 'USD' });
    expect(salaryView(job('nlp-engineer'), 'article').range).to.equal(null);
    expect(salaryView(job('computer-vision-engineer'), 'median').top).to.deep.equal({ amount: 230000, qualifier: 'over' });
    const same: Job = { ...job('robotics-engineer'), salary: { ...job('robotics-engineer').salary, article: { amount: 99040, currency: 'USD' } } };
    expect(salaryView(same, 'median').other).to.equal(null);
  });

  it("words the other basis' figure with its source, in the money format it is given", () => {
    const money = (amount: number, currency: string) => `${currency} ${amount}`;
    expect(otherFigureNote(salaryView(job('ml-engineer'), 'median').other!, money)).to.equal(
      "The article's closing summary gives a different figure: USD 120000.",
    );
    expect(otherFigureNote(salaryView(job('ml-engineer'), 'article').other!, money)).to.equal(
      "The role's section gives a median of USD 114121 (Glassdoor, December 2022).",
    );
  });

  it("names a missing job or the author's unknown one, with the valid ids", () => {
    const ids = ['a-job', 'b-job'];
    expect(jobProblem('NLP', ids)).to.equal('There is no role “NLP” to show. Valid job ids: a-job, b-job.');
    for (const absent of [undefined, '', '  ']) {
      expect(jobProblem(absent, ids)).to.equal('No role chosen: set the job attribute to one of a-job, b-job.');
    }
  });

  it('builds schema.org Occupation JSON-LD', () => {
    const ld = occupationJsonLd(job('computer-vision-engineer'));
    expect(ld).to.deep.include({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Computer Vision Engineer' });
    expect(ld.estimatedSalary).to.deep.equal([
      {
        '@type': 'MonetaryAmountDistribution',
        name: 'median',
        description: 'Median salary (Indeed.com, January 2023)',
        currency: 'USD',
        duration: 'P1Y',
        median: 158303,
      },
    ]);
    expect((occupationJsonLd(job('nlp-engineer')).estimatedSalary as { description: string }[])[0].description).to.equal(
      'Median salary (source not named)',
    );
    expect(ld.skills).to.have.length(6);
    expect(ld.responsibilities).to.have.length(6);
    expect(ld.educationRequirements).to.deep.equal(['MS or PhD in Computer Science, Computer Vision or related field']);
    expect(ld.experienceRequirements).to.deep.equal(['3+ years experience building and deploying computer vision models']);
    expect(occupationJsonLd(job('ml-engineer')).occupationLocation).to.deep.equal({ '@type': 'Country', name: 'US' });
    const scientist = occupationJsonLd(job('ml-research-scientist'));
    expect(scientist).not.to.have.property('responsibilities');
    expect(scientist).not.to.have.property('experienceRequirements');
    // A page's own skill that only starts like a degree is not one.
    const own: Job = { ...job('ml-engineer'), skills: [{ text: 'Mastery of linear algebra', tags: [] }] };
    expect(occupationJsonLd(own)).not.to.have.property('educationRequirements');
    // Its degree is in its skills; its education section describes paths into the field at large.
    expect(scientist.educationRequirements).to.deep.equal(['PhD in computer science, statistics, mathematics, or other quantitative field']);
  });

  it('serialises JSON that cannot close a script element', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script>', line: '\u2028' });
    expect(text).not.to.include('<');
    expect(text).not.to.include('\u2028');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script>', line: '\u2028' });
  });
});
