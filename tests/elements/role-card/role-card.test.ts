import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/ml-role-card.js';
import type { MlRoleCard } from '../../../src/elements/role-card/role-card.js';
import { dataset } from '../../../src/data/jobs.js';
import type { JobsData } from '../../../src/data/types.js';
import type { ToggleDetail } from '../../../src/shared/events.js';
import '../../support/provider.js';
import type { TestJobsProvider } from '../../support/provider.js';
import { captureConsole } from '../../support/console.js';
import { expectTheme } from '../../support/theme.js';

const NBSP = '\u00a0';

const root = (el: MlRoleCard) => el.shadowRoot!;
// Collapses template whitespace but keeps the no-break spaces Intl puts into figures.
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: MlRoleCard, selector: string) => root(el).querySelector<T>(selector);
const qa = (el: MlRoleCard, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const sectionHeadings = (el: MlRoleCard) => qa(el, '.section-heading').map((h) => text(h));
const amount = (el: MlRoleCard) => q(el, '[part="amount"]')!.textContent!.trim();
/** The lines naming bad input the card works around. */
const problems = (el: MlRoleCard) => qa(el, '[part="problem"]').map((line) => text(line));

async function card(markup: ReturnType<typeof html>): Promise<MlRoleCard> {
  const el = await fixture<MlRoleCard>(markup);
  await el.updateComplete;
  return el;
}

const ALL: [string, string, string, string][] = [
  ['ml-engineer', 'Machine Learning Engineer', '$114,121', 'Glassdoor, December 2022'],
  ['computer-vision-engineer', 'Computer Vision Engineer', '$158,303', 'Indeed.com, January 2023'],
  ['nlp-engineer', 'Natural Language Processing Engineer', '$130,000', 'source not named'],
  ['robotics-engineer', 'Robotics Engineer', '$99,040', 'U.S. Bureau of Labor Statistics'],
  ['ml-research-scientist', 'Machine Learning Research Scientist', '$126,830', 'source not named'],
];
const SUMMARY = { 'ml-engineer': '$120,000', 'computer-vision-engineer': '$115,000', 'nlp-engineer': '$110,000', 'robotics-engineer': '$105,000', 'ml-research-scientist': '$140,000' } as Record<string, string>;

describe('<ml-role-card>', () => {
  describe('every job', () => {
    for (const [id, title, median, source] of ALL) {
      it(`${id}: title as an h3, summary, median with its source, the summary figure noted`, async () => {
        const el = await card(html`<ml-role-card job=${id}></ml-role-card>`);
        const heading = q(el, 'h3[part="heading"]')!;
        expect(text(heading)).to.equal(title);
        expect(q(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(text(q(el, '[part="summary"]'))).to.equal(dataset.jobs.find((job) => job.id === id)!.summary);
        expect(amount(el)).to.equal(median);
        expect(text(q(el, '[part="source"]'))).to.equal(`(${source})`);
        expect(text(q(el, '[part="note"]'))).to.equal(`The article's closing summary gives a different figure: ${SUMMARY[id]}.`);
      });
    }

    it('ml-engineer: both responsibility lists under their article titles, one heading level down, and requirements', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer"></ml-role-card>`);
      // One id="heading", the card's title: the article is labelled by it.
      expect(qa(el, '[id="heading"]').map(text)).to.deep.equal(['Machine Learning Engineer']);
      expect(qa(el, 'h4[part="section-heading"]').map(text)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
      expect(qa(el, '.responsibilities h5').map(text)).to.deep.equal([
        'Day-to-day responsibilities',
        'Responsibilities of a Machine Learning Engineer',
      ]);
      const lists = qa(el, '.responsibilities ul').map((ul) => [...ul.querySelectorAll('li')].map(text));
      expect(lists.map((items) => items.length)).to.deep.equal([4, 5]);
      expect(lists[1]).to.include('Participate in code reviews and provide technical mentorship to junior engineers');
      expect(text(q(el, '.figure .label'))).to.equal('Median salary in the US');
    });

    it('ml-research-scientist: no responsibilities or requirements, but skills and education', async () => {
      const el = await card(html`<ml-role-card job="ml-research-scientist"></ml-role-card>`);
      expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Skills', 'Education']);
      // Unnamed sections are no region landmarks, so a page of cards keeps a short landmark list.
      expect(qa(el, 'section')).to.have.length(3);
      expect(qa(el, 'section[aria-label], section[aria-labelledby], [role="region"]')).to.deep.equal([]);
      expect(qa(el, '.education dt').map(text)).to.deep.equal(['Bachelor’s Degree', 'Master’s Degree', 'PhD', 'Certificates & Online Programs']);
    });

    it('nlp-engineer shows its range; computer-vision-engineer its top earners', async () => {
      const nlp = await card(html`<ml-role-card job="nlp-engineer"></ml-role-card>`);
      expect(text(q(nlp, '.salary'))).to.include('Range: $95,000–$180,000');
      const cv = await card(html`<ml-role-card job="computer-vision-engineer"></ml-role-card>`);
      expect(text(q(cv, '.salary'))).to.include('Top earners: over $230,000');
      expect(text(q(cv, '.salary'))).not.to.include('Range');
    });

    it('shows skills as tags with readable labels, and the skill texts', async () => {
      const el = await card(html`<ml-role-card job="robotics-engineer"></ml-role-card>`);
      const tags = qa(el, '[part="tag"]').map(text);
      expect(tags).to.deep.equal(['C/C++', 'Python', 'ROS', 'ML frameworks', '3D modelling and simulation', 'Systems integration']);
      expect(q(el, '.tags')!.getAttribute('aria-label')).to.equal('Skill areas');
      expect(text(q(el, '.skills ul:not(.tags)'))).to.include('Robot operating systems like ROS');
    });
  });

  describe('basis', () => {
    it('article: the closing summary figure, and a note with the sourced median', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer" basis="article"></ml-role-card>`);
      expect(amount(el)).to.equal('$120,000');
      expect(text(q(el, '.figure .label'))).to.equal('Average salary');
      expect(text(q(el, '[part="source"]'))).to.equal("(the article's closing summary)");
      expect(text(q(el, '[part="note"]'))).to.equal("The role's section gives a median of $114,121 (Glassdoor, December 2022).");
    });

    it('every job on basis="article" shows its summary figure and no range', async () => {
      for (const [id] of ALL) {
        const el = await card(html`<ml-role-card job=${id} basis="article"></ml-role-card>`);
        expect(amount(el)).to.equal(SUMMARY[id]);
        expect(text(q(el, '.salary'))).not.to.match(/Range|Top earners/);
      }
    });

    it('switches both ways after the first render', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer"></ml-role-card>`);
      el.setAttribute('basis', 'article');
      await el.updateComplete;
      expect(amount(el)).to.equal('$110,000');
      el.setAttribute('basis', 'median');
      await el.updateComplete;
      expect(amount(el)).to.equal('$130,000');
    });

    it('an invalid basis falls back to median, saying so in the card, with one warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="nlp-engineer" basis="mean"></ml-role-card>`);
        el.job = 'robotics-engineer';
        await el.updateComplete;
        expect(amount(el)).to.equal('$99,040');
        expect(problems(el)).to.deep.equal(['basis="mean" is not one of median, article; using "median".']);
        expect(warnings.messages()).to.deep.equal([`ml-career-widgets: <ml-role-card> ${problems(el)[0]}`]);
        for (const theme of ['light', 'dark'] as const) {
          el.theme = theme;
          await el.updateComplete;
          expectTheme(el, theme);
          await expect(el).to.be.accessible();
        }
        el.basis = 'article';
        await el.updateComplete;
        expect(problems(el)).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('locale', () => {
    it('en-US by default, de-DE with the no-break space Intl uses', async () => {
      const en = await card(html`<ml-role-card job="ml-engineer" locale="en-US"></ml-role-card>`);
      expect(amount(en)).to.equal('$114,121');
      const de = await card(html`<ml-role-card job="ml-engineer" locale="de-DE"></ml-role-card>`);
      expect(amount(de)).to.equal(`114.121${NBSP}$`);
      expect(text(q(de, '[part="note"]'))).to.include(`120.000${NBSP}$`);
      const nlp = await card(html`<ml-role-card job="nlp-engineer" locale="de-DE"></ml-role-card>`);
      expect(text(q(nlp, '.salary'))).to.include(`95.000${NBSP}$–180.000${NBSP}$`);
    });

    it('inherits lang from an ancestor; its own locale wins', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de-DE">
        <section><ml-role-card job="robotics-engineer"></ml-role-card></section>
        <ml-role-card job="robotics-engineer" locale="en-US"></ml-role-card>
      </div>`);
      const [inherited, own] = [...wrapper.querySelectorAll('ml-role-card')];
      await inherited.updateComplete;
      await own.updateComplete;
      expect(amount(inherited)).to.equal(`99.040${NBSP}$`);
      expect(amount(own)).to.equal('$99,040');
    });

    it('an invalid tag warns once and falls back', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="ml-engineer" locale="not_a_locale!"></ml-role-card>`);
        el.basis = 'article';
        await el.updateComplete;
        expect(amount(el)).to.equal('$120,000');
        expect(problems(el)).to.deep.equal(['locale="not_a_locale!" is not a valid language tag like en-US or de-DE; it is ignored.']);
        expect(warnings.calls).to.have.length(1);
        expect(warnings.messages()[0]).to.include('not_a_locale!');
      } finally {
        warnings.restore();
      }
    });

    it('changes after the first render', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer"></ml-role-card>`);
      el.setAttribute('locale', 'de-DE');
      await el.updateComplete;
      expect(amount(el)).to.equal(`114.121${NBSP}$`);
    });
  });

  describe('heading-level', () => {
    it('renders a real heading at 1 and 6, section headings one below (never below h6)', async () => {
      const one = await card(html`<ml-role-card job="nlp-engineer" heading-level="1"></ml-role-card>`);
      expect(q(one, 'h1[part="heading"]')).to.exist;
      expect(qa(one, 'h2.section-heading')).to.have.length(4);
      const six = await card(html`<ml-role-card job="nlp-engineer" heading-level="6"></ml-role-card>`);
      expect(q(six, 'h6[part="heading"]')).to.exist;
      expect(qa(six, 'h6.section-heading')).to.have.length(4);
    });

    it('an invalid level is a real h3, with one warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="nlp-engineer" heading-level="9"></ml-role-card>`);
        expect(q(el, 'h3[part="heading"]')).to.exist;
        expect(qa(el, 'h4.section-heading')).to.have.length(4);
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('changes after the first render', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer"></ml-role-card>`);
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(text(q(el, 'h2[part="heading"]'))).to.equal('Natural Language Processing Engineer');
    });
  });

  describe('sections', () => {
    it('shows only the named sections, in card order', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer" sections="skills, salary"></ml-role-card>`);
      expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Skills']);
      expect(q(el, '[part="summary"]')).to.equal(null);
    });

    it('leaves out named sections the role lacks', async () => {
      const el = await card(html`<ml-role-card job="ml-research-scientist" sections="responsibilities,requirements,education"></ml-role-card>`);
      expect(sectionHeadings(el)).to.deep.equal(['Education']);
    });

    it('ignores unknown names with one warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="nlp-engineer" sections="summary,pay,perks"></ml-role-card>`);
        el.basis = 'article';
        await el.updateComplete;
        expect(sectionHeadings(el)).to.deep.equal([]);
        expect(q(el, '[part="summary"]')).to.exist;
        expect(problems(el)).to.deep.equal([
          'sections: ignoring pay, perks; the sections are summary, salary, responsibilities, skills, requirements, education.',
        ]);
        expect(warnings.calls).to.have.length(1);
        expect(warnings.messages()[0]).to.include('pay, perks');
      } finally {
        warnings.restore();
      }
    });

    it('shows every section, with one warning, when it names no known one (a typo)', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="nlp-engineer" compact sections="salaries"></ml-role-card>`);
        q<HTMLButtonElement>(el, '[part="toggle"]')!.click();
        await el.updateComplete;
        expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
        expect(problems(el)).to.have.length(1);
        expect(problems(el)[0]).to.match(/^sections: ignoring salaries;/);
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('shows every section, with one warning, when the role has none of those named', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="ml-engineer" compact sections="education"></ml-role-card>`);
        expect(q(el, '[part="toggle"]')).to.exist;
        q<HTMLButtonElement>(el, '[part="toggle"]')!.click();
        await el.updateComplete;
        expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
        expect(problems(el)).to.deep.equal(['sections: ml-engineer has none of education; showing every section.']);
        expect(warnings.messages()).to.deep.equal([
          'ml-career-widgets: <ml-role-card> sections: ml-engineer has none of education; showing every section.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('changes after the first render; removing the attribute shows all again', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer" sections="summary"></ml-role-card>`);
      el.setAttribute('sections', 'requirements');
      await el.updateComplete;
      expect(sectionHeadings(el)).to.deep.equal(['Requirements']);
      el.removeAttribute('sections');
      await el.updateComplete;
      expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
    });
  });

  describe('compact', () => {
    const events = (el: HTMLElement) => {
      const seen: ToggleDetail[] = [];
      el.addEventListener('ml-toggle', (event) => seen.push(event.detail));
      return seen;
    };

    it('shows title, salary and the top skills, with a collapsed "Show more" button', async () => {
      const el = await card(html`<ml-role-card job="ml-research-scientist" compact></ml-role-card>`);
      expect(text(q(el, '[part="heading"]'))).to.equal('Machine Learning Research Scientist');
      expect(amount(el)).to.equal('$126,830');
      expect(qa(el, '[part="tag"]').map(text)).to.deep.equal(['Research', 'Maths and statistics', 'Python', 'ML frameworks']);
      const tags = q(el, 'ul.tags')!;
      expect(text(q(el, `#${tags.getAttribute('aria-labelledby')}`))).to.equal('Top skills');
      expect(qa(el, 'h4[part="section-heading"]').map(text)).to.deep.equal(['Salary']);
      expect(q(el, '[part="summary"]')).to.equal(null);
      const button = q<HTMLButtonElement>(el, 'button[part="toggle"]')!;
      expect(text(button)).to.equal('Show more about Machine Learning Research Scientist');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = q(el, `#${button.getAttribute('aria-controls')}`)!;
      expect(region.hidden).to.equal(true);
    });

    it('a click expands to the full card, fires ml-toggle, and collapses again', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer" compact></ml-role-card>`);
      const button = q<HTMLButtonElement>(el, 'button')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'ml-toggle');
      expect(event.detail).to.deep.equal({ job: 'nlp-engineer', expanded: true });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.match(/^Show less/);
      const region = q(el, '#details')!;
      expect(region.hidden).to.equal(false);
      expect(text(region.querySelector('[part="summary"]'))).to.match(/^Natural language processing/);
      expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
      expect(el.expanded).to.equal(true);
      const seen = events(el);
      button.click();
      await el.updateComplete;
      expect(seen).to.deep.equal([{ job: 'nlp-engineer', expanded: false }]);
      expect(q(el, '#details')!.hidden).to.equal(true);
    });

    it('expanded, lists the other skill areas without repeating the top ones above the button', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer" compact expanded></ml-role-card>`);
      expect(qa(el, '.top-skills [part="tag"]').map(text)).to.deep.equal(['Python', 'ML frameworks', 'Maths and statistics', 'Cloud platforms']);
      const skills = q(el, '#details .skills')!;
      const more = skills.querySelector('.tags')!;
      expect(more.getAttribute('aria-label')).to.equal('More skill areas');
      expect([...more.querySelectorAll('[part="tag"]')].map(text)).to.deep.equal(['Software engineering', 'Data visualisation']);
      const items = [...skills.querySelectorAll('ul:not(.tags) > li')].map(text);
      expect(items).to.have.length(5);
      expect(items[0]).to.match(/^Proficiency in Python/);
    });

    it('keeps title, salary and top skills above the button when expanded, so the button does not move', async () => {
      const el = await card(html`<ml-role-card job="computer-vision-engineer" compact></ml-role-card>`);
      const button = q<HTMLButtonElement>(el, 'button')!;
      const top = button.getBoundingClientRect().top;
      button.click();
      await el.updateComplete;
      expect(button.getBoundingClientRect().top).to.equal(top);
      // The salary is not repeated in the details that open below.
      expect(q(el, '#details .salary')).to.equal(null);
      expect(qa(el, '.salary').length).to.equal(1);
      expect(text(q(el, '#details'))).to.match(/^Computer Vision Engineers develop/);
    });

    it('the expanded card shows the sections asked for, in card order, like the full card', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer" compact expanded sections="requirements,salary"></ml-role-card>`);
      expect(sectionHeadings(el)).to.deep.equal(['Salary', 'Requirements']);
    });

    it('works from the keyboard: Tab to the button, Enter and Space toggle, focus stays', async () => {
      const el = await card(html`<ml-role-card job="robotics-engineer" compact></ml-role-card>`);
      const seen = events(el);
      const button = q<HTMLButtonElement>(el, 'button')!;
      // Tab from a focusable start point before the card, so this is the keyboard path a reader takes.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(button);
      // ' ' rather than 'Space': Firefox's WebDriver BiDi knows the key only by its character.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(seen).to.deep.equal([
        { job: 'robotics-engineer', expanded: true },
        { job: 'robotics-engineer', expanded: false },
      ]);
      before.remove();
    });

    it('setting expanded or compact from code fires no event', async () => {
      const el = await card(html`<ml-role-card job="robotics-engineer" compact></ml-role-card>`);
      const seen = events(el);
      el.expanded = true;
      await el.updateComplete;
      expect(q(el, 'button')!.getAttribute('aria-expanded')).to.equal('true');
      el.compact = false;
      await el.updateComplete;
      expect(q(el, 'button')).to.equal(null);
      expect(seen).to.deep.equal([]);
    });

    it('becomes compact after the first render', async () => {
      const el = await card(html`<ml-role-card job="robotics-engineer"></ml-role-card>`);
      el.setAttribute('compact', '');
      await el.updateComplete;
      expect(q(el, 'button[aria-expanded="false"]')).to.exist;
    });
  });

  describe('bad job', () => {
    const ids = 'ml-engineer, computer-vision-engineer, nlp-engineer, robotics-engineer, ml-research-scientist';

    it('an unknown job: a polite message naming it and the valid ids, one warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card job="data-scientist"></ml-role-card>`);
        el.basis = 'article';
        await el.updateComplete;
        const message = q(el, '[part="message"]')!;
        expect(message.getAttribute('role')).to.equal('status');
        expect(text(message)).to.equal(`There is no role “data-scientist” to show. Valid job ids: ${ids}.`);
        expect(warnings.calls).to.have.length(1);
        expect(warnings.messages()).to.deep.equal([`ml-career-widgets: <ml-role-card> There is no role “data-scientist” to show. Valid job ids: ${ids}.`]);
      } finally {
        warnings.restore();
      }
    });

    it('finds a job id written in another case, as the keyword attributes are', async () => {
      const el = await card(html`<ml-role-card job=" NLP-Engineer "></ml-role-card>`);
      expect(text(q(el, '[part="heading"]'))).to.equal('Natural Language Processing Engineer');
      expect(q(el, '[part="message"]')).to.equal(null);
    });

    it('no job at all: a message and one warning; setting a valid job recovers', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await card(html`<ml-role-card></ml-role-card>`);
        expect(text(q(el, '[part="message"]'))).to.equal(`No role chosen: set the job attribute to one of ${ids}.`);
        // The warning says what the card says, not job="".
        expect(warnings.messages()).to.deep.equal([`ml-career-widgets: <ml-role-card> No role chosen: set the job attribute to one of ${ids}.`]);
        el.setAttribute('job', 'nlp-engineer');
        await el.updateComplete;
        expect(q(el, '[part="message"]')).to.equal(null);
        expect(text(q(el, '[part="heading"]'))).to.equal('Natural Language Processing Engineer');
        expect(warnings.calls).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('the role attribute is not read as a job', async () => {
      const warnings = captureConsole('warn');
      try {
        // A valid id in `role`: read as a job, it would render that role.
        const el = await card(html`<ml-role-card role="nlp-engineer" aria-label="A role"></ml-role-card>`);
        expect(text(q(el, '[part="message"]'))).to.match(/^No role chosen: set the job attribute to one of /);
        expect(q(el, '[part="heading"]')).to.equal(null);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('structured-data', () => {
    const ldOf = (el: HTMLElement) => [...el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

    it('is off by default', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer"></ml-role-card>`);
      expect(ldOf(el)).to.have.length(0);
    });

    it('writes one Occupation script into the light DOM and follows the job', async () => {
      const el = await card(html`<ml-role-card job="ml-engineer" structured-data></ml-role-card>`);
      const [script] = ldOf(el);
      const ld = JSON.parse(script.textContent!);
      expect(ld['@type']).to.equal('Occupation');
      expect(ld.name).to.equal('Machine Learning Engineer');
      expect(ld.description).to.match(/^A Machine Learning Engineer develops/);
      expect(ld.estimatedSalary).to.deep.equal([
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'median',
          description: 'Median salary in the US (Glassdoor, December 2022)',
          currency: 'USD',
          duration: 'P1Y',
          median: 114121,
        },
      ]);
      expect(ld.skills).to.have.length(5);
      expect(ld.responsibilities).to.have.length(9);
      expect(ld.experienceRequirements).to.deep.equal(['3+ years experience building real-world machine learning systems']);
      el.job = 'ml-research-scientist';
      await el.updateComplete;
      expect(ldOf(el)).to.have.length(1);
      const scientist = JSON.parse(ldOf(el)[0].textContent!);
      expect(scientist.estimatedSalary[0].median).to.equal(126830);
      expect(scientist.educationRequirements).to.deep.equal(['PhD in computer science, statistics, mathematics, or other quantitative field']);
    });

    it('reuses the script a saved or cloned page already holds rather than adding a second', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const saved = (job: string, attribute = 'structured-data') =>
        `<ml-role-card job="${job}" ${attribute}><script type="application/ld+json" data-ml-role-card>{"@type":"Occupation","name":"saved"}</script></ml-role-card>`;
      wrapper.innerHTML = saved('nlp-engineer');
      const el = wrapper.querySelector('ml-role-card')!;
      await el.updateComplete;
      expect(ldOf(el)).to.have.length(1);
      expect(JSON.parse(ldOf(el)[0].textContent!).name).to.equal('Natural Language Processing Engineer');
      const clone = el.cloneNode(true) as MlRoleCard;
      wrapper.append(clone);
      await clone.updateComplete;
      expect(ldOf(clone)).to.have.length(1);
      expect(ldOf(el)).to.have.length(1);
      // A saved script for a job the card no longer shows, or without the attribute, goes.
      wrapper.innerHTML = saved('gone') + saved('nlp-engineer', '');
      await Promise.all([...wrapper.querySelectorAll('ml-role-card')].map((card) => card.updateComplete));
      expect(wrapper.querySelectorAll('script')).to.have.length(0);
    });

    it("leaves an author's own JSON-LD inside the card alone", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML =
        '<ml-role-card job="nlp-engineer" structured-data><script type="application/ld+json">{"@type":"BreadcrumbList"}</script></ml-role-card>';
      const el = wrapper.querySelector('ml-role-card')!;
      await el.updateComplete;
      expect(ldOf(el).map((script) => JSON.parse(script.textContent!)['@type'])).to.deep.equal(['BreadcrumbList', 'Occupation']);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(ldOf(el).map((script) => JSON.parse(script.textContent!)['@type'])).to.deep.equal(['BreadcrumbList']);
    });

    it('is removed with the attribute, on disconnect and for a bad job; comes back on reconnect', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer" structured-data></ml-role-card>`);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(ldOf(el)).to.have.length(0);
      el.setAttribute('structured-data', '');
      await el.updateComplete;
      expect(ldOf(el)).to.have.length(1);
      const parent = el.parentElement!;
      el.remove();
      expect(ldOf(el)).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(ldOf(el)).to.have.length(1);
      const warnings = captureConsole('warn');
      el.job = 'nobody';
      await el.updateComplete;
      warnings.restore();
      expect(ldOf(el)).to.have.length(0);
    });
  });

  describe('fallback content', () => {
    it('does not render light-DOM children once upgraded', async () => {
      const el = await card(html`<ml-role-card job="nlp-engineer"><a href="https://example.com/">Read about NLP engineers</a></ml-role-card>`);
      expect(root(el).querySelector('slot')).to.equal(null);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
    });
  });

  describe('data from a provider', () => {
    const custom: JobsData = {
      ...dataset,
      skillTags: [...dataset.skillTags, { id: 'quantum', label: 'Quantum <b>computing</b>' }],
      jobs: [
        {
          ...dataset.jobs[0],
          id: 'quantum-ml-engineer',
          title: 'Quantum <img src=x onerror="window.__pwned = true"> Engineer',
          summary: '<script>window.__pwned = true</script>Builds quantum models.',
          skills: [{ text: 'Qubits & <em>gates</em>', tags: ['quantum'] }],
          salary: { ...dataset.jobs[0].salary, median: { amount: 200000, currency: 'EUR', source: 'Example </script> Survey', date: '2025', region: null } },
        },
      ],
    };

    it('shows loading, then the page’s data (markup as text), then an error', async () => {
      const wrapper = await fixture<TestJobsProvider>(html`<test-jobs-provider>
        <ml-role-card job="quantum-ml-engineer" locale="de-DE" structured-data></ml-role-card>
      </test-jobs-provider>`);
      const el = wrapper.querySelector('ml-role-card')!;
      await el.updateComplete;
      const loading = q(el, '[part="message"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(text(loading)).to.equal('Loading the job data…');

      wrapper.provide({ status: 'ready', data: custom, locale: null });
      await el.updateComplete;
      expect(text(q(el, '[part="heading"]'))).to.equal('Quantum <img src=x onerror="window.__pwned = true"> Engineer');
      expect(q(el, 'img, script, b, em')).to.equal(null);
      expect(text(q(el, '[part="summary"]'))).to.equal('<script>window.__pwned = true</script>Builds quantum models.');
      expect(amount(el)).to.equal(`200.000${NBSP}€`);
      expect(text(q(el, '[part="source"]'))).to.equal('(Example </script> Survey, 2025)');
      expect(qa(el, '[part="tag"]').map(text)).to.deep.equal(['Quantum <b>computing</b>']);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.include('<');
      expect(JSON.parse(script.textContent!).estimatedSalary[0]).to.include({ currency: 'EUR', median: 200000 });
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();

      wrapper.provide({ status: 'error', data: null, locale: null, error: 'jobs.json: 404 Not Found' });
      await el.updateComplete;
      const error = q(el, '[part="message"]')!;
      expect(error.getAttribute('role')).to.equal('status');
      expect(text(error)).to.equal('The job data could not be loaded: jobs.json: 404 Not Found');
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('keeps the date of a figure whose source the page\'s data does not name', async () => {
      const dated: JobsData = structuredClone(dataset);
      dated.jobs[0].salary.median = { amount: 90000, currency: 'USD', source: null, date: '2024' };
      const wrapper = await fixture<TestJobsProvider>(html`<test-jobs-provider><ml-role-card job="ml-engineer"></ml-role-card></test-jobs-provider>`);
      const el = wrapper.querySelector('ml-role-card')!;
      wrapper.provide({ status: 'ready', data: dated, locale: null });
      await el.updateComplete;
      expect(amount(el)).to.equal('$90,000');
      expect(text(q(el, '[part="source"]'))).to.equal('(source not named, 2024)');
    });

    it('shows its bundled role, with every section, in the locale of a provider that has no data of its own', async () => {
      const wrapper = await fixture<TestJobsProvider>(html`<test-jobs-provider><ml-role-card job="robotics-engineer"></ml-role-card></test-jobs-provider>`);
      const el = wrapper.querySelector('ml-role-card')!;
      wrapper.provide({ status: 'bundled', data: null, locale: 'de-DE' });
      await el.updateComplete;
      expect(text(q(el, '[part="heading"]'))).to.equal('Robotics Engineer');
      expect(amount(el)).to.equal(`99.040${NBSP}$`);
      expect(text(q(el, '[part="source"]'))).to.equal('(U.S. Bureau of Labor Statistics)');
      expect(qa(el, 'h4[part="section-heading"]').map(text)).to.deep.equal(['Salary', 'Responsibilities', 'Skills', 'Requirements']);
      await expect(el).to.be.accessible();
    });

    it("lists the provider's ids for an unknown job, and uses the provider's locale", async () => {
      const warnings = captureConsole('warn');
      try {
        const wrapper = await fixture<TestJobsProvider>(html`<test-jobs-provider>
          <ml-role-card job="ml-engineer"></ml-role-card>
        </test-jobs-provider>`);
        const el = wrapper.querySelector('ml-role-card')!;
        wrapper.provide({ status: 'ready', data: custom, locale: 'de-DE' });
        await el.updateComplete;
        expect(text(q(el, '[part="message"]'))).to.equal('There is no role “ml-engineer” to show. Valid job ids: quantum-ml-engineer.');
        expect(warnings.calls).to.have.length(1);
        el.job = 'quantum-ml-engineer';
        await el.updateComplete;
        expect(amount(el)).to.equal(`200.000${NBSP}€`);
      } finally {
        warnings.restore();
      }
    });
  });

  for (const theme of ['light', 'dark']) {
    describe(`accessibility, theme="${theme}"`, () => {
      it('full card', async () => {
        const el = await card(html`<ml-role-card job="ml-research-scientist" theme=${theme}></ml-role-card>`);
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
      });

      it('compact card, collapsed and expanded', async () => {
        const el = await card(html`<ml-role-card job="computer-vision-engineer" compact theme=${theme}></ml-role-card>`);
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
        q<HTMLButtonElement>(el, 'button')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('basis="article" and the bad-job message', async () => {
        const el = await card(html`<ml-role-card job="nlp-engineer" basis="article" theme=${theme}></ml-role-card>`);
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
        const warnings = captureConsole('warn');
        el.job = 'nobody';
        await el.updateComplete;
        warnings.restore();
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
      });
    });
  }
});
