import { useId } from 'react';
import { joinSentences } from '../../i18n';
import { type ShownNotice, selectLanguage, useLab, useTranslate } from '../../state';
import { NoticeItem } from '../NoticeList';
import type { GreyImage } from './greyImage';
import { MAX_WORKING_SIDE } from './workingSize';

/**
 * The user's own image: a file picker (the figure also takes a dropped or pasted image), what is
 * shown now, the way back to the photo, and the promise that nothing leaves the browser.
 */
export function ImageChooser(props: {
  upload: GreyImage | null;
  reading: string | null;
  /** Why the last file (or the camera) was refused, until a good image arrives or it is dismissed. */
  problem: ShownNotice | null;
  camera: 'off' | 'starting' | 'live';
  /** Frames per second and milliseconds per frame while the camera is live, once measured. */
  cameraSpeed: { fps: number; ms: number } | null;
  onFiles(files: FileList | null): void;
  onBack(): void;
  onCamera(on: boolean): void;
}) {
  const t = useTranslate();
  const language = useLab(selectLanguage);
  const inputId = useId();
  return (
    <div className="image-chooser slide-skip">
      <div className="image-chooser__row">
        <span className="image-chooser__label" id={`${inputId}-title`}>
          {t('edges.image.title')}
        </span>
        {/* The browser's own file button speaks the browser's language; this one speaks the page's. */}
        <label className="image-chooser__pick">
          <input
            id={inputId}
            type="file"
            accept="image/*"
            className="visually-hidden"
            aria-describedby={`${inputId}-title`}
            data-setting="image-file"
            onChange={(event) => {
              props.onFiles(event.target.files);
              event.target.value = '';
            }}
          />
          {t('edges.image.choose')}
        </label>
        {props.camera === 'off' ? (
          <button type="button" data-action="camera" onClick={() => props.onCamera(true)}>
            {t('edges.camera.start')}
          </button>
        ) : (
          <button type="button" data-action="camera-stop" onClick={() => props.onCamera(false)}>
            {t('edges.camera.stop')}
          </button>
        )}
        {props.upload && props.camera === 'off' && (
          <button type="button" data-action="back-to-photo" onClick={props.onBack}>
            {t('edges.image.back')}
          </button>
        )}
      </div>
      <p className="edges-note">
        {joinSentences(language, [
          t('edges.image.drop'),
          t('edges.image.private'),
          t('edges.image.notInLink'),
        ])}
      </p>
      <div className="image-chooser__problem" aria-live="polite" data-image-problem="">
        {props.problem && <NoticeItem notice={props.problem} />}
      </div>
      {props.reading !== null && (
        <p className="edges-note">{t('edges.image.reading', { name: props.reading })}</p>
      )}
      {props.camera === 'starting' && <p className="edges-note">{t('edges.camera.starting')}</p>}
      {props.camera === 'live' && (
        <p
          className="edges-note"
          role="status"
          data-camera-fps={props.cameraSpeed?.fps}
          data-camera-frame-ms={props.cameraSpeed?.ms}
        >
          {props.cameraSpeed
            ? t('edges.camera.live', { fps: props.cameraSpeed.fps, ms: props.cameraSpeed.ms.toFixed(1) })
            : t('edges.camera.liveStart')}
        </p>
      )}
      {props.upload && props.camera === 'off' && (
        <p className="edges-note" data-own-image={props.upload.name}>
          {props.upload.fileSize
            ? t('edges.image.showingScaled', {
                name: props.upload.name,
                height: props.upload.size[0],
                width: props.upload.size[1],
                fileHeight: props.upload.fileSize[0],
                fileWidth: props.upload.fileSize[1],
                side: MAX_WORKING_SIDE,
              })
            : t('edges.image.showing', {
                name: props.upload.name,
                height: props.upload.size[0],
                width: props.upload.size[1],
              })}
        </p>
      )}
    </div>
  );
}
