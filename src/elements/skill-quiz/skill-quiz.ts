import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { builtInQuiz } from '../../data/bundled/quiz.js';
import { bundledSkills } from '../../data/bundled/skills.js';
import { findJob, jobIdsOf, labelOf } from '../../data/lookup.js';
import type { JobSkills, QuizData, QuizQuestion, TaggedJobsSlice } from '../../data/types.js';
import { JobsDataConsumer } from '../../shared/context.js';
import { emit, type QuizCompleteDetail } from '../../shared/events.js';
import { formatPercent, pluralize } from '../../shared/format.js';
import { renderHeading } from '../../shared/heading.js';
import { MlElement } from '../../shared/ml-element.js';
import { buttons, tokens } from '../../shared/styles.js';
import { findJsonChild, whenParsed } from '../../shared/author-json.js';
import type { JsonResult } from '../../shared/read-json.js';
import { reportProblem } from '../../shared/warn.js';
import { scoreQuiz, skillsToBuild } from './scoring.js';
import { asProgress, load, save, storageKey } from './storage.js';
import { styles } from './skill-quiz.styles.js';

/** The code for an author's own questions, once a quiz on the page has needed it. */
let authorQuestions: typeof import('./author-questions.js') | undefined;

/** The quiz's data: a provider's dataset or the bundled titles, summaries and skill tags. */
type SkillsData = TaggedJobsSlice<JobSkills>;

type Screen = 'intro' | 'question' | 'result';

/**
 * "Which machine learning role fits you?": one question at a time, then the roles ranked by match
 * with the skills still to build. Runs the built-in quiz, or the author's questions from a
 * `<script type="application/json">` child or from `src`.
 *
 * @tagname ml-skill-quiz
 * @fires {CustomEvent<QuizStartDetail>} ml-quiz-start - a fresh run began: Start or Retake, not a restored one ({ questionCount })
 * @fires {CustomEvent<QuizAnswerDetail>} ml-quiz-answer - the reader chose an option ({ question, option, index })
 * @fires {CustomEvent<QuizCompleteDetail>} ml-quiz-complete - the reader finished ({ topJob, scores: [{ job, score }], answers: [{ question, option }] })
 * @fires {CustomEvent<QuizResetDetail>} ml-quiz-reset - the reader pressed Retake ({})
 * @csspart base - the wrapper
 * @csspart heading - the heading of each screen (the question's prompt while answering)
 * @csspart sub-heading - the result's headings above the ranked roles and the skills to build
 * @csspart message - a loading message, or why the quiz cannot start
 * @csspart problem - a line naming an invalid attribute, or why progress is not kept or restored
 * @csspart start-button - the intro's Start button
 * @csspart progress-text - "Question 2 of 9"
 * @csspart progress - the progress bar
 * @csspart question - the fieldset of the current question
 * @csspart option - one answer (a label around a radio button)
 * @csspart back-button - the Back button
 * @csspart next-button - the Next (on the last question: See my results) button
 * @csspart summary - the top role's summary
 * @csspart scores - the ranked list of roles
 * @csspart score - one role with its match percentage
 * @csspart skills - the list of skills to build next
 * @csspart retake-button - the Retake button
 * @cssprop --ml-font-family - font
 * @cssprop --ml-text-color - text colour; secondary text is 72 % of it over the surface
 * @cssprop --ml-surface - background (opaque), and the text on accent-filled buttons
 * @cssprop --ml-border-color - borders
 * @cssprop --ml-accent - buttons, focus ring, selected option, progress
 * @cssprop --ml-radius - corner radius
 */
export class MlSkillQuiz extends MlElement {
  static override styles = [tokens, buttons, styles];

