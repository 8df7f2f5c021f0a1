// Chat in two browsers, in Spanish and in English: a farmer contacts a seller from an ad, both see each other's messages
// live, and the unread badges and read markers follow.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, LANGUAGES, launchBrowser, openPage, PASSWORD, registerUser, signIn, test, uniqueName } from '../support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function signedIn(lang, username) {
  const opened = await openPage(browser, { lang });
  await signIn(opened.page, opened.t, username, PASSWORD);
  await opened.page.waitForURL('**/account');
  return opened;
}

for (const lang of LANGUAGES) {
  test(`A farmer contacts a seller from an ad and both talk live, with unread badges and read markers (${lang})`, async () => {
    const sellerName = uniqueName('sell');
    const farmerName = uniqueName('farm');
    await registerUser('businessman', sellerName);
    await registerUser('consumer', farmerName);
    const { access } = await api('/api/auth/login/', { method: 'POST', body: { username: sellerName, password: PASSWORD } });
    const ad = await api('/api/adds/', {
      method: 'POST',
      token: access,
      body: { title: `Terneros ${sellerName}`, description: 'Destetados, vacunados.', price: '850000', currency: 'COP', stock: 12, category: 'livestock/cattle', region: 'CO-MET' },
    });

    const farmer = await signedIn(lang, farmerName);
    const seller = await signedIn(lang, sellerName);
    try {
      // The farmer opens the ad and contacts the seller: the conversation opens with the ad's title.
      await farmer.page.goto(`/marketplace/ads/${ad.id}`);
      await farmer.page.getByRole('button', { name: farmer.t('chat.contactSeller') }).click();
      await farmer.page.waitForURL('**/chat/*');
      await farmer.page.getByRole('heading', { name: new RegExp(`Terneros ${sellerName}`) }).waitFor();
      await farmer.audit('/chat/room');

      const question = `¿Siguen disponibles? ${uniqueName('q')}`;
      await farmer.page.getByLabel(farmer.t('chat.write')).fill(question);
      await farmer.page.getByRole('button', { name: farmer.t('chat.send') }).click();
      await farmer.page.getByTestId('chat-message').filter({ hasText: question }).waitFor();

      // The seller sees the new-message badge in the header and the unread badge on the conversation.
      await seller.page.goto('/chat');
      await seller.page.getByTestId('chat-badge').waitFor();
      const room = seller.page.getByRole('link', { name: new RegExp(farmerName) });
      await room.getByTestId('unread-badge').waitFor();
      await seller.audit('/chat');

      // Opening it reads it: the badge goes, and the farmer sees the read marker appear live.
      await room.click();
      await seller.page.getByTestId('chat-message').filter({ hasText: question }).waitFor();
      await seller.page.getByTestId('chat-badge').waitFor({ state: 'detached' });
      await farmer.page.getByTestId('read-marker').filter({ hasText: sellerName }).waitFor();

      // The seller answers; the farmer sees it without reloading.
      const answer = `Sí, quedan 12. ${uniqueName('a')}`;
      await seller.page.getByLabel(seller.t('chat.write')).fill(answer);
      await seller.page.keyboard.press('Enter');
      await farmer.page.getByTestId('chat-message').filter({ hasText: answer }).waitFor();
      await seller.page.getByTestId('read-marker').filter({ hasText: farmerName }).waitFor();

      assert.deepEqual(farmer.problems, []);
      assert.deepEqual(seller.problems, []);
    } finally {
      await farmer.context.close();
      await seller.context.close();
    }
  });
}
