// The forum's story, against the real platform, in Spanish and in English: a farmer asks in a community, a specialist
// answers, others vote, the answer rises under "best", and the community's moderator locks the thread.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, LANGUAGES, launchBrowser, openArea, openPage, PASSWORD, registerUser, signIn, test, uniqueName } from '../support.mjs';

const PHONE = { width: 390, height: 844 };

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function tokenOf(username) {
  return (await api('/api/auth/login/', { method: 'POST', body: { username, password: PASSWORD } })).access;
}

for (const lang of LANGUAGES) {
  test(`A farmer asks, a specialist answers, votes lift the answer under best, a moderator locks the thread (${lang})`, async () => {
    const moderator = await registerUser('specialist');
    const farmer = await registerUser('consumer');
    const specialist = await registerUser('specialist');
    const early = await registerUser('consumer');
    const voters = await Promise.all([0, 1, 2].map(() => registerUser('consumer')));
    const community = await api('/api/foro/communities/', {
      method: 'POST', token: await tokenOf(moderator.username), body: { name: uniqueName('Terneros '), description: 'Cría y sanidad' },
    });
    const title = uniqueName(lang === 'es' ? 'Diarrea en terneros ' : 'Scouring calves ');

    // The farmer asks on a phone.
    const asker = await openPage(browser, { lang, ...PHONE });
    try {
      await signIn(asker.page, asker.t, farmer.username, PASSWORD);
      await asker.page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await openArea(asker.page, asker.t, 'nav.forum');
      await asker.page.goto(`/forum/new?community=${community.slug}`);
      await asker.page.getByLabel(asker.t('forum.title')).fill(title);
      await asker.page.getByRole('textbox', { name: asker.t('forum.body') }).fill('Mis terneros tienen **diarrea** desde ayer. ¿Qué hago?');
      await asker.page.getByRole('button', { name: asker.t('forum.publish') }).click();
      await asker.page.waitForURL('**/forum/p/*');
      await asker.page.getByRole('heading', { name: title }).waitFor();
      await asker.audit();
      assert.deepEqual(asker.problems, []);
    } finally {
      await asker.context.close();
    }
    const postId = Number((await api(`/api/foro/posts/?community=${community.slug}&sort=new`)).results[0].id);

    // An early, weaker answer, then the specialist's on a desktop.
    const earlyComment = await api(`/api/foro/posts/${postId}/comments/`, {
      method: 'POST', token: await tokenOf(early.username), body: { body: 'Dale agua.' },
    });
    const answerer = await openPage(browser, { lang });
    let answerId;
    try {
      await signIn(answerer.page, answerer.t, specialist.username, PASSWORD);
      await answerer.page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await answerer.page.goto(`/forum/p/${postId}`);
      await answerer.page.getByLabel(answerer.t('forum.yourAnswer')).fill('Sales de rehidratación oral cada 6 horas y consulte a su veterinario.');
      await answerer.page.getByRole('button', { name: answerer.t('forum.send') }).click();
      // In the thread, not the textarea: React writes a controlled textarea's value into its text, so the words are
      // on the page before the answer is stored.
      await answerer.page.locator('.comment', { hasText: 'Sales de rehidratación oral' }).waitFor();
      const thread = await api(`/api/foro/posts/${postId}/comments/?sort=new`);
      answerId = thread.comments[0].id;
      // Others vote: the answer gets three up, the early one one down.
      for (const voter of voters) {
        await api(`/api/foro/comments/${answerId}/react/`, { method: 'POST', token: await tokenOf(voter.username), body: { value: 1 } });
      }
      await api(`/api/foro/comments/${earlyComment.id}/react/`, { method: 'POST', token: await tokenOf(voters[0].username), body: { value: -1 } });
      await answerer.page.reload();
      const first = answerer.page.locator('.comment').first();
      assert.equal(Number(await first.getAttribute('data-comment-id')), answerId, 'the voted answer leads under best');
      await answerer.page.getByTestId(`score-comments-${answerId}`).filter({ hasText: '3' }).waitFor();
      await answerer.audit();
      assert.deepEqual(answerer.problems, []);
    } finally {
      await answerer.context.close();
    }

    // The moderator locks the thread; the farmer can no longer answer.
    const mod = await openPage(browser, { lang });
    try {
      await signIn(mod.page, mod.t, moderator.username, PASSWORD);
      await mod.page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await mod.page.goto(`/forum/p/${postId}`);
      await mod.page.getByRole('button', { name: mod.t('forum.lock') }).click();
      await mod.page.getByText(mod.t('forum.lockedNotice')).waitFor();
      await mod.audit();
      assert.deepEqual(mod.problems, []);
    } finally {
      await mod.context.close();
    }
    await assert.rejects(api(`/api/foro/posts/${postId}/comments/`, {
      method: 'POST', token: await tokenOf(farmer.username), body: { body: '¿Y ahora?' },
    }), /409/);
  });
}
