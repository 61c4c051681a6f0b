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

/** An opaque CSS colour in any syntax the engine computes (rgb(), color(srgb …)) as 0–255 channels, read back from a canvas pixel. */
function channels(colour: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = channels(colour).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
