/** Types of the dataset described by `data/jobs.schema.json`. */

/** One of the article's five roles. A page's own dataset may use other ids, so `Job.id` is a string. */
export type JobId =
  | 'ml-engineer'
  | 'computer-vision-engineer'
  | 'nlp-engineer'
  | 'robotics-engineer'
  | 'ml-research-scientist';

/** The two salary figures the article gives per role (see the contract's "Salary bases"). */
export type SalaryBasis = 'median' | 'article';

export interface MedianSalary {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** Who the article cites, or null where it names nobody. */
  source: string | null;
  /** The date as the article words it ("December 2022"), or null where it gives none. */
  date: string | null;
  region?: string | null;
  /** The article's own sentence. */
  text?: string;
}

export interface SalaryRange {
  min: number;
  max: number;
  currency: string;
  text?: string;
}

export interface TopEarners {
  amount: number;
  qualifier?: 'over' | 'up to' | 'about';
  text?: string;
}

export interface Salary {
  median: MedianSalary;
  range?: SalaryRange | null;
  top?: TopEarners | null;
  /** The rounded figure in the article's closing summary. */
  article: { amount: number; currency: string };
}

export interface Skill {
  text: string;
  /** Ids from the dataset's `skillTags`. */
  tags: string[];
}

export interface ResponsibilityList {
  title: string;
  items: string[];
}

export interface EducationPath {
  id: string;
  title: string;
  text: string;
}

export interface Education {
  title: string;
  intro?: string;
  paths: EducationPath[];
}

export interface Job {
  id: string;
  title: string;
  summary: string;
  responsibilities: ResponsibilityList[];
  skills: Skill[];
  requirements: string[];
  education?: Education;
  salary: Salary;
}

export interface SkillTag {
  id: string;
  label: string;
}

export interface MarketGrowthClaim {
  id: string;
  text: string;
  figure: string;
  source: string | null;
  period: string | null;
}

export interface JobsData {
  $schema?: string;
  article: { title: string; intro?: string; summaryLabel?: string };
  marketGrowth?: MarketGrowthClaim[];
  skillTags: SkillTag[];
  essentialSkills?: { title: string; text: string }[];
  jobs: Job[];
}

/** What the salary comparison shows of a job. */
export type JobSalary = Pick<Job, 'id' | 'title' | 'salary'>;

/** What the quiz's result shows of a job: its title, summary and the tags of its skills. */
export type JobSkills = Pick<Job, 'id' | 'title' | 'summary'> & { skills: Pick<Skill, 'tags'>[] };

/**
 * Part of a dataset: its jobs with only the fields `J` names. A full `JobsData` is one, so a
 * widget takes a page's own dataset and its bundled slice alike.
 */
export interface JobsSlice<J extends { id: string }> {
  jobs: readonly J[];
}

/** A slice whose jobs carry skill tags, with the vocabulary that labels them. */
export interface TaggedJobsSlice<J extends { id: string }> extends JobsSlice<J> {
  skillTags: readonly SkillTag[];
}

/** One answer choice: `weights` by job id; `skills` (optional) the skill tags it shows the reader has. */
export interface QuizOption {
  label: string;
  weights?: Record<string, number>;
  skills?: string[];
}

/** One question of a quiz: `id` unique within it. */
export interface QuizQuestion {
  id: string;
  prompt: string;
  options: QuizOption[];
}

/** The shape of `data/quiz.json` and of an author's own quiz. */
export interface QuizData {
  questions: QuizQuestion[];
}
