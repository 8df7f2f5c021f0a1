import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, launchBrowser, openPage, PASSWORD, registerUser, signIn, uniqueName } from '../support.mjs';

let browser;
let consumer; // one account for the tests that need any existing user (sign-ins are rate limited per address)
before(async () => {
  browser = await launchBrowser();
  consumer = await registerUser('consumer');
});
after(async () => { await browser?.close(); });

test('A businessman registers, signs in and sees the role on the account page', async () => {
  const { context, page, problems, requests } = await openPage(browser);
  try {
    const username = uniqueName('seller');
    await page.goto('/register');
    await page.getByLabel(/Businessman/).check();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@example.com`);

    // The API's field errors appear next to their field.
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    const passwordError = page.locator('.field--invalid', { has: page.getByLabel('Password') }).locator('.field-errors');
    await passwordError.getByText(/too short/).waitFor();

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/login');
    await page.getByText('Your account is ready').waitFor();
    assert.equal(await page.getByLabel('Username or email').inputValue(), username);

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    assert.match(await page.getByTestId('account-role').innerText(), /businessman/i);
    assert.match(await page.getByTestId('account-details').innerText(), new RegExp(username));

    // People who are not administrators never download the admin area, even when they go to its address.
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'We could not find that page' }).waitFor();
    assert.deepEqual(requests.filter((url) => /AdminArea/.test(url)), []);

    // Signing out from the account menu.
    await page.getByRole('button', { name: new RegExp(username) }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('agrovet.session')), null);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('Signing in with a wrong password says so and keeps the person on the sign-in page', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await signIn(page, consumer.username, 'Not-The-Password-1');
    await page.getByRole('alert').getByText('Wrong username or password.').waitFor();
    assert.match(page.url(), /\/login$/);
    assert.equal(await page.evaluate(() => localStorage.getItem('agrovet.session')), null);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('Two tabs whose access token ran out refresh it once between them and both stay signed in', async () => {
  const pair = await api('/api/auth/login/', { method: 'POST', body: { username: consumer.username, password: PASSWORD } });
  const { context, page, problems } = await openPage(browser);
  try {
    const refreshes = [];
    context.on('request', (request) => {
      if (request.url().endsWith('/api/auth/token/refresh/')) refreshes.push(request.url());
    });
    // A slow refresh, so that both tabs want one at the same time.
    await context.route('**/api/auth/token/refresh/', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto('/');
    // A session whose access token this browser believes expired a second ago.
    await page.evaluate((session) => localStorage.setItem('agrovet.session', JSON.stringify(session)), {
      access: pair.access, refresh: pair.refresh, expiresAt: Date.now() - 1000, user: pair.user,
    });
    const second = await context.newPage();
    await Promise.all([page.goto('/account'), second.goto('/account')]);
    await Promise.all([page, second].map((p) => p.getByTestId('account-role').getByText('consumer').waitFor()));
    assert.equal(refreshes.length, 1);

    // The rotated pair is shared: the session is still alive on the server after another round in both tabs.
    await Promise.all([page.reload(), second.reload()]);
    await Promise.all([page, second].map((p) => p.getByTestId('account-role').getByText('consumer').waitFor()));
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('agrovet.session')));
    assert.notEqual(stored.refresh, pair.refresh);
    assert.equal(refreshes.length, 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
