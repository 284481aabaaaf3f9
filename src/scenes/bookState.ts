import type { FigureParams, SceneDefinition } from './sceneTypes';

/** A figure as the book draws it: its defaults with the book's own settings over them, and the unit the book picks out. */
export function bookState(scene: SceneDefinition): {
  params: FigureParams;
  selection: { layer: number; index: number } | null;
} {
  const params: FigureParams = { ...scene.defaults };
  for (const [name, value] of Object.entries(scene.asInTheBook.params ?? {}))
    if (value !== undefined) params[name] = value;
  return { params, selection: scene.asInTheBook.selection ?? null };
}
