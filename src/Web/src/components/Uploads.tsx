import { useId, useRef, useState } from 'react';
import { uploadMedia } from '../api/upload';
import { errorMessage } from '../api/problem';
import { MediaImage } from './MediaImage';
import { ProgressBar } from './Feedback';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';
/** The media service's limit for avatars and ad photos. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** What can be said before sending: the service checks again (and decides the type from the bytes). */
function tooLarge(file: File): string | null {
  return file.size > MAX_IMAGE_BYTES ? `The picture is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.` : null;
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
  const { value, onChange, errors, label = 'Avatar' } = props;
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
        <MediaImage id={value} alt={value ? 'Current avatar' : 'No avatar yet'} className="avatar avatar--large" fallback="user" size="thumbnail" />
        <div className="upload__controls">
          <input ref={inputRef} id={inputId} type="file" accept={IMAGE_TYPES} onChange={(e) => void pick(e.target.files?.[0])} disabled={!!current && !current.error} />
          {value ? <button type="button" className="button button--ghost" onClick={() => onChange(null)}>Remove avatar</button> : null}
        </div>
      </div>
      {current && !current.error ? <ProgressBar value={current.progress} label={`Uploading ${current.name}`} /> : null}
      {current?.error ? <p className="field-errors" role="alert">{current.name}: {current.error}</p> : null}
      {errors?.length ? <ul className="field-errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
    </div>
  );
}

/** Several pictures (an ad's photos) in order: upload many at once, each with its progress; remove, move first. */
export function PhotosUpload(props: { value: string[]; onChange: (ids: string[]) => void; errors?: string[] | undefined; max?: number }) {
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
      <label htmlFor={inputId}>Photos</label>
      <p className="field-hint">Up to {max} pictures (JPEG, PNG, WebP, GIF; 10 MB each). The first one is the cover.</p>
      {value.length > 0 ? (
        <ul className="photo-list">
          {value.map((id, index) => (
            <li key={id} className="photo-list__item">
              <MediaImage id={id} alt={`Photo ${index + 1}`} className="photo-list__image" size="thumbnail" />
              <div className="photo-list__actions">
                {index > 0 ? (
                  <button type="button" className="button button--ghost button--small" onClick={() => move(index, 0)} aria-label={`Make photo ${index + 1} the cover`}>
                    Make cover
                  </button>
                ) : <span className="badge">Cover</span>}
                <button type="button" className="button button--ghost button--small" onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={`Remove photo ${index + 1}`}>
                  Remove
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
              <button type="button" className="button button--ghost button--small" onClick={() => setPending((list) => list.filter((p) => p.key !== item.key))}>Dismiss</button>
            </p>
          ) : (
            <ProgressBar value={item.progress} label={`Uploading ${item.name}`} />
          )}
        </div>
      ))}
      {errors?.length ? <ul className="field-errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul> : null}
    </div>
  );
}
