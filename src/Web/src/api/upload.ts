import { i18n } from '../i18n';
import { ApiError, parseProblem } from './problem';
import { currentAccessToken, requestHeaders } from './client';
import { refreshAccessToken } from './refresh';
import type { Media, MediaPurpose } from './types';

export const MEDIA_PATH = '/api/media/';

export interface UploadOptions {
  /** Decides the accepted types, the size limit and whether the file is public (`avatar`, `ad_photo`: public images). */
  purpose?: MediaPurpose;
  /** 0..1 as the bytes leave the browser. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

interface XhrAnswer {
  status: number;
  contentType: string | null;
  text: string;
  retryAfter: string | null;
}

function send(file: File, token: string | null, options: UploadOptions): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    // The purpose goes first: the service then knows the size limit before the file's bytes arrive.
    if (options.purpose) form.append('purpose', options.purpose);
    form.append('file', file, file.name);
    xhr.open('POST', MEDIA_PATH);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(requestHeaders())) xhr.setRequestHeader(name, value);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        contentType: xhr.getResponseHeader('Content-Type'),
        text: xhr.responseText,
        retryAfter: xhr.getResponseHeader('Retry-After'),
      });
    xhr.onerror = () => reject(ApiError.network());
    xhr.onabort = () => reject(new DOMException(i18n.t('problems.cancelled'), 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * Uploads one file to the media service with XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves with the stored file's metadata (its id goes into `avatar` or `media_ids`).
 */
export async function uploadMedia(file: File, options: UploadOptions = {}): Promise<Media> {
  let token = await currentAccessToken();
  let answer = await send(file, token, options);
  if (answer.status === 401 && token) {
    const fresh = await refreshAccessToken(token);
    if (fresh) {
      token = fresh;
      options.onProgress?.(0);
      answer = await send(file, fresh, options);
    }
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw parseProblem(answer.status, answer.contentType, answer.text, answer.retryAfter);
  }
  options.onProgress?.(1);
  return JSON.parse(answer.text) as Media;
}

/** Where the browser loads a stored file's bytes. */
export function mediaContentUrl(id: string | number): string {
  return `${MEDIA_PATH}${encodeURIComponent(String(id))}/content`;
}

/** A JPEG of at most 320 px a side, made by the media service for JPEG, PNG and GIF images (not WebP). */
export function mediaThumbnailUrl(id: string | number): string {
  return `${MEDIA_PATH}${encodeURIComponent(String(id))}/thumbnail`;
}
