// The main story of the web app, against the real platform: a seller sets up shop, a farmer finds and buys, the seller
// ships, and an administrator deactivates the farmer, which the audit log remembers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import {
  ADMIN_PASSWORD, ADMIN_USERNAME, launchBrowser, openPage, PASSWORD, samplePng, signIn, uniqueName, waitForLoadedImage,
} from '../support.mjs';

const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A word no other ad has, so that a full-text search finds exactly this ad (letters only: stemmers keep it whole). */
function uniqueWord(prefix) {
  return prefix + Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

async function register(page, { role, username }) {
  await page.goto('/register');
  await page.getByLabel(new RegExp(role)).check();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/login');
  await page.getByText('Your account is ready').waitFor();
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

async function openAccountMenu(page, username) {
  await page.getByRole('button', { name: new RegExp(username) }).click();
}

async function signOut(page, username) {
  await openAccountMenu(page, username);
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('link', { name: 'Sign in' }).waitFor();
}

/** Uploads go through a slowed route so that the progress bar is on screen long enough to be seen. */
async function slowUploads(context) {
  await context.route('**/api/media/', async (route) => {
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
}

function orderRow(page, adTitle) {
  return page.locator('tbody tr', { hasText: adTitle });
}

test('A seller sets up shop, a farmer buys on a phone, the seller ships, and the admin deactivates the farmer', async (t) => {
  const seller = { username: uniqueName('seller'), company: 'Valle Verde Forrajes' };
  const buyer = { username: uniqueName('farmer') };
  const word = uniqueWord('alfalfa');
  const ad = { title: `Alfalfa hay bales ${word}`, price: '18.75', quantity: 3, total: '$56.25' };
  const opened = [];
  const open = async (size) => {
    const session = await openPage(browser, size);
    opened.push(session);
    return session;
  };
  // Each step builds on the one before: after a failure the rest are skipped rather than failing for the same reason.
  let broken = null;
  const step = (name, options, fn) => t.test(name, broken ? { skip: `step ${broken} failed` } : options, async (s) => {
    try {
      await fn(s);
    } catch (error) {
      broken = name.split('.')[0];
      throw error;
    }
  });

  try {
    await step('1. a new user registers as a businessman, creates a profile with an avatar and posts an ad with a photo', {}, async () => {
      const { context, page, problems } = await open();
      await slowUploads(context);
      await register(page, { role: 'Businessman', username: seller.username });

      await openAccountMenu(page, seller.username);
      await page.getByRole('menuitem', { name: 'My profile' }).click();
      await page.getByRole('heading', { name: 'Create your profile' }).waitFor();
      await page.getByLabel('Avatar', { exact: true }).setInputFiles({ name: 'avatar.png', mimeType: 'image/png', buffer: samplePng({ width: 64, height: 64, background: [79, 127, 154] }) });
      await page.getByRole('progressbar', { name: 'Uploading avatar.png' }).waitFor();
      await waitForLoadedImage(page.getByRole('img', { name: 'Current avatar' }));
      await page.getByLabel('Display name').fill('Valle Verde');
      await page.getByLabel('Region', { exact: true }).fill('Cochabamba');
      await page.getByLabel('About').fill('Forage and feed for dairy farms since 2004.');
      await page.getByLabel('Company').fill(seller.company);
      await page.getByLabel('Tax id').fill('1029384756');
      await page.getByRole('button', { name: 'Create profile' }).click();
      await page.getByText('Your profile is created.').waitFor();

      // Coming back finds the profile (GET /api/profiles/businessmen/me/), and others see it with its avatar.
      await page.reload();
      await page.getByRole('heading', { name: 'My profile' }).waitFor();
      assert.equal(await page.getByLabel('Company').inputValue(), seller.company);
      await page.getByRole('link', { name: 'See it as others do' }).click();
      await page.getByRole('heading', { name: 'Valle Verde' }).waitFor();
      await waitForLoadedImage(page.getByRole('img', { name: "Valle Verde's avatar" }));
      await page.getByText(seller.company).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Marketplace' }).click();
      await page.getByRole('link', { name: 'Post an ad' }).click();
      await page.getByRole('heading', { name: 'Post an ad' }).waitFor();
      await page.getByLabel('Title').fill(ad.title);
      await page.getByLabel('Description').fill('Second cut, 25 kg bales, stored dry. Delivery in the valley.');
      await page.getByLabel('Price').fill(ad.price);
      await page.getByLabel('Stock').fill('40');
      await page.getByLabel('Category').selectOption({ label: 'Feed' });
      await page.getByLabel('Region').fill('Cochabamba');
      await page.getByLabel('Photos', { exact: true }).setInputFiles({ name: 'bales.png', mimeType: 'image/png', buffer: samplePng({ width: 96, height: 72 }) });
      await page.getByRole('progressbar', { name: 'Uploading bales.png' }).waitFor();
      await waitForLoadedImage(page.getByRole('img', { name: 'Photo 1' }));
      await page.getByRole('button', { name: 'Publish ad' }).click();

      await page.waitForURL(/\/marketplace\/ads\/\d+$/);
      await page.getByRole('heading', { name: ad.title }).waitFor();
      await page.getByText('$18.75').first().waitFor();
      await page.getByText('This is your ad.').waitFor();
      await waitForLoadedImage(page.getByRole('img', { name: `${ad.title}, photo 1 of 1` }));
      ad.path = new URL(page.url()).pathname;

      await page.goto('/marketplace/mine');
      await page.getByRole('link', { name: ad.title, exact: true }).waitFor();

      await signOut(page, seller.username);
      assert.deepEqual(problems, []);
    });

    await step('2. a farmer registers on a phone, finds the ad by searching, buys three and sees the order', {}, async () => {
      const { page, problems } = await open(PHONE);
      buyer.page = page;
      buyer.problems = problems;
      await register(page, { role: 'Consumer', username: buyer.username });

      await page.goto('/marketplace');
      await page.getByRole('heading', { name: 'Marketplace' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(word);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(new RegExp(`[?&]q=${word}`));
      await page.getByText('1 ad', { exact: true }).waitFor();
      const card = page.getByRole('link', { name: new RegExp(word) });
      await waitForLoadedImage(card.locator('img')); // the cover photo's thumbnail (decorative: the title says it all)
      await card.click();

      await page.getByRole('heading', { name: ad.title }).waitFor();
      assert.equal(new URL(page.url()).pathname, ad.path);
      await page.getByLabel('Quantity').fill(String(ad.quantity));
      await page.getByText(`Total: ${ad.total}`).waitFor();
      await page.getByRole('button', { name: 'Buy now' }).click();
      await page.getByText(new RegExp(`Order #\\d+ placed: 3 × \\$18\\.75 = \\$56\\.25`)).waitFor();
      await page.getByText('In stock: 37').waitFor();

      await page.getByRole('link', { name: 'See my orders' }).click();
      await page.getByRole('heading', { name: 'My orders' }).waitFor();
      const row = orderRow(page, ad.title);
      await row.locator('td[data-label="Status"]').getByText('Placed').waitFor();
      assert.equal(await row.locator('td[data-label="Quantity"]').innerText(), '3');
      assert.equal(await row.locator('td[data-label="Total"]').innerText(), ad.total);
      assert.equal(await row.locator('td[data-label="Seller"]').innerText(), seller.username);
      // At phone width the table turns into cards no wider than the screen.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the orders page fits a phone');
      assert.deepEqual(problems, []);
    });

    await step('3. the seller signs in, ships the order, and the farmer sees it shipped', {}, async () => {
      const { page, problems } = await open();
      await signIn(page, seller.username, PASSWORD);
      await page.waitForURL('**/account');
      await openAccountMenu(page, seller.username);
      await page.getByRole('menuitem', { name: 'My orders' }).click();
      await page.getByRole('link', { name: 'Sales' }).click();
      await page.waitForURL(/as=seller/);
      const row = orderRow(page, ad.title);
      assert.equal(await row.locator('td[data-label="Buyer"]').innerText(), buyer.username);
      await row.locator('td[data-label="Status"]').getByText('Placed').waitFor();
      await row.getByRole('button', { name: 'Mark shipped' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Mark shipped' }).click();
      await page.getByText(/Order #\d+ is now shipped\./).waitFor();
      await row.locator('td[data-label="Status"]').getByText('Shipped').waitFor();
      assert.deepEqual(problems, []);

      await buyer.page.reload();
      const theirs = orderRow(buyer.page, ad.title);
      await theirs.locator('td[data-label="Status"]').getByText('Shipped').waitFor();
      await theirs.getByRole('button', { name: 'Mark received' }).waitFor();
      assert.deepEqual(buyer.problems, []);
    });

    await step('4. the admin deactivates the farmer, who can no longer sign in, and the user\'s history shows it', { skip: !ADMIN_PASSWORD && 'set AGROVET_ADMIN_PASSWORD' }, async () => {
      const { page, problems } = await open();
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD);
      await page.waitForURL('**/account');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Users' }).click();
      await page.getByLabel('Search users').fill(buyer.username);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('1–1 of 1').waitFor();
      await page.getByRole('row', { name: new RegExp(buyer.username) }).getByRole('link', { name: buyer.username }).click();
      await page.getByRole('heading', { name: buyer.username }).waitFor();
      const active = page.getByLabel('Active (may sign in)');
      assert.equal(await active.isChecked(), true);
      await active.uncheck();
      await page.getByRole('button', { name: 'Save 1 change' }).click();
      await page.getByText('The user was saved.').waitFor();
      assert.equal(await active.isChecked(), false);

      // The farmer's open session ends at once, and signing in again is refused.
      await buyer.page.reload();
      await buyer.page.waitForURL('**/login');
      await signIn(buyer.page, buyer.username, PASSWORD);
      await buyer.page.getByRole('alert').getByText('This account is deactivated').waitFor();
      assert.equal(await buyer.page.evaluate(() => localStorage.getItem('agrovet.session')), null);
      assert.deepEqual(buyer.problems, []);

      // The audit entry arrives through the event bus: look again until it is there.
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { name: /^History of user/ }).waitFor();
      const entry = page.locator('tbody tr', { hasText: 'is_active' });
      for (let attempt = 0; attempt < 20 && !(await entry.count()); attempt++) {
        await page.waitForTimeout(500);
        await page.reload();
        await page.getByRole('heading', { name: /^History of user/ }).waitFor();
        await page.locator('.table-wrap, .empty-state, [role="alert"]').first().waitFor();
      }
      if (!(await entry.count())) {
        const shown = (await page.locator('.admin-history').innerText()).replace(/\s+/g, ' ');
        assert.fail(`no is_active entry in the user's history after 10 s; the page says: ${shown}`);
      }
      assert.equal(await entry.first().locator('td[data-label="Who"]').innerText(), ADMIN_USERNAME);
      const change = entry.first().locator('td[data-label="Changes"]');
      assert.equal(await change.locator('del').innerText(), 'true');
      assert.equal(await change.locator('ins').innerText(), 'false');
      assert.deepEqual(problems, []);
    });
  } finally {
    for (const { context } of opened) await context.close();
  }
});
