import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_PASSWORD, ADMIN_USERNAME, api, BASE_URL, field, LANGUAGES, launchBrowser, openArea, openPage, PASSWORD, pattern, registerUser, serverSays,
  signIn, test,
} from '../support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const skip = !ADMIN_PASSWORD && 'set AGROVET_ADMIN_PASSWORD';

for (const lang of LANGUAGES) {
  test(`The admin finds a user, deactivates them, and that user can no longer sign in (${lang})`, { skip }, async () => {
    const victim = await registerUser('consumer');
    const admin = await openPage(browser, { lang });
    const { t } = admin;
    try {
      const { page, audit } = admin;
      await signIn(page, t, ADMIN_USERNAME, ADMIN_PASSWORD);
      await page.waitForURL('**/account');
      await openArea(page, t, 'nav.admin');
      await page.getByRole('heading', { name: t('accountMenu.admin'), level: 1 }).waitFor();
      // The dashboard counts each kind of object (the user just registered among them) and lists every admin's recent actions.
      await page.getByRole('heading', { name: t('admin.dashboard.recent'), level: 2 }).waitFor();
      await page.getByTestId('count-users').filter({ hasText: /^[1-9][\d.,\s]*$/ }).waitFor();
      await audit('/admin');
      await page.getByRole('navigation', { name: t('accountMenu.admin') }).getByRole('link', { name: t('admin.users.label') }).click();
      await page.getByRole('heading', { name: t('admin.users.label') }).waitFor();
      await page.getByText(pattern(t('pagination.range'), { anchored: true })).waitFor();
      await audit('/admin/users');

      await page.getByLabel(t('admin.list.searchLabel', { resource: t('admin.users.label') })).fill(victim.username);
      await page.getByRole('button', { name: t('common.search'), exact: true }).click();
      await page.waitForURL(/search=/);
      await page.getByText(t('pagination.range', { first: 1, last: 1, count: 1 }), { exact: true }).waitFor();
      const row = page.getByRole('row', { name: new RegExp(victim.username) });
      assert.equal(await page.locator('tbody tr').count(), 1);

      await row.getByRole('checkbox').check();
      await page.getByLabel(field(t('admin.list.action'))).selectOption({ label: t('admin.users.bulk.deactivate.label') });
      await page.getByRole('button', { name: t('admin.list.go'), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(victim.username).waitFor();
      await audit('/admin/users with the confirmation dialog');
      await dialog.getByRole('button', { name: t('admin.users.bulk.deactivate.confirm'), exact: true }).click();
      await page.getByText(t('admin.users.bulk.deactivate.done', { count: 1 })).waitFor();
      await row.locator('td[data-column="is_active"]').getByText(t('common.no'), { exact: true }).waitFor(); // ✗, read as "no"

      await row.getByRole('link', { name: victim.username }).click();
      await page.getByRole('heading', { name: victim.username }).waitFor();
      assert.equal(await page.getByLabel(field(t('admin.users.labels.is_active'))).isChecked(), false);
      await audit('/admin/users/:id');
      await page.getByRole('link', { name: t('admin.detail.history') }).click();
      await page.locator('.admin-history .table-wrap, .admin-history .empty-state').first().waitFor();
      await audit('/admin/users/:id/history');
      assert.deepEqual(admin.problems, []);
    } finally {
      await admin.context.close();
    }

    const { context, page, problems, audit } = await openPage(browser, { lang });
    try {
      await signIn(page, t, victim.username, PASSWORD);
      await page.getByRole('alert').getByText(serverSays(lang, /deactivated/i)).first().waitFor();
      assert.match(page.url(), /\/login$/);
      await audit('/login refused');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`The admin renames a business's profile and the profile's history shows who changed what (${lang})`, { skip }, async () => {
    const seller = await registerUser('businessman');
    const { access } = await api('/api/auth/login/', { method: 'POST', body: { username: seller.username, password: PASSWORD } });
    const company = `Granja ${seller.username}`;
    const profile = await api('/api/profiles/businessmen/', { method: 'POST', token: access, body: { display_name: company, company, region: 'BO-O' } });

    const admin = await openPage(browser, { lang });
    const { t } = admin;
    try {
      const { page, audit } = admin;
      await signIn(page, t, ADMIN_USERNAME, ADMIN_PASSWORD);
      await page.waitForURL('**/account');
      await page.goto(`${BASE_URL}/admin/profiles`);
      await page.getByRole('heading', { name: t('admin.profiles.label'), level: 1 }).waitFor();
      await page.getByRole('combobox', { name: t('fields.kind'), exact: true }).selectOption({ label: t('enums.profileKind.businessmen') });
      await page.waitForURL(/kind=businessmen/);
      await page.getByLabel(t('admin.list.searchLabel', { resource: t('admin.profiles.label') })).fill(company);
      await page.getByRole('button', { name: t('common.search'), exact: true }).click();
      await page.getByText(t('pagination.range', { first: 1, last: 1, count: 1 }), { exact: true }).waitFor();
      await audit('/admin/profiles');

      await page.getByRole('row', { name: new RegExp(company) }).getByRole('link', { name: company, exact: true }).click();
      await page.waitForURL(new RegExp(`/admin/profiles/businessmen(%3A|:)${profile.id}$`));
      const renamed = `${company} S.R.L.`;
      await page.getByRole('textbox', { name: new RegExp(`^${t('admin.profiles.labels.display_name')}`) }).fill(renamed);
      await audit('/admin/profiles/:key with a change');
      await page.getByRole('button', { name: t('admin.detail.saveChanges', { count: 1 }) }).click();
      await page.getByText(t('admin.detail.saved', { object: t('admin.profiles.singular') })).waitFor();
      assert.equal((await api(`/api/profiles/businessmen/${profile.id}/`)).display_name, renamed);

      // The entry travels as an event from the profiles service to the audit log: look again until it is there.
      await page.getByRole('link', { name: t('admin.detail.history') }).click();
      const entry = page.locator('tbody tr[data-action="update"]');
      const loaded = page.getByText(t('admin.history.none')).or(entry).first();
      for (let attempt = 0; attempt < 20; attempt++) {
        await loaded.waitFor();
        if (await entry.isVisible()) break;
        await page.waitForTimeout(250);
        await page.reload();
      }
      await entry.waitFor();
      await entry.locator('td[data-column="action"]').getByText(t('enums.auditAction.update'), { exact: true }).waitFor();
      await entry.getByText(ADMIN_USERNAME, { exact: true }).waitFor();
      await entry.getByText(renamed).waitFor();
      await audit('/admin/profiles/:key/history');
      assert.deepEqual(admin.problems, []);
    } finally {
      await admin.context.close();
    }
  });
}
