import { type FocusEvent, type KeyboardEvent, useState } from 'react';
import { type GridShape, nextCell } from './nextCell';

/**
 * A grid's keyboard cursor, shown only while the grid is used from the keyboard: arrows, Home and
 * End move it (previewing the cell under it), Enter or Space select, Escape clears, Page Up / Page
 * Down go to the grid drawn before or after, and + / − / 0 zoom about it or reset the zoom.
 */
export function useGridCursor(options: {
  shape: GridShape;
  selected: number | null;
  /** Where the cursor starts when the grid gets focus. */
  startCell: number;
  onSelect(index: number | null): void;
  onPreview(index: number | null): void;
  onLayerStep?(direction: 1 | -1, index: number): void;
  zoomAbout(factor: number, index: number): void;
  resetZoom(): void;
  /** Pans, if needed, so a cell is on screen. */
  reveal(index: number): void;
}) {
  const [cursor, setCursor] = useState<number | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const at = cursor ?? options.selected ?? options.startCell;
    const next = nextCell(event.key, at, options.shape, event.shiftKey);
    if (next !== null) {
      event.preventDefault();
      setCursor(next);
      options.onPreview(next);
      options.reveal(next);
      return;
    }
    switch (event.key) {
      case 'PageUp':
      case 'PageDown':
        event.preventDefault();
        // The grids run from the input down the page: Page Down goes to the deeper layer drawn next.
        options.onLayerStep?.(event.key === 'PageDown' ? 1 : -1, at);
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        options.onSelect(at);
        return;
      case 'Escape':
        options.onSelect(null);
        return;
      case '+':
      case '=':
        options.zoomAbout(2, at);
        return;
      case '-':
        options.zoomAbout(0.5, at);
        return;
      case '0':
        options.resetZoom();
        return;
    }
  };

  /** Focus from the keyboard shows the cursor at the start cell. */
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    if (cursor === null && event.currentTarget.matches(':focus-visible')) {
      setCursor(options.startCell);
      options.onPreview(options.startCell);
    }
  };
  const onBlur = () => {
    setCursor(null);
    options.onPreview(null);
  };
  /** A pointer takes over from the keyboard. */
  const onPointerDown = () => setCursor(null);

  return { cursor, onKeyDown, onFocus, onBlur, onPointerDown };
}
