import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { api, field, LANGUAGES, launchBrowser, openPage, PASSWORD, registerUser, serverSays, signIn, test, texts, uniqueName } from '../support.mjs';

const PHONE = { width: 390, height: 844 };

/** Where the platform's auth service writes mail, one .eml file a message (`./agrovet up`: .agrovet/mail/). */
const MAIL_DIR = process.env.AGROVET_MAIL_DIR ?? fileURLToPath(new URL('../../../.agrovet/mail/', import.meta.url));

/** The reset link in the latest message to `address`, read from the mail folder as a mail program would. */
function mailedResetLink(address) {
  const link = /https?:\/\/\S+?\/reset-password#token=[A-Za-z0-9_-]{43}/;
  const files = readdirSync(MAIL_DIR).filter((name) => name.endsWith('.eml')).sort().reverse();
  for (const name of files) {
    const raw = readFileSync(`${MAIL_DIR}/${name}`, 'utf8');
    const head = raw.split(/\r?\n\r?\n/)[0];
    if (!head.toLowerCase().includes(`<${address.toLowerCase()}>`) && !new RegExp(`^To: *${address}`, 'mi').test(head)) continue;
    // The text part is plain, quoted-printable (soft line breaks, =3D for '=') or base64. Plain text is not decoded: a
    // token that starts with two hex digits would read as an escape ("token=4F..." as "tokenO...").
    const quoted = /content-transfer-encoding:\s*quoted-printable/i.test(raw);
    const printable = quoted
      ? raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
      : raw;
    const base64 = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{16,})/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8')).join('\n');
    const found = printable.match(link) ?? base64.match(link);
    assert.ok(found, `no reset link in ${name}`);
    return new URL(found[0]);
  }
  return assert.fail(`no mail to ${address} in ${MAIL_DIR}`);
}

let browser;
let consumer; // one account for the tests that need any existing user (sign-ins are rate limited per address)
before(async () => {
  browser = await launchBrowser();
  consumer = await registerUser('consumer');
});
after(async () => { await browser?.close(); });

