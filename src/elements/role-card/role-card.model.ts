import type { Job, JobsData, SalaryBasis } from '../../data/types.js';
import { skillLabel } from '../../data/jobs.js';
import { basesDiffer, salaryFigure, type SalaryFigure } from '../../shared/salary.js';

/** The card's sections in the order it shows them. */
export const SECTIONS = ['summary', 'salary', 'responsibilities', 'skills', 'requirements', 'education'] as const;
export type Section = (typeof SECTIONS)[number];

/** How many skill tags the compact card shows. */
export const TOP_SKILLS = 4;

/** The sections `job` has content for, in card order. */
export function sectionsOf(job: Job): Section[] {
  const has: Record<Section, boolean> = {
    summary: Boolean(job.summary),
    salary: true,
    responsibilities: job.responsibilities.some((list) => list.items.length > 0),
    skills: job.skills.length > 0,
    requirements: job.requirements.length > 0,
    education: Boolean(job.education?.paths.length),
  };
  return SECTIONS.filter((section) => has[section]);
}

/** The `sections` attribute: the known names asked for (null when absent = all) and the unknown ones. */
export function parseSections(items: string[]): { wanted: Section[] | null; unknown: string[] } {
  if (items.length === 0) return { wanted: null, unknown: [] };
  const known = new Set<string>(SECTIONS);
  const names = items.map((item) => item.toLowerCase());
  return {
    wanted: SECTIONS.filter((section) => names.includes(section)),
    unknown: items.filter((_, i) => !known.has(names[i])),
  };
}

/** The sections to show: those asked for (all when null) that the job has, in card order. */
export function visibleSections(job: Job, wanted: Section[] | null): Section[] {
  return sectionsOf(job).filter((section) => !wanted || wanted.includes(section));
}

// Case, spacing and closing punctuation do not make two bullets different items.
const itemKey = (text: string) => text.toLowerCase().replace(/[\s.;,]+$/, '').replace(/\s+/g, ' ').trim();

const STOP = new Set('a an and are as at be by can etc for from in into is it its like may of on or such that the their them they this to when where which will with'.split(' '));

/** Content words, crudely stemmed so "Monitoring" meets "Monitor" and "re-training" meets "re-train". */
function words(text: string): Set<string> {
  const all = text.toLowerCase().replace(/machine learning/g, 'ml').split(/[^a-z]+/);
  return new Set(all.filter((w) => w && !STOP.has(w)).map((w) => w.replace(/(ing|ed|es|s|e)$/, '')));
}

/** Most words of the shorter item recur in the other: the same duty, worded again. */
export function sameDuty(a: Set<string>, b: Set<string>): boolean {
  const shorter = Math.min(a.size, b.size);
  return shorter >= 3 && [...a].filter((w) => b.has(w)).length / shorter >= 0.6;
}

/**
 * All responsibility lists of `job` as one list in the article's order, each duty once: a repeated
 * item, or an item of a later list that rewords one of an earlier list (the ML engineer's second
 * list restates "monitor and re-train" and "APIs and data pipelines"), is left out.
 */
export function responsibilities(job: Job): string[] {
  const kept: { text: string; key: string; words: Set<string>; list: number }[] = [];
  job.responsibilities.forEach((list, index) => {
    for (const text of list.items) {
      const item = { text, key: itemKey(text), words: words(text), list: index };
      const repeat = kept.some((k) => k.key === item.key || (k.list < index && sameDuty(k.words, item.words)));
      if (!repeat) kept.push(item);
    }
  });
  return kept.map((item) => item.text);
}

/** The job's skill tags, each once: the most used first, ties in the article's order. */
export function skillTags(job: Job): string[] {
  const counts = new Map<string, number>();
  for (const tag of job.skills.flatMap((skill) => skill.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  // Map keeps first-appearance order and Array.prototype.sort is stable.
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Tags with their readable labels from the vocabulary of `data`. */
export function labelledTags(tags: string[], data: JobsData): { id: string; label: string }[] {
  return tags.map((id) => ({ id, label: skillLabel(id, data) }));
}

/** What the salary block shows, before formatting. */
export interface SalaryView {
  figure: SalaryFigure;
  /** "Median salary", "Median salary in the US", or the summary's "Average salary". */
  label: string;
  range: { min: number; max: number; currency: string } | null;
  top: { amount: number; qualifier: string } | null;
  /** The other basis' figure when it differs, so the reader is not misled. */
  other: SalaryFigure | null;
}

export function salaryView(job: Job, basis: SalaryBasis): SalaryView {
  const figure = salaryFigure(job, basis);
  const median = basis === 'median';
  const region = job.salary.median.region;
  const { range, top } = job.salary;
  return {
    figure,
    label: median ? `Median salary${region ? ` in the ${region}` : ''}` : 'Average salary',
    // The range and top earners belong to the role's section, so they go with its median.
    range: median && range ? { min: range.min, max: range.max, currency: range.currency } : null,
    top: median && top ? { amount: top.amount, qualifier: top.qualifier ?? 'over' } : null,
    other: basesDiffer(job) ? salaryFigure(job, median ? 'article' : 'median') : null,
  };
}

const EXPERIENCE = /\b\d+\+?\s*years?\b/i;
const EDUCATION = /\b(BS|BSc|MS|MSc|PhD|degree|bachelor|master)/i;

/** schema.org `Occupation` for `job`, with the sourced median as the salary estimate. */
export function occupationJsonLd(job: Job): Record<string, unknown> {
  const { median } = job.salary;
  const education = job.education
    ? [job.education.intro, ...job.education.paths.map((path) => `${path.title}: ${path.text}`)].filter(Boolean)
    : job.requirements.filter((item) => EDUCATION.test(item));
  const experience = job.requirements.filter((item) => EXPERIENCE.test(item) && !EDUCATION.test(item));
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: job.title,
    description: job.summary,
    estimatedSalary: [
      {
        '@type': 'MonetaryAmountDistribution',
        name: 'median',
        currency: median.currency,
        duration: 'P1Y',
        median: median.amount,
      },
    ],
    skills: job.skills.map((skill) => skill.text),
    responsibilities: responsibilities(job),
    educationRequirements: education,
    experienceRequirements: experience,
  };
  if (median.region) ld.occupationLocation = { '@type': 'Country', name: median.region };
  for (const key of Object.keys(ld)) {
    if (Array.isArray(ld[key]) && (ld[key] as unknown[]).length === 0) delete ld[key];
  }
  return ld;
}

/** JSON for an inline script: `<` escaped so no string in the data can close the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
