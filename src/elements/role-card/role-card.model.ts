import { labelOf } from '../../data/lookup.js';
import type { Job, SalaryBasis, TaggedJobsSlice } from '../../data/types.js';
import { asText } from '../../shared/attributes.js';
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

/**
 * The `sections` attribute: the known names asked for and the unknown ones. `wanted` is null (all
 * sections) when the attribute is absent or names no known section: unknown names are ignored,
 * so a typo must not leave an empty card.
 */
export function parseSections(items: string[]): { wanted: Section[] | null; unknown: string[] } {
  const wanted = SECTIONS.filter((section) => items.includes(section));
  return { wanted: wanted.length ? wanted : null, unknown: items.filter((item) => !(SECTIONS as readonly string[]).includes(item)) };
}

/** The sections to show: those asked for (all when null) that the job has, in card order. */
export function visibleSections(job: Job, wanted: Section[] | null): Section[] {
  return sectionsOf(job).filter((section) => !wanted || wanted.includes(section));
}

// Case, spacing and closing punctuation do not make two bullets different items.
const itemKey = (text: string) => text.toLowerCase().replace(/[\s.;,]+$/, '').replace(/\s+/g, ' ').trim();

/**
 * The job's responsibility lists (the ML engineer has two) with their titles, in the article's
 * order and wording; an item that repeats one shown before is left out, and so is a list left
 * empty. Only repeats go: an item that merely resembles another is the article's own duty.
 */
export function responsibilityLists(job: Job): { title: string; items: string[] }[] {
  const seen = new Set<string>();
  const unseen = (item: string) => {
    const key = itemKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return job.responsibilities
    .map((list) => ({ title: list.title, items: list.items.filter(unseen) }))
    .filter((list) => list.items.length > 0);
}

/** Every responsibility once, as one list (for structured data). */
export function responsibilities(job: Job): string[] {
  return responsibilityLists(job).flatMap((list) => list.items);
}

/** The job's skill tags, each once: the most used first, ties in the article's order. */
export function rankedSkillTags(job: Job): string[] {
  const counts = new Map<string, number>();
  for (const tag of job.skills.flatMap((skill) => skill.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  // Map keeps first-appearance order and Array.prototype.sort is stable.
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Tags with their readable labels from the vocabulary of `data`. */
export function labelledTags(tags: string[], data: TaggedJobsSlice<Job>): { id: string; label: string }[] {
  return tags.map((id) => ({ id, label: labelOf(data, id) }));
}

/** What the salary block shows, before formatting. */
export interface SalaryView {
  figure: SalaryFigure;
  /** "Median salary", "Median salary in the US", or the summary's "Average salary". */
  label: string;
  range: { min: number; max: number; currency: string } | null;
  top: { amount: number; qualifier?: string } | null;
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
    top: median && top ? { amount: top.amount, qualifier: top.qualifier } : null,
    other: basesDiffer(job) ? salaryFigure(job, median ? 'article' : 'median') : null,
  };
}

/**
 * The line under a figure that names the other basis' figure: `money` formats an amount in its
 * currency for the reader's locale.
 */
export function otherFigureNote(other: SalaryFigure, money: (amount: number, currency: string) => string): string {
  return other.basis === 'article'
    ? `The article's closing summary gives a different figure: ${money(other.amount, other.currency)}.`
    : `The role's section gives a median of ${money(other.amount, other.currency)} (${other.attribution}).`;
}

/** The card's message for a missing or unknown `job` (the author's own text), naming the valid ids. */
export function jobProblem(job: string | undefined, ids: readonly string[]): string {
  return asText(job)
    ? `There is no role “${job}” to show. Valid job ids: ${ids.join(', ')}.`
    : `No role chosen: set the job attribute to one of ${ids.join(', ')}.`;
}

const EXPERIENCE = /\b\d+\+?\s*years?\b/i;
const EDUCATION = /\b(BS|BSc|MS|MSc|PhD|degrees?|bachelor|master)\b/i;

/** schema.org `Occupation` for `job`, with the sourced median as the salary estimate. */
export function occupationJsonLd(job: Job): Record<string, unknown> {
  const { median } = job.salary;
  const { label, figure } = salaryView(job, 'median');
  // The degree the role asks for: among its requirements, or (the research scientist's PhD) its
  // skills. Its education section describes paths into the field at large, not this role's needs.
  const education = [...job.requirements, ...job.skills.map((skill) => skill.text)].filter((item) => EDUCATION.test(item));
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
        // The figure travels with its provenance, as on screen: "Median salary in the US (Glassdoor, December 2022)".
        description: `${label} (${figure.attribution})`,
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
