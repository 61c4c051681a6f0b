import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bundledSalaries } from '../../data/bundled/salaries.js';
import { jobIdsOf } from '../../data/lookup.js';
import type { JobSalary, JobsSlice, SalaryBasis } from '../../data/types.js';
import { asText, parseEnum, parseList } from '../../shared/attributes.js';
import { emit } from '../../shared/events.js';
import { formatMoney, formatMoneyRange } from '../../shared/format.js';
import { renderHeading } from '../../shared/heading.js';
import { JobsDataConsumer } from '../../shared/context.js';
import { MlElement } from '../../shared/ml-element.js';
import { BASES, basesDiffer, topEarnersPhrase } from '../../shared/salary.js';
import { buttons, tokens } from '../../shared/styles.js';
import { reportProblem } from '../../shared/warn.js';
import {
  SORTS,
  VIEWS,
  buildRows,
  percent,
  scaleMax,
  selectJobs,
  sortRows,
  sourceLine,
  toCsv,
  type CompareRow,
  type SortOrder,
  type View,
} from './salary-compare.model.js';
import { styles } from './salary-compare.styles.js';

const ORDER_TEXT: Record<SortOrder, string> = {
  desc: 'highest first',
  asc: 'lowest first',
  none: 'in the order given',
};

/**
 * A horizontal bar chart, or a table, comparing the salaries of the article's roles, with each
 * figure's source and date. No canvas: the values are text, the bars are decorative SVG.
 *
 * @tagname ml-salary-compare
 * @fires {CustomEvent<JobSelectDetail>} ml-job-select - when a bar's or a table row's button is activated by click, Enter or Space (detail `{ job, amount, basis }`)
 * @csspart base - the widget's frame
 * @csspart heading - the widget's heading
 * @csspart note - the notes on the two bases and on mixed currencies
 * @csspart controls - the row holding the view switch and the download button
 * @csspart view-button - the Chart and Table toggle buttons (`aria-pressed`)
 * @csspart download - the "Download CSV" button
 * @csspart chart - the list of bars
 * @csspart bar-button - the button that holds one role's label, bar and range text
 * @csspart bar - the SVG bar of one role; `fill` colours it (default: `--ml-accent`)
 * @csspart marker - the text of a range or top-earner figure
 * @csspart table - the table
 * @csspart row-button - the role button in a table row
 * @csspart source - the source line
 * @csspart message - the loading, error or nothing-to-show message
 * @csspart problem - a line naming an invalid attribute and what the widget does instead
 * @cssprop --ml-font-family - font of the widget
 * @cssprop --ml-text-color - text, range markers and the highlighted bar's outline; secondary text is 72 % of it over the surface
 * @cssprop --ml-surface - background (opaque), and the text of the pressed view switch
 * @cssprop --ml-border-color - frame and table rules
 * @cssprop --ml-accent - bars, buttons and focus ring
 * @cssprop --ml-radius - corner radius
 */
export class MlSalaryCompare extends MlElement {
  static override styles = [tokens, buttons, styles];

  static override properties: PropertyDeclarations = {
    jobs: {},
    basis: {},
    sort: {},
    highlight: {},
    view: { reflect: true },
  };

  /** Comma list of job ids to compare, in the order `sort="none"` keeps; absent means every job. */
  jobs?: string;

  /**
   * `median` (each role section's figure, with source) or `article` (the closing summary's figure).
   * @default 'median'
   */
  basis?: SalaryBasis;

  /**
   * `desc`, `asc`, or `none` (the order of `jobs`).
   * @default 'desc'
   */
  sort?: SortOrder;

  /** Id of a job drawn emphasised (bold label, outlined bar and the word "highlighted"). */
  highlight?: string;

  /**
   * `chart` or `table`; the widget's own switch updates it.
   * @default 'chart'
   */
  view?: View;

  protected readonly jobsData = new JobsDataConsumer(this, bundledSalaries);

  private get effectiveBasis(): SalaryBasis {
    return parseEnum(this, 'basis', this.basis, BASES, 'median');
  }