for (const lang of LANGUAGES) {
  test(`A businessman registers, signs in and sees the role on the account page (${lang})`, async () => {
    const { context, page, problems, requests, t, audit } = await openPage(browser, { lang });
    try {
      const username = uniqueName('seller');
      await page.goto('/register');
      await page.getByRole('heading', { name: t('register.heading') }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await audit('/register');

      // Sending the empty form shows what each field needs and moves focus to the first of them (the role).
      await page.getByRole('button', { name: t('register.submit') }).click();
      await page.getByText(t('register.roleRequired')).waitFor();
      await page.getByText(t('register.emailRequired')).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'role');
      await audit('/register with errors');

      await page.getByLabel(t('enums.roles.businessman')).check();
      await page.getByLabel(field(t('fields.username'))).fill(username);
      await page.getByLabel(field(t('fields.email'))).fill(`${username}@example.com`);

      // A field is checked when it is left, before the form is sent, and its error goes as soon as it is fixed.
      const password = page.getByLabel(field(t('fields.password')));
      const passwordErrors = page.locator('.field', { has: password }).locator('.field-errors');
      await password.fill('short');
      await password.blur();
      await passwordErrors.getByText(t('register.passwordShort')).waitFor();
      await password.fill('password');
      await passwordErrors.waitFor({ state: 'detached' });

      // Show password shows what was typed, and hides it again.
      const toggle = page.getByRole('button', { name: t('common.showPassword') });
      await toggle.click();
      assert.equal(await password.getAttribute('type'), 'text');
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      await toggle.click();
      assert.equal(await password.getAttribute('type'), 'password');

      // The service's field errors (a common password) appear next to their field, and focus goes there.
      await page.getByRole('button', { name: t('register.submit') }).click();
      await passwordErrors.getByText(serverSays(lang, /too common/)).first().waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'password');

      await password.fill(PASSWORD);
      await page.getByRole('button', { name: t('register.submit') }).click();
      // Registering signs you in, and the account page nudges to create the profile of the role.
      await page.waitForURL('**/account');
      await page.getByRole('link', { name: t('accountPage.welcome', { markup: true }).match(/<profile>(.*)<\/profile>/)[1] }).waitFor();
      await page.getByRole('heading', { name: t('accountMenu.account'), level: 1 }).waitFor();
      assert.match(await page.getByTestId('account-role').innerText(), new RegExp(t('enums.roles.businessman').replace('/', '\\/')));
      assert.match(await page.getByTestId('account-details').innerText(), new RegExp(username));
      await audit('/account');

      // People who are not administrators never download the admin area, even when they go to its address.
      await page.goto('/admin/users');
      await page.getByRole('heading', { name: t('notFound.heading') }).waitFor();
      assert.deepEqual(requests.filter((url) => /AdminArea/.test(url)), []);
      await audit('/admin/users as a businessman');

      // Signing out from the account menu.
      await page.getByRole('button', { name: new RegExp(username) }).click();
      await audit('account menu');
      await page.getByRole('menuitem', { name: t('account.signOut') }).click();
      await page.getByRole('link', { name: t('account.signIn'), exact: true }).waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('agrovet.session')), null);

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`Signing in with a wrong password says so and keeps the person on the sign-in page (${lang})`, async () => {
    const { context, page, problems, t, audit } = await openPage(browser, { lang, ...PHONE });
    try {
      await signIn(page, t, consumer.username, 'Not-The-Password-1');
      await page.getByRole('alert').getByText(serverSays(lang, 'Wrong username or password.')).waitFor();
      assert.match(page.url(), /\/login$/);
      assert.equal(await page.evaluate(() => localStorage.getItem('agrovet.session')), null);
      await audit('/login with an error');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`Two tabs whose access token ran out refresh it once between them and both stay signed in (${lang})`, async () => {
    const pair = await api('/api/auth/login/', { method: 'POST', body: { username: consumer.username, password: PASSWORD } });
    const { context, page, problems, t } = await openPage(browser, { lang });
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
      const role = t('enums.roles.consumer');
      await Promise.all([page.goto('/account'), second.goto('/account')]);
      await Promise.all([page, second].map((p) => p.getByTestId('account-role').getByText(role).waitFor()));
      assert.equal(refreshes.length, 1);

      // The rotated pair is shared: the session is still alive on the server after another round in both tabs.
      await Promise.all([page.reload(), second.reload()]);
      await Promise.all([page, second].map((p) => p.getByTestId('account-role').getByText(role).waitFor()));
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('agrovet.session')));
      assert.notEqual(stored.refresh, pair.refresh);
      assert.equal(refreshes.length, 1);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  const other = lang === 'es' ? 'en' : 'es';
  test(`The app speaks the browser's language, switches to the other from the header and remembers it (${lang} → ${other}, ${lang === 'es' ? 'phone' : 'desktop'})`, async () => {
    const session = await openPage(browser, { lang, ...(lang === 'es' ? PHONE : {}) });
    const { context, page, problems, t, audit } = session;
    try {
      const languages = [];
      // The app's own calls (images are the browser's: it sends its own languages for them).
      page.on('request', (request) => {
        if (['fetch', 'xhr'].includes(request.resourceType()) && new URL(request.url()).pathname.startsWith('/api/')) {
          languages.push(request.headers()['accept-language']);
        }
      });
      await page.goto('/marketplace');
      await page.getByRole('heading', { name: t('nav.marketplace'), level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await page.locator('.card-grid, .empty-state').first().waitFor();
      await audit('/marketplace');
      assert.ok(languages.length > 0 && languages.every((value) => value === lang), `API calls asked for ${lang}: ${languages.join(', ')}`);

      // On a phone the switcher is in the menu.
      const toggle = page.locator('.nav-toggle');
      if (await toggle.isVisible()) {
        await toggle.click();
        await audit('/marketplace with the menu open');
      }
      await page.getByRole('combobox', { name: t('language.label') }).selectOption(other);
      const then = texts(other);
      await page.getByRole('heading', { name: then('nav.marketplace'), level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), other);
      assert.equal(await page.evaluate(() => localStorage.getItem('agrovet.language')), other);

      languages.length = 0;
      await page.reload();
      await page.getByRole('heading', { name: then('nav.marketplace'), level: 1 }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), other);
      await page.locator('.card-grid, .empty-state').first().waitFor();
      assert.ok(languages.length > 0 && languages.every((value) => value === other), `API calls asked for ${other}: ${languages.join(', ')}`);
      await audit(`/marketplace in ${other}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const lang of LANGUAGES) {
  test(`Someone who forgot the password gets a link by e-mail, chooses a new one and signs in with it (${lang}, ${lang === 'es' ? 'phone' : 'desktop'})`, async () => {
    const person = await registerUser('consumer');
    const { context, page, problems, t, audit } = await openPage(browser, { lang, ...(lang === 'es' ? PHONE : {}) });
    try {
      await page.goto('/login');
      await page.getByRole('link', { name: t('login.forgotPassword') }).click();
      await page.getByRole('heading', { name: t('forgotPassword.title') }).waitFor();
      await audit('/forgot-password');

      // The address is checked before anything is sent; the answer never says whether an account has it.
      const email = page.getByLabel(field(t('fields.email')));
      await page.getByRole('button', { name: t('forgotPassword.submit') }).click();
      await page.getByText(t('register.emailRequired')).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'email');
      await email.fill(person.email);
      await page.getByRole('button', { name: t('forgotPassword.submit') }).click();
      await page.getByText(t('forgotPassword.sent', { email: person.email })).waitFor();
      await audit('/forgot-password sent');

      // The link in the e-mail opens the reset page of the web app (the token travels after '#').
      const link = mailedResetLink(person.email);
      assert.equal(link.pathname, '/reset-password');
      await page.goto(link.pathname + link.hash);
      await page.getByRole('heading', { name: t('resetPassword.title') }).waitFor();
      const password = page.getByLabel(field(t('changePassword.new')));
      await password.fill('short');
      await password.blur();
      await page.getByText(t('register.passwordShort')).waitFor();
      await audit('/reset-password with an error');

      // Show password works here too.
      await page.getByRole('button', { name: t('common.showPassword') }).click();
      assert.equal(await password.getAttribute('type'), 'text');

      const chosen = `${PASSWORD}-new`;
      await password.fill(chosen);
      await page.getByRole('button', { name: t('resetPassword.submit') }).click();
      await page.waitForURL('**/login');
      await page.getByText(t('login.passwordReset')).waitFor();
      await audit('/login after a reset');

      await signIn(page, t, person.username, chosen);
      await page.waitForURL('**/account');

      // The link works once: the second time the service says so, and the page offers a new link.
      await page.goto(link.pathname + link.hash);
      await page.getByLabel(field(t('changePassword.new'))).fill(`${chosen}-again`);
      await page.getByRole('button', { name: t('resetPassword.submit') }).click();
      await page.getByRole('alert').getByText(serverSays(lang, 'This link was already used or has expired; ask for a new one.')).waitFor();
      await page.getByRole('link', { name: t('resetPassword.askAgain') }).waitFor();
      await audit('/reset-password with a used link');

      // A link without its token says what to do.
      await page.goto('/reset-password');
      await page.getByText(t('resetPassword.incomplete')).waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
