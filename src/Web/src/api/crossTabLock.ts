/**
 * One refresh at a time across every tab of this origin. The server ends the whole session when a refresh token is
 * presented twice, so two tabs must never both swap the same one.
 *
 * The Web Locks API does this exactly (and frees the lock if a tab dies); it exists only in secure contexts
 * (https, localhost). Elsewhere a lease in localStorage stands in: best effort, held for at most LEASE_MS.
 */
const LOCK_NAME = 'agrovet.auth.refresh';
const LEASE_KEY = 'agrovet.auth.refresh-lease';
const LEASE_MS = 10_000;
const POLL_MS = 50;

interface LockManagerLike {
  request<T>(name: string, options: { mode: 'exclusive'; ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** What the task is told: whether another tab held the lock first (and may have just done the task's work). */
export interface Turn {
  waited: boolean;
}

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Lease {
  owner: string;
  until: number;
}

function readLease(storage: Storage): Lease | null {
  try {
    const value = JSON.parse(storage.getItem(LEASE_KEY) ?? 'null') as Lease | null;
    return value && typeof value.owner === 'string' && typeof value.until === 'number' ? value : null;
  } catch {
    return null;
  }
}

async function withLease<T>(storage: Storage, task: (turn: Turn) => Promise<T>): Promise<T> {
  const owner = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const giveUpAt = Date.now() + LEASE_MS + 1000;
  let owned = false;
  let waited = false;
  while (!owned && Date.now() < giveUpAt) {
    const lease = readLease(storage);
    if (!lease || lease.until <= Date.now()) {
      storage.setItem(LEASE_KEY, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
      // Another tab may have written at the same moment: the last writer wins, and both see who it was.
      await sleep(POLL_MS);
      owned = readLease(storage)?.owner === owner;
    } else {
      waited = true;
      await sleep(POLL_MS);
    }
    waited ||= !owned;
  }
  try {
    return await task({ waited });
  } finally {
    if (readLease(storage)?.owner === owner) storage.removeItem(LEASE_KEY);
  }
}

/**
 * Runs `task` holding the lock. The task learns whether it had to wait for another holder: then that tab may have
 * just done the same work, and what it wrote to localStorage may not have reached this tab yet (each tab's renderer
 * keeps its own copy, updated after the lock can already be granted).
 */
export async function runExclusive<T>(task: (turn: Turn) => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (locks) {
    const missing = Symbol('lock held elsewhere');
    const first = await locks.request<T | typeof missing>(LOCK_NAME, { mode: 'exclusive', ifAvailable: true }, async (lock) =>
      (lock ? task({ waited: false }) : missing));
    return first === missing ? locks.request(LOCK_NAME, { mode: 'exclusive' }, () => task({ waited: true })) : (first as T);
  }
  let storage: Storage | null = null;
  try {
    storage = globalThis.localStorage ?? null;
  } catch {
    storage = null;
  }
  return storage ? withLease(storage, task) : task({ waited: false });
}
