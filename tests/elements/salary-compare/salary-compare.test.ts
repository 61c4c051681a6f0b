import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { dataset } from '../../../src/data/index.js';
import type { JobsData } from '../../../src/data/types.js';
import '../../../src/ml-salary-compare.js';
import type { MlSalaryCompare } from '../../../src/ml-salary-compare.js';
import '../../support/provider.js';
import type { TestJobsProvider } from '../../support/provider.js';
import { captureConsole } from '../../support/console.js';
import { contrast, expectTheme } from '../../support/theme.js';
import { shiftTab } from '../../support/keys.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const $ = (el: MlSalaryCompare, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: MlSalaryCompare, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** What the chart's list says, one "title: amount" pair per item. */
const pairs = (el: MlSalaryCompare) => $$(el, 'ul.chart > li .label').map((label) => text(label).replace(' (highlighted)', ''));
const toggle = (el: MlSalaryCompare, name: 'Chart' | 'Table') =>
  $$(el, '[part="view-button"]').find((b) => text(b) === name) as HTMLButtonElement;

/** The console.warn messages logged while `run` runs (no sinon here). */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const log = captureConsole('warn');
  try {
    await run();
  } finally {
    log.restore();
  }
  return log.messages();
}

const VALID_IDS = 'ml-engineer, computer-vision-engineer, nlp-engineer, robotics-engineer, ml-research-scientist';

const MEDIAN_DESC = [
  'Computer Vision Engineer: $158,303',
  'Natural Language Processing Engineer: $130,000',
  'Machine Learning Research Scientist: $126,830',
  'Machine Learning Engineer: $114,121 in the US',
  'Robotics Engineer: $99,040',
];

