// Shared by the browser tests and the screenshot script: the machine's Chromium through playwright-core, and a
// few helpers that talk to the platform directly.
import { test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

export const BASE_URL = (process.env.AGROVET_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const ADMIN_USERNAME = process.env.AGROVET_ADMIN_USERNAME ?? 'admin';
export const ADMIN_PASSWORD = process.env.AGROVET_ADMIN_PASSWORD ?? '';
export const CHROMIUM = process.env.AGROVET_CHROMIUM ?? '/usr/bin/chromium';

/** The languages the stories run in (`AGROVET_LANGUAGES=es` for one); the app's own words are read from its locale files. */
export const LANGUAGES = (process.env.AGROVET_LANGUAGES ?? 'es,en').split(',').map((l) => l.trim()).filter(Boolean);

/** The browser's locale in each language's run: a country, so that money is written as there (es-CO: "$ 185.000"). */
export const BROWSER_LOCALES = { es: 'es-CO', en: 'en-US' };

const LOCALE_FILES = new URL('../../src/Web/src/i18n/locales/', import.meta.url);

/**
 * The app's words in a language, as the app shows them: `t('buy.placed', { id: 5 })` with the locale file's plural
 * forms and {{placeholders}}, markup such as <strong> dropped (the text a person reads); `{ markup: true }` keeps it,
 * to find the words inside one tag (a link's text).
 */
export function texts(lang) {
  const tree = JSON.parse(readFileSync(new URL(`${lang}.json`, LOCALE_FILES), 'utf8'));
  const plural = new Intl.PluralRules(lang);
  const find = (key) => key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree);
  return (key, values = {}) => {
    let text = typeof values.count === 'number' ? find(`${key}_${plural.select(values.count)}`) ?? find(`${key}_other`) : undefined;
    text ??= find(key);
    if (typeof text !== 'string') throw new Error(`no text "${key}" in ${lang}.json`);
    return (values.markup === true ? text : text.replace(/<\/?\w+>/g, '')).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(values[name] ?? `{{${name}}}`));
  };
}

/** A locale text as a pattern, its {{placeholders}} matching anything: `pattern(t('pagination.range'))` finds "1–20 of 57". */
export function pattern(text, { anchored = false } = {}) {
  const escaped = text.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?');
  return new RegExp(anchored ? `^${escaped}$` : escaped);
}

/** A field's label exactly, whether or not the field is marked required (" *"): `page.getByLabel(field(t('fields.price')))`. */
export function field(label) {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
}

/** Same words, with the no-break spaces Intl writes around currency symbols as plain spaces. */
export const plainSpaces = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** How each page of the running test looked when its context closed: added to the test's error if it fails. */
const looks = [];

/**
 * `node:test`'s `test`, whose failure also says where each page of the test was, what it showed and the platform's
 * last answers to it: CI keeps only the printed text of a failed run, and "timeout waiting for X" alone does not say
 * whether the page showed an error, a sign-in form or a spinner.
 */
export function test(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  return nodeTest(name, options, async (context) => {
    looks.length = 0;
    try {
      await fn(context);
    } catch (error) {
      if (error instanceof Error && looks.length) error.message += `\n${looks.join('\n')}`;
      throw error;
    }
  });
}

/** Records the API answers of every page of `context`, and what each page shows as the context closes. */
function keepLooks(context) {
  const answers = new WeakMap();
  const watch = (page) => {
    const log = [];
    answers.set(page, log);
    const note = (line) => {
      log.push(line);
      if (log.length > 20) log.shift();
    };
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/ws/')) {
        note(`${response.status()} ${response.request().method()} ${url.pathname}${url.search}`);
      }
    });
    page.on('requestfailed', (request) => note(`failed ${request.method()} ${new URL(request.url()).pathname}: ${request.failure()?.errorText}`));
    page.on('pageerror', (error) => note(`page error: ${error.message}`));
  };
  context.on('page', watch);
  const close = context.close.bind(context);
  context.close = async (options) => {
    for (const [index, page] of context.pages().entries()) {
      const text = await Promise.race([
        page.evaluate(() => document.body?.innerText ?? '').catch((error) => `(unreadable: ${error.message})`),
        new Promise((resolve) => setTimeout(() => resolve('(no answer in 2 s)'), 2000)),
      ]);
      looks.push([
        `page ${index + 1} at ${page.url()}`,
        `  shows: ${String(text).replace(/\s+/g, ' ').trim().slice(0, 800)}`,
        `  last answers: ${(answers.get(page) ?? []).join(' | ')}`,
      ].join('\n'));
    }
    return close(options);
  };
}

