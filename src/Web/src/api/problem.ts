/**
 * Errors from the API as one typed value: RFC 9457 problem+json (`title`, `detail`, `errors: {field: [..]}`),
 * plain JSON or no body at all, plus the network failing before any answer (status 0).
 */
import { i18n } from '../i18n';

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string | null;
  readonly detail: string | null;
  readonly fieldErrors: FieldErrors;
  /** Seconds to wait, from the Retry-After header (429, 503). */
  readonly retryAfter: number | null;
  readonly body: Record<string, unknown> | null;

  constructor(init: {
    status: number;
    title?: string | null;
    detail?: string | null;
    fieldErrors?: FieldErrors;
    retryAfter?: number | null;
    body?: Record<string, unknown> | null;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title ?? null;
    this.detail = init.detail ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter ?? null;
    this.body = init.body ?? null;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /** The sentence to show a person for the whole request (field errors go next to their fields). */
  get userMessage(): string {
    return describe(this);
  }

  static network(cause?: unknown): ApiError {
    const error = new ApiError({ status: 0, title: i18n.t('problems.network') });
    if (cause !== undefined) (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

const GENERIC_VALIDATION = /see errors\.?$/i;

function describe(error: ApiError): string {
  const { status, detail, retryAfter } = error;
  const t = i18n.t;
  if (status === 0) return t('problems.network');
  if (status === 429) {
    if (retryAfter === null) return t('problems.tooMany');
    return retryAfter >= 90
      ? t('problems.tooManyMinutes', { seconds: retryAfter, minutes: Math.round(retryAfter / 60) })
      : t('problems.tooManySeconds', { seconds: retryAfter });
  }
  // The gateway's words for a service that is down are meant for operators.
  if (status === 502 || status === 503 || status === 504) return t('problems.unavailable');
  // A validation problem's detail only points at the field errors; say something a person can act on.
  if (detail && !(error.hasFieldErrors && GENERIC_VALIDATION.test(detail))) return detail;
  if (error.hasFieldErrors) return t('problems.fields');
  switch (status) {
    case 400: return t('problems.badRequest');
    case 401: return t('problems.signIn');
    case 403: return t('problems.forbidden');
    case 404: return t('problems.notFound');
    case 409: return t('problems.conflict');
    case 413: return t('problems.tooLarge');
    case 415: return t('problems.fileType');
    default: return status >= 500 ? t('problems.server') : t('problems.failed', { status });
  }
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Field names as the form knows them: ASP.NET model binding reports JSON paths like `$.price`. */
function fieldName(key: string): string {
  return key.replace(/^\$\.?/, '').replace(/\[\d+\]$/, '') || 'non_field_errors';
}

/** What a serializer says about a body it could not read is for developers; a person gets a sentence to act on. */
const DEVELOPER_TEXT = /JSON value|could not be converted|of the wrong type|System\.[A-Z]|\$\.[a-z_]/;

function humane(message: string): string {
  return DEVELOPER_TEXT.test(message) ? i18n.t('problems.invalidValue') : message;
}

function messages(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((m): m is string => typeof m === 'string').map(humane);
  if (typeof value === 'string') return [humane(value)];
  return [];
}

const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'traceId', 'trace_id', 'correlation_id']);

/** Builds the error from what was received; pure, so that fetch and XMLHttpRequest share it. */
export function parseProblem(status: number, contentType: string | null, bodyText: string, retryAfterHeader: string | null): ApiError {
  let body: Record<string, unknown> | null = null;
  if (bodyText && (contentType?.includes('json') ?? false)) {
    try {
      const parsed: unknown = JSON.parse(bodyText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      body = null;
    }
  }

  const fieldErrors: FieldErrors = {};
  const add = (key: string, value: unknown) => {
    const list = messages(value);
    if (list.length === 0) return;
    const name = fieldName(key);
    (fieldErrors[name] ??= []).push(...list);
  };

  let detail: string | null = null;
  let title: string | null = null;
  if (body) {
    detail = typeof body.detail === 'string' ? humane(body.detail) : null;
    title = typeof body.title === 'string' ? body.title : null;
    const errors = body.errors;
    if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
      for (const [key, value] of Object.entries(errors)) add(key, value);
    } else if (!('title' in body) && !('type' in body)) {
      // DRF-style validation answers put the fields at the top level.
      for (const [key, value] of Object.entries(body)) {
        if (!PROBLEM_MEMBERS.has(key)) add(key, value);
      }
    }
  }

  // Errors not about one field read as the request's message.
  const general = [...(fieldErrors.non_field_errors ?? []), ...(fieldErrors[''] ?? [])];
  delete fieldErrors.non_field_errors;
  delete fieldErrors[''];
  if (general.length > 0) detail = general.join(' ');

  return new ApiError({ status, title, detail, fieldErrors, retryAfter: parseRetryAfter(retryAfterHeader), body });
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    text = '';
  }
  return parseProblem(response.status, response.headers.get('content-type'), text, response.headers.get('retry-after'));
}

/** The sentence for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.userMessage;
  if (error instanceof Error && error.name === 'AbortError') return i18n.t('problems.cancelled');
  return i18n.t('problems.unknown');
}
