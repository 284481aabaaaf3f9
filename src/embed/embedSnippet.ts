import { HEIGHT_MESSAGE_TYPE } from './heightMessage';

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The HTML a course author pastes to embed one figure: an iframe on `src`, and a small script that
 * sets the iframe's height from the figure's height messages (so it needs no scrollbar).
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE_TYPE}")return;` +
    'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px";});});</script>';
  return `${iframe}\n${script}`;
}

/** The address of the lab itself (no query, no hash), where embed links point. */
export function labAddress(location: Location): string {
  return `${location.origin}${location.pathname}`;
}