/**
 * A fresh browser profile (no storage shared with other tests) in a language's locale, that records console errors,
 * page errors and what axe-core finds serious or critical on each page the test audits.
 */
export async function openPage(browser, { width = 1280, height = 800, lang = LANGUAGES[0] ?? 'es' } = {}) {
  const locale = BROWSER_LOCALES[lang] ?? lang;
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height }, locale });
  keepLooks(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // The browser logs every 4xx answer; the tests decide which answers they expect.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    problems.push(`console error: ${text}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  const t = texts(lang);
  const audit = (where) => auditPage(page, problems, where ?? new URL(page.url()).pathname);
  return { context, page, problems, requests, t, lang, audit };
}

/**
 * Runs axe-core on the page as it is now and adds its serious and critical violations (WCAG 2.1 A and AA, and axe's
 * best practices) to `problems`, which every test expects to be empty.
 */
export async function auditPage(page, problems, where) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ');
    problems.push(`axe ${violation.id} (${violation.impact}) on ${where}: ${violation.help} at ${targets}`);
  }
}

/** A name no earlier run used (the platform keeps its data between runs). */
export function uniqueName(prefix) {
  return `${prefix}${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

export const PASSWORD = 'Green-Fields-2026';

export async function api(path, { method = 'GET', body, token } = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return data;
}

export function registerUser(role, username = uniqueName(role.slice(0, 4))) {
  return api('/api/auth/register/', { method: 'POST', body: { username, email: `${username}@example.com`, password: PASSWORD, role } });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A valid PNG (RGB, 8 bits) of `width`×`height`: a diagonal band of `accent` across `background`, so that the
 * media service reads real image headers and makes a thumbnail.
 */
export function samplePng({ width = 48, height = 36, background = [106, 154, 75], accent = [243, 227, 191] } = {}) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x++) {
      const colour = Math.abs(x / width - y / height) < 0.18 ? accent : background;
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Waits until an <img> has really been loaded and decoded (not the fallback drawn when it cannot be). */
export async function waitForLoadedImage(image) {
  await image.waitFor();
  await image.scrollIntoViewIfNeeded();
  await image.evaluate((img) => new Promise((resolve, reject) => {
    const check = () => (img.complete && img.naturalWidth > 0 ? resolve() : img.complete ? reject(new Error(`${img.src} did not load`)) : null);
    img.addEventListener('load', check);
    img.addEventListener('error', () => reject(new Error(`${img.src} did not load`)));
    check();
  }));
}

/** The sign-in form in the page's language (`t` from openPage). */
export async function signIn(page, t, username, password) {
  await page.goto('/login');
  await page.getByLabel(t('login.username')).fill(username);
  await page.getByLabel(field(t('fields.password'))).fill(password);
  await page.getByRole('button', { name: t('account.signIn'), exact: true }).click();
}

/** Goes to an area from the main navigation, opening the menu first on a phone. */
export async function openArea(page, t, key) {
  const link = page.getByRole('navigation', { name: t('layout.mainNav') }).getByRole('link', { name: t(key), exact: true });
  const toggle = page.locator('.nav-toggle');
  // On a phone the link sits in a menu that a route change closes (the sign-in's own redirect may land after the
  // toggle was pressed), so open the menu again whenever it is shut and the link is not showing.
  for (let attempt = 1; ; attempt++) {
    if (!(await link.isVisible()) && (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
    }
    try {
      await link.click({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/**
 * What a service says (a problem's detail) in the person's language: the English words where the test knows them;
 * in another language only that there is a message, until the services answer in it (Accept-Language).
 */
export function serverSays(lang, english) {
  return lang === 'en' ? english : /\S/;
}
