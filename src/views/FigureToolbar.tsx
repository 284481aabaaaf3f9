import { useState } from 'react';
import type { SceneDefinition } from '../scenes';
import { hiddenSettings } from '../scenes';
import { figureFile, readFigureFile, useLabStore, useTranslate } from '../state';
import { bookReference } from './bookReference';
import { ChoiceSelect } from './ChoiceSelect';
import { describeSettings } from './describeSettings';
import { downloadBlob } from './downloadBlob';
import { EmbedButton } from './EmbedButton';
import { useScenes } from './FiguresContext';
import { loadNoticeMessages } from './noticeMessages';
import { ToggleField } from './ToggleField';
import { themeAt, withTheme } from './theme';
import { whenDrawn } from './whenDrawn';

/** Embed and export (SVG, PNG, caption optional) for one figure. */
export function FigureToolbar(props: { scene: SceneDefinition; section: () => HTMLElement | null }) {
  const t = useTranslate();
  const scenes = useScenes();
  const store = useLabStore();
  const [withCaption, setWithCaption] = useState(true);
  // A file goes on slides and paper, mostly light: light unless the reader asks for the page's colours.
  const [lightPaper, setLightPaper] = useState(true);
  // The whole figure, or one of its parts alone.
  const parts = props.scene.exportParts ?? [];
  const [part, setPart] = useState('whole');
  // This figure alone on paper: the print styles hide the rest of the page while it prints.
  const printFigure = async () => {
    const section = props.section();
    if (!section) return;
    await whenDrawn(section);
    document.documentElement.dataset.printOnly = props.scene.id;
    section.dataset.printTarget = '';
    try {
      window.print();
    } finally {
      delete document.documentElement.dataset.printOnly;
      delete section.dataset.printTarget;
    }
  };
  // The figure's settings as a file, written and read by the same codec as its link.
  const saveSettings = () => {
    const figure = store.getState().figures[props.scene.id];
    const text = figureFile(props.scene.id, { params: figure.params, selection: figure.selection }, scenes);
    downloadBlob(
      new Blob([text], { type: 'application/json' }),
      `receptive-field-lab-${props.scene.id}.json`,
    );
  };
  // What opening a file did, said beside the button that opened it.
  const [opened, setOpened] = useState('');
  const openSettings = async (file: File | undefined) => {
    if (!file) return;
    const state = store.getState();
    const read = readFigureFile(await file.text(), props.scene.id, scenes);
    if (!read.ok) {
      await loadNoticeMessages();
      const other = scenes.find((scene) => scene.id === String(read.notice.values.other ?? ''));
      setOpened(
        t(read.notice.key, {
          ...read.notice.values,
          other: other ? t(other.heading) : String(read.notice.values.other ?? ''),
        }),
      );
      return;
    }
    state.setParams(props.scene.id, read.params, { record: true });
    state.select(props.scene.id, read.selection);
    state.pushNotices(read.notices);
    setOpened(
      read.notices.length > 0
        ? t('toolbar.openedRepaired', { file: file.name, count: read.notices.length })
        : t('toolbar.opened', { file: file.name }),
    );
  };
  const exportAs = async (format: 'svg' | 'png') => {
    const section = props.section();
    const whole = section?.querySelector<HTMLElement>('[data-figure-body]');
    const chosen =
      part === 'whole' ? null : whole?.querySelector<HTMLElement>(`[data-export-part="${part}"]`);
    const body = chosen ?? whole;
    if (!section || !body) return;
    try {
      // The exporter loads on first use: most visits never export.
      const { figureToSvg, svgToPng } = await import('./exportFigure');
      await whenDrawn(body);
      const theme = lightPaper ? 'light' : themeAt(section);
      const svg = await withTheme(section, theme, () =>
        figureToSvg(body, {
          title: t(props.scene.heading),
          settings: describeSettings(
            props.scene,
            store.getState().figures[props.scene.id].params,
            t,
            hiddenSettings(props.scene, store.getState().figures[props.scene.id].question),
          ),
          // The figure's caption speaks of the whole figure: a part (the photo and its map) goes without it.
          caption: withCaption && !chosen ? t(props.scene.caption) : null,
          source: bookReference(props.scene, t),
        }),
      );
      // Each part has a name of its own: exporting the maps does not overwrite the whole figure.
      const name = `receptive-field-lab-${props.scene.id}${chosen ? `-${part}` : ''}.${format}`;
      if (format === 'svg') downloadBlob(new Blob([svg.markup], { type: 'image/svg+xml' }), name);
      else downloadBlob(await svgToPng(svg.markup, svg.width, svg.height), name);
    } catch (error) {
      store.getState().pushNotices([
        {
          key: 'notice.export.failed',
          values: { message: error instanceof Error ? error.message : String(error) },
        },
      ]);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled toolbar of buttons, not a form field set.
    <div className="toolbar" role="group" aria-label={t('figure.tools')}>
      <EmbedButton scene={props.scene} section={props.section} />
      {/* What to export comes before the buttons that export it. */}
      {parts.length > 0 && (
        <ChoiceSelect
          label={t('toolbar.exportPart')}
          choices={['whole', ...parts.map((item) => item.id)]}
          value={part}
          name={(choice) =>
            choice === 'whole'
              ? t('toolbar.exportPart.whole')
              : t(parts.find((item) => item.id === choice)?.label ?? 'toolbar.exportPart.whole')
          }
          onChange={setPart}
          setting="exportPart"
        />
      )}
      <button type="button" onClick={() => exportAs('svg')} data-action="export-svg">
        {t('toolbar.exportSvg')}
      </button>
      <button type="button" onClick={() => exportAs('png')} data-action="export-png">
        {t('toolbar.exportPng')}
      </button>
      <button type="button" onClick={() => void printFigure()} data-action="print">
        {t('toolbar.print')}
      </button>
      <button type="button" onClick={saveSettings} data-action="save-settings">
        {t('toolbar.saveSettings')}
      </button>
      {/* The chooser is made on demand, so the figure's own file inputs (its image) stay the only ones. */}
      <button
        type="button"
        data-action="open-settings"
        onClick={() => {
          const input = document.createElement('input');
          input.type = 'file';
          input.accept = '.json,application/json';
          input.addEventListener('change', () => void openSettings(input.files?.[0]));
          input.click();
        }}
      >
        {t('toolbar.openSettings')}
      </button>
      <ToggleField
        label={t('toolbar.includeCaption')}
        checked={withCaption}
        onChange={setWithCaption}
        setting="exportCaption"
      />
      <ToggleField
        label={t('toolbar.lightPaper')}
        checked={lightPaper}
        onChange={setLightPaper}
        setting="exportLight"
      />
      <p className="toolbar__status" role="status" data-settings-status="">
        {opened}
      </p>
    </div>
  );
}
