import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bundledRoles } from '../../data/bundled/roles.js';
import { findJob, jobIdsOf } from '../../data/lookup.js';
import type { Job, SalaryBasis, TaggedJobsSlice } from '../../data/types.js';
import { asText, parseEnum, parseList } from '../../shared/attributes.js';
import { emit } from '../../shared/events.js';
import { formatMoney, formatMoneyRange } from '../../shared/format.js';
import { renderHeading } from '../../shared/heading.js';
import { JobsDataConsumer } from '../../shared/context.js';
import { MlElement } from '../../shared/ml-element.js';
import { BASES, topEarnersPhrase } from '../../shared/salary.js';
import { buttons, tokens } from '../../shared/styles.js';
import { reportProblem, warnOnce } from '../../shared/warn.js';
import {
  jobProblem,
  labelledTags,
  occupationJsonLd,
  otherFigureNote,
  parseSections,
  rankedSkillTags,
  responsibilityLists,
  salaryView,
  scriptJson,
  SECTIONS,
  TOP_SKILLS,
  visibleSections,
  type Section,
} from './role-card.model.js';
import { styles } from './role-card.styles.js';

/** The card's data: a provider's dataset or the bundled roles. */
type RolesData = TaggedJobsSlice<Job>;

type ScriptPolicy = { createScript(text: string): string };
let policy: ScriptPolicy | null | undefined;

/**
 * Script text a Trusted Types page accepts: through a policy that passes valid JSON only. Null
 * when the page does not allow the policy.
 */
function trustedJson(text: string): string | null {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('ml-career-widgets', { createScript: (json: string) => (JSON.parse(json), json) });
    } catch {
      policy = null;
    }
  }
  return policy && policy.createScript(text);
}

/**
 * A card for one of the article's ML roles: its summary, a sourced salary, responsibilities,
 * skills as tags, requirements and education. Light-DOM content is not rendered once the element
 * has upgraded, so an inline sentence or link inside it serves readers until then.
 *
 * @tagname ml-role-card
 * @fires {CustomEvent<ToggleDetail>} ml-toggle - when the reader expands or collapses a compact card (detail `{ job, expanded }`)
 * @csspart base - the card
 * @csspart heading - the role's title
 * @csspart summary - the role's summary paragraph
 * @csspart section - each section (salary, responsibilities, skills, requirements, education)
 * @csspart section-heading - each section's heading
 * @csspart list-heading - the title of each of a role's responsibility lists, where it has several
 * @csspart salary - the salary section
 * @csspart amount - the salary figure
 * @csspart source - who the figure comes from, and when
 * @csspart note - the line naming the other basis' figure where it differs
 * @csspart tag - one skill tag
 * @csspart toggle - the compact card's "Show more" button
 * @csspart details - the region the toggle shows and hides
 * @csspart message - loading and error messages, and a missing or unknown job
 * @csspart problem - a line naming an invalid attribute and what the card does instead
 * @cssprop --ml-font-family - font of the card
 * @cssprop --ml-text-color - text colour; secondary text is 72 % of it over the surface
 * @cssprop --ml-surface - background
 * @cssprop --ml-border-color - border and tag outline colour
 * @cssprop --ml-accent - the Show more button, focus ring and amount colour
 * @cssprop --ml-radius - corner radius
 */
export class MlRoleCard extends MlElement {
  static override styles = [tokens, buttons, styles];

