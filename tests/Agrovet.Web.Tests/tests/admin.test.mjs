import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD, ADMIN_USERNAME, api, BASE_URL, launchBrowser, openPage, PASSWORD, registerUser, signIn } from '../support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('The admin finds a user, deactivates them, and that user can no longer sign in', { skip: !ADMIN_PASSWORD && 'set AGROVET_ADMIN_PASSWORD' }, async () => {
  const victim = await registerUser('consumer');
  const admin = await openPage(browser);
  try {
    const { page } = admin;
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD);
    await page.waitForURL('**/account');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.getByText(/\d+–\d+ of \d+/).waitFor();

    await page.getByLabel('Search users').fill(victim.username);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/search=/);
    await page.getByText('1–1 of 1').waitFor();
    const row = page.getByRole('row', { name: new RegExp(victim.username) });
    assert.equal(await page.locator('tbody tr').count(), 1);

    await row.getByRole('checkbox').check();
    await page.getByLabel('Action').selectOption({ label: 'Deactivate selected users' });
    await page.getByRole('button', { name: 'Go' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(victim.username).waitFor();
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('1 user deactivated.').waitFor();
    await row.locator('td[data-label="Active"]').getByText('no', { exact: true }).waitFor(); // ✗, read as "no"

    // The audit log has no endpoint yet: the history page says so in words.
    await row.getByRole('link', { name: victim.username }).click();
    await page.getByRole('heading', { name: victim.username }).waitFor();
    assert.equal(await page.getByLabel('Active (may sign in)').isChecked(), false);
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByText(/audit log is not available yet|No changes recorded|Deactivat|is_active/i).first().waitFor();
    assert.deepEqual(admin.problems, []);
  } finally {
    await admin.context.close();
  }

  const { context, page, problems } = await openPage(browser);
  try {
    await signIn(page, victim.username, PASSWORD);
    await page.getByRole('alert').getByText(/deactivated/i).waitFor();
    assert.match(page.url(), /\/login$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("The admin renames a businessman's profile and the profile's history shows who changed what", { skip: !ADMIN_PASSWORD && 'set AGROVET_ADMIN_PASSWORD' }, async () => {
  const seller = await registerUser('businessman');
  const { access } = await api('/api/auth/login/', { method: 'POST', body: { username: seller.username, password: PASSWORD } });
  const company = `Granja ${seller.username}`;
  const profile = await api('/api/profiles/businessmen/', { method: 'POST', token: access, body: { display_name: company, company, region: 'Oruro' } });

  const admin = await openPage(browser);
  try {
    const { page } = admin;
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD);
    await page.waitForURL('**/account');
    await page.goto(`${BASE_URL}/admin/profiles`);
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Businessmen' });
    await page.waitForURL(/kind=businessmen/);
    await page.getByLabel('Search profiles').fill(company);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1–1 of 1').waitFor();

    await page.getByRole('row', { name: new RegExp(company) }).getByRole('link', { name: company, exact: true }).click();
    await page.waitForURL(new RegExp(`/admin/profiles/businessmen(%3A|:)${profile.id}$`));
    const renamed = `${company} S.R.L.`;
    await page.getByRole('textbox', { name: /^Name/ }).fill(renamed);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor();
    assert.equal((await api(`/api/profiles/businessmen/${profile.id}/`)).display_name, renamed);

    // The entry travels as an event from the profiles service to the audit log: look again until it is there.
    await page.getByRole('link', { name: 'History' }).click();
    const entry = page.getByRole('row', { name: /Update/ });
    const loaded = page.getByText(/No changes recorded/).or(entry).first();
    for (let attempt = 0; attempt < 20; attempt++) {
      await loaded.waitFor();
      if (await entry.isVisible()) break;
      await page.waitForTimeout(250);
      await page.reload();
    }
    await entry.waitFor();
    await entry.getByText(ADMIN_USERNAME, { exact: true }).waitFor();
    await entry.getByText(renamed).waitFor();
    assert.deepEqual(admin.problems, []);
  } finally {
    await admin.context.close();
  }
});
