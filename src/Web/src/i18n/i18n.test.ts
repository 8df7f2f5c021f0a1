import { parseAst } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectLanguage, formattingLocale, i18n, LANGUAGE_KEY, LANGUAGES, languageOf, setLanguage } from '.';
import en from './locales/en.json';
import es from './locales/es.json';

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<(typeof LANGUAGES)[number], Tree> = { es, en };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key with its text, nested keys joined with dots. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const FLAT = Object.fromEntries(LANGUAGES.map((lng) => [lng, flatten(LOCALES[lng])])) as Record<(typeof LANGUAGES)[number], Map<string, unknown>>;

/** A key as the code uses it: `market.count_one` and `market.count_other` are both `market.count`. */
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const baseKeys = (lng: (typeof LANGUAGES)[number]) => new Set([...FLAT[lng].keys()].map(baseKey));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();

describe('the locale files', () => {
  it('have exactly the same keys in Spanish and in English', () => {
    const [first, ...rest] = LANGUAGES;
    for (const lng of rest) {
      expect([...baseKeys(lng)].sort(), `keys of ${lng} against ${first}`).toEqual([...baseKeys(first)].sort());
    }
  });

  it('have no empty or non-text values', () => {
    for (const lng of LANGUAGES) {
      const empty = [...FLAT[lng]].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect(empty, `empty values in ${lng}`).toEqual([]);
    }
  });

  it('have every plural form each language needs, and no others', () => {
    for (const lng of LANGUAGES) {
      const needed = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.map(String).sort();
      const forms = new Map<string, string[]>();
      for (const key of FLAT[lng].keys()) {
        const match = PLURAL_SUFFIX.exec(key);
        if (match) forms.set(baseKey(key), [...(forms.get(baseKey(key)) ?? []), match[1]!]);
      }
      for (const [key, found] of forms) expect(found.sort(), `plural forms of ${key} in ${lng}`).toEqual(needed);
    }
  });

  it('use the same placeholders and markup in both languages', () => {
    const texts = (lng: (typeof LANGUAGES)[number], key: string) =>
      [...FLAT[lng]].filter(([k]) => baseKey(k) === key).map(([, v]) => String(v));
    for (const key of baseKeys('es')) {
      const shapes = LANGUAGES.map((lng) => new Set(texts(lng, key).map((text) => JSON.stringify([placeholders(text), tags(text)]))));
      expect([...shapes[1]!], `placeholders and tags of ${key}`).toEqual([...shapes[0]!]);
    }
  });

  it('answer in Spanish for one, many and other amounts', async () => {
    await i18n.changeLanguage('es');
    expect(i18n.t('market.count', { count: 1, formatted: '1' })).toBe('1 anuncio');
    expect(i18n.t('market.count', { count: 3, formatted: '3' })).toBe('3 anuncios');
    expect(i18n.t('market.count', { count: 1_000_000, formatted: '1.000.000' })).toBe('1.000.000 de anuncios');
    await i18n.changeLanguage('en');
    expect(i18n.t('market.count', { count: 1_000_000, formatted: '1,000,000' })).toBe('1,000,000 ads');
  });
});

// The sources, read by Vite: every .ts and .tsx of the app except tests.
const SOURCES = Object.entries(
  import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts', '!../test/**', '!../**/*.d.ts'], { query: '?raw', import: 'default', eager: true }),
).map(([path, text]) => ({ path: path.replace(/^\.\.\//, 'src/'), text }));

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return !!value && typeof value === 'object' && typeof (value as Node).type === 'string';
}

/** Walks the syntax tree, telling the visitor each node's ancestors (nearest first). */
function walk(node: unknown, visit: (node: Node, parents: Node[]) => void, parents: Node[] = []): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit, parents);
    return;
  }
  if (!isNode(node)) return;
  visit(node, parents);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'type' && value && typeof value === 'object') walk(value, visit, [node, ...parents]);
  }
}

const LETTERS = /\p{L}/u;
/** Props whose text a person reads or hears. */
const USER_PROPS = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label', 'legend', 'hint', 'emptyLabel', 'allLabel', 'confirmLabel', 'cancelLabel', 'description', 'aria-valuetext']);
/** Calls whose argument a person reads (document titles, messages put on screen). */
const USER_CALLS = /^(useDocumentTitle|setMessage|setNotice|setPriceError|setExportError|setDeleteError|setExporting|setStatus|setActionMessage|alert|confirm)$/;
/** Words that are the same in every language. */
const SAME_EVERYWHERE = /^(Agrovet|ID|CSV|JPEG|PNG|WebP|GIF|MB|KB)$/;

