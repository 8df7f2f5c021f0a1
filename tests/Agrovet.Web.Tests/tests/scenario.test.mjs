// The main story of the web app, against the real platform, in Spanish and in English: a seller sets up shop, a farmer
// finds and buys with a delivery address and a payment method, the seller ships with a tracking note, both follow the
// order's timeline, and an administrator deactivates the farmer, which the audit log remembers.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import {
  ADMIN_PASSWORD, ADMIN_USERNAME, field, LANGUAGES, launchBrowser, openArea, openPage, PASSWORD, pattern, plainSpaces, samplePng, serverSays,
  signIn, test, uniqueName, waitForLoadedImage,
} from '../support.mjs';

const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A word no other ad has, so that a full-text search finds exactly this ad (letters only: stemmers keep it whole). */
function uniqueWord(prefix) {
  return prefix + Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

async function register({ page, t, audit }, { role, username }) {
  await page.goto('/register');
  await page.getByLabel(t(`enums.roles.${role}`)).check();
  await page.getByLabel(field(t('fields.username'))).fill(username);
  await page.getByLabel(field(t('fields.email'))).fill(`${username}@example.com`);
  await page.getByLabel(field(t('fields.password'))).fill(PASSWORD);
  await page.getByRole('button', { name: t('register.submit') }).click();
  // Registering signs you in.
  await page.waitForURL('**/account');
  await page.getByTestId('account-role').waitFor();
  await audit('/account');
}

async function openAccountMenu(page, username) {
  await page.getByRole('button', { name: new RegExp(username) }).click();
}

async function signOut({ page, t }, username) {
  await openAccountMenu(page, username);
  await page.getByRole('menuitem', { name: t('account.signOut') }).click();
  await page.getByRole('link', { name: t('account.signIn'), exact: true }).waitFor();
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

/** A cell's text with Intl's no-break spaces as plain ones. */
async function cellText(row, column) {
  return plainSpaces(await row.locator(`td[data-column="${column}"]`).innerText());
}

/**
 * The same story in each language, with the money of its country: in Spanish (es-CO) a price typed "185.000" is a
 * hundred and eighty-five thousand Colombian pesos, the currency a new ad starts in there, and three cost "$ 555.000";
 * in English (en-US), US$18.75 and "$56.25". The seller uses a desktop in Spanish and a phone in English, the farmer
 * the other way round. The seller is in a region of a country that uses that money (Meta, Colombia; Pichincha,
 * Ecuador, which uses US dollars).
 */
const STORIES = {
  es: { seller: {}, farmer: PHONE, currency: 'COP', typed: '185.000', shown: '$ 185.000', total: '$ 555.000', country: 'CO', region: 'CO-MET' },
  en: { seller: PHONE, farmer: {}, currency: 'USD', typed: '18.75', shown: '$18.75', total: '$56.25', country: 'EC', region: 'EC-P' },
};

/** A region is picked from the catalog: its country, then one of its divisions (the select keeps the label Region). */
async function pickRegion(page, say, country, division) {
  await page.getByLabel(field(say('fields.country'))).selectOption(country);
  await page.getByLabel(field(say('fields.region'))).selectOption(division);
}

for (const lang of LANGUAGES) {
  const story = STORIES[lang] ?? STORIES.en;
  test(`A seller sets up shop, a farmer buys, the seller ships, and the admin deactivates the farmer (${lang})`, async (t) => {
    const seller = { username: uniqueName('seller'), company: 'Valle Verde Forrajes' };
    const buyer = { username: uniqueName('farmer') };
    const word = uniqueWord('alfalfa');
    const ad = { title: `Alfalfa hay bales ${word}`, quantity: 3 };
    const opened = [];
    const open = async (size) => {
      const session = await openPage(browser, { ...size, lang });
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
      await step('1. a new user registers as a business, creates a profile with an avatar and posts an ad with a photo', {}, async () => {
        const session = await open(story.seller);
        const { context, page, problems, t: say, audit } = session;
        await slowUploads(context);
        await register(session, { role: 'businessman', username: seller.username });

        await openAccountMenu(page, seller.username);
        await page.getByRole('menuitem', { name: say('accountMenu.profile') }).click();
        await page.getByRole('heading', { name: say('profiles.form.createTitle') }).waitFor();
        await audit('/profile (new)');
        await page.getByLabel(field(say('uploads.avatar'))).setInputFiles({ name: 'avatar.png', mimeType: 'image/png', buffer: samplePng({ width: 64, height: 64, background: [79, 127, 154] }) });
        await page.getByRole('progressbar', { name: say('uploads.uploading', { name: 'avatar.png' }) }).waitFor();
        await waitForLoadedImage(page.getByRole('img', { name: say('uploads.currentAvatar') }));
        await page.getByLabel(field(say('fields.display_name'))).fill('Valle Verde');
        await pickRegion(page, say, story.country, story.region);
        await page.getByLabel(field(say('fields.bio'))).fill('Forage and feed for dairy farms since 2004.');
        await page.getByLabel(field(say('fields.company'))).fill(seller.company);
        await page.getByLabel(field(say('fields.tax_id'))).fill('1029384756');
        await page.getByRole('button', { name: say('profiles.form.create') }).click();
        await page.getByText(say('profiles.form.created')).waitFor();

        // Coming back finds the profile (GET /api/profiles/businessmen/me/), and others see it with its avatar.
        await page.reload();
        await page.getByRole('heading', { name: say('accountMenu.profile') }).waitFor();
        assert.equal(await page.getByLabel(field(say('fields.company'))).inputValue(), seller.company);
        await audit('/profile');
        await page.getByRole('link', { name: say('profiles.form.seeAsOthers') }).click();
        await page.getByRole('heading', { name: 'Valle Verde' }).waitFor();
        await waitForLoadedImage(page.getByRole('img', { name: say('profiles.avatarOf', { name: 'Valle Verde' }) }));
        await page.getByText(seller.company).waitFor();
        await audit('/profiles/businessmen/:id');

        await openArea(page, say, 'nav.marketplace');
        await page.getByRole('link', { name: say('adForm.newTitle') }).click();
        await page.getByRole('heading', { name: say('adForm.newTitle') }).waitFor();
        // A new ad is priced in the currency of the seller's country.
        assert.equal(await page.getByLabel(field(say('fields.currency'))).inputValue(), story.currency);
        await audit('/marketplace/ads/new');
        await page.getByLabel(field(say('fields.title'))).fill(ad.title);
        await page.getByLabel(field(say('fields.description'))).fill('Second cut, 25 kg bales, stored dry. Delivery in the valley.');
        // The price is checked when it is left: written the other language's way it is refused, and the error goes when fixed.
        const price = page.getByLabel(field(say('fields.price')));
        const priceErrors = page.locator('.field', { has: price }).locator('.field-errors');
        await price.fill(lang === 'es' ? '185.000,50' : '18,75');
        await price.blur();
        await priceErrors.waitFor();
        await audit('/marketplace/ads/new with an error');
        await price.fill(story.typed);
        await priceErrors.waitFor({ state: 'detached' });
        await page.getByLabel(field(say('fields.stock'))).fill('40');
        await page.getByLabel(field(say('fields.category'))).selectOption({ label: say('categories.feed') });
        // The currency follows the country of the ad's region until the seller picks one.
        await pickRegion(page, say, 'BO', 'BO-C');
        assert.equal(await page.getByLabel(field(say('fields.currency'))).inputValue(), 'BOB');
        await pickRegion(page, say, story.country, story.region);
        assert.equal(await page.getByLabel(field(say('fields.currency'))).inputValue(), story.currency);
        await page.getByLabel(field(say('uploads.photos'))).setInputFiles({ name: 'bales.png', mimeType: 'image/png', buffer: samplePng({ width: 96, height: 72 }) });
        await page.getByRole('progressbar', { name: say('uploads.uploading', { name: 'bales.png' }) }).waitFor();
        await waitForLoadedImage(page.getByRole('img', { name: say('uploads.photo', { number: 1 }) }));
        await page.getByRole('button', { name: say('adForm.publish') }).click();

        await page.waitForURL(/\/marketplace\/ads\/\d+$/);
        await page.getByRole('heading', { name: ad.title }).waitFor();
        assert.equal(plainSpaces(await page.locator('.ad-detail__price').innerText()), story.shown);
        await page.getByText(say('ad.mine')).waitFor();
        await waitForLoadedImage(page.getByRole('img', { name: say('ad.photoOf', { title: ad.title, number: 1, count: 1 }) }));
        await audit('/marketplace/ads/:id (mine)');
        ad.path = new URL(page.url()).pathname;

        await page.goto('/marketplace/mine');
        await page.getByRole('link', { name: ad.title, exact: true }).waitFor();
        await audit('/marketplace/mine');

        await signOut(session, seller.username);
        assert.deepEqual(problems, []);
      });

      await step('2. a farmer registers, finds the ad by searching, checks out three with delivery and payment, and sees the order', {}, async () => {
        const session = await open(story.farmer);
        const { page, problems, t: say, audit } = session;
        buyer.session = session;
        await register(session, { role: 'consumer', username: buyer.username });

        await page.goto('/marketplace');
        await page.getByRole('heading', { name: say('nav.marketplace'), level: 1 }).waitFor();
        await page.getByRole('searchbox', { name: say('common.search'), exact: true }).fill(word);
        await page.getByRole('button', { name: say('common.search'), exact: true }).click();
        await page.waitForURL(new RegExp(`[?&]q=${word}`));
        await page.getByText(say('market.count', { count: 1, formatted: '1' }), { exact: true }).waitFor();
        const card = page.getByRole('link', { name: new RegExp(word) });
        await waitForLoadedImage(card.locator('img')); // the cover photo's thumbnail (decorative: the title says it all)
        assert.match(plainSpaces(await card.innerText()), new RegExp(story.shown.replace(/[$.]/g, '\\$&')));
        await audit('/marketplace?q=');
        await card.click();

        await page.getByRole('heading', { name: ad.title }).waitFor();
        assert.equal(new URL(page.url()).pathname, ad.path);
        await audit('/marketplace/ads/:id');
        // The seller is shown by their company, linking to the profile, which lists what they sell.
        await page.getByRole('link', { name: seller.company }).click();
        await page.getByRole('heading', { name: 'Valle Verde', level: 1 }).waitFor();
        await page.getByRole('region', { name: say('profiles.activeAds') }).getByRole('link', { name: new RegExp(word) }).waitFor();
        await audit('/profiles/businessmen/:id with its ads');
        await page.goBack();
        await page.getByRole('heading', { name: ad.title }).waitFor();
        await page.getByLabel(say('fields.quantity')).fill(String(ad.quantity));
        await page.locator('#buy-total').getByText(story.total).waitFor();
        await page.getByRole('button', { name: say('buy.buyNow') }).click();

        // Checkout, step 1: review.
        await page.getByRole('heading', { name: say('checkout.title'), level: 1 }).waitFor();
        const current = () => page.locator('.steps [aria-current="step"]');
        assert.match(await current().innerText(), new RegExp(say('checkout.steps.review')));
        assert.equal(await page.getByLabel(field(say('fields.quantity'))).inputValue(), String(ad.quantity));
        await page.locator('.checkout__total').getByText(story.total).waitFor();
        await audit('/marketplace/ads/:id/checkout (review)');
        await page.getByRole('button', { name: say('checkout.continue') }).click();

        // Step 2: delivery. Continuing without a choice is refused; delivery needs an address, added right here.
        await page.getByRole('heading', { name: say('checkout.steps.delivery'), level: 2 }).waitFor();
        await page.getByRole('button', { name: say('checkout.continue') }).click();
        await page.getByText(say('checkout.chooseDelivery')).waitFor();
        await page.getByLabel(say('enums.deliveryMethod.delivery')).check();
        await page.getByText(say('checkout.noAddresses')).waitFor();
        await page.getByRole('button', { name: say('addresses.add') }).click();
        await page.getByLabel(field(say('fields.label'))).fill('Finca La Esperanza');
        await page.getByLabel(field(say('fields.recipient_name'))).fill('Marta Gómez');
        await page.getByLabel(field(say('fields.phone'))).fill('12');
        await page.getByLabel(field(say('fields.line1'))).fill('Km 4 vía a Cereté');
        await page.getByLabel(field(say('fields.city'))).fill('Montería');
        await pickRegion(page, say, 'CO', 'CO-COR');
        await audit('/marketplace/ads/:id/checkout (new address)');
        await page.getByRole('button', { name: say('addresses.save') }).click();
        // A phone too short is named at its field, and the error goes once it is fixed.
        await page.getByText(say('addresses.phoneFormat')).waitFor();
        await page.getByLabel(field(say('fields.phone'))).fill('+57 311 222 3344');
        await page.getByText(say('addresses.phoneFormat')).waitFor({ state: 'detached' });
        await page.getByRole('button', { name: say('addresses.save') }).click();
        const chosen = page.getByLabel(/Finca La Esperanza/);
        await chosen.waitFor();
        assert.equal(await chosen.isChecked(), true);
        await audit('/marketplace/ads/:id/checkout (delivery)');
        await page.getByRole('button', { name: say('checkout.continue') }).click();

        // Step 3: payment, recorded on the order (nothing is charged).
        await page.getByRole('heading', { name: say('checkout.steps.payment'), level: 2 }).waitFor();
        await page.getByText(say('checkout.noCharge')).waitFor();
        await page.getByLabel(say('enums.paymentMethod.cash_on_delivery')).check();
        await audit('/marketplace/ads/:id/checkout (payment)');
        await page.getByRole('button', { name: say('checkout.continue') }).click();

        // Step 4: confirmation, then the order's own page.
        await page.getByRole('heading', { name: say('checkout.steps.confirm'), level: 2 }).waitFor();
        const summary = plainSpaces(await page.locator('.checkout__step').innerText());
        for (const expected of [story.total, 'Km 4 vía a Cereté', say('enums.paymentMethod.cash_on_delivery'), say('enums.deliveryMethod.delivery')]) {
          assert.ok(summary.includes(expected), `the confirmation shows ${expected}: ${summary}`);
        }
        await audit('/marketplace/ads/:id/checkout (confirm)');
        await page.getByRole('button', { name: say('checkout.place') }).click();
        await page.waitForURL(/\/orders\/\d+$/);
        ad.order = Number(new URL(page.url()).pathname.split('/').pop());
        await page.getByText(say('orderDetail.placed')).waitFor();
        await page.getByRole('heading', { name: pattern(say('orderDetail.title', { id: '{{id}}' })) }).waitFor();
        const timeline = page.getByRole('list', { name: say('orderDetail.timeline') });
        assert.equal(await timeline.locator('li').count(), 1);
        assert.match(await timeline.locator('li').first().innerText(), new RegExp(say('enums.orderStatus.placed')));
        // The buyer is never offered to cancel a shipped order; a placed one, yes.
        await page.getByRole('button', { name: say('orders.actions.cancel') }).waitFor();
        await audit('/orders/:id (placed)');

        await page.getByRole('link', { name: say('orderDetail.backToOrders') }).click();
        await page.getByRole('heading', { name: say('accountMenu.orders') }).waitFor();
        const row = orderRow(page, ad.title);
        await row.locator('td[data-column="status"]').getByText(say('enums.orderStatus.placed')).waitFor();
        assert.equal(await cellText(row, 'quantity'), '3');
        assert.equal(await cellText(row, 'total'), story.total);
        assert.equal(await cellText(row, 'seller'), seller.username);
        // At phone width the table turns into cards no wider than the screen.
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the orders page fits the screen');
        await audit('/orders');
        assert.deepEqual(problems, []);
      });

      await step('3. the seller sees the new sale, the address and the buyer\'s phone, ships with a tracking note, and both see the timeline', {}, async () => {
        const session = await open(story.seller);
        const { page, problems, t: say, audit } = session;
        await signIn(page, say, seller.username, PASSWORD);
        await page.waitForURL('**/account');
        // The account menu counts the new sale, and the orders page opens on sales for a business.
        await page.getByRole('button', { name: new RegExp(seller.username) }).getByTestId('new-sales').getByText('1', { exact: true }).waitFor();
        await openAccountMenu(page, seller.username);
        await page.getByRole('menuitem', { name: say('accountMenu.orders') }).click();
        await page.getByRole('heading', { name: say('accountMenu.orders') }).waitFor();
        assert.equal(await page.getByRole('link', { name: say('orders.sales') }).getAttribute('aria-current'), 'page');
        await page.getByRole('link', { name: say('orders.sales') }).getByText(say('orders.newSales', { count: 1 })).waitFor();
        const row = orderRow(page, ad.title);
        assert.equal(await cellText(row, 'buyer'), buyer.username);
        await row.locator('td[data-column="status"]').getByText(say('enums.orderStatus.placed')).waitFor();
        await audit('/orders?as=seller');
        await row.getByRole('link', { name: say('orders.openOrder', { id: ad.order }) }).click();

        await page.getByRole('heading', { name: pattern(say('orderDetail.title', { id: '{{id}}' })) }).waitFor();
        const details = plainSpaces(await page.locator('.order-detail').innerText());
        for (const expected of ['Marta Gómez', '+57 311 222 3344', 'Km 4 vía a Cereté', 'Montería', say('enums.paymentMethod.cash_on_delivery'), buyer.username]) {
          assert.ok(details.includes(expected), `the seller sees ${expected}: ${details}`);
        }
        await audit('/orders/:id as the seller');
        await page.getByRole('button', { name: say('orders.actions.ship') }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel(field(say('fields.tracking_note'))).fill('Servientrega 700012345');
        await audit('/orders/:id with the ship dialog');
        await dialog.getByRole('button', { name: say('orders.actions.ship') }).click();
        await page.getByText(pattern(say('orders.nowStatus', { id: '{{id}}', status: say('enums.orderStatus.shipped').toLocaleLowerCase(lang) }))).waitFor();
        const timeline = page.getByRole('list', { name: say('orderDetail.timeline') });
        await timeline.locator('li[data-status="shipped"]').getByText(say('orderDetail.trackingNote', { note: 'Servientrega 700012345' })).waitFor();
        assert.match(await timeline.locator('li[data-status="shipped"]').innerText(), new RegExp(say('orderDetail.byWhom', { user: seller.username, role: say('enums.orderRole.seller') }).replace(/[()]/g, '\\$&')));
        // Once shipped, nobody but an administrator can cancel: the button is gone.
        assert.equal(await page.getByRole('button', { name: say('orders.actions.cancel') }).count(), 0);
        await audit('/orders/:id shipped');
        assert.deepEqual(problems, []);

        const farmer = buyer.session;
        await farmer.page.reload();
        const theirs = orderRow(farmer.page, ad.title);
        await theirs.locator('td[data-column="status"]').getByText(farmer.t('enums.orderStatus.shipped')).waitFor();
        await theirs.getByRole('button', { name: farmer.t('orders.actions.complete') }).waitFor();
        assert.equal(await theirs.getByRole('button', { name: farmer.t('orders.actions.cancel') }).count(), 0);
        await theirs.getByRole('link', { name: farmer.t('orders.openOrder', { id: ad.order }) }).click();
        const theirTimeline = farmer.page.getByRole('list', { name: farmer.t('orderDetail.timeline') });
        await theirTimeline.getByText(farmer.t('orderDetail.trackingNote', { note: 'Servientrega 700012345' })).waitFor();
        await farmer.page.getByRole('button', { name: farmer.t('orders.actions.complete') }).click();
        await farmer.page.getByRole('dialog').getByRole('button', { name: farmer.t('orders.actions.complete') }).click();
        await theirTimeline.locator('li[data-status="completed"]').waitFor();
        assert.equal(await theirTimeline.locator('li').count(), 3);
        await farmer.audit('/orders/:id completed');
        assert.deepEqual(farmer.problems, []);
      });

      await step('4. the admin deactivates the farmer, who can no longer sign in, and the user\'s history shows it', { skip: !ADMIN_PASSWORD && 'set AGROVET_ADMIN_PASSWORD' }, async () => {
        const { page, problems, t: say, audit } = await open();
        await signIn(page, say, ADMIN_USERNAME, ADMIN_PASSWORD);
        await page.waitForURL('**/account');
        await openArea(page, say, 'nav.admin');
        await page.getByRole('navigation', { name: say('accountMenu.admin') }).getByRole('link', { name: say('admin.users.label') }).click();
        await page.getByLabel(say('admin.list.searchLabel', { resource: say('admin.users.label') })).fill(buyer.username);
        await page.getByRole('button', { name: say('common.search'), exact: true }).click();
        await page.getByText(say('pagination.range', { first: 1, last: 1, count: 1 }), { exact: true }).waitFor();
        await page.getByRole('row', { name: new RegExp(buyer.username) }).getByRole('link', { name: buyer.username }).click();
        await page.getByRole('heading', { name: buyer.username }).waitFor();
        const active = page.getByLabel(field(say('admin.users.labels.is_active')));
        assert.equal(await active.isChecked(), true);
        await active.uncheck();
        await page.getByRole('button', { name: say('admin.detail.saveChanges', { count: 1 }) }).click();
        await page.getByText(say('admin.detail.saved', { object: say('admin.users.singular') })).waitFor();
        assert.equal(await active.isChecked(), false);
        await audit('/admin/users/:id saved');

        // The farmer's open session ends at once, and signing in again is refused.
        const farmer = buyer.session;
        await farmer.page.reload();
        await farmer.page.waitForURL('**/login');
        await farmer.page.getByText(farmer.t('session.ended')).waitFor();
        await signIn(farmer.page, farmer.t, buyer.username, PASSWORD);
        await farmer.page.getByRole('alert').getByText(serverSays(lang, 'This account is deactivated')).first().waitFor();
        assert.equal(await farmer.page.evaluate(() => localStorage.getItem('agrovet.session')), null);
        await farmer.audit('/login deactivated');
        assert.deepEqual(farmer.problems, []);

        // The audit entry arrives through the event bus: look again until it is there.
        const heading = page.getByRole('heading', { name: pattern(say('admin.history.title', { object: say('admin.users.singular') })) });
        await page.getByRole('link', { name: say('admin.detail.history') }).click();
        await heading.waitFor();
        const entry = page.locator('tbody tr', { has: page.locator('li[data-field="is_active"]') });
        for (let attempt = 0; attempt < 20 && !(await entry.count()); attempt++) {
          await page.waitForTimeout(500);
          await page.reload();
          await heading.waitFor();
          await page.locator('.table-wrap, .empty-state, [role="alert"]').first().waitFor();
        }
        if (!(await entry.count())) {
          const shown = (await page.locator('.admin-history').innerText()).replace(/\s+/g, ' ');
          assert.fail(`no is_active entry in the user's history after 10 s; the page says: ${shown}`);
        }
        assert.equal(await entry.first().locator('td[data-column="who"]').innerText(), ADMIN_USERNAME);
        const change = entry.first().locator('li[data-field="is_active"]');
        assert.match(await change.innerText(), new RegExp(`^${say('fields.is_active')}:`));
        assert.equal(await change.locator('del').innerText(), say('common.yes'));
        assert.equal(await change.locator('ins').innerText(), say('common.no'));
        await audit('/admin/users/:id/history');
        assert.deepEqual(problems, []);
      });
    } finally {
      for (const { context } of opened) await context.close();
    }
  });
}
