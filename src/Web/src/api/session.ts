import { create } from 'zustand';
import type { TokenPair, User } from './types';

/** What a signed-in browser keeps: the token pair, when the access token runs out (this browser's clock), who. */
export interface Session {
  access: string;
  refresh: string;
  /** Epoch ms by this browser's clock: login time + expires_in, so that a skewed clock does not matter. */
  expiresAt: number;
  user: User;
}

export const SESSION_KEY = 'agrovet.session';

/** Refresh this long before the access token runs out, so a request never starts with a token about to die. */
const EARLY_MS = 15_000;

export function isExpiring(session: Session, now: number = Date.now()): boolean {
  return now >= session.expiresAt - EARLY_MS;
}

export function sessionFromPair(pair: TokenPair, now: number = Date.now()): Session {
  return { access: pair.access, refresh: pair.refresh, expiresAt: now + pair.expires_in * 1000, user: pair.user };
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser
  }
}

/** Reads localStorage itself, not the in-memory copy: another tab may have rotated the tokens a moment ago. */
export function readStoredSession(): Session | null {
  const raw = storage()?.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.access === 'string' && typeof value.refresh === 'string' && typeof value.expiresAt === 'number' && value.user) {
      return value as Session;
    }
  } catch {
    // fall through: a damaged entry is no session
  }
  return null;
}

function writeStoredSession(session: Session | null): void {
  try {
    const store = storage();
    if (!store) return;
    if (session) store.setItem(SESSION_KEY, JSON.stringify(session));
    else store.removeItem(SESSION_KEY);
  } catch {
    // quota or privacy mode: the session lives in memory only
  }
}

/** Why a session ended without the person signing out here: it ran out or was ended, or they signed out in another tab. */
export type EndedReason = 'ended' | 'otherTab';

interface SessionState {
  session: Session | null;
  /** Why the last session ended without the person signing out (the sign-in page says it in words). */
  endedReason: EndedReason | null;
  setSession: (session: Session) => void;
  setUser: (user: User) => void;
  clearSession: (reason?: EndedReason | null) => void;
}

export const useSession = create<SessionState>()((set, get) => ({
  session: readStoredSession(),
  endedReason: null,
  setSession: (session) => {
    writeStoredSession(session);
    set({ session, endedReason: null });
  },
  setUser: (user) => {
    const current = get().session;
    if (!current) return;
    const session = { ...current, user };
    writeStoredSession(session);
    set({ session });
  },
  clearSession: (reason = null) => {
    writeStoredSession(null);
    set({ session: null, endedReason: reason });
  },
}));

/** Signing in or out in one tab signs every tab in or out; rotated tokens reach every tab. */
export function followOtherTabs(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== SESSION_KEY && event.key !== null) return;
    const session = readStoredSession();
    const wasSignedIn = useSession.getState().session !== null;
    useSession.setState({ session, endedReason: !session && wasSignedIn ? 'otherTab' : null });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

export const selectUser = (state: SessionState) => state.session?.user ?? null;
