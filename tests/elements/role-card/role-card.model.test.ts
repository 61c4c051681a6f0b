import { expect } from '@open-wc/testing';
import { dataset, getJob } from '../../../src/data/jobs.js';
import type { Job } from '../../../src/data/types.js';
import {
  labelledTags,
  occupationJsonLd,
  parseSections,
  responsibilities,
  salaryView,
  sameDuty,
  scriptJson,
  sectionsOf,
  skillTags,
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
    expect(parseSections(['Skills', 'salary', 'pay', 'bonus'])).to.deep.equal({ wanted: ['salary', 'skills'], unknown: ['pay', 'bonus'] });
  });

  it('shows only asked-for sections that the role has', () => {
    expect(visibleSections(job('ml-research-scientist'), ['responsibilities', 'education'])).to.deep.equal(['education']);
    expect(visibleSections(job('nlp-engineer'), null)).to.have.length(5);
  });

  it("merges the ML engineer's two responsibility lists, leaving out the second list's rewordings", () => {
    const items = responsibilities(job('ml-engineer'));
    expect(items).to.have.length(7);
    expect(items.slice(0, 4)).to.deep.equal(job('ml-engineer').responsibilities[0].items);
    // "Monitor models in production and re-train them…" and "Develop APIs and data pipelines…"
    // restate day-to-day items 3 and 2.
    expect(items.slice(4)).to.deep.equal([
      'Work closely with stakeholders and data scientists to identify opportunities where machine learning can provide enhanced solutions.',
      'Build, test and deploy machine learning models into production.',
      'Participate in code reviews and provide technical mentorship to junior engineers',
    ]);
  });

  it('keeps every item of the other roles (their lists hold no rewordings)', () => {
    for (const id of ['computer-vision-engineer', 'nlp-engineer', 'robotics-engineer']) {
      expect(responsibilities(job(id))).to.deep.equal(job(id).responsibilities[0].items);
    }
    expect(responsibilities(job('ml-research-scientist'))).to.deep.equal([]);
  });

  it('sameDuty: most words of the shorter item recur, and it has at least three', () => {
    const set = (...w: string[]) => new Set(w);
    expect(sameDuty(set('monitor', 'model', 'production'), set('monitor', 'model', 'production', 'drift'))).to.equal(true);
    expect(sameDuty(set('build', 'model', 'test', 'deploy'), set('build', 'model', 'experiment', 'tool'))).to.equal(false);
    expect(sameDuty(set('python', 'c'), set('python', 'c', 'java'))).to.equal(false);
  });

  it('drops a repeated responsibility even when case, spacing or the final full stop differ', () => {
    const twice: Job = {
      ...job('nlp-engineer'),
      responsibilities: [
        { title: 'A', items: ['Build models.', 'Annotate data'] },
        { title: 'B', items: ['build  models', 'Ship models to production', 'Ship models to production daily', 'Annotate data.'] },
      ],
    };
    // Within one list only exact repeats go: the article's own items there are distinct duties.
    expect(responsibilities(twice)).to.deep.equal(['Build models.', 'Annotate data', 'Ship models to production', 'Ship models to production daily']);
  });

  it('ranks skill tags by use, ties in article order, with vocabulary labels', () => {
    expect(skillTags(job('ml-research-scientist'))).to.deep.equal([
      'research', 'math-stats', 'python', 'ml-frameworks', 'deep-learning', 'communication',
    ]);
    expect(skillTags(job('computer-vision-engineer'))[0]).to.equal('computer-vision');
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

  it('builds schema.org Occupation JSON-LD', () => {
    const ld = occupationJsonLd(job('computer-vision-engineer'));
    expect(ld).to.deep.include({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Computer Vision Engineer' });
    expect(ld.estimatedSalary).to.deep.equal([
      { '@type': 'MonetaryAmountDistribution', name: 'median', currency: 'USD', duration: 'P1Y', median: 158303 },
    ]);
    expect(ld.skills).to.have.length(6);
    expect(ld.responsibilities).to.have.length(6);
    expect(ld.educationRequirements).to.deep.equal(['MS or PhD in Computer Science, Computer Vision or related field']);
    expect(ld.experienceRequirements).to.deep.equal(['3+ years experience building and deploying computer vision models']);
    expect(occupationJsonLd(job('ml-engineer')).occupationLocation).to.deep.equal({ '@type': 'Country', name: 'US' });
    const scientist = occupationJsonLd(job('ml-research-scientist'));
    expect(scientist).not.to.have.property('responsibilities');
    expect(scientist).not.to.have.property('experienceRequirements');
    expect(scientist.educationRequirements).to.have.length(5);
  });

  it('serialises JSON that cannot close a script element', () => {
    const text = scriptJson({ name: '</script><script>alert(1)</script>', line: '\u2028' });
    expect(text).not.to.include('<');
    expect(text).not.to.include('\u2028');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script>', line: '\u2028' });
  });
});
