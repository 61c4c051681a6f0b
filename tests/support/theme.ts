import { expect } from '@open-wc/testing';

/** Surface and text colour of `.base` per theme, as getComputedStyle reports the tokens' defaults. */
const COLOURS = {
  light: ['rgb(255, 255, 255)', 'rgb(31, 35, 40)'],
  dark: ['rgb(22, 27, 34)', 'rgb(230, 237, 243)'],
};

/** Fails unless the widget really shows `theme`: an axe run alone passes on the wrong theme too. */
export function expectTheme(el: Element, theme: string): void {
  const style = getComputedStyle(el.shadowRoot!.querySelector('.base')!);
  expect([style.backgroundColor, style.color], `${el.localName} colours in theme="${theme}"`).to.deep.equal(
    COLOURS[theme as keyof typeof COLOURS],
  );
}
