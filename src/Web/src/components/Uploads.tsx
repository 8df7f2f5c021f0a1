import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n';
import { uploadMedia } from '../api/upload';
import { errorMessage } from '../api/problem';
import { MediaImage } from './MediaImage';
import { ProgressBar } from './Feedback';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';
/** The media service's limit for avatars and ad photos. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** What can be said before sending: the service checks again (and decides the type from the bytes). */
function tooLarge(file: File): string | null {
  return file.size > MAX_IMAGE_BYTES ? i18n.t('uploads.tooLarge', { megabytes: MAX_IMAGE_BYTES / 1024 / 1024 }) : null;
}

interface PendingUpload {
  key: string;
  name: string;
  progress: number;
  error: string | null;
}

function usePendingUploads() {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const update = (key: string, change: Partial<PendingUpload>) =>
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));
  return { pending, setPending, update };
}

/** One picture (a profile's avatar): upload with a progress bar, replace or remove it. */
export function AvatarUpload(props: { value: string | null; onChange: (id: string | null) => void; errors?: string[] | undefined; label?: string }) {
  const { t } = useTranslation();
  const { value, onChange, errors, label = t('uploads.avatar') } = props;
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { pending, setPending, update } = usePendingUploads();
  const current = pending[0];

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const key = `${Date.now()}`;
    setPending([{ key, name: file.name, progress: 0, error: tooLarge(file) }]);
    if (tooLarge(file)) {
      if (inputRef.current) inputRef.current.value = '';
      return;
    }
    try {
      const media = await uploadMedia(file, { purpose: 'avatar', onProgress: (progress) => update(key, { progress }) });
      onChange(media.id);
      setPending([]);
    } catch (error) {
      update(key, { error: errorMessage(error) });
    } finally {
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <div className={`field upload ${errors?.length ? 'field--invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <div className="upload__row">
        <MediaImage id={value} alt={value ? t('uploads.currentAvatar') : t('uploads.noAvatar')} className="avatar avatar--large" fallback="user" size="thumbnail" />
        <div className="upload__controls">
          <input ref={inputRef} id={inputId} type="file" accept={IMAGE_TYPES} onChange={(e) => void pick(e.target.files?.[0])} disabled={!!current && !current.error} />
          {value ? <button type="button" className="button button--ghost" onClick={() => onChange(null)}>{t('uploads.removeAvatar')}</button> : null}
        </div>
      </div>
      {current && !current.error ? <ProgressBar value={current.progress} label={t('uploads.uploading', { name: current.name })} /> : null}
      {current?.error ? <p className="field-errors" role="alert">{current.name}: {current.error}</p> : null}
      {errors?.length ? <ul className="field-errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
    </div>
  );
}

/** Several pictures (an ad's photos) in order: upload many at once, each with its progress; remove, move first. */
export function PhotosUpload(props: { value: string[]; onChange: (ids: string[]) => void; errors?: string[] | undefined; max?: number }) {
  const { t } = useTranslation();
  const { value, onChange, errors, max = 10 } = props;
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { pending, setPending, update } = usePendingUploads();
  const latest = useRef(value);
  latest.current = value;

  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    const chosen = Array.from(files).slice(0, Math.max(0, max - value.length));
    const jobs = chosen.map((file, index) => ({ file, key: `${Date.now()}-${index}` }));
    setPending((list) => [...list, ...jobs.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: tooLarge(file) }))]);
    if (inputRef.current) inputRef.current.value = '';
    for (const { file, key } of jobs) {
      if (tooLarge(file)) continue;
      try {
        const media = await uploadMedia(file, { purpose: 'ad_photo', onProgress: (progress) => update(key, { progress }) });
        onChange([...latest.current, media.id]);
        setPending((list) => list.filter((item) => item.key !== key));
      } catch (error) {
        update(key, { error: errorMessage(error) });
      }
    }
  };

  const move = (index: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };

  return (
    <div className={`field upload ${errors?.length ? 'field--invalid' : ''}`}>
      <label htmlFor={inputId}>{t('uploads.photos')}</label>
      <p className="field-hint">{t('uploads.photosHint', { max, megabytes: MAX_IMAGE_BYTES / 1024 / 1024 })}</p>
      {value.length > 0 ? (
        <ul className="photo-list">
          {value.map((id, index) => (
            <li key={id} className="photo-list__item">
              <MediaImage id={id} alt={t('uploads.photo', { number: index + 1 })} className="photo-list__image" size="thumbnail" />
              <div className="photo-list__actions">
                {index > 0 ? (
                  <button type="button" className="button button--ghost button--small" onClick={() => move(index, 0)} aria-label={t('uploads.makeCoverOf', { number: index + 1 })}>
                    {t('uploads.makeCover')}
                  </button>
                ) : <span className="badge">{t('uploads.cover')}</span>}
                <button type="button" className="button button--ghost button--small" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t('uploads.removePhoto', { number: index + 1 })}>
                  {t('common.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length < max ? (
        <input ref={inputRef} id={inputId} type="file" accept={IMAGE_TYPES} multiple onChange={(e) => void pick(e.target.files)} />
      ) : null}
      {pending.map((item) => (
        <div key={item.key} className="upload__pending">
          {item.error ? (
            <p className="field-errors" role="alert">
              {item.name}: {item.error}{' '}
              <button type="button" className="button button--ghost button--small" onClick={() => setPending((list) => list.filter((p) => p.key !== item.key))}>{t('common.dismiss')}</button>
            </p>
          ) : (
            <ProgressBar value={item.progress} label={t('uploads.uploading', { name: item.name })} />
          )}
        </div>
      ))}
      {errors?.length ? <ul className="field-errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
    </div>
  );
}