describe('<ml-salary-compare>', () => {
  describe('chart', () => {
    it('lists every role, highest median first, each bar labelled with title and amount as text', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      expect(text($(el, 'h3'))).to.equal('Median salaries by role');
      expect(pairs(el)).to.deep.equal(MEDIAN_DESC);
      expect($(el, 'ul.chart')!.getAttribute('role')).to.equal('list');
      expect($(el, 'ul.chart')!.getAttribute('aria-labelledby')).to.equal('caption');
      expect(text($(el, '#caption'))).to.equal('Median salary per year by role, highest first');
      expect($$(el, 'svg.bar').map((svg) => svg.getAttribute('aria-hidden'))).to.deep.equal(Array(5).fill('true'));
      expect($(el, 'canvas')).to.equal(null);
    });

    it('writes no style attribute in either view, so a strict style-src CSP blocks nothing', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare highlight="nlp-engineer"></ml-salary-compare>`);
      expect($$(el, '[style]')).to.have.length(0);
      el.view = 'table';
      await el.updateComplete;
      expect($$(el, '[style]')).to.have.length(0);
    });

    it('scales bars from zero to beyond the largest figure drawn (room after "over $230,000")', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare sort="none"></ml-salary-compare>`);
      const rects = $$(el, 'rect.fill');
      expect(rects.map((r) => r.getAttribute('x'))).to.deep.equal(['0', '0', '0', '0', '0']);
      expect(rects.map((r) => r.getAttribute('width'))).to.deep.equal(['43.15%', '59.85%', '49.15%', '37.44%', '47.95%']);
      const widths = rects.map((r) => r.getBoundingClientRect().width);
      expect(widths[1] / widths[4]).to.be.closeTo(158303 / 126830, 0.02);
    });

    it('colours its bars by --ml-accent, or by an author\'s ::part(bar) fill', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare style="--ml-accent: rgb(0, 90, 0)"></ml-salary-compare>`);
      const fill = () => getComputedStyle($(el, 'rect.fill')!).fill;
      expect(fill()).to.equal('rgb(0, 90, 0)');
      const sheet = document.createElement('style');
      sheet.textContent = 'ml-salary-compare::part(bar) { fill: rgb(150, 60, 0); }';
      document.head.append(sheet);
      try {
        expect(fill()).to.equal('rgb(150, 60, 0)');
      } finally {
        sheet.remove();
      }
    });

    it('draws the range and top-earner figures as markers with their own text', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      expect($$(el, '[part="marker"]').map(text)).to.deep.equal(['Top earners: over $230,000', 'Range: $95,000–$180,000']);
      const nlp = $$(el, 'li')[1];
      expect([...nlp.querySelectorAll('line.range')].map((l) => [l.getAttribute('x1'), l.getAttribute('x2')])).to.deep.equal([
        ['35.92%', '68.05%'],
      ]);
      expect([...nlp.querySelectorAll('line.tick')].map((l) => l.getAttribute('x1'))).to.deep.equal(['35.92%', '68.05%']);
      // "Over $230,000": a tick at $230,000 and a dashed line on to the scale's end, not a bound.
      const vision = $$(el, 'li')[0];
      expect([...vision.querySelectorAll('line.range.open')].map((l) => [l.getAttribute('x1'), l.getAttribute('x2')])).to.deep.equal([
        ['86.96%', '100%'],
      ]);
      expect([...vision.querySelectorAll('line.tick')].map((l) => l.getAttribute('x1'))).to.deep.equal(['86.96%']);
    });

    it("uses the closing summary's figures with basis=article, and says the medians differ", async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare basis="article"></ml-salary-compare>`);
      expect(text($(el, 'h3'))).to.equal("Salaries by role (the article's summary)");
      expect(text($(el, '#caption'))).to.equal('Salary per year by role, highest first');
      expect(pairs(el)).to.deep.equal([
        'Machine Learning Research Scientist: $140,000',
        'Machine Learning Engineer: $120,000',
        'Computer Vision Engineer: $115,000',
        'Natural Language Processing Engineer: $110,000',
        'Robotics Engineer: $105,000',
      ]);
      expect($(el, '[part="marker"]')).to.equal(null);
      expect(text($$(el, '.note').at(-1))).to.equal(
        "These are the rounded figures from the article's closing summary; the medians in each role's section differ.",
      );
      expect(text($(el, '[part="source"]'))).to.equal("Source: the article's closing summary.");
    });

    it('names every source and date used, and the roles whose source the article does not name', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      expect(text($(el, '[part="source"]'))).to.equal(
        'Sources: Indeed.com, January 2023 (Computer Vision Engineer); ' +
          'source not named (Natural Language Processing Engineer, Machine Learning Research Scientist); ' +
          'Glassdoor, December 2022 (Machine Learning Engineer); U.S. Bureau of Labor Statistics (Robotics Engineer).',
      );
      expect(text($(el, '.note'))).to.equal(
        "The article's closing summary gives different, rounded figures for these roles; these are the medians from each role's section.",
      );
    });

    it('compares a subset, lowest first or in the order of `jobs`', async () => {
      const asc = await fixture<MlSalaryCompare>(
        html`<ml-salary-compare jobs="nlp-engineer, ml-engineer" sort="asc"></ml-salary-compare>`,
      );
      expect(pairs(asc)).to.deep.equal(['Machine Learning Engineer: $114,121 in the US', 'Natural Language Processing Engineer: $130,000']);
      expect(text($(asc, '#caption'))).to.equal('Median salary per year by role, lowest first');
      expect(text($(asc, '[part="source"]'))).to.equal(
        'Sources: Glassdoor, December 2022 (Machine Learning Engineer); source not named (Natural Language Processing Engineer).',
      );
      const none = await fixture<MlSalaryCompare>(
        html`<ml-salary-compare jobs="robotics-engineer,computer-vision-engineer,ml-engineer" sort="none" basis="article"></ml-salary-compare>`,
      );
      expect(pairs(none)).to.deep.equal([
        'Robotics Engineer: $105,000',
        'Computer Vision Engineer: $115,000',
        'Machine Learning Engineer: $120,000',
      ]);
      expect(text($(none, '#caption'))).to.equal('Salary per year by role, in the order given');
    });

    it('follows attribute changes after the first render', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="ml-engineer"></ml-salary-compare>`);
      el.setAttribute('jobs', 'robotics-engineer,ml-engineer');
      el.setAttribute('sort', 'asc');
      await el.updateComplete;
      expect(pairs(el)).to.deep.equal(['Robotics Engineer: $99,040', 'Machine Learning Engineer: $114,121 in the US']);
    });

    it('formats amounts in the locale', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare locale="de-DE" jobs="nlp-engineer"></ml-salary-compare>`);
      expect(pairs(el)).to.deep.equal(['Natural Language Processing Engineer: 130.000\u00a0$']);
      expect(text($(el, '[part="source"]'))).to.equal('Source not named.');
      expect(text($(el, '[part="marker"]'))).to.equal('Range: 95.000\u00a0$–180.000\u00a0$');
      const lang = await fixture(html`<div lang="fr-FR"><ml-salary-compare jobs="ml-engineer"></ml-salary-compare></div>`);
      expect(pairs(lang.firstElementChild as MlSalaryCompare)[0]).to.equal('Machine Learning Engineer: 114\u202f121\u00a0$US in the US');
    });

    it('puts each label beside its bar in a wide column and above it at 280px', async () => {
      const layout = async (width: number) => {
        const wrap = await fixture(html`<div><ml-salary-compare jobs="nlp-engineer"></ml-salary-compare></div>`);
        (wrap as HTMLElement).style.width = `${width}px`;
        const el = wrap.firstElementChild as MlSalaryCompare;
        await el.updateComplete;
        const label = $(el, '.label')!.getBoundingClientRect();
        const bar = $(el, 'svg.bar')!.getBoundingClientRect();
        expect(bar.width).to.be.greaterThan(100);
        return label.bottom <= bar.top ? 'above' : label.right <= bar.left ? 'beside' : 'overlap';
      };
      expect(await layout(720)).to.equal('beside');
      expect(await layout(280)).to.equal('above');
    });

    it('renders its heading at heading-level', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare heading-level="2"></ml-salary-compare>`);
      expect(text($(el, 'h2'))).to.equal('Median salaries by role');
      // Not a named region: two comparisons on a page would be two landmarks with one name.
      expect($(el, 'section')!.hasAttribute('aria-labelledby')).to.equal(false);
    });
  });

  describe('highlight', () => {
    it('emphasises the highlighted job by weight, outline and words, not colour alone', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare highlight="nlp-engineer"></ml-salary-compare>`);
      const items = $$(el, 'li');
      expect(items.map((li) => li.classList.contains('highlighted'))).to.deep.equal([false, true, false, false, false]);
      expect(text(items[1].querySelector('.label'))).to.equal('Natural Language Processing Engineer: $130,000 (highlighted)');
      expect(getComputedStyle(items[1].querySelector('.title')!).fontWeight).to.equal('700');
      expect(getComputedStyle(items[0].querySelector('.title')!).fontWeight).to.equal('400');
      expect(getComputedStyle(items[1].querySelector('rect')!).stroke).to.not.equal('none');
      expect(getComputedStyle(items[0].querySelector('rect')!).stroke).to.equal('none');
      el.view = 'table';
      await el.updateComplete;
      const row = $$(el, 'tbody tr')[1];
      expect(text(row.querySelector('th'))).to.equal('Natural Language Processing Engineer (highlighted)');
      expect(getComputedStyle(row.querySelector('button')!).fontWeight).to.equal('700');
    });

    it('matches job ids in jobs and highlight whatever their case, as the keyword attributes are', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="NLP-Engineer, ml-engineer" highlight=" ML-Engineer"></ml-salary-compare>`);
      expect(pairs(el)).to.deep.equal(['Natural Language Processing Engineer: $130,000', 'Machine Learning Engineer: $114,121 in the US']);
      expect(text($(el, 'li.highlighted .label'))).to.equal('Machine Learning Engineer: $114,121 in the US (highlighted)');
      expect($(el, '[part="problem"]')).to.equal(null);
    });

    it('ignores a highlight that is not shown, saying so in the widget, with one warning', async () => {
      let el!: MlSalaryCompare;
      const seen = await warnings(async () => {
        el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="ml-engineer" highlight="NLP-Engineer"></ml-salary-compare>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(seen).to.have.length(1);
      // Named as the author wrote it.
      expect($$(el, '[part="problem"]').map(text)).to.deep.equal(['highlight="NLP-Engineer" is not among the jobs shown; ignored.']);
      expect(seen[0]).to.contain('highlight="NLP-Engineer"');
      expect($(el, '.highlighted')).to.equal(null);
      expect(text($(el, 'ul'))).to.not.contain('highlighted');
    });
  });

  describe('table view and the switch', () => {
    it('shows a real table named by the caption, with column and row headers, carrying the same data', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare view="table"></ml-salary-compare>`);
      expect($(el, 'ul.chart')).to.equal(null);
      const caption = $(el, `#${$(el, 'table')!.getAttribute('aria-labelledby')}`);
      expect(text(caption)).to.equal('Median salary per year by role, highest first');
      // Outside the sideways-scrolling wrapper, so a narrow table cannot clip it.
      expect(caption!.closest('.table-wrap')).to.equal(null);
      expect($$(el, 'thead th').map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
        ['Role', 'col'],
        ['Salary', 'col'],
        ['Range or top earners', 'col'],
        ['Source', 'col'],
      ]);
      const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map(text));
      expect(rows).to.deep.equal([
        ['Computer Vision Engineer', '$158,303', 'Top earners: over $230,000', 'Indeed.com, January 2023'],
        ['Natural Language Processing Engineer', '$130,000', 'Range: $95,000–$180,000', 'source not named'],
        ['Machine Learning Research Scientist', '$126,830', '', 'source not named'],
        ['Machine Learning Engineer', '$114,121 in the US', '', 'Glassdoor, December 2022'],
        ['Robotics Engineer', '$99,040', '', 'U.S. Bureau of Labor Statistics'],
      ]);
      expect($$(el, 'tbody th').map((th) => th.getAttribute('scope'))).to.deep.equal(Array(5).fill('row'));
      expect($$(el, 'tbody th button')).to.have.length(5);
    });

    it('scrolls sideways from the keyboard when narrow: the table box takes focus, named by the caption', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 280px"><ml-salary-compare view="table"></ml-salary-compare></div>`);
      const el = wrap.firstElementChild as MlSalaryCompare;
      const box = $(el, '.table-wrap')!;
      expect([box.getAttribute('role'), box.getAttribute('aria-labelledby')]).to.deep.equal(['group', 'caption']);
      expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
      ($(el, '[part="download"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === box, 'Tab after Download CSV focuses the table box').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => box.scrollLeft > 0, 'the table never scrolled');
    });

    it('leaves out the range column when no shown role has one', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare view="table" basis="article"></ml-salary-compare>`);
      expect($$(el, 'thead th').map(text)).to.deep.equal(['Role', 'Salary', 'Source']);
    });

    it('switches views from the keyboard, with the state exposed by aria-pressed', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      const group = $(el, '[role="group"]')!;
      expect(group.getAttribute('aria-label')).to.equal('View');
      expect(toggle(el, 'Chart').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'Table').getAttribute('aria-pressed')).to.equal('false');

      toggle(el, 'Chart').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'Table'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, 'table')).to.not.equal(null);
      expect($(el, 'ul.chart')).to.equal(null);
      expect(el.getAttribute('view')).to.equal('table');
      expect(toggle(el, 'Table').getAttribute('aria-pressed')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(toggle(el, 'Table'));

      await shiftTab();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect($(el, 'ul.chart')).to.not.equal(null);
      expect(toggle(el, 'Chart').getAttribute('aria-pressed')).to.equal('true');
      expect(el.view).to.equal('chart');
    });

    it('follows the view attribute set from outside', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      el.setAttribute('view', 'table');
      await el.updateComplete;
      expect($(el, 'table')).to.not.equal(null);
    });
  });

  describe('ml-job-select', () => {
    it('fires { job, amount, basis } when a bar is clicked, the amount being the median beside any marker', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      // The first two bars also draw top earners ($230,000) and a range ($95,000–$180,000).
      setTimeout(() => ($$(el, '[part="bar-button"]')[0] as HTMLButtonElement).click());
      const topped = await oneEvent(el, 'ml-job-select');
      expect(topped.detail).to.deep.equal({ job: 'computer-vision-engineer', amount: 158303, basis: 'median' });
      expect(topped.bubbles && topped.composed).to.equal(true);
      setTimeout(() => ($$(el, '[part="bar-button"]')[1] as HTMLButtonElement).click());
      expect((await oneEvent(el, 'ml-job-select')).detail).to.deep.equal({ job: 'nlp-engineer', amount: 130000, basis: 'median' });
    });

    it('fires from the keyboard on bars (Space) and table rows (Enter), with the basis shown', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare basis="article" jobs="robotics-engineer,ml-engineer"></ml-salary-compare>`);
      const details: unknown[] = [];
      el.addEventListener('ml-job-select', (event) => details.push(event.detail));
      ($$(el, '[part="bar-button"]')[0] as HTMLElement).focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      el.view = 'table';
      await el.updateComplete;
      ($$(el, '[part="row-button"]')[1] as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      expect(details).to.deep.equal([
        { job: 'ml-engineer', amount: 120000, basis: 'article' },
        { job: 'robotics-engineer', amount: 105000, basis: 'article' },
        { job: 'robotics-engineer', amount: 105000, basis: 'article' },
      ]);
    });

    it('fires nothing when attributes change in code', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare></ml-salary-compare>`);
      let fired = 0;
      el.addEventListener('ml-job-select', () => fired++);
      el.highlight = 'ml-engineer';
      el.view = 'table';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('Download CSV', () => {
    /** Runs `act` with downloads caught instead of saved: the files made and the links clicked. */
    async function caughtDownloads(act: () => unknown) {
      const blobs: Blob[] = [];
      const clicks: { href: string; download: string }[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return create.call(URL, blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push({ href: this.href, download: this.download });
      };
      try {
        await act();
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      return { blobs, clicks };
    }

    it('downloads the shown rows as a CSV file', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="ml-engineer,computer-vision-engineer" sort="asc"></ml-salary-compare>`);
      const { blobs, clicks } = await caughtDownloads(() => ($(el, '[part="download"]') as HTMLButtonElement).click());
      expect(clicks).to.have.length(1);
      expect($(el, 'a')).to.equal(null);
      expect(clicks[0].download).to.equal('ml-salaries-median.csv');
      expect(clicks[0].href).to.match(/^blob:/);
      expect(blobs[0].type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0].arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes.slice(3))).to.equal(
        'title,amount,currency,basis,source,date,region,range_min,range_max,top_earners_qualifier,top_earners\r\n' +
          'Machine Learning Engineer,114121,USD,median,Glassdoor,December 2022,US,,,,\r\n' +
          'Computer Vision Engineer,158303,USD,median,Indeed.com,January 2023,,,,over,230000\r\n',
      );
    });

    it('keeps secondary text and text on the accent readable in an author\'s own colours', async () => {
      const el = await fixture<MlSalaryCompare>(
        html`<ml-salary-compare style="--ml-surface: #1e1e1e; --ml-text-color: #f0f0f0; --ml-accent: #8ab4f8"></ml-salary-compare>`,
      );
      const caption = getComputedStyle($(el, '.caption')!);
      const pressed = getComputedStyle(toggle(el, 'Chart'));
      // Fixed greys gave 2.7:1 and 2.1:1 here.
      expect(contrast(caption.color, '#1e1e1e')).to.be.at.least(4.5);
      expect(contrast(pressed.color, pressed.backgroundColor)).to.be.at.least(4.5);
    });

    it('is reached by Tab after the view switch, and Enter or Space downloads', async () => {
      const el = await fixture<MlSalaryCompare>(html`<ml-salary-compare basis="article"></ml-salary-compare>`);
      const download = $(el, '[part="download"]');
      toggle(el, 'Chart').focus();
      const { clicks } = await caughtDownloads(async () => {
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(download);
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: ' ' });
      });
      expect(clicks.map((link) => link.download)).to.deep.equal(['ml-salaries-article.csv', 'ml-salaries-article.csv']);
      expect(el.shadowRoot!.activeElement).to.equal(download);
    });
  });

  describe('bad input', () => {
    it('names unknown ids in a visible line, warns once, and still shows the known ones', async () => {
      let el!: MlSalaryCompare;
      const seen = await warnings(async () => {
        el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="nlp-engineer, data-wizard, role"></ml-salary-compare>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect($$(el, '[part="problem"]').map(text)).to.deep.equal([
        `jobs: not in the data, so not shown: “data-wizard”, “role”. Valid ids: ${VALID_IDS}.`,
      ]);
      expect(pairs(el)).to.deep.equal(['Natural Language Processing Engineer: $130,000']);
      expect(seen).to.deep.equal([`ml-career-widgets: <ml-salary-compare> ${text($(el, '[part="problem"]'))}`]);
      el.jobs = 'nlp-engineer';
      await el.updateComplete;
      expect($(el, '[part="problem"]')).to.equal(null);
    });

    it('shows a message instead of an empty chart when every id is unknown', async () => {
      let el!: MlSalaryCompare;
      const seen = await warnings(async () => {
        el = await fixture<MlSalaryCompare>(html`<ml-salary-compare jobs="nlp, ml"></ml-salary-compare>`);
      });
      expect($(el, 'ul.chart')).to.equal(null);
      expect($(el, '[part="controls"]')).to.equal(null);
      expect(text($(el, '[part="message"]'))).to.equal('No salaries to compare.');
      expect($$(el, '[part="problem"]').map(text)).to.deep.equal([`jobs: not in the data, so not shown: “nlp”, “ml”. Valid ids: ${VALID_IDS}.`]);
      expect(seen).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('falls back to the defaults for invalid sort, basis and view, saying so in the widget and warning once each', async () => {
      let el!: MlSalaryCompare;
      const seen = await warnings(async () => {
        el = await fixture<MlSalaryCompare>(html`<ml-salary-compare sort="up" basis="mean" view="pie"></ml-salary-compare>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(pairs(el)).to.deep.equal(MEDIAN_DESC);
      expect($(el, 'ul.chart')).to.not.equal(null);
      expect(toggle(el, 'Chart').getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '[part="problem"]').map(text)).to.deep.equal([
        'basis="mean" is not one of median, article; using "median".',
        'sort="up" is not one of desc, asc, none; using "desc".',
        'view="pie" is not one of chart, table; using "chart".',
      ]);
      expect(seen).to.deep.equal($$(el, '[part="problem"]').map((line) => `ml-career-widgets: <ml-salary-compare> ${text(line)}`));
      await expect(el).to.be.accessible();
      // The reader's own switch sets a valid view; the other lines stay until their attributes are fixed.
      toggle(el, 'Table').click();
      await el.updateComplete;
      expect($$(el, '[part="problem"]')).to.have.length(2);
      el.sort = 'asc';
      el.basis = 'article';
      await el.updateComplete;
      expect($(el, '[part="problem"]')).to.equal(null);
    });

    it('names invalid theme, heading-level and locale in the widget, and drops each line once fixed', async () => {
      let el!: MlSalaryCompare;
      const seen = await warnings(async () => {
        el = await fixture<MlSalaryCompare>(html`<ml-salary-compare theme="blue" heading-level="7" locale="en_US"></ml-salary-compare>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect($$(el, '[part="problem"]').map(text)).to.deep.equal([
        'theme="blue" is not light or dark; following the reader\'s preference.',
        'heading-level="7" is not 1–6; using 3.',
        'locale="en_US" is not a valid language tag like en-US or de-DE; it is ignored.',
      ]);
      expect(seen).to.have.length(3);
      expect($(el, 'h3')).to.not.equal(null);
      el.theme = 'dark';
      el.headingLevel = 2;
      el.locale = 'en-US';
      await el.updateComplete;
      expect($(el, '[part="problem"]')).to.equal(null);
      expect($(el, 'h2')).to.not.equal(null);
      // Empty means absent, as for every attribute: the default, and nothing to report.
      el.setAttribute('heading-level', ' ');
      el.setAttribute('theme', ' ');
      await el.updateComplete;
      expect($(el, '[part="problem"]')).to.equal(null);
      expect($(el, 'h3')).to.not.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const view of ['chart', 'table']) {
        it(`passes axe in the ${view} view, ${theme} theme`, async () => {
          let el!: MlSalaryCompare;
          // The unknown id puts a problem line on screen too; its expected warning is kept out of the log.
          await warnings(async () => {
            el = await fixture<MlSalaryCompare>(
              html`<ml-salary-compare theme=${theme} view=${view} highlight="ml-engineer" jobs="ml-engineer,nlp-engineer,bogus"></ml-salary-compare>`,
            );
          });
          expect(text($(el, '[part="problem"]'))).to.contain('bogus');
          expectTheme(el, theme);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('data from a provider', () => {
    const own: JobsData = structuredClone(dataset);
    own.jobs = own.jobs.slice(0, 2);
    own.jobs[0].title = '<img src=x onerror="window.__pwned=1"> Engineer';
    own.jobs[0].salary.median = { amount: 90000, currency: 'EUR', source: '<b>Survey</b>', date: '2024' };

    it('shows a polite loading message, then the provided data in the provided locale', async () => {
      const wrap = await fixture<TestJobsProvider>(
        html`<test-jobs-provider><ml-salary-compare theme="dark"></ml-salary-compare></test-jobs-provider>`,
      );
      const el = wrap.querySelector('ml-salary-compare')!;
      await el.updateComplete;
      expect(text($(el, '[role="status"]'))).to.equal('Loading salary data…');
      await expect(el).to.be.accessible();

      wrap.provide({ status: 'ready', data: own, locale: 'de-DE' });
      await el.updateComplete;
      expect(pairs(el)).to.deep.equal(['Computer Vision Engineer: 158.303\u00a0$', '<img src=x onerror="window.__pwned=1"> Engineer: 90.000\u00a0€']);
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(text($(el, '[part="source"]'))).to.equal('Sources: Indeed.com, January 2023 (Computer Vision Engineer); <b>Survey</b>, 2024 (<img src=x onerror="window.__pwned=1"> Engineer).');
      expect($$(el, '[part="note"]').map(text)).to.include('The figures are in different currencies (USD, EUR) and are not converted.');
      await expect(el).to.be.accessible();
    });

    it("names a provider's invalid locale in every widget inside, with one warning for the page", async () => {
      let wrap!: TestJobsProvider;
      const seen = await warnings(async () => {
        wrap = await fixture<TestJobsProvider>(
          html`<test-jobs-provider><ml-salary-compare jobs="robotics-engineer"></ml-salary-compare><ml-salary-compare></ml-salary-compare></test-jobs-provider>`,
        );
        wrap.provide({ status: 'bundled', data: null, locale: 'pt_BR_compare' });
        for (const el of wrap.querySelectorAll('ml-salary-compare')) await el.updateComplete;
      });
      const line = '<ml-jobs-data> locale="pt_BR_compare" is not a valid language tag like en-US or de-DE; it is ignored.';
      for (const el of wrap.querySelectorAll('ml-salary-compare')) {
        expect($$(el, '[part="problem"]').map(text)).to.deep.equal([line]);
        expect(pairs(el)[0]).to.match(/\$\d{2,3},\d{3}/);
      }
      expect(seen).to.deep.equal([`ml-career-widgets: ${line}`]);
      wrap.provide({ status: 'bundled', data: null, locale: 'en-US' });
      const [first] = wrap.querySelectorAll('ml-salary-compare');
      await first.updateComplete;
      expect($(first, '[part="problem"]')).to.equal(null);
    });

    it('draws its bundled figures, with sources, in the locale of a provider that has no data of its own', async () => {
      const wrap = await fixture<TestJobsProvider>(html`<test-jobs-provider><ml-salary-compare jobs="robotics-engineer"></ml-salary-compare></test-jobs-provider>`);
      const el = wrap.querySelector('ml-salary-compare')!;
      wrap.provide({ status: 'bundled', data: null, locale: 'de-DE' });
      await el.updateComplete;
      expect(pairs(el)).to.deep.equal(['Robotics Engineer: 99.040\u00a0$']);
      expect(text($(el, '[part="source"]'))).to.equal('Source: U.S. Bureau of Labor Statistics.');
      await expect(el).to.be.accessible();
    });

    it('keeps the date of a figure whose source the page\'s data does not name, in the table and the source line', async () => {
      const dated: JobsData = structuredClone(dataset);
      dated.jobs[0].salary.median = { amount: 90000, currency: 'USD', source: null, date: '2024' };
      const wrap = await fixture<TestJobsProvider>(
        html`<test-jobs-provider><ml-salary-compare view="table" jobs="ml-engineer,robotics-engineer"></ml-salary-compare></test-jobs-provider>`,
      );
      const el = wrap.querySelector('ml-salary-compare')!;
      wrap.provide({ status: 'ready', data: dated, locale: null });
      await el.updateComplete;
      expect($$(el, 'tbody tr').map((tr) => text(tr.lastElementChild))).to.deep.equal([
        'U.S. Bureau of Labor Statistics',
        'source not named, 2024',
      ]);
      expect(text($(el, '[part="source"]'))).to.equal(
        'Sources: U.S. Bureau of Labor Statistics (Robotics Engineer); source not named, 2024 (Machine Learning Engineer).',
      );
      el.jobs = 'ml-engineer';
      await el.updateComplete;
      expect(text($(el, '[part="source"]'))).to.equal('Source not named, 2024.');
    });

    it('says the two bases differ when any shown role has two figures, and not when none has', async () => {
      const same: JobsData = structuredClone(dataset);
      same.jobs[0].salary.article.amount = same.jobs[0].salary.median.amount;
      const wrap = await fixture<TestJobsProvider>(
        html`<test-jobs-provider><ml-salary-compare jobs="ml-engineer,robotics-engineer"></ml-salary-compare></test-jobs-provider>`,
      );
      const el = wrap.querySelector('ml-salary-compare')!;
      wrap.provide({ status: 'ready', data: same, locale: null });
      await el.updateComplete;
      expect($$(el, '[part="note"]').map(text)).to.deep.equal([
        "The article's closing summary gives different, rounded figures for these roles; these are the medians from each role's section.",
      ]);
      el.jobs = 'ml-engineer';
      await el.updateComplete;
      expect($(el, '[part="note"]')).to.equal(null);
    });

    it('shows both the range and the top earners of a role that has both', async () => {
      const both: JobsData = structuredClone(dataset);
      both.jobs[0].salary.range = { min: 80000, max: 150000, currency: 'USD' };
      both.jobs[0].salary.top = { amount: 200000, qualifier: 'over' };
      const wrap = await fixture<TestJobsProvider>(html`<test-jobs-provider><ml-salary-compare jobs="ml-engineer"></ml-salary-compare></test-jobs-provider>`);
      const el = wrap.querySelector('ml-salary-compare')!;
      wrap.provide({ status: 'ready', data: both, locale: null });
      await el.updateComplete;
      const markers = 'Range: $80,000–$150,000; Top earners: over $200,000';
      expect(text($(el, '[part="marker"]'))).to.equal(markers);
      // Dashed, open-ended, only for "over": "up to" is a bound.
      expect($$(el, 'line.range').map((line) => line.classList.contains('open'))).to.deep.equal([false, true]);
      el.view = 'table';
      await el.updateComplete;
      expect(text($(el, 'tbody td:nth-of-type(2)'))).to.equal(markers);
      el.view = 'chart';
      both.jobs[0].salary.top = { amount: 200000, qualifier: 'up to' };
      wrap.provide({ status: 'ready', data: structuredClone(both), locale: null });
      await el.updateComplete;
      expect($$(el, 'line.range').map((line) => line.classList.contains('open'))).to.deep.equal([false, false]);
      // "Up to" is drawn from the median to its bound, a tick at each end.
      expect($$(el, 'line.range').map((line) => [line.getAttribute('x1'), line.getAttribute('x2')])[1]).to.deep.equal(['57.06%', '100%']);
      expect($$(el, 'line.tick')).to.have.length(4);
    });

    for (const theme of ['light', 'dark']) {
      it(`shows the error visibly (${theme} theme)`, async () => {
        const wrap = await fixture<TestJobsProvider>(html`<test-jobs-provider><ml-salary-compare theme=${theme}></ml-salary-compare></test-jobs-provider>`);
        const el = wrap.querySelector('ml-salary-compare')!;
        await el.updateComplete;
        const loading = $(el, '[role="status"]')!;
        expect(text(loading)).to.equal('Loading salary data…');
        wrap.provide({ status: 'error', data: null, locale: null, error: 'jobs.json: HTTP 404' });
        await el.updateComplete;
        // The same polite element: its new text is announced, and several widgets do not interrupt.
        expect($(el, '[role="status"]')).to.equal(loading);
        expect(text(loading)).to.equal('Salary data could not be loaded: jobs.json: HTTP 404');
        expect(loading.getBoundingClientRect().height).to.be.greaterThan(0);
        expectTheme(el, theme);
        await expect(el).to.be.accessible();
      });
    }
  });
});
