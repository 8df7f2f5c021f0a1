// Vitest runs in Node: give it the browser's localStorage (in memory) before any module reads it.
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
}

Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });

// Both languages' texts, as the app has them once it has downloaded the one not bundled.
const { loadLanguage } = await import('../i18n');
await loadLanguage('en');
export {};
