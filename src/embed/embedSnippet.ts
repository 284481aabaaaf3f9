import { HEIGHT_MESSAGE_TYPE } from './heightMessage';

/** Where a teacher pastes a figure: a web page, Markdown with HTML, a reveal.js deck, a Jupyter notebook. */
export type EmbedFormat = 'html' | 'markdown' | 'reveal' | 'jupyter';

/** Every embed format, in the order the dialog offers them. */
export const EMBED_FORMATS: readonly EmbedFormat[] = ['html', 'markdown', 'reveal', 'jupyter'];

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** Escapes text for a Python string literal in double quotes. */
function pythonString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * The page's script that sets each figure's iframe height from its height messages, so it needs
 * no scrollbar: it accepts a message only of the lab's type and from one of the page's own frames.
 */
const HEIGHT_LISTENER =
  `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE_TYPE}")return;` +
  'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source){f.style.height=d.height+"px";}});});</script>';

/**
 * What a course author pastes to embed one figure at `src`, with an accessible `title`, starting
 * at `height` CSS pixels, allowed the features `allow` (a frame from another site may copy to the
 * clipboard, or use the camera, only if its page allows it):
 * - `html`: an iframe and the height listener (the frame then sizes itself);
 * - `markdown`: the iframe alone, in blank lines, at the figure's height (Markdown renderers such
 *   as HonKit's or MkDocs' keep raw HTML but often drop scripts);
 * - `reveal`: a slide holding a 16:9 frame as wide as the slide, for a figure shown as a slide
 *   (`view=figure` in `src`), which scales itself to its frame: no script, whatever the deck's size;
 * - `jupyter`: a notebook cell showing the figure with `IPython.display.IFrame` (its `extras` carry `allow`).
 */
export function embedSnippet(
  src: string,
  title: string,
  height: number,
  format: EmbedFormat = 'html',
  allow: readonly string[] = ['clipboard-write'],
): string {
  const rounded = Math.ceil(height);
  const permissions = `allow="${escapeAttribute(allow.join('; '))}"`;
  const attributes = `src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ${permissions}`;
  const iframe = `<iframe ${attributes} width="100%" height="${rounded}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  switch (format) {
    case 'html':
      return `${iframe}\n${HEIGHT_LISTENER}`;
    case 'markdown':
      return `\n${iframe}\n`;
    case 'reveal':
      return `<section>\n  <iframe ${attributes} width="960" height="540" style="border:0;width:100%;max-width:100%;height:auto;max-height:100%;aspect-ratio:16/9"></iframe>\n</section>`;
    case 'jupyter':
      return `from IPython.display import IFrame\nIFrame(${pythonString(src)}, width="100%", height=${rounded}, extras=[${pythonString(permissions)}])`;
  }
}

/** The address of the lab itself (no query, no hash), where embed links point. */
export function labAddress(location: Location): string {
  return `${location.origin}${location.pathname}`;
}
