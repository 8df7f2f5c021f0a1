import { currentLanguage } from '../i18n';
import { ApiError, errorFromResponse } from './problem';
import { isExpiring, readStoredSession, sessionFromPair, useSession } from './session';
import { runExclusive } from './crossTabLock';
import type { TokenPair } from './types';

export const REFRESH_PATH = '/api/auth/token/refresh/';

let inFlight: Promise<string | null> | null = null;

/**
 * A fresh access token in place of `staleAccess`, or null when the session is over (the person must sign in).
 * Every caller in this tab shares one request; across tabs a lock lets one tab swap the refresh token and the others
 * pick up the pair it stored. Throws ApiError when the server cannot be asked now (network, 429, 5xx): the session
 * is kept then.
 */
export function refreshAccessToken(staleAccess: string | null): Promise<string | null> {
  inFlight ??= runExclusive(async ({ waited }) => {
    if (waited) await storedSessionMoves(staleAccess);
    return rotate(staleAccess);
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** How long a tab that waited for the lock gives the holder's new pair to reach its copy of localStorage. */
const PROPAGATION_MS = 1500;

/**
 * Waits until this tab's localStorage shows a session other than the one with `staleAccess` (or none), for at most
 * PROPAGATION_MS: the tab that held the lock before us has probably swapped the refresh token, and presenting the old
 * one again would end the session everywhere (the server treats a second use as a leak).
 */
async function storedSessionMoves(staleAccess: string | null): Promise<void> {
  const giveUpAt = Date.now() + PROPAGATION_MS;
  while (Date.now() < giveUpAt) {
    const stored = readStoredSession();
    if (!stored || stored.access !== staleAccess) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function rotate(staleAccess: string | null): Promise<string | null> {
  const { setSession, clearSession } = useSession.getState();
  const stored = readStoredSession();
  if (!stored) {
    // Signed out meanwhile (here or in another tab).
    if (useSession.getState().session) clearSession('ended');
    return null;
  }
  if (stored.access !== staleAccess && !isExpiring(stored)) {
    // Another tab (or an earlier flight) already swapped the tokens: use its pair, present nothing twice.
    if (useSession.getState().session?.access !== stored.access) setSession(stored);
    return stored.access;
  }

  let response: Response;
  try {
    response = await fetch(REFRESH_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': currentLanguage() },
      body: JSON.stringify({ refresh: stored.refresh }),
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }

  if (response.ok) {
    const session = sessionFromPair((await response.json()) as TokenPair);
    setSession(session);
    return session.access;
  }

  const error = await errorFromResponse(response);
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    // The server's reason ("the refresh token is not valid") is about tokens; the person needs to know what to do.
    clearSession('ended');
    return null;
  }
  throw error;
}