function calleeName(node: Node): string {
  const callee = node.callee as Node;
  if (callee.type === 'Identifier') return String(callee.name);
  if (callee.type === 'MemberExpression' || callee.type === 'StaticMemberExpression') return String((callee.property as Node).name);
  return '';
}

const insideTranslation = (parents: Node[]) => parents.some((p) => p.type === 'CallExpression' && /^t$/.test(calleeName(p)));
/** Comparisons, object keys, `key`/`className`-like props and switch cases hold values, not words. */
function holdsValue(node: Node, parents: Node[]): boolean {
  const [parent] = parents;
  if (!parent) return false;
  if (parent.type === 'BinaryExpression' && /^[=!]==?$/.test(String(parent.operator))) return true;
  if (parent.type === 'SwitchCase') return true;
  if ((parent.type === 'Property' || parent.type === 'ObjectProperty') && parent.key === node) return true;
  return false;
}

interface Finding {
  where: string;
  text: string;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function stringsIn(node: Node): { text: string; node: Node }[] {
  if (node.type === 'Literal' && typeof node.value === 'string') return [{ text: node.value, node }];
  if (node.type === 'TemplateLiteral') return (node.quasis as Node[]).map((q) => ({ text: String((q.value as { cooked: string }).cooked ?? ''), node: q }));
  return [];
}

/** User-visible text written in the code instead of the locale files. */
function untranslated(path: string, source: string): Finding[] {
  const program = parseAst(source, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' }, path);
  const findings: Finding[] = [];
  const reported = new Set<number>();
  const report = (node: Node, text: string) => {
    const trimmed = text.trim();
    if (!LETTERS.test(trimmed) || SAME_EVERYWHERE.test(trimmed) || reported.has(node.start)) return;
    reported.add(node.start);
    findings.push({ where: `${path}:${lineOf(source, node.start)}`, text: trimmed });
  };
  /** A string handed to another function (fieldLabel('bio'), t('key')) is that function's business, not text. */
  const computed = (parents: Node[]) => parents.some((p) => p.type === 'CallExpression');
  /** `kind: 'success'`: a code, not words. */
  const code = (text: string) => /^[a-z][a-z_-]*$/.test(text);
  walk(program, (node, parents) => {
    if (node.type === 'JSXText') report(node, String(node.value));
    // Text in a user-visible prop: placeholder="Search", aria-label={`Page ${n}`}, label={cond ? 'A' : 'B'}.
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name as string;
      if (!USER_PROPS.has(name) || !node.value) return;
      walk(node.value, (inner, innerParents) => {
        if (computed(innerParents) || holdsValue(inner, innerParents)) return;
        for (const { text, node: at } of stringsIn(inner)) report(at, text);
      });
    }
    // Text put between tags as an expression: {busy ? 'Saving…' : 'Save'}.
    if (node.type === 'JSXExpressionContainer' && parents[0]?.type === 'JSXElement') {
      walk(node.expression, (inner, innerParents) => {
        if (insideTranslation(innerParents) || holdsValue(inner, innerParents)) return;
        if (innerParents.some((p) => p.type === 'CallExpression' || p.type === 'JSXAttribute' || p.type === 'JSXElement')) return;
        for (const { text, node: at } of stringsIn(inner)) report(at, text);
      });
    }
    // Text handed to something that shows it: useDocumentTitle('My orders'), setMessage(`Only ${n} left`).
    if (node.type === 'CallExpression' && USER_CALLS.test(calleeName(node))) {
      walk(node.arguments, (inner, innerParents) => {
        if (computed(innerParents) || holdsValue(inner, innerParents)) return;
        for (const { text, node: at } of stringsIn(inner)) if (!code(text)) report(at, text);
      });
    }
    // Sentences anywhere else (constants of labels, error messages): two words and a capital, or a full stop.
    if (node.type === 'Literal' && typeof node.value === 'string' && !insideTranslation(parents) && !holdsValue(node, parents)) {
      const text = node.value;
      const importSource = parents[0]?.type === 'ImportDeclaration' || parents[0]?.type === 'ExportNamedDeclaration';
      if (!importSource && /^\p{Lu}\p{Ll}+(\s+\p{L}+)+[.!?…]?$/u.test(text.trim())) report(node, text);
    }
  });
  return findings;
}

describe('the sources', () => {
  it('were found (a broken glob would make the next tests pass on nothing)', () => {
    expect(SOURCES.length).toBeGreaterThan(40);
    expect(SOURCES.some((s) => s.path.endsWith('features/marketplace/OrdersPage.tsx'))).toBe(true);
  });

  it('show no text that is not in the locale files: no bare JSX text, no words in user-visible props or messages', () => {
    const findings = SOURCES.flatMap(({ path, text }) => untranslated(path, text));
    expect(findings.map((f) => `${f.where}  ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('finds such text where it is (the scanner itself)', () => {
    const sample = [
      'export const A = () => <p title="Pick one" aria-label={`Page ${1}`}>Hello <b>{busy ? "Saving…" : t("common.save")}</b></p>;',
      'export function B() { useDocumentTitle("My orders"); setMessage(`Only ${n} left.`); const L = { ship: "Mark shipped" }; return <i>{x === "placed" ? t("a") : null}</i>; }',
    ].join('\n');
    expect(untranslated('sample.tsx', sample).map((f) => f.text)).toEqual(['Pick one', 'Page', 'Hello', 'Saving…', 'My orders', 'Only', 'left.', 'Mark shipped']);
  });

  it('use only keys that both locale files have', () => {
    const missing: string[] = [];
    for (const { path, text } of SOURCES) {
      walk(parseAst(text, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' }, path), (node) => {
        let key: string | null = null;
        let prefix: string | null = null;
        if (node.type === 'CallExpression' && calleeName(node) === 't') {
          const [first] = node.arguments as Node[];
          if (first?.type === 'Literal' && typeof first.value === 'string') key = first.value;
          if (first?.type === 'TemplateLiteral') prefix = String(((first.quasis as Node[])[0]!.value as { cooked: string }).cooked);
        }
        if (node.type === 'JSXAttribute' && (node.name as Node).name === 'i18nKey' && (node.value as Node | null)?.type === 'Literal') key = String((node.value as Node).value);
        for (const lng of LANGUAGES) {
          if (key !== null && !baseKeys(lng).has(key)) missing.push(`${path}: ${key} (${lng})`);
          // t(`enums.orderStatus.${status}`): the fixed part must lead somewhere.
          if (prefix && ![...FLAT[lng].keys()].some((k) => k.startsWith(prefix!))) missing.push(`${path}: ${prefix}… (${lng})`);
        }
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('choosing the language', () => {
  afterEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('takes Spanish for any Spanish of the browser, English for English, Spanish when neither is asked for', () => {
    expect(detectLanguage(null, ['es-CO', 'en'])).toBe('es');
    expect(detectLanguage(null, ['es-419'])).toBe('es');
    expect(detectLanguage(null, ['en-GB', 'es'])).toBe('en');
    expect(detectLanguage(null, ['pt-BR', 'en-US'])).toBe('en');
    expect(detectLanguage(null, ['pt-BR', 'fr'])).toBe('es');
    expect(detectLanguage(null, [])).toBe('es');
    expect(languageOf('ES_mx')).toBe('es');
  });

  it('keeps the choice the person made over what the browser says', () => {
    expect(detectLanguage('en', ['es-CO'])).toBe('en');
    expect(detectLanguage('fr', ['es-CO'])).toBe('es');
  });

  it('writes numbers the way the browser’s country does, for the chosen language', () => {
    expect(formattingLocale('es', ['es-CO', 'en-US'])).toBe('es-CO');
    expect(formattingLocale('es', ['es-MX'])).toBe('es-MX');
    expect(formattingLocale('es', ['es-419'])).toBe('es'); // Latin America is not a country: no one way of writing
    expect(formattingLocale('es', ['en-US'])).toBe('es');
    expect(formattingLocale('en', ['es-CO', 'en-GB'])).toBe('en-GB');
  });

  it('remembers the choice and sets <html lang>', async () => {
    const root = { lang: '' };
    vi.stubGlobal('document', { documentElement: root });
    try {
      await setLanguage('es');
      expect(localStorage.getItem(LANGUAGE_KEY)).toBe('es');
      expect(i18n.language).toBe('es');
      expect(root.lang).toBe('es');
      await setLanguage('en');
      expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
      expect(root.lang).toBe('en');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
