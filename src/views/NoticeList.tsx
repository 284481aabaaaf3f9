import {
  type ShownNotice,
  selectDismissNotice,
  selectDismissNoticesNotShown,
  selectNotices,
  selectNoticesNotShown,
  useLab,
  useTranslate,
} from '../state';
import { issueText } from './issueText';

/** One notice: its message and a button that dismisses it. */
export function NoticeItem(props: { notice: ShownNotice }) {
  const dismiss = useLab(selectDismissNotice);
  const t = useTranslate();
  const { notice } = props;
  return (
    <p className="notice" data-notice={notice.key}>
      <span>
        {t(notice.key, {
          ...notice.values,
          source: t(notice.source === 'file' ? 'notice.source.file' : 'notice.source.link'),
          ...(notice.detail ? { detail: issueText(t, notice.detail) } : {}),
        })}
      </span>
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

/** “…and N more notices, not shown”: what gave way when more notices came than the page shows. */
function NoticesNotShown() {
  const count = useLab(selectNoticesNotShown);
  const dismiss = useLab(selectDismissNoticesNotShown);
  const t = useTranslate();
  if (count === 0) return null;
  return (
    <p className="notice" data-notice="notice.more" data-notices-not-shown={count}>
      <span>{t('notice.more', { count })}</span>
      <button type="button" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </p>
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
