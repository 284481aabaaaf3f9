import { selectDismissNotice, selectNotices, useLab, useTranslate } from '../state';
import { issueText } from './issueText';

/** Notices about the link or the engine, each with a dismiss button; announced politely. */
export function NoticeList() {
  const notices = useLab(selectNotices);
  const dismiss = useLab(selectDismissNotice);
  const t = useTranslate();
  return (
    <section className="notices" aria-label={t('notice.region')} aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice" data-notice={notice.key}>
          <span>
            {t(
              notice.key,
              notice.detail ? { ...notice.values, detail: issueText(t, notice.detail) } : notice.values,
            )}
          </span>
          <button type="button" onClick={() => dismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </section>
  );
}