  private get effectiveView(): View {
    return parseEnum(this, 'view', this.view, VIEWS, 'chart');
  }

  private select(row: CompareRow): void {
    emit(this, 'ml-job-select', { job: row.job, amount: row.amount, basis: row.basis });
  }

  private showView(view: View): void {
    this.view = view;
  }

  private download(rows: CompareRow[], basis: SalaryBasis): void {
    // A BOM so spreadsheet programs read the UTF-8 (en dashes, accented names) correctly.
    const url = URL.createObjectURL(new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `ml-salaries-${basis}.csv`;
    // Attached while clicked: older Firefox ignores clicks on a detached link.
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  override render(): TemplateResult {
    const basis = this.effectiveBasis;
    const title = basis === 'median' ? 'Median salaries by role' : "Salaries by role (the article's summary)";
    const state = this.jobsData.value;
    let body: unknown;
    if (state.status === 'ready') {
      body = this.renderData(state.data, basis);
    } else {
      // Polite, one element for loading and failure: see <ml-role-card>'s message.
      const message = state.status === 'loading' ? 'Loading salary data…' : `Salary data could not be loaded: ${state.error}`;
      body = html`<p class="message" part="message" role="status">${message}</p>`;
    }
    // No accessible name: a named section is a landmark, and two comparisons on a page would
    // be two landmarks with the same name.
    return html`<section class="base" part="base">
      ${renderHeading(this.effectiveHeadingLevel, title)}${body}${this.renderProblems()}
    </section>`;
  }

  private renderData(data: JobsSlice<JobSalary>, basis: SalaryBasis): unknown {
    const sort = parseEnum(this, 'sort', this.sort, SORTS, 'desc');
    const view = this.effectiveView;
    const locale = this.effectiveLocale;
    const { jobs, unknown } = selectJobs(parseList(this.jobs), data);
    const valid = jobIdsOf(data);
    if (unknown.length) {
      reportProblem(this, `jobs: not in the data, so not shown: ${unknown.map((id) => `“${id}”`).join(', ')}. Valid ids: ${valid.join(', ')}.`);
    }
    if (!jobs.length) return html`<p class="message" part="message">No salaries to compare.</p>`;
    const rows = sortRows(buildRows(jobs, basis), sort, valid);
    const highlight = asText(this.highlight).toLowerCase() || undefined;
    if (highlight && !rows.some((row) => row.job === highlight)) {
      reportProblem(this, `highlight="${this.highlight}" is not among the jobs shown; ignored.`);
    }
    // The region where the article gives one: only the US figure says where it holds.
    const amount = (row: CompareRow) => formatMoney(row.amount, row.currency, locale) + (row.region ? ` in the ${row.region}` : '');
    // Both, when a page's own data gives a role a range and top earners. Worded as the card words
    // them; a shared helper for the two phrases measured 22 bytes more here and 28 in the card.
    const marker = (row: CompareRow) =>
      [
        row.range && `Range: ${formatMoneyRange(row.range.min, row.range.max, row.range.currency, locale)}`,
        row.top && `Top earners: ${topEarnersPhrase(row.top.qualifier, formatMoney(row.top.amount, row.top.currency, locale))}`,
      ]
        .filter(Boolean)
        .join('; ');
    const differ = jobs.some(basesDiffer);
    const currencies = [...new Set(rows.map((row) => row.currency))];
    const caption = `${basis === 'median' ? 'Median salary' : 'Salary'} per year by role, ${ORDER_TEXT[sort]}`;
    return html`<div class="controls" part="controls">
        <div role="group" aria-label="View" class="toggle">
          ${VIEWS.map(
            (v) =>
              html`<button type="button" part="view-button" aria-pressed=${v === view ? 'true' : 'false'} @click=${() => this.showView(v)}>
                ${v === 'chart' ? 'Chart' : 'Table'}
              </button>`,
          )}
        </div>
        <button type="button" part="download" class="download" @click=${() => this.download(rows, basis)}>Download CSV</button>
      </div>
      <p class="caption" id="caption">${caption}</p>
      ${view === 'chart'
        ? this.renderChart(rows, highlight, amount, marker)
        : this.renderTable(rows, highlight, amount, marker)}
      ${differ
        ? html`<p class="note" part="note">
            ${basis === 'median'
              ? "The article's closing summary gives different, rounded figures for these roles; these are the medians from each role's section."
              : "These are the rounded figures from the article's closing summary; the medians in each role's section differ."}
          </p>`
        : nothing}
      ${currencies.length > 1
        ? html`<p class="note" part="note">The figures are in different currencies (${currencies.join(', ')}) and are not converted.</p>`
        : nothing}
      <p class="source" part="source">${sourceLine(rows)}</p>`;
  }

  private renderChart(
    rows: CompareRow[],
    highlight: string | undefined,
    amount: (row: CompareRow) => string,
    marker: (row: CompareRow) => string,
  ): TemplateResult {
    const max = scaleMax(rows);
    return html`<ul class="chart" part="chart" role="list" aria-labelledby="caption">
        ${rows.map((row) => {
          const emphasised = row.job === highlight;
          const text = marker(row);
          const end = percent(row.amount, max);
          return html`<li class=${emphasised ? 'item highlighted' : 'item'}>
            <button type="button" part="bar-button" class="bar-button" @click=${() => this.select(row)}>
              <span class="label"
                ><span class="title">${row.title}<span class="colon">:</span></span>
                <span class="amount">${amount(row)}</span>${emphasised
                  ? html`<span class="tag"> (highlighted)</span>`
                  : nothing}</span
              >
              <span class="track">
                <svg class="bar" part="bar" aria-hidden="true" focusable="false" width="100%">
                  <rect class="fill" x="0" y="0" width="${end}%" height="60%"></rect>
                  ${row.range ? this.markerLine(percent(row.range.min, max), percent(row.range.max, max), false) : nothing}
                  ${row.top
                    ? row.top.qualifier === 'over'
                      ? this.markerLine(percent(row.top.amount, max), 100, true)
                      : this.markerLine(end, percent(row.top.amount, max), false)
                    : nothing}
                </svg>
                ${text ? html`<span class="marker" part="marker">${text}</span>` : nothing}
              </span>
            </button>
          </li>`;
        })}
      </ul>`;
  }

  /**
   * A line under the bar from `from`% to `to`% with a tick at each end; an open-ended top figure
   * ("over") is a tick at its amount and a dashed line on to the scale's end, with no end tick.
   */
  private markerLine(from: number, to: number, open: boolean): TemplateResult {
    return svg`<line class=${open ? 'range open' : 'range'} x1="${from}%" x2="${to}%" y1="82%" y2="82%"></line>
      <line class="tick" x1="${from}%" x2="${from}%" y1="68%" y2="96%"></line>
      ${open ? nothing : svg`<line class="tick" x1="${to}%" x2="${to}%" y1="68%" y2="96%"></line>`}`;
  }

  private renderTable(
    rows: CompareRow[],
    highlight: string | undefined,
    amount: (row: CompareRow) => string,
    marker: (row: CompareRow) => string,
  ): TemplateResult {
    const extra = rows.some((row) => row.range || row.top);
    // Named by the caption above it rather than a <caption>: a narrow table scrolls sideways
    // (allowed for data tables) and its own caption would scroll and clip with it. Focusable, so
    // the keyboard can scroll it; a group, not a region, so two comparisons add no landmarks.
    return html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="caption">
      <table part="table" aria-labelledby="caption">
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Salary</th>
            ${extra ? html`<th scope="col">Range or top earners</th>` : nothing}
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => {
            const emphasised = row.job === highlight;
            return html`<tr class=${emphasised ? 'highlighted' : ''}>
              <th scope="row">
                <button type="button" part="row-button" class="row-button" @click=${() => this.select(row)}>
                  ${row.title}${emphasised ? html`<span class="tag"> (highlighted)</span>` : nothing}
                </button>
              </th>
              <td class="num">${amount(row)}</td>
              ${extra ? html`<td><bdi>${marker(row)}</bdi></td>` : nothing}
              <td>${row.attribution}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
