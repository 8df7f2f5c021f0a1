import { currentLanguage } from '../i18n';
import { ApiError, errorFromResponse } from './problem';
import { refreshAccessToken } from './refresh';
import { isExpiring, useSession } from './session';
import { newTraceparent } from './trace';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | QueryValue[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  /** A plain value is sent as JSON; FormData as multipart. */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send the access token when signed in (default true). */
  auth?: boolean;
}

/** `?a=1&b=x`, leaving out empty values; arrays repeat the key. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Every request asks for answers (problem and validation messages) in the language the person chose, and starts
 * its own trace (see trace.ts).
 */
export function requestHeaders(): Record<string, string> {
  return { 'Accept-Language': currentLanguage(), traceparent: newTraceparent() };
}

/**
 * A 401 that a new access token can cure: ours ran out (by our clock or by the server's word). The server's word is
 * its RFC 6750 challenge (`error_description` stays English) or, from services that only write a problem, a detail
 * that says "expired" — only while the answer is in English, so the challenge is what a localized service must send.
 */
async function saysExpired(response: Response, expiredByClock: boolean): Promise<boolean> {
  if (expiredByClock) return true;
  if (/error_description="[^"]*expired/i.test(response.headers.get('www-authenticate') ?? '')) return true;
  try {
    const body = (await response.clone().json()) as { detail?: unknown };
    return typeof body.detail === 'string' && /expired/i.test(body.detail);
  } catch {
    return false;
  }
}

/** An access token good for the next request, refreshing first when it is about to run out. */
export async function currentAccessToken(): Promise<string | null> {
  const session = useSession.getState().session;
  if (!session) return null;
  return isExpiring(session) ? refreshAccessToken(session.access) : session.access;
}

/**
 * Every call to the API goes through here: bearer token, JSON in and out, problem+json as ApiError, and one silent
 * refresh-and-retry when the access token has expired.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal, auth = true } = options;
  const url = path + queryString(query);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...requestHeaders(), ...options.headers };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  const send = async (token: string | null): Promise<Response> => {
    const sent = { ...headers };
    if (token) sent.Authorization = `Bearer ${token}`;
    try {
      return await fetch(url, { method, headers: sent, body: payload, signal });
    } catch (cause) {
      if (cause instanceof Error && cause.name === 'AbortError') throw cause;
      throw ApiError.network(cause);
    }
  };

  let token = auth ? await currentAccessToken() : null;
  let response = await send(token);

  if (response.status === 401 && token) {
    const session = useSession.getState().session;
    const expiredByClock = session?.access === token && isExpiring(session);
    if (await saysExpired(response, expiredByClock)) {
      const fresh = await refreshAccessToken(token);
      if (fresh) {
        token = fresh;
        response = await send(fresh);
      }
    }
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    // Still refused with the newest token: revoked, deactivated or deleted. The session is over.
    if (response.status === 401 && token && useSession.getState().session?.access === token) {
      useSession.getState().clearSession('ended');
    }
    throw error;
  }

  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiFetch<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => apiFetch<T>(path, { method: 'POST', body, headers }),
  patch: <T>(path: string, body: unknown) => apiFetch<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiFetch<T>(path, { method: 'PUT', body }),
  delete: (path: string) => apiFetch<void>(path, { method: 'DELETE' }),
};
