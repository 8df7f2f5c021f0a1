import { describe, expect, it } from 'vitest';
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
