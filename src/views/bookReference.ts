import type { Translate } from '../i18n';
import type { SceneDefinition } from '../scenes';

/** Where a figure's idea is in the book, in the page's language: "Deep Learning §9.2, figs. 9.2, 9.3". */
export function bookReference(scene: SceneDefinition, t: Translate): string {
  const { section, figures } = scene.book;
  if (figures.length === 0) return t('figure.bookText', { section });
  return t('figure.bookRef', {
    section,
    figures: figures.join(t('live.listSeparator')),
    count: figures.length,
  });
}
