import { useId, useState } from 'react';
import {
  type ShownNotice,
  selectDismissNotice,
  selectDismissNoticesNotShown,
  selectNotices,
  selectNoticesHidden,
  selectNoticesNotShown,
  useLab,
  useTranslate,
} from '../state';
import { useScenes } from './FiguresContext';
import { issueText } from './issueText';
import { useNoticeMessages } from './noticeMessages';
import { settingName } from './settingName';

/** A notice's message in the page's language, its source and any network problem written out. */
function useNoticeText(): (notice: ShownNotice) => string {
  const t = useTranslate();
  const scenes = useScenes();
  return (notice) =>
    t(notice.key, {
      ...notice.values,
      // A setting is named by its control (and the key the link writes), not by the key alone.
      ...(typeof notice.values.param === 'string'
        ? { param: settingName(t, notice.values.param, scenes) }
        : {}),
      source: t(notice.source === 'file' ? 'notice.source.file' : 'notice.source.link'),
      ...(notice.detail ? { detail: issueText(t, notice.detail) } : {}),
    });
}

/** One notice: its message and a button that dismisses it. */
export function NoticeItem(props: { notice: ShownNotice }) {
  const dismiss = useLab(selectDismissNotice);
  const t = useTranslate();
  const text = useNoticeText();
  const texts = useNoticeMessages();
  const { notice } = props;
  if (texts === 'loading') return null;
  return (
    <p className="notice" data-notice={notice.key}>
      <span>{texts === 'ready' ? text(notice) : t('notice.unreachable')}</span>
      <button
        type="button"
        onClick={(event) => {
          // Focus goes on to the next notice's button (or the one before), not back to the page's start.
          const item = event.currentTarget.parentElement;
          const neighbour =
            item?.nextElementSibling?.querySelector('button') ??
            item?.previousElementSibling?.querySelector('button');
          dismiss(notice.id);
          neighbour?.focus();
        }}
      >
        {t('notice.dismiss')}
      </button>
    </p>
  );
}

/**
 * “…and N more notices, not shown”: what gave way when more notices came than the page shows, with
 * a button that lists them (the most recent 200) and one that dismisses them all.
 */
function NoticesNotShown() {
  const count = useLab(selectNoticesNotShown);
  const hidden = useLab(selectNoticesHidden);
  const dismiss = useLab(selectDismissNoticesNotShown);
  const [open, setOpen] = useState(false);
  const t = useTranslate();
  const text = useNoticeText();
  const listId = useId();
  const ready = useNoticeMessages(count > 0) === 'ready';
  if (count === 0 || !ready) return null;
  return (
    <div className="notice notice--more" data-notice="notice.more" data-notices-not-shown={count}>
      <span>{t('notice.more', { count })}</span>
      <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {t(open ? 'notice.hideMore' : 'notice.showMore')}
      </button>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
      {open && (
        <ul id={listId} className="notice__more-list">
          {hidden.map((notice) => (
            <li key={notice.id} data-hidden-notice={notice.key}>
              {text(notice)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Notices about the link or the engine, each with a dismiss button; announced politely. `figure`
 * chooses which: the page's own (`'page'`, those about no one figure), one figure's (its id, shown
 * in its section), or every notice (`'all'`, when a figure is embedded alone). Notices a figure
 * shows in place, beside the control they are about, are left to it.
 */
export function NoticeList(props: { figure: 'page' | 'all' | string }) {
  const all = useLab(selectNotices);
  const t = useTranslate();
  const notices = all.filter(
    (notice) =>
      !notice.inPlace &&
      (props.figure === 'all'
        ? true
        : props.figure === 'page'
          ? !notice.figure
          : notice.figure === props.figure),
  );
  const items = notices.map((notice) => <NoticeItem key={notice.id} notice={notice} />);
  // The page's list is a named region; a figure's list lives inside its section, which names it.
  if (props.figure === 'page' || props.figure === 'all') {
    return (
      <section className="notices" aria-label={t('notice.region')} aria-live="polite">
        {items}
        <NoticesNotShown />
      </section>
    );
  }
  return (
    <div className="notices" aria-live="polite" data-figure-notices="">
      {items}
    </div>
  );
}
