import { max, min } from 'd3-array';
import { breakableTokens } from './lineBreaks';

/** Computed style properties copied onto exported SVG elements, so the file looks like the page. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  // A label's halo of paper is painted under its letters, not over them.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** The properties of a typeset formula's box and its MathML copied into a file, so it is set as on the page. */
const MATH_STYLE_PROPERTIES = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'white-space',
  'text-align',
] as const;
const PADDING = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 14;

/** What goes into an exported figure besides its drawings. */
export interface ExportOptions {
  title: string;
  /** The figure's settings in words, under the title (empty for none). */
  settings: string;
  /** The caption, or null to leave it out. */
  caption: string | null;
  /** A line naming the source, always included. */
  source: string;
}

/**
 * Copies the computed styles of `original` and its descendants onto `copy`, through the CSSOM
 * (`style.setProperty`), which a strict Content-Security-Policy allows (a `style` attribute written
 * as text is an inline style it refuses).
 */
function inlineStyles(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  if (copy instanceof SVGElement || copy instanceof HTMLElement) {
    for (const property of STYLE_PROPERTIES)
      copy.style.setProperty(property, computed.getPropertyValue(property));
  }
  for (let child = 0; child < original.children.length; child += 1) {
    inlineStyles(original.children[child], copy.children[child]);
  }
}

/** The smallest rectangle holding all of `rects` (the empty rectangle at the origin for none). */
function unionOfRects(rects: DOMRect[]): { left: number; top: number; width: number; height: number } {
  if (rects.length === 0) return { left: 0, top: 0, width: 0, height: 0 };
  const left = min(rects, (rect) => rect.left) ?? 0;
  const top = min(rects, (rect) => rect.top) ?? 0;
  const right = max(rects, (rect) => rect.right) ?? 0;
  const bottom = max(rects, (rect) => rect.bottom) ?? 0;
  return { left, top, width: right - left, height: bottom - top };
}

/** Vertical space between exported parts kept as it is on the page; a larger gap is cut to {@link GAP_KEPT}. */
const GAP_LARGEST = 28;
const GAP_KEPT = 14;

/**
 * How far up each point moves once the empty bands between `rects` (where buttons and fields were)
 * taller than {@link GAP_LARGEST} are cut down: a function of the page's y.
 */
function closeGaps(rects: DOMRect[]): (y: number) => number {
  const spans = rects
    .filter((rect) => rect.height > 0)
    .map((rect) => [rect.top, rect.bottom] as const)
    .sort((a, b) => a[0] - b[0]);
  const cuts: { at: number; by: number }[] = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [start, end] of spans) {
    if (start - reach > GAP_LARGEST) cuts.push({ at: start, by: start - reach - GAP_KEPT });
    reach = Math.max(reach, end);
  }
  return (y) => cuts.reduce((total, cut) => (y >= cut.at ? total + cut.by : total), 0);
}

/** The text a reader sees in an element: MathML's TeX annotations left out, white space collapsed. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const annotation of copy.querySelectorAll('annotation')) annotation.remove();
  // No-break spaces stay: they keep a name such as y(12, 40) on one line.
  return (copy.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Splits text into lines no wider than `width` pixels in `font`, breaking at spaces or between CJK characters. */
