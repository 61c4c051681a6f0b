const formats = new Map<string, Intl.NumberFormat>();

/** Whole-unit currency formatting; one cached Intl.NumberFormat per locale and currency. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    formats.set(key, format);
  }
  return format.format(amount);
}

/** "$95,000–$180,000": both ends formatted, joined by an en dash as the article writes it. */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string): string {
  return `${formatMoney(min, currency, locale)}–${formatMoney(max, currency, locale)}`;
}
