import type { FigureParams, FigureRegistry } from '../scenes';
import type { Notice } from './notice';
import type { Selection } from './selection';
import { decodeUrlState, encodeUrlState, URL_VERSION, type UrlFigure } from './urlCodec';

/** What marks a file as one of the lab's figure settings. */
const FILE_KIND = 'receptive-field-lab/figure';

/**
 * A figure's settings and selection as a JSON file a teacher can keep beside their course: the
 * same keys and values as its link (`deep.pool: "1"`, `deep.sel: "3:6"`), so it is read by the
 * same codec, with the same checks and notices.
 */
export function figureFile(figure: string, state: UrlFigure, registry: FigureRegistry): string {
  const query = encodeUrlState(
    { figures: { [figure]: state }, language: null, embed: null, theme: null, view: null },
    registry,
    figure,
  );
  const settings = Object.fromEntries([...new URLSearchParams(query)].filter(([key]) => key !== 'v'));
  return `${JSON.stringify({ kind: FILE_KIND, version: URL_VERSION, figure, settings }, null, 2)}\n`;
}

/** A figure's state read from a file, with what was repaired; or why the file was refused. */
export type FigureFileResult =
  | { ok: true; params: FigureParams; selection: Selection | null; notices: Notice[] }
  | { ok: false; notice: Notice };

/** Reads a file written by {@link figureFile} into the state of `figure`. Never throws. */
export function readFigureFile(text: string, figure: string, registry: FigureRegistry): FigureFileResult {
  const refuse = (notice: Omit<Notice, 'figure'>): FigureFileResult => ({
    ok: false,
    notice: { ...notice, figure },
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse({ key: 'notice.file.notJson', values: {} });
  }
  const file = parsed as { kind?: unknown; version?: unknown; figure?: unknown; settings?: unknown };
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    file.kind !== FILE_KIND ||
    typeof file.settings !== 'object' ||
    file.settings === null ||
    Array.isArray(file.settings)
  ) {
    return refuse({ key: 'notice.file.notLab', values: {} });
  }
  if (file.figure !== figure) {
    return refuse({ key: 'notice.file.otherFigure', values: { other: String(file.figure).slice(0, 64) } });
  }
  // Only this figure's settings, as a link would carry them; every value is a string in a link.
  const search = new URLSearchParams({ v: String(file.version ?? URL_VERSION) });
  const ignored: Notice[] = [];
  for (const [key, value] of Object.entries(file.settings as Record<string, unknown>)) {
    if (key.startsWith(`${figure}.`))
      search.append(key, typeof value === 'string' ? value : JSON.stringify(value));
    else ignored.push({ key: 'notice.file.otherSetting', values: { param: key.slice(0, 64) }, figure });
  }
  const { state, notices } = decodeUrlState(`?${search}`, registry);
  const read = state.figures[figure];
  const told = [...ignored, ...notices].map((notice): Notice => ({ ...notice, figure, source: 'file' }));
  return { ok: true, params: read.params, selection: read.selection, notices: told };
}
