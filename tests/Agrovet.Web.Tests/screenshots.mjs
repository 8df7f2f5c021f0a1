// Screenshots of the main pages in Spanish and in English at desktop (1280×800) and phone (390×844) width into
// docs/screenshots/<page>-<language>-<size>.png, with real data from the running platform (seed.mjs adds the demo
// people, ads and orders first when they are missing).
//   AGROVET_URL=http://127.0.0.1:8080 AGROVET_ADMIN_PASSWORD=... node screenshots.mjs
// Every page must load without a JavaScript or console error and, on a phone, without sideways scrolling; the
// script says which did not and exits non-zero.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, ADMIN_USERNAME, BASE_URL, BROWSER_LOCALES, LANGUAGES, api, auditPage, launchBrowser, texts } from './support.mjs';
import { seedDemo } from './seed.mjs';

const OUT = process.env.AGROVET_SCREENSHOTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const SIZES = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }];

async function sessionFor(username, password) {
  const pair = await api('/api/auth/login/', { method: 'POST', body: { username, password } });
  return { access: pair.access, refresh: pair.refresh, expiresAt: Date.now() + pair.expires_in * 1000, user: pair.user };
}

const browser = await launchBrowser();
const failures = [];
try {
  const { sessions, profiles, ads, forum, chatRoom } = await seedDemo(browser);
  const seller = sessions.agro_supplies;
  const farmer = sessions.finca_sol;
  const vaccine = ads.find((ad) => ad.title.startsWith('Foot-and-mouth'));
  const vet = profiles.dra_mendez;
  const adminSession = ADMIN_PASSWORD ? await sessionFor(ADMIN_USERNAME, ADMIN_PASSWORD) : null;

  /** What each page shows when it is ready, in the language `t` speaks. */
  const pages = (t) => [
    { file: 'home', path: '/', wait: t('home.title') },
    { file: 'register', path: '/register', wait: t('register.heading') },
    { file: 'login', path: '/login', wait: t('account.signIn'), exact: true },
    { file: 'marketplace', path: '/marketplace', wait: t('nav.marketplace'), session: seller },
    { file: 'ad', path: `/marketplace/ads/${vaccine.id}`, wait: vaccine.title, session: farmer },
    { file: 'ad-new', path: '/marketplace/ads/new', wait: t('adForm.newTitle'), session: seller },
    { file: 'profiles', path: '/profiles?kind=specialists', wait: t('profiles.title') },
    { file: 'profile', path: `/profiles/specialists/${vet.id}`, wait: vet.display_name },
    { file: 'my-profile', path: '/profile', wait: t('accountMenu.profile'), session: seller },
    { file: 'orders', path: '/orders', wait: t('accountMenu.orders'), session: farmer },
    { file: 'account', path: '/account', wait: t('accountMenu.account'), session: seller },
    { file: 'forum', path: '/forum', wait: t('forum.home'), session: farmer },
    { file: 'forum-post', path: `/forum/p/${forum.post.id}`, wait: forum.post.title, session: farmer },
    { file: 'chat', path: `/chat/${chatRoom.id}`, ready: '#room-title', session: farmer },
    { file: 'analytics', path: '/analytics', wait: t('nav.analytics'), ready: '.analytics-map__image--full', session: farmer },
    { file: 'admin-users', path: '/admin/users', wait: t('admin.users.label'), session: adminSession, admin: true },
    { file: 'admin-user', path: `/admin/users/${seller.user.id}`, wait: seller.user.username, session: adminSession, admin: true },
    { file: 'admin-ads', path: '/admin/ads', wait: t('admin.ads.label'), session: adminSession, admin: true },
    { file: 'admin-profiles', path: '/admin/profiles?kind=businessmen', wait: t('admin.profiles.label'), session: adminSession, admin: true },
    { file: 'not-found', path: '/no-such-page', wait: t('notFound.heading') },
  ];

  mkdirSync(OUT, { recursive: true });
  for (const lang of LANGUAGES) {
    const t = texts(lang);
    for (const size of SIZES) {
      for (const shot of pages(t)) {
        if (shot.admin && !adminSession) {
          console.log(`skip ${shot.file}: set AGROVET_ADMIN_PASSWORD`);
          continue;
        }
        const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1, locale: BROWSER_LOCALES[lang] ?? lang });
        if (shot.session) {
          await context.addInitScript((value) => localStorage.setItem('agrovet.session', value), JSON.stringify(shot.session));
        }
        const page = await context.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        page.on('response', (response) => {
          if (response.status() >= 500) problems.push(`${response.status()} from ${response.url()}`);
        });
        await page.goto(shot.path);
        if (shot.wait) await page.getByRole('heading', { name: shot.wait, exact: shot.exact }).first().waitFor({ timeout: 15_000 });
        // Pages that show their content after the heading (a chat room, the analytics map's first render).
        if (shot.ready) await page.locator(shot.ready).first().waitFor({ timeout: 120_000 });
        await page.waitForLoadState('networkidle');
        // Lazy images below the fold are not in the picture; those above it have loaded once the network is idle.
        await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
        if (size.name === 'phone' && (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth))) {
          problems.push('wider than the phone screen (scrolls sideways)');
        }
        await auditPage(page, problems, shot.path);
        const file = join(OUT, `${shot.file}-${lang}-${size.name}.png`);
        await page.screenshot({ path: file });
        console.log(`${file}${problems.length ? `  ✗ ${problems.join('; ')}` : ''}`);
        if (problems.length) failures.push(`${shot.file}-${lang}-${size.name}: ${problems.join('; ')}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`✗ ${failures.length} page(s) had problems:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('✓ every page loaded with real data, without errors or serious accessibility problems, and fits a phone.');
}
