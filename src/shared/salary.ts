import type { JobSalary, SalaryBasis } from '../data/types.js';

export const BASES: readonly SalaryBasis[] = ['median', 'article'];

/** One salary figure of a job with what the reader needs to judge it. */
export interface SalaryFigure {
  amount: number;
  currency: string;
  basis: SalaryBasis;
  source: string | null;
  date: string | null;
  /** "Glassdoor, December 2022", "U.S. Bureau of Labor Statistics", or the no-source wording. */
  attribution: string;
}

export const NO_SOURCE = 'source not named';
export const SUMMARY_SOURCE = "the article's closing summary";

/** "Source, date", without the date when none is given, NO_SOURCE for the source; never an invented date. */
export function attribution(source: string | null, date: string | null): string {
  const named = source || NO_SOURCE;
  return date ? `${named}, ${date}` : named;
}

/** The figure of `job` on `basis`: the role section's median, or the closing summary's figure. */
export function salaryFigure(job: JobSalary, basis: SalaryBasis): SalaryFigure {
  if (basis === 'article') {
    const { amount, currency } = job.salary.article;
    return { amount, currency, basis, source: null, date: null, attribution: SUMMARY_SOURCE };
  }
  const { amount, currency, source, date } = job.salary.median;
  return { amount, currency, basis, source, date, attribution: attribution(source, date) };
}

/** True when the summary figure differs from the sourced median, so a note should say so. */
export function basesDiffer(job: JobSalary): boolean {
  return job.salary.article.amount !== job.salary.median.amount;
}

/** A top-earner figure as the article words it ("over $230,000"); no qualifier is invented. */
export function topEarnersPhrase(qualifier: string | undefined, formatted: string): string {
  return qualifier ? `${qualifier} ${formatted}` : formatted;
}
