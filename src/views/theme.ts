import { useEffect, useState } from 'react';
import type { ThemeChoice } from '../state';

/** Fired on `window` whenever the colours of the page or of a part of it change. */
const THEME_CHANGE = 'rfl-themechange';

const systemDark = () => matchMedia('(prefers-color-scheme: dark)');

/**
 * Colours the page by `choice`: `data-theme="light"` or `"dark"` on `<html>` (the styles key their
 * colours on it), following the system while `auto`. Returns a function that stops following it.
 */
export function applyPageTheme(choice: ThemeChoice): () => void {
  const root = document.documentElement;
  const scheme = systemDark();
  const apply = () => {
    root.dataset.theme = choice === 'auto' ? (scheme.matches ? 'dark' : 'light') : choice;
    dispatchEvent(new Event(THEME_CHANGE));
  };
  apply();
  if (choice !== 'auto') return () => {};
  scheme.addEventListener('change', apply);
  return () => scheme.removeEventListener('change', apply);
}

/**
 * Prints on light paper whatever the screen's theme: light while printing, then back. Returns a
 * function that stops.
 */
export function printInLight(): () => void {
  const root = document.documentElement;
  let screen: string | undefined;
  const before = () => {
    // Printing may be asked for again before it ends: the screen's theme is the one from before the first.
    screen ??= root.dataset.theme;
    root.dataset.theme = 'light';
    dispatchEvent(new Event(THEME_CHANGE));
  };
  const after = () => {
    if (screen === undefined) return;
    root.dataset.theme = screen;
    screen = undefined;
    dispatchEvent(new Event(THEME_CHANGE));
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}

/**
 * A colour of the theme in force at `element`, e.g. `--paper`. The colours are defined once, in
 * the styles' light and dark blocks; drawings on a canvas or in an export read them here.
 */
export function themeColour(element: Element, name: `--${string}`): string {
  return getComputedStyle(element).getPropertyValue(name).trim();
}

/** The theme in force at `element`: that of its nearest ancestor that sets one. */
export function themeAt(element: Element): 'light' | 'dark' {
  return element.closest<HTMLElement>('[data-theme]')?.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * Runs `task` with `element` coloured `theme` (its canvases repainted first), then puts it back:
 * how a figure on a dark page is exported on light paper.
 */
export async function withTheme<T>(
  element: HTMLElement,
  theme: 'light' | 'dark',
  task: () => T | Promise<T>,
): Promise<T> {
  if (themeAt(element) === theme) return task();
  element.dataset.theme = theme;
  dispatchEvent(new Event(THEME_CHANGE));
  try {
    // Two frames: the canvases repaint in effects after the render the event triggers.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return await task();
  } finally {
    delete element.dataset.theme;
    dispatchEvent(new Event(THEME_CHANGE));
  }
}

/** A number that changes whenever the colours change: a dependency for effects that paint canvases. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((value) => value + 1);
    addEventListener(THEME_CHANGE, bump);
    return () => removeEventListener(THEME_CHANGE, bump);
  }, []);
  return version;
}
