import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { apiFetch } from './client';
import { ApiError } from './problem';
import { SESSION_KEY, useSession, type Session } from './session';

const user = { id: 7, username: 'ana', email: 'ana@example.com', role: 'consumer' as const, date_joined: '2026-01-01T00:00:00Z' };

function session(access: string, refresh: string, expiresAt: number): Session {
  return { access, refresh, expiresAt, user };
}

const problem = (status: number, detail: string) =>
  new Response(JSON.stringify({ title: 'Unauthorized', status, detail }), { status, headers: { 'Content-Type': 'application/problem+json' } });

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

/** A tiny auth server: access tokens in `valid` are accepted; refresh tokens work once. */
function fakeServer(valid: Set<string>, refreshable: Map<string, string>) {
  const refreshCalls: string[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    await new Promise((r) => setTimeout(r, 5));
    if (url === '/api/auth/token/refresh/') {
      const { refresh } = JSON.parse(String(init.body)) as { refresh: string };
      refreshCalls.push(refresh);
      const next = refreshable.get(refresh);
      if (!next) return problem(401, 'The refresh token was already used, so this session has been ended. Sign in again.');
      refreshable.delete(refresh);
      valid.add(next);
      return ok({ access: next, refresh: `${next}-refresh`, expires_in: 600, user });
    }
    const token = new Headers(init.headers).get('Authorization')?.replace('Bearer ', '');
    if (!token || !valid.has(token)) return problem(401, 'The access token has expired. Get a new one with POST /api/auth/token/refresh/.');
    return ok({ url, token });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, refreshCalls };
}

describe('apiFetch in the chosen language', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for answers in the chosen language on every request', async () => {
    const seen: (string | null)[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit = {}) => {
      seen.push(new Headers(init.headers).get('Accept-Language'));
      return ok({});
    }));
    await i18n.changeLanguage('es');
    await apiFetch('/api/thing');
    await i18n.changeLanguage('en');
    await apiFetch('/api/thing', { method: 'POST', body: { a: 1 } });
    expect(seen).toEqual(['es', 'en']);
  });
});

describe('apiFetch with an expired access token', () => {
  beforeEach(() => {
    localStorage.clear();
    useSession.setState({ session: null, endedReason: null });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('refreshes once for many concurrent requests and retries each with the new token', async () => {
    // The server has already expired the token although this browser's clock still trusts it.
    useSession.getState().setSession(session('old', 'r1', Date.now() + 300_000));
    const { refreshCalls } = fakeServer(new Set(), new Map([['r1', 'new']]));

    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => apiFetch<{ token: string }>(`/api/thing/${n}`)));

    expect(refreshCalls).toEqual(['r1']);
    expect(results.map((r) => r.token)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(useSession.getState().session?.refresh).toBe('new-refresh');
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).access).toBe('new');
  });

  it('refreshes when the server says in its challenge that the token expired, whatever the language of its detail', async () => {
    useSession.getState().setSession(session('old', 'r1', Date.now() + 300_000));
    const refreshCalls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url === '/api/auth/token/refresh/') {
        refreshCalls.push(JSON.parse(String(init.body)).refresh as string);
        return ok({ access: 'new', refresh: 'r2', expires_in: 600, user });
      }
      if (new Headers(init.headers).get('Authorization') === 'Bearer new') return ok({ token: 'new' });
      return new Response(JSON.stringify({ status: 401, detail: 'El token de acceso caducó.' }), {
        status: 401,
        headers: { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The token expired"' },
      });
    }));

    const result = await apiFetch<{ token: string }>('/api/thing');

    expect(refreshCalls).toEqual(['r1']);
    expect(result.token).toBe('new');
  });

  it('refreshes before sending when this browser knows the token ran out', async () => {
    useSession.getState().setSession(session('old', 'r1', Date.now() - 1000));
    const { fetchMock, refreshCalls } = fakeServer(new Set(), new Map([['r1', 'new']]));

    const result = await apiFetch<{ token: string }>('/api/thing');

    expect(refreshCalls).toEqual(['r1']);
    expect(result.token).toBe('new');
    expect(fetchMock).toHaveBeenCalledTimes(2); // refresh, then the request: no wasted 401
  });

  it('uses the pair another tab stored instead of presenting the used refresh token again', async () => {
    useSession.getState().setSession(session('old', 'r1', Date.now() + 300_000));
    // Another tab swapped r1 a moment ago: localStorage holds its pair, this tab's memory does not yet.
    localStorage.setItem(SESSION_KEY, JSON.stringify(session('from-other-tab', 'r2', Date.now() + 600_000)));
    const { refreshCalls } = fakeServer(new Set(['from-other-tab']), new Map());

    const result = await apiFetch<{ token: string }>('/api/thing');

    expect(refreshCalls).toEqual([]);
    expect(result.token).toBe('from-other-tab');
    expect(useSession.getState().session?.refresh).toBe('r2');
  });

  it('ends the session and throws the 401 when the refresh token is refused', async () => {
    useSession.getState().setSession(session('old', 'revoked', Date.now() + 300_000));
    fakeServer(new Set(), new Map());

    const failure = await apiFetch('/api/thing').catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
    expect(useSession.getState().session).toBeNull();
    expect(useSession.getState().endedReason).toBe('ended'); // the sign-in page says it in words, not the server's token talk
    expect(localStorage.getItem(SESSION_KEY)).toBeNull();
  });
});

describe('tracing', () => {
  it('starts a new sampled W3C trace with every request', async () => {
    const seen: (string | null)[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit = {}) => {
      seen.push(new Headers(init.headers).get('traceparent'));
      return ok({});
    }));
    await apiFetch('/api/thing');
    await apiFetch('/api/thing');
    for (const header of seen) expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(seen[0]).not.toEqual(seen[1]);
  });
});