  static override properties: PropertyDeclarations = {
    job: {},
    sections: {},
    basis: {},
    compact: { type: Boolean, reflect: true },
    expanded: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** Id of the role to show, e.g. `nlp-engineer`. */
  job?: string;

  /** Comma list of summary, salary, responsibilities, skills, requirements, education; absent = all the role has. */
  sections?: string;

  /**
   * Salary figure to show: `median` (the role's section) or `article` (the closing summary).
   * @default 'median'
   */
  basis?: SalaryBasis;

  /** Title, salary and top skills only, with a "Show more" button. */
  compact = false;

  /** Whether a compact card shows all its sections; setting it from code fires no event. */
  expanded = false;

  /** Also write schema.org `Occupation` JSON-LD into a script element in the light DOM. */
  structuredData = false;

  protected readonly jobsData = new JobsDataConsumer(this, bundledRoles);

  private current?: Job;
  private wanted: Section[] | null = null;
  private salaryBasis: SalaryBasis = 'median';
  private ldScript?: HTMLScriptElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncStructuredData();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.jobsData.value;
    const data = value.status === 'ready' ? value.data : null;
    // Ids are lower-case (the schema's pattern), so "NLP-Engineer" finds its role.
    const id = asText(this.job).toLowerCase();
    this.current = data && id ? findJob(data, id) : undefined;
    if (data && !this.current) {
      // The words the card shows, so a missing job is not logged as job="".
      warnOnce(this, `<ml-role-card> ${jobProblem(this.job, jobIdsOf(data))}`);
    }
    this.salaryBasis = parseEnum(this, 'basis', this.basis, BASES, 'median');
    const { wanted, unknown } = parseSections(parseList(this.sections));
    if (unknown.length) {
      reportProblem(this, `sections: ignoring ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}.`);
    }
    this.wanted = wanted;
  }

  protected override updated(): void {
    this.syncStructuredData();
  }

  /** Keeps one JSON-LD script in the light DOM while connected, asked for, and showing a job. */
  private syncStructuredData(): void {
    // A saved or cloned page may hold ours already (marked, so an author's own JSON-LD is never touched).
    this.ldScript ??= this.querySelector<HTMLScriptElement>(':scope > script[data-ml-role-card]') ?? undefined;
    const job = this.isConnected && this.structuredData ? this.current : undefined;
    if (!job) {
      this.ldScript?.remove();
      return;
    }
    const script = (this.ldScript ??= document.createElement('script'));
    script.type = 'application/ld+json';
    script.dataset.mlRoleCard = '';
    const text = scriptJson(occupationJsonLd(job));
    if (script.textContent !== text) {
      const trusted = trustedJson(text);
      if (trusted == null) {
        warnOnce(this, '<ml-role-card> structured-data: this page\'s Trusted Types policy does not allow the "ml-career-widgets" policy, so no JSON-LD is written.');
        return;
      }
      script.textContent = trusted;
    }
    if (script.parentNode !== this) this.append(script);
  }

  private onToggle(): void {
    this.expanded = !this.expanded;
    emit(this, 'ml-toggle', { job: this.current!.id, expanded: this.expanded });
  }

  override render(): TemplateResult {
    const value = this.jobsData.value;
    if (value.status === 'loading') return this.renderMessage('Loading the job data…');
    if (value.status === 'error') return this.renderMessage(`The job data could not be loaded: ${value.error}`);
    if (!this.current) return this.renderMessage(jobProblem(this.job, jobIdsOf(value.data)));
    return html`<article class="base" part="base" aria-labelledby="heading">
      ${this.renderCard(this.current, value.data)}${this.renderProblems()}
    </article>`;
  }

  // Polite even for a failed load: one provider's failure shows in every widget, and several
  // alerts would interrupt the reader once per widget. One element, so a change is announced.
  private renderMessage(text: string): TemplateResult {
    return html`<div class="base" part="base">
      <p class="message" part="message" role="status">${text}</p>
      ${this.renderProblems()}
    </div>`;
  }

  private renderCard(job: Job, data: RolesData): TemplateResult {
    const level = this.effectiveHeadingLevel;
    let sections = visibleSections(job, this.wanted);
    // Like a typo, sections this role does not have must not leave a card with only its title.
    if (!sections.length) {
      reportProblem(this, `sections: ${job.id} has none of ${this.wanted!.join(', ')}; showing every section.`);
      sections = visibleSections(job, null);
    }
    const renderSections = (shown: Section[]) => shown.map((section) => this.renderSection(section, job, data, level + 1));
    if (!this.compact) return html`${renderHeading(level, job.title)}${renderSections(sections)}`;
    const open = this.expanded;
    // Title, salary and top skills stay above the button in both states, so the button neither
    // moves under the pointer nor loses focus (it stays one element); the sections open below it.
    return html`${renderHeading(level, job.title)}
      ${sections.includes('salary') ? this.renderSalary(job, level + 1) : nothing}
      ${sections.includes('skills') ? this.renderTopSkills(job, data) : nothing}
      <button class="toggle" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="details" @click=${this.onToggle}>
        ${open ? 'Show less' : 'Show more'}<span class="visually-hidden"> about ${job.title}</span>
      </button>
      <div id="details" part="details" ?hidden=${!open}>${open ? renderSections(sections.filter((section) => section !== 'salary')) : nothing}</div>`;
  }

