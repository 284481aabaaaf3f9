import { expect, test } from 'vitest';
import { figureToSvg } from '../../src/views/exportFigure';

/** A figure body: two exported lines of text, 20 px tall, with `gap` px of controls between them. */
function body(gap: number): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'width: 400px; font: 16px sans-serif; line-height: 20px';
  element.innerHTML = `<p data-export-text="" style="margin:0">first</p><div style="height:${gap}px"><button>Run</button></div><p data-export-text="" style="margin:0">second</p>`;
  document.body.append(element);
  return element;
}

/** The baselines of the exported texts "first" and "second". */
function baselines(markup: string): [number, number] {
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const texts = [...svg.querySelectorAll('text')];
  const y = (content: string) =>
    Number(texts.find((text) => text.textContent === content)?.getAttribute('y'));
  return [y('first'), y('second')];
}

const options = { title: 'A figure', settings: '', caption: null, source: 'Deep Learning §9.2' };

test('a band of controls between exported parts is closed to 14 px in the file', () => {
  // 200 px of controls: the second line starts 20 + 200 px below the first on the page, 20 + 14 in the file.
  const [first, second] = baselines(figureToSvg(body(200), options).markup);
  expect(second - first).toBeCloseTo(34, 0);
});

test('a small gap (up to 28 px) is kept as the page has it', () => {
  const [first, second] = baselines(figureToSvg(body(24), options).markup);
  expect(second - first).toBeCloseTo(44, 0);
});
