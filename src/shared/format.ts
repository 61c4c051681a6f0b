const formats = new Map<string, Intl.NumberFormat>();

/**
 * Whole US dollars in English ("$114,121"), written without Intl: a page's first
 * Intl.NumberFormat loads locale data, 15–70 ms on a cold page, more than a card takes to render.
 * A test holds this to Intl's output. Null for anything else.
 */
function englishDollars(amount: number, currency: string, locale: string): string | null {
  if (currency !== 'USD' || (locale !== 'en-US' && locale !== 'en') || !(amount >= 0) || amount >= 1e15) return null;
  return `$${String(Math.round(amount)).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** Whole-unit currency formatting; one cached Intl.NumberFormat per locale and currency. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const fast = englishDollars(amount, currency, locale);
  if (fast) return fast;
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(amount);
}

/**
 * A whole percentage in `locale` ("92%", "92 %" in German). Only on the quiz's result (after the
 * last answer, or once when a finished quiz is restored), so neither cached nor written without
 * Intl like the dollars above.
 */
export function formatPercent(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(score / 100);
}

/** "$95,000–$180,000": both ends formatted, joined by an en dash as the article writes it. */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string): string {
  return `${formatMoney(min, currency, locale)}–${formatMoney(max, currency, locale)}`;
}

/** "1 question", "9 questions": English only, like the rest of the widgets' text. */
export function pluralize(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