  private renderSection(section: Section, job: Job, data: RolesData, level: number): TemplateResult {
    switch (section) {
      case 'summary':
        return html`<p class="summary" part="summary">${job.summary}</p>`;
      case 'salary':
        return this.renderSalary(job, level);
      case 'responsibilities': {
        const lists = responsibilityLists(job);
        // One list needs no title of its own; two (the ML engineer) keep the article's titles.
        if (lists.length === 1) return this.renderList('responsibilities', 'Responsibilities', level, lists[0].items);
        return html`<section class="section responsibilities" part="section">
          ${subheading(level, 'Responsibilities')}
          ${lists.map((list) => html`${renderHeading(level + 1, list.title, { id: null, part: 'list-heading', focusable: false })}<ul>${list.items.map((item) => html`<li>${item}</li>`)}</ul>`)}
        </section>`;
      }
      case 'skills': {
        // A compact card keeps its top skills above the button: here only the rest, once each.
        const tags = rankedSkillTags(job).slice(this.compact ? TOP_SKILLS : 0);
        return html`<section class="section skills" part="section">
          ${subheading(level, 'Skills')}
          ${tags.length ? renderTags(labelledTags(tags, data), this.compact ? 'More skill areas' : 'Skill areas') : nothing}
          <ul>${job.skills.map((skill) => html`<li>${skill.text}</li>`)}</ul>
        </section>`;
      }
      case 'requirements':
        return this.renderList('requirements', 'Requirements', level, job.requirements);
      case 'education': {
        const education = job.education!;
        return html`<section class="section education" part="section">
          ${subheading(level, 'Education')}
          ${education.intro ? html`<p>${education.intro}</p>` : nothing}
          <dl>${education.paths.map((path) => html`<dt>${path.title}</dt><dd>${path.text}</dd>`)}</dl>
        </section>`;
      }
    }
  }

  private renderList(id: string, title: string, level: number, items: readonly string[]): TemplateResult {
    return html`<section class="section ${id}" part="section">
      ${subheading(level, title)}
      <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
    </section>`;
  }

  private renderSalary(job: Job, level: number): TemplateResult {
    const { figure, label, range, top, other } = salaryView(job, this.salaryBasis);
    const locale = this.effectiveLocale;
    const money = (amount: number, currency = figure.currency) => formatMoney(amount, currency, locale);
    return html`<section class="section salary" part="section salary">
      ${subheading(level, 'Salary')}
      <p class="figure">
        <span class="label">${label}</span>
        <strong class="amount" part="amount">${money(figure.amount)}</strong>
        <span class="source" part="source">(${figure.attribution})</span>
      </p>
      ${range ? html`<p>Range: ${formatMoneyRange(range.min, range.max, range.currency, locale)}</p>` : nothing}
      ${top ? html`<p>Top earners: ${topEarnersPhrase(top.qualifier, money(top.amount))}</p>` : nothing}
      ${other ? html`<p class="note" part="note">${otherFigureNote(other, money)}</p>` : nothing}
    </section>`;
  }

  private renderTopSkills(job: Job, data: RolesData): TemplateResult {
    return html`<div class="top-skills">
      <p class="label" id="top-skills-label">Top skills</p>
      ${renderTags(labelledTags(rankedSkillTags(job).slice(0, TOP_SKILLS), data), undefined, 'top-skills-label')}
    </div>`;
  }
}

/**
 * A section heading one level below the card's own (never below h6). Sections get no accessible
 * name: five cards would otherwise put five "Salary" regions among the page's landmarks.
 */
function subheading(level: number, text: string): TemplateResult {
  return renderHeading(level, text, { id: null, part: 'section-heading', focusable: false });
}

function renderTags(tags: { id: string; label: string }[], label?: string, labelledBy?: string): TemplateResult {
  return html`<ul class="tags" role="list" aria-label=${label ?? nothing} aria-labelledby=${labelledBy ?? nothing}>
    ${tags.map((tag) => html`<li class="tag" part="tag" data-tag=${tag.id}>${tag.label}</li>`)}
  </ul>`;
}
