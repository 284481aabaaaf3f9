import { type ReactNode, useCallback, useId, useRef } from 'react';
import { joinSentences } from '../i18n';
import { hiddenSettings, type SceneDefinition } from '../scenes';
import { selectFigureIssues, selectLanguage, useLab, useTranslate } from '../state';
import { bookReference } from './bookReference';
import { describeSettings } from './describeSettings';
import { FigureToolbar } from './FigureToolbar';
import { issueAdvice, issueText } from './issueText';
import { NoticeList } from './NoticeList';
import { ParamControls } from './ParamControls';
import { QuestionBar } from './predict/QuestionBar';
import { SectionLevel } from './SubHeading';
import { useKeepReaderInPlace } from './useKeepReaderInPlace';
import './slideView.css';

/** Props of one section of the page. */
export interface FigureSectionProps {
  scene: SceneDefinition;
  /** 1-based position on the page. */
  number: number;
  /** Embed mode: compact, without the book reference line. */
  compact?: boolean;
  /**
   * As a slide (`view=figure`): the drawing with its legend, its settings folded away, no caption,
   * task, book line or tools; the figure's own parts that are not its drawing are left out too.
   */
  slide?: boolean;
  /** The figure's drawings: panels, charts, tables. */
  children: ReactNode;
}

/**
 * One idea of §9.2 as a section: heading, source, caption, settings, a notice when the settings are
 * impossible, the figure itself, and the embed and export tools. `data-figure` names it for tests
 * and for embedding.
 */
export function FigureSection(props: FigureSectionProps) {
  const t = useTranslate();
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const issues = useLab(selectFigureIssues(props.scene.id)) ?? [];
  const language = useLab(selectLanguage);
  const question = useLab((state) => state.figures[props.scene.id].question);
  const asking = question?.kind;
  const params = useLab((state) => state.figures[props.scene.id].params);
  const { scene } = props;
  const getSection = useCallback(() => section.current, []);
  // Embedded, the figure is the whole page and its frame grows with it.
  useKeepReaderInPlace(section, !props.compact);
  const Heading = props.compact ? 'h1' : 'h2';
  return (
    <section
      ref={section}
      id={`figure-${scene.id}`}
      className={`figure${props.compact ? ' figure--compact' : ''}${props.slide ? ' figure--slide' : ''}`}
      data-figure={scene.id}
      data-ask={asking}
      aria-labelledby={headingId}
    >
      {/* Embedded, the figure is the whole page, so its heading is the page's first-level heading,
          without the lab's section number, which means nothing on a course page. */}
      <Heading id={headingId}>
        {!props.compact && (
          <>
            <span className="figure__number">{t('figure.number', { number: props.number })}</span>{' '}
          </>
        )}
        {t(scene.heading)}
      </Heading>
      <p className="figure__source">{bookReference(scene, t)}</p>
      {/* On paper the controls are gone: the settings they showed are said in words, as in a file. */}
      <p className="figure__settings">
        {describeSettings(scene, params, t, hiddenSettings(scene, question))}
      </p>
      {!props.slide && (
        <p className="caption">
          {t(scene.caption)}
          {scene.task && (
            <span className="caption__task">{joinSentences(language, ['', t(scene.task)])}</span>
          )}
        </p>
      )}
      {/* On the page, what a link changed in this figure is said here, where it shows. */}
      {!props.compact && <NoticeList figure={scene.id} />}
      {props.slide ? (
        <details className="slide-settings">
          <summary>{t('figure.controls')}</summary>
          <ParamControls scene={scene} compact />
        </details>
      ) : (
        <ParamControls scene={scene} compact={props.compact} />
      )}
      <QuestionBar scene={scene} />
      {issues.length > 0 && (
        <div className="figure__issue" role="alert" data-issue={issues[0].code}>
          <p>
            {joinSentences(
              language,
              [
                issueText(t, issues[0]),
                issueAdvice(t, language, issues[0], Object.keys(scene.params)),
              ].filter((sentence) => sentence !== ''),
            )}
          </p>
          <p>{t('figure.stale')}</p>
        </div>
      )}
      <div className={`figure__body${issues.length > 0 ? ' figure__body--stale' : ''}`} data-figure-body="">
        <SectionLevel.Provider value={props.compact ? 1 : 2}>{props.children}</SectionLevel.Provider>
      </div>
      {!props.slide && <FigureToolbar scene={scene} section={getSection} />}
    </section>
  );
}