function wrapText(text: string, font: string, width: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [text];
  context.font = font;
  const tokens = breakableTokens(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (context.measureText(candidate).width > width && line.trim() !== '') {
      lines.push(line.trim());
      line = token.trim() === '' ? '' : token;
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

function textElement(
  content: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  family: string,
  weight = 'normal',
) {
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', x.toFixed(1));
  text.setAttribute('y', y.toFixed(1));
  text.style.setProperty('font-family', family);
  text.style.setProperty('font-size', `${size}px`);
  text.style.setProperty('font-weight', weight);
  text.style.setProperty('fill', colour);
  text.textContent = content;
  return text;
}

/**
 * A label that holds typeset formulas, for a file: an SVG `<switch>` whose first choice is the
 * label's own HTML and MathML in a `<foreignObject>` at its place (styles inlined), and whose
 * second, for viewers that draw no HTML in SVG, is the group `fallback` the label's words go in.
 */
function typesetCopy(
  label: HTMLElement,
  box: { x: number; y: number; width: number; height: number },
): { element: SVGElement; fallback: SVGGElement } {
  const choice = document.createElementNS(SVG_NS, 'switch');
  const foreign = document.createElementNS(SVG_NS, 'foreignObject');
  foreign.setAttribute('requiredExtensions', XHTML_NS);
  foreign.setAttribute('x', box.x.toFixed(1));
  foreign.setAttribute('y', box.y.toFixed(1));
  foreign.setAttribute('width', (box.width + 2).toFixed(1));
  foreign.setAttribute('height', (box.height + 2).toFixed(1));
  const copy = document.createElementNS(XHTML_NS, 'div');
  const style = getComputedStyle(label);
  for (const property of MATH_STYLE_PROPERTIES)
    copy.style.setProperty(property, style.getPropertyValue(property));
  for (const side of ['top', 'right', 'bottom', 'left'])
    copy.style.setProperty(`padding-${side}`, style.getPropertyValue(`padding-${side}`));
  copy.style.setProperty('margin', '0');
  for (const node of label.childNodes) copy.append(node.cloneNode(true));
  // The formulas' own sizes (math is drawn larger than the text around it) come along.
  const originals = label.querySelectorAll('math');
  copy.querySelectorAll('math').forEach((math, index) => {
    const mathStyle = getComputedStyle(originals[index]);
    for (const property of MATH_STYLE_PROPERTIES)
      math.style.setProperty(property, mathStyle.getPropertyValue(property));
  });
  foreign.append(copy);
  const fallback = document.createElementNS(SVG_NS, 'g');
  choice.append(foreign, fallback);
  return { element: choice, fallback };
}

/**
 * One standalone SVG document of a figure as it looks now: every drawing in `body` (SVG graphs and
 * charts, canvases as images, panel titles as text) at its place on screen, with computed styles
 * inlined, under the figure's title and above its source line and, if asked, its caption.
 * Returns the markup and the size in CSS pixels.
 */
export function figureToSvg(
  body: HTMLElement,
  options: ExportOptions,
): { markup: string; width: number; height: number } {
  const skipped = (element: Element) => element.closest('[data-export-skip]') !== null;
  const drawings = [...body.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !skipped(svg) && svg.getBoundingClientRect().width > 0,
  );
  const canvases = [...body.querySelectorAll('canvas')].filter((canvas) => !skipped(canvas));
  // Text the page hides from sight but keeps for screen readers (a 1 px clipped box, such as a
  // table's header row on a phone) is not on screen, so not in the file either.
  const visuallyHidden = (element: Element) => {
    for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
      const box = node.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return true;
    }
    return false;
  };
  const labels = [...body.querySelectorAll<HTMLElement>('[data-export-text]')].filter(
    (label) => !skipped(label) && !visuallyHidden(label),
  );
  // The exported area: just what is exported, not the buttons and live text around it.
  const rects = [...drawings, ...canvases, ...labels].map((element) => element.getBoundingClientRect());
  const bounds = unionOfRects(rects);
  // Where the page had controls (buttons, fields) between exported parts, the file closes the gap.
  const shift = closeGaps(rects);
  const style = getComputedStyle(body);
  const family = style.fontFamily;
  const ink = style.color;
  const width = Math.ceil(bounds.width) + 2 * PADDING;
  const textWidth = width - 2 * PADDING;
  const captionLines = options.caption
    ? wrapText(options.caption, `${TEXT_SIZE}px ${family}`, textWidth)
    : [];
  const sourceLines = wrapText(options.source, `${TEXT_SIZE - 2}px ${family}`, textWidth);
  const settingsLines = options.settings
    ? wrapText(options.settings, `${TEXT_SIZE - 1}px ${family}`, textWidth)
    : [];
  const settingsLeading = (TEXT_SIZE - 1) * 1.45;
  const top = PADDING + TITLE_SIZE + 12 + settingsLines.length * settingsLeading;
  const drawingHeight = Math.ceil(bounds.height - shift(bounds.top + bounds.height));
  const lineHeight = TEXT_SIZE * 1.45;
  const height = Math.ceil(
    top + drawingHeight + 12 + (captionLines.length + sourceLines.length) * lineHeight + PADDING,
  );
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  // The paper of the figure's theme; a transparent export would lose light text on a white slide.
  background.setAttribute('fill', style.getPropertyValue('--paper').trim());
  root.append(background);
  root.append(textElement(options.title, PADDING, PADDING + TITLE_SIZE, TITLE_SIZE, ink, family, 'bold'));
  settingsLines.forEach((line, index) => {
    const baseline = PADDING + TITLE_SIZE + 8 + (index + 1) * settingsLeading - 4;
    root.append(textElement(line, PADDING, baseline, TEXT_SIZE - 1, ink, family));
  });
  const place = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return {
      x: rect.left - bounds.left + PADDING,
      y: rect.top - shift(rect.top) - bounds.top + top,
      width: rect.width,
      height: rect.height,
    };
  };
  for (const svg of drawings) {
    const box = place(svg);
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy);
    copy.setAttribute('x', box.x.toFixed(1));
    copy.setAttribute('y', box.y.toFixed(1));
    copy.setAttribute('width', box.width.toFixed(1));
    copy.setAttribute('height', box.height.toFixed(1));
    root.append(copy);
  }
  for (const canvas of canvases) {
    const box = place(canvas);
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', canvas.toDataURL('image/png'));
    image.setAttribute('x', box.x.toFixed(1));
    image.setAttribute('y', box.y.toFixed(1));
    image.setAttribute('width', box.width.toFixed(1));
    image.setAttribute('height', box.height.toFixed(1));
    // A small image magnified on screen stays in crisp pixels in the file too.
    const rendering = getComputedStyle(canvas).imageRendering;
    if (rendering === 'pixelated' || rendering === 'crisp-edges')
      image.style.setProperty('image-rendering', rendering);
    // Canvases sit behind their graphs: put the image first among the drawings.
    root.insertBefore(image, root.children[2] ?? null);
  }
  for (const label of labels) {
    const box = place(label);
    const labelStyle = getComputedStyle(label);
    // A typeset formula goes in typeset (its MathML, where the viewer draws HTML in SVG), with its
    // words for viewers that do not.
    const typeset = label.querySelector('math') ? typesetCopy(label, box) : null;
    let size = Number.parseFloat(labelStyle.fontSize);
    const padding = (side: 'Left' | 'Right' | 'Top') => Number.parseFloat(labelStyle[`padding${side}`]) || 0;
    // Right-aligned cells (numbers) keep their alignment in the file.
    const alignEnd = labelStyle.textAlign === 'right' || labelStyle.textAlign === 'end';
    // A paragraph (the sentence under the grids, a chart's note) breaks where it breaks on screen,
    // give or take a pixel of measuring.
    const inner = box.width - padding('Left') - (Number.parseFloat(labelStyle.paddingRight) || 0);
    // An element may give its text for files (a formula's words rather than its flattened MathML).
    const content = label.getAttribute('data-export-value') ?? visibleText(label);
    const lineHeight = Number.parseFloat(labelStyle.lineHeight) || size * 1.45;
    // Text stays inside its box: where the words are longer than what the page shows (a formula in
    // words), the font shrinks until its lines fit, down to 70 %.
    const room = box.height - padding('Top') + lineHeight * 0.25;
    const smallest = size * 0.7;
    let lines = wrapText(content, `${labelStyle.fontWeight} ${size}px ${family}`, inner + 2);
    while (
      lines.length > 1 &&
      lines.length * lineHeight * (size / Number.parseFloat(labelStyle.fontSize)) > room &&
      size > smallest
    ) {
      size = Math.max(smallest, size - 0.5);
      lines = wrapText(content, `${labelStyle.fontWeight} ${size}px ${family}`, inner + 2);
    }
    const leading = lineHeight * (size / Number.parseFloat(labelStyle.fontSize));
    lines.forEach((line, index) => {
      const text = textElement(
        line,
        alignEnd ? box.x + box.width - padding('Right') : box.x + padding('Left'),
        box.y + padding('Top') + size + index * leading,
        size,
        // A button's own background (a pressed weight) is not in the file: its text takes the ink.
        label.closest('button') ? ink : labelStyle.color,
        family,
        labelStyle.fontWeight,
      );
      if (alignEnd) text.setAttribute('text-anchor', 'end');
      (typeset?.fallback ?? root).append(text);
    });
    if (typeset) root.append(typeset.element);
  }
  let y = top + drawingHeight + 12 + TEXT_SIZE;
  for (const line of captionLines) {
    root.append(textElement(line, PADDING, y, TEXT_SIZE, ink, family));
    y += lineHeight;
  }
  for (const line of sourceLines) {
    root.append(textElement(line, PADDING, y, TEXT_SIZE - 2, ink, family));
    y += lineHeight;
  }
  return {
    markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
    width,
    height,
  };
}

/** Rasterises SVG markup of a given size to a PNG at `scale` device pixels per CSS pixel. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: address, not a blob: one: Chromium taints a canvas that draws an SVG blob holding HTML
  // (the typeset formulas' foreignObject), and a tainted canvas gives no PNG.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG encoder failed'))),
      'image/png',
    ),
  );
}
