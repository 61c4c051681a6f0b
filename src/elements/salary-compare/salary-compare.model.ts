import type { JobSalary, JobsSlice, SalaryBasis } from '../../data/types.js';
import { NO_SOURCE, salaryFigure, type SalaryFigure } from '../../shared/salary.js';

export type SortOrder = 'desc' | 'asc' | 'none';
export type View = 'chart' | 'table';
export const SORTS: readonly SortOrder[] = ['desc', 'asc', 'none'];
export const VIEWS: readonly View[] = ['chart', 'table'];

/** One shown job: its figure on the chosen basis, with provenance and (median only) region, range and top. */
export interface CompareRow extends SalaryFigure {
  job: string;
  title: string;
  region?: string;
  range?: { min: number; max: number; currency: string };
  top?: { amount: number; qualifier?: string; currency: string };
}

/** The requested jobs found in `data` (request order; all in dataset order when none asked) and the unknown ids. */
export function selectJobs(requested: string[], data: JobsSlice<JobSalary>): { jobs: JobSalary[]; unknown: string[] } {
  if (!requested.length) return { jobs: [...data.jobs], unknown: [] };
  const jobs: JobSalary[] = [];
  const unknown: string[] = [];
  for (const id of requested) {
    // Not lookup.js's findJob: importing it measured 12 bytes more in this entry.
    const job = data.jobs.find((j) => j.id === id);
    if (job) jobs.push(job);
    else unknown.push(id);
  }
  return { jobs, unknown };
}

/** Rows for `jobs` on `basis`; the article's ranges and top-earner figures belong to the median only. */
export function buildRows(jobs: JobSalary[], basis: SalaryBasis): CompareRow[] {
  return jobs.map((job) => {
    const row: CompareRow = { job: job.id, title: job.title, ...salaryFigure(job, basis) };
    const { median, range, top } = job.salary;
    if (basis === 'median') {
      if (median.region) row.region = median.region;
      if (range) row.range = { min: range.min, max: range.max, currency: range.currency };
      if (top) row.top = { amount: top.amount, qualifier: top.qualifier, currency: row.currency };
    }
    return row;
  });
}

/**
 * `rows` sorted by amount, ties in dataset order (`order` lists the dataset's ids); `none`
 * keeps the given order. Never mutates `rows`.
 */
export function sortRows(rows: CompareRow[], sort: SortOrder, order: string[]): CompareRow[] {
  if (sort === 'none') return [...rows];
  const sign = sort === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (a.amount - b.amount) || order.indexOf(a.job) - order.indexOf(b.job));
}

/**
 * The end of a scale from zero that fits every bar and marker: the largest figure drawn (amount,
 * range end or top earners), with room beyond an open-ended top figure ("over $230,000") for the
 * line that says it goes on.
 */
export function scaleMax(rows: CompareRow[]): number {
  return Math.max(
    1,
    ...rows.flatMap((row) => [
      row.amount,
      row.range?.max ?? 0,
      // After the bar too: a page's data may put "over" below the median.
      row.top?.qualifier === 'over' ? Math.max(row.top.amount, row.amount) * 1.15 : (row.top?.amount ?? 0),
    ]),
  );
}

/** `value` as a percentage of `max`, clamped to 0–100 and rounded to 0.01 for tidy SVG. */
export function percent(value: number, max: number): number {
  return Math.round(Math.min(100, Math.max(0, (value / max) * 100)) * 100) / 100;
}

/**
 * The line under the figures naming the distinct attributions of `rows` in row order, each with
 * its roles, so a chart's figure keeps its source as the table's does: "Sources: Indeed.com,
 * January 2023 (Computer Vision Engineer); source not named (Natural Language Processing
 * Engineer, …)." One attribution for every row needs no names: "Source: Glassdoor, December
 * 2022." or "Source not named."
 */
export function sourceLine(rows: CompareRow[]): string {
  const roles = new Map<string, string[]>();
  for (const row of rows) roles.set(row.attribution, [...(roles.get(row.attribution) ?? []), row.title]);
  if (roles.size > 1) return `Sources: ${[...roles].map(([attribution, titles]) => `${attribution} (${titles.join(', ')})`).join('; ')}.`;
  const [only] = roles.keys();
  // Capitalised from NO_SOURCE ("source not named…"), as a second constant would cost bytes.
  return only.startsWith(NO_SOURCE) ? `S${only.slice(1)}.` : `Source: ${only}.`;
}

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula sign is neutralised. */
function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  // Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe stops that.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends) of the shown rows, with every figure the chart shows: title,
 * amount, currency, basis, source, date, region, range and top earners.
 */
export function toCsv(rows: CompareRow[]): string {
  const lines = rows.map((row) => [
    row.title,
    row.amount,
    row.currency,
    row.basis,
    // The date has its own column: a dated figure without a source is NO_SOURCE here, not "NO_SOURCE, 2024".
    row.source || (row.date ? NO_SOURCE : row.attribution),
    row.date,
    row.region,
    row.range?.min,
    row.range?.max,
    row.top?.qualifier,
    row.top?.amount,
  ]);
  const header = 'title,amount,currency,basis,source,date,region,range_min,range_max,top_earners_qualifier,top_earners';
  return [header, ...lines.map((cells) => cells.map(csvField).join(','))].join('\r\n') + '\r\n';
}
