// Screenshots of the main pages at desktop (1280×800) and phone (390×844) width into docs/screenshots/.
//   AGROVET_URL=http://127.0.0.1:8080 AGROVET_ADMIN_PASSWORD=... node screenshots.mjs
// Services that are not running yet (the gateway answers 502/503) are stood in for by fixtures.mjs, in the
// shape of shared/API.md; pages of running services show real data.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_PASSWORD, ADMIN_USERNAME, BASE_URL, api, launchBrowser, PASSWORD, registerUser, uniqueName } from './support.mjs';
import { fixtureFor } from './fixtures.mjs';

const OUT = process.env.AGROVET_SCREENSHOTS_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const SIZES = [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }];

async function sessionFor(username, password) {
  const pair = await api('/api/auth/login/', { method: 'POST', body: { username, password } });
  return { access: pair.access, refresh: pair.refresh, expiresAt: Date.now() + pair.expires_in * 1000, user: pair.user };
}

const seller = await registerUser('businessman', uniqueName('agro_supplies_'));
const sellerSession = await sessionFor(seller.username, PASSWORD);
const adminSession = ADMIN_PASSWORD ? await sessionFor(ADMIN_USERNAME, ADMIN_PASSWORD) : null;

const PAGES = [
  { file: 'home', path: '/', wait: 'Everything your farm needs' },
  { file: 'register', path: '/register', wait: 'Create your account' },
  { file: 'login', path: '/login', wait: 'Sign in', exact: true },
  { file: 'marketplace', path: '/marketplace', wait: 'Marketplace', session: sellerSession },
  { file: 'ad', path: '/marketplace/ads/102', wait: 'Foot-and-mouth', session: adminSession ? null : sellerSession },
  { file: 'ad-new', path: '/marketplace/ads/new', wait: 'Post an ad', session: sellerSession },
  { file: 'profiles', path: '/profiles?kind=specialists', wait: 'People' },
  { file: 'my-profile', path: '/profile', wait: /profile/i, session: sellerSession },
  { file: 'orders', path: '/orders', wait: 'My orders', session: sellerSession },
  { file: 'account', path: '/account', wait: 'My account', session: sellerSession },
  { file: 'admin-users', path: '/admin/users', wait: 'Users', session: adminSession, admin: true },
  { file: 'admin-user', path: `/admin/users/${seller.id}`, wait: seller.username, session: adminSession, admin: true },
  { file: 'not-found', path: '/no-such-page', wait: 'We could not find that page' },
];

mkdirSync(OUT, { recursive: true });
const browser = await launchBrowser();
let stoodIn = 0;
try {
  for (const size of SIZES) {
    for (const shot of PAGES) {
      if (shot.admin && !adminSession) {
        console.log(`skip ${shot.file}: set AGROVET_ADMIN_PASSWORD`);
        continue;
      }
      const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width: size.width, height: size.height }, deviceScaleFactor: 1 });
      if (shot.session) {
        await context.addInitScript((value) => localStorage.setItem('agrovet.session', value), JSON.stringify(shot.session));
      }
      await context.route(/\/api\/(adds|orders|profiles|media)(\/|\?|$)/, async (route) => {
        const request = route.request();
        const real = await route.fetch().catch(() => null);
        if (real && real.status() !== 502 && real.status() !== 503) return route.fulfill({ response: real });
        const fixture = fixtureFor(request.method(), request.url(), shot.session?.user);
        if (!fixture) return route.fulfill({ response: real });
        stoodIn += 1;
        return route.fulfill(fixture);
      });
      const page = await context.newPage();
      await page.goto(shot.path);
      await page.getByRole('heading', { name: shot.wait }).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      const file = join(OUT, `${shot.file}-${size.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(stoodIn ? `${stoodIn} answers came from fixtures (services not running).` : 'Every answer came from the platform.');