  // Internal state also says `attribute: false` (Lit implies it) so the manifest lists no attribute.
  static override properties: PropertyDeclarations = {
    src: {},
    persist: {},
    source: { state: true, attribute: false },
    loadProblem: { state: true, attribute: false },
    screen: { state: true, attribute: false },
    index: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    completed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of a JSON file `{"questions": […]}` to use instead of the built-in quiz (a JSON child wins). */
  src?: string;

  /** Keeps progress and the result in localStorage under `ml-skill-quiz:<persist>`. */
  persist?: string;

  protected readonly jobsData = new JobsDataConsumer(this, bundledSkills);

  private source: unknown;
  private loadProblem: string | null = null;
  private screen: Screen = 'intro';
  private index = 0;
  private answers: (number | null)[] = [];
  private completed: QuizCompleteDetail | null = null;
  private announcement = '';

  private questions: QuizQuestion[] | null = null;
  private problem: string | null = null;
  /** The questions' source, load problem and data last checked: unchanged, nothing is checked again. */
  private checked: unknown[] = [];
  private sourceKey = '';
  private fetchToken = 0;
  private reading?: Promise<void>;
  private storageOff = false;
  /** The line saying why the stored progress was not restored, shown until the reader starts afresh. */
  private ignored = '';
  private focusPending = false;
  /**
   * Counts the radio groups shown, to name each one afresh: Chromium keeps a removed checked
   * radio in its group, and Tab then skips every unchecked radio of a new group with that name
   * (a retaken or revisited question could not be answered from the keyboard).
   */
  private group = 0;
  private readonly observer = new MutationObserver(() => this.readSource());

  /** The detail of the last `ml-quiz-complete` (also a restored one), or null. */
  get result(): QuizCompleteDetail | null {
    return this.completed;
  }

  /** Back to the intro with no answers and no stored progress; fires no event. */
  reset(): void {
    this.begin('intro');
    this.store();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The JSON child may arrive after the upgrade (a parser still running, a CMS script).
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.readSource();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.readSource();
    const data = this.jobsData.value;
    const inputs = [this.source, this.loadProblem, data.data];
    if (inputs.every((input, i) => input === this.checked[i])) return;
    this.checked = inputs;
    let problem = this.loadProblem;
    // Kept while a provider reloads its data, so a reader's answers survive it.
    let questions = this.questions;
    if (problem || this.source === undefined) questions = null;
    else if (data.data) {
      // The built-in quiz is tested against the bundled data; weights for jobs a page's own
      // dataset lacks are simply not scored.
      problem = this.source === builtInQuiz ? null : authorQuestions!.quizProblem(this.source, data.data);
      questions = problem ? null : (this.source as QuizData).questions;
    }
    // A warning like every other bad input: a host page's error monitoring is not ours to fill.
    if (problem && problem !== this.problem) console.warn(`ml-career-widgets: <ml-skill-quiz> cannot start: ${problem}`);
    this.problem = problem;
    if (questions !== this.questions) {
      this.questions = questions;
      this.restore();
    } else if (this.completed && data.data) {
      // A result on screen follows the data in effect, silently: the reader's answers are unchanged.
      this.completed = this.score();
    }
  }

  protected override updated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  /**
   * Takes the questions from the JSON child, else `src`, else the built-in quiz. Repeating it is
   * harmless: an unchanged source is not read again.
   */
  private readonly readSource = (): void => {
    // Upgraded before the parser reached the JSON child: the quiz waits (loading) until it has.
    const parsing = whenParsed(this.readSource);
    if (parsing) {
      this.reading = parsing;
      return this.setSource(undefined);
    }
    const script = findJsonChild(this);
    const key = script ? `child:${script.textContent}` : this.src ? `src:${this.src}` : 'built-in';
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    const token = ++this.fetchToken;
    if (!script && !this.src) return this.setSource({ ok: true, value: builtInQuiz });
    this.setSource(undefined);
    this.reading = this.readAuthorQuestions(script ? (script.textContent ?? '') : null, this.src ?? '', token);
  };

  /**
   * Ready means read: a JSON child is parsed by code loaded on demand (a `src` may still load).
   * A read that starts meanwhile (a new child, a new `src`, the end of parsing) is waited for too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let waited: Promise<void> | undefined;
    let result = await super.getUpdateComplete();
    while (waited !== this.reading) {
      waited = this.reading;
      await waited;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Reads the author's questions from the JSON child's `text`, else from `src`; resolves once the
   * code for it has loaded and a child is parsed (a fetch of `src` goes on).
   */
  private async readAuthorQuestions(text: string | null, src: string, token: number): Promise<void> {
    const done = (result: JsonResult) => token === this.fetchToken && this.setSource(result);
    try {
      // Once loaded, the module is reused without waiting: a changed child is read at once.
      authorQuestions ??= await import('./author-questions.js');
    } catch (error) {
      // A network error after the page loaded.
      done({ ok: false, error: `The code that reads this quiz's questions could not be loaded (${(error as Error).message}).` });
      return;
    }
    const { fetchJson, parseJson, resolveUrl } = authorQuestions;
    if (text != null) return void done(parseJson(text, 'the JSON inside <ml-skill-quiz>'));
    const resolved = resolveUrl(src);
    if (!resolved.ok) return void done(resolved);
    void fetchJson(resolved.url).then(done);
  }

  /** The questions' JSON as read (undefined while it loads), or what went wrong reading it. */
  private setSource(result: JsonResult | undefined): void {
    this.source = result?.ok ? result.value : undefined;
    this.loadProblem = result && !result.ok ? result.error : null;
  }

  /** A new quiz is ready: start from the intro, or from progress stored under `persist`. */
  private restore(): void {
    this.begin('intro');
    const questions = this.questions;
    if (!this.persist || !questions || this.storageOff) return;
    const loaded = load(this.persist);
    // The key as it was read: `persist` may change before the reader starts afresh.
    const ignored = (why: string) => (this.ignored = `The progress stored under "${storageKey(this.persist!)}" was ignored: ${why}.`);
    if ('problem' in loaded) {
      if (loaded.problem === 'unavailable') this.storageOff = true;
      else ignored('it is not valid JSON');
      return;
    }
    if (loaded.value === undefined) return;
    const progress = asProgress(loaded.value, questions);
    if (!progress) return void ignored('it does not fit this quiz');
    this.index = progress.index;
    this.answers = progress.answers;
    // Scored again: the page's data or the weights may have changed since, and storage is not trusted.
    this.completed = progress.result ? this.score() : null;
    this.screen = this.completed ? 'result' : 'question';
  }

  /** Writes the progress under `persist`. */
  private store(): void {
    if (!this.persist || this.storageOff) return;
    // Nothing is stored for the intro, also while the questions load: a reset then clears.
    const progress =
      this.screen === 'intro' || !this.questions
        ? undefined
        : { ids: this.questions.map((q) => q.id), index: this.index, answers: this.answers, result: this.completed };
    // Found while the reader acts, so the update that follows reports it.
    if (!save(this.persist, progress)) this.storageOff = true;
  }

  private begin(screen: Screen): void {
    this.group++;
    this.screen = screen;
    this.index = 0;
    this.answers = (this.questions ?? []).map(() => null);
    this.completed = null;
    this.announcement = '';
    this.ignored = '';
  }

  /** Shows question `index`, announces the step and moves focus to its heading. */
  private show(index: number): void {
    this.group++;
    this.index = index;
    this.announcement = `Question ${index + 1} of ${this.questions!.length}`;
    this.focusPending = true;
    this.store();
  }

  private start(): void {
    this.begin('question');
    this.show(0);
    emit(this, 'ml-quiz-start', { questionCount: this.questions!.length });
  }

  private choose(option: number): void {
    const question = this.questions![this.index];
    this.answers = this.answers.map((answer, i) => (i === this.index ? option : answer));
    this.store();
    emit(this, 'ml-quiz-answer', { question: question.id, option, index: this.index });
  }

  private next(): void {
    if (this.index < this.questions!.length - 1) this.show(this.index + 1);
    else this.finish();
  }

  /** The result of the answers given, against the data in effect; null while a provider loads. */
  private score(): QuizCompleteDetail | null {
    const { data } = this.jobsData.value;
    return data && scoreQuiz(this.questions!, this.answers, jobIdsOf(data));
  }

  private finish(): void {
    const detail = this.score();
    // A provider that began loading other data since this question was shown: nothing to rank yet.
    if (!detail) return;
    this.completed = detail;
    this.screen = 'result';
    // Focus moves to the result's heading, which names the best match: the live region adds its score.
    this.announcement = `${formatPercent(detail.scores[0].score, this.effectiveLocale)} match.`;
    this.focusPending = true;
    this.store();
    emit(this, 'ml-quiz-complete', detail);
  }

  private retake(): void {
    this.begin('intro');
    this.store();
    emit(this, 'ml-quiz-reset', {});
    this.start();
  }

  override render(): TemplateResult {
    // Here, after willUpdate has read any stored progress, so what it found shows at once.
    if (this.src && this.sourceKey.startsWith('child:')) reportProblem(this, `Both a JSON child and src="${this.src}" are given; using the child.`);
    // A page-wide condition: one warning however many quizzes keep progress.
    if (this.persist && this.storageOff) reportProblem(this, 'Your progress cannot be saved in this browser.', document);
    if (this.ignored) reportProblem(this, this.ignored);
    return html`<div class="base" part="base">
      ${this.renderScreen()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderProblems()}
    </div>`;
  }

  private renderScreen(): TemplateResult {
    const value = this.jobsData.value;
    const level = this.effectiveHeadingLevel;
    // Read on every render, so an invalid locale is reported when the quiz appears, not at its result.
    const locale = this.effectiveLocale;
    const title = 'Which machine learning role fits you?';
    const problem = value.status === 'error' ? value.error : this.problem && `This quiz cannot start: ${this.problem}`;
    const questions = this.questions;
    // One polite element for loading and any problem, so a failed load is announced.
    if (problem || !value.data || !questions) {
      return html`${renderHeading(level, title)}<p class="message" part="message" role="status">${problem || 'Loading the quiz…'}</p>`;
    }
    if (this.screen === 'question') return this.renderQuestion(questions, level);
    if (this.screen === 'result' && this.completed) return this.renderResult(questions, value.data, level, locale);
    return html`${renderHeading(level, title)}
      <p>
        Answer ${pluralize(questions.length, 'question')}${this.source === builtInQuiz ? ' about what you like to build, the tools you know and how you like to work' : ''}.
        The quiz then ranks the ${pluralize(value.data.jobs.length, 'role')} by how well they match your answers.
      </p>
      <button class="primary" part="start-button" @click=${this.start}>Start the quiz</button>`;
  }

  private renderQuestion(questions: QuizQuestion[], level: number): TemplateResult {
    const question = questions[this.index];
    const answer = this.answers[this.index];
    const last = this.index === questions.length - 1;
    return html`<p class="progress-text" part="progress-text">Question ${this.index + 1} of ${questions.length}</p>
      <progress part="progress" max=${questions.length} value=${this.index + 1} aria-hidden="true"></progress>
      ${keyed(
        this.group,
        html`<fieldset part="question">
          <legend>${renderHeading(level, question.prompt)}</legend>
          ${question.options.map(
            (option, i) => html`<label class="option" part="option">
              <input type="radio" name=${`answer-${this.group}`} .checked=${answer === i} @change=${() => this.choose(i)} />
              <span>${option.label}</span>
            </label>`,
          )}
        </fieldset>`,
      )}
      <div class="actions">
        ${this.index > 0 ? html`<button part="back-button" @click=${() => this.show(this.index - 1)}>Back</button>` : nothing}
        <button class="primary" part="next-button" ?disabled=${answer == null} @click=${this.next}>
          ${last ? 'See my results' : 'Next'}
        </button>
      </div>`;
  }

  private renderResult(questions: QuizQuestion[], data: SkillsData, level: number, locale: string): TemplateResult {
    const result = this.completed!;
    const top = findJob(data, result.topJob);
    const sub = level + 1;
    const skills = top && skillsToBuild(top, questions, this.answers);
    const name = (job: string) => findJob(data, job)?.title ?? job;
    return html`${renderHeading(level, `Your best match: ${name(result.topJob)}`)}
      ${top ? html`<p part="summary">${top.summary}</p>` : nothing}
      ${renderHeading(sub, 'How each role matches your answers', { id: 'scores-heading', part: 'sub-heading', focusable: false })}
      <ol class="scores" part="scores" aria-labelledby="scores-heading">
        ${result.scores.map(
          ({ job, score }) => html`<li part="score">
            <span class="job">${name(job)}</span> <span class="score">${formatPercent(score, locale)} match</span>
            <progress max="100" value=${score} aria-hidden="true"></progress>
          </li>`,
        )}
      </ol>
      ${skills
        ? html`${renderHeading(sub, 'Skills to build next', { id: 'skills-heading', part: 'sub-heading', focusable: false })}
            ${skills.length
              ? html`<p>Skills for the ${top.title} role that your answers did not cover:</p>
                  <ul part="skills" aria-labelledby="skills-heading">
                    ${skills.map((tag) => html`<li>${labelOf(data, tag)}</li>`)}
                  </ul>`
              : html`<p>Your answers cover every skill asked about for the ${top.title} role.</p>`}`
        : nothing}
      <button class="primary" part="retake-button" @click=${this.retake}>Retake the quiz</button>`;
  }
}
