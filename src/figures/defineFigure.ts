import type { ComponentType } from 'react';
import { type Language, type Message, registerMessages } from '../i18n';
import type { SceneDefinition } from '../scenes';

/** A figure's own messages, the same keys in every language. */
export type FigureMessages = Record<Language, Readonly<Record<string, Message>>>;

/** Everything the lab needs of one figure. */
export interface FigureDefinition<Scene extends SceneDefinition = SceneDefinition> {
  /** Its settings, panels and engine work (`src/scenes/<figure>.ts`). */
  scene: Scene;
  /** Its heading, caption and the texts its scene names (`src/i18n/messages/<figure>.ts`). */
  messages: FigureMessages;
  /** Its drawing (`src/views/figures/<Figure>Body.tsx`), when it comes with the page. */
  body: ComponentType | null;
  /** Loads its drawing: a chunk of its own, or the drawing that came with the page. */
  loadBody(): Promise<ComponentType>;
}

/**
 * Bundles a figure's scene, messages and drawing for the registry (`src/figures/index.ts`). The
 * English and Chinese messages must have the same keys; they are registered as the figure is
 * defined, so its texts are there before anything draws it. The drawing is a loader of its own chunk,
 * fetched when the figure's section nears the viewport or at once when it is embedded; only the
 * page's first figure, on screen as it opens, gives the drawing itself (`body`).
 */
export function defineFigure<const Scene extends SceneDefinition, Keys extends string>(
  figure: {
    scene: Scene;
    messages: { en: Readonly<Record<Keys, Message>>; zh: Readonly<Record<Keys, Message>> };
  } & ({ body: ComponentType } | { loadBody: () => Promise<ComponentType> }),
): FigureDefinition<Scene> {
  registerMessages(figure.messages);
  const body = 'body' in figure ? figure.body : null;
  return {
    scene: figure.scene,
    messages: figure.messages,
    body,
    loadBody: 'loadBody' in figure ? figure.loadBody : () => Promise.resolve(figure.body),
  };
}
