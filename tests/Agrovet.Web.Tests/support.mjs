// Shared by the browser tests and the screenshot script: the machine's Chromium through playwright-core, and a
// few helpers that talk to the platform directly.
import { chromium } from 'playwright-core';
import { randomBytes } from 'node:crypto';

export const BASE_URL = (process.env.AGROVET_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const ADMIN_USERNAME = process.env.AGROVET_ADMIN_USERNAME ?? 'admin';
export const ADMIN_PASSWORD = process.env.AGROVET_ADMIN_PASSWORD ?? '';
export const CHROMIUM = process.env.AGROVET_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile (no storage shared with other tests) that records console errors and page errors. */
export async function openPage(browser, { width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height } });
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
  return { context, page, problems, requests };
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

export async function signIn(page, username, password) {
  await page.goto('/login');
  await page.getByLabel('Username or email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
