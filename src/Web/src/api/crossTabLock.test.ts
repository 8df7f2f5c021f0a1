import { describe, expect, it, vi } from 'vitest';
import { runExclusive } from './crossTabLock';

describe('runExclusive without the Web Locks API', () => {
  it('never lets two holders of the localStorage lease overlap', async () => {
    const events: string[] = [];
    const holder = (name: string) => runExclusive(async () => {
      events.push(`${name} in`);
      await new Promise((r) => setTimeout(r, 20));
      events.push(`${name} out`);
      return name;
    });

    const results = await Promise.all([holder('a'), holder('b'), holder('c')]);

    expect(results.sort()).toEqual(['a', 'b', 'c']);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]!.split(' ')[0]).toBe(events[i + 1]!.split(' ')[0]);
    }
    expect(localStorage.getItem('agrovet.auth.refresh-lease')).toBeNull();
  });
});

describe('runExclusive', () => {
  it('tells a holder that waited for another one, and not the first', async () => {
    const turns: Array<[string, boolean]> = [];
    const holder = (name: string) => runExclusive(async ({ waited }) => {
      turns.push([name, waited]);
      await new Promise((r) => setTimeout(r, 20));
    });

    await Promise.all([holder('a'), holder('b')]);

    expect(turns).toEqual([['a', false], ['b', true]]);
  });

  it('with the Web Locks API, asks for the lock if available first and says it waited only when it was not', async () => {
    let held = false;
    const queue: Array<() => void> = [];
    const locks = {
      async request<T>(_name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T> {
        if (held && options.ifAvailable) return callback(null);
        while (held) await new Promise<void>((resolve) => queue.push(resolve));
        held = true;
        try {
          return await callback({});
        } finally {
          held = false;
          queue.shift()?.();
        }
      },
    };
    vi.stubGlobal('navigator', { locks });
    try {
      const turns: Array<[string, boolean]> = [];
      const holder = (name: string) => runExclusive(async ({ waited }) => {
        turns.push([name, waited]);
        await new Promise((r) => setTimeout(r, 10));
        return name;
      });

      expect(await Promise.all([holder('a'), holder('b'), holder('c')])).toEqual(['a', 'b', 'c']);
      expect(turns).toEqual([['a', false], ['b', true], ['c', true]]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
