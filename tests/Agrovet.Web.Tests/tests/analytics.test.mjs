import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, launchBrowser, openArea, openPage, PASSWORD, registerUser, signIn, test } from '../support.mjs';

let browser;
let farmer;
before(async () => {
  browser = await launchBrowser();
  farmer = await registerUser('consumer');
});
after(async () => { await browser?.close(); });

/** The id of the full render shown, once one newer than `than` is there (each view the page asks for has a new id). */
async function nextFullRender(page, than = 0) {
  const status = page.getByTestId('analytics-status');
  await page.waitForFunction(
    ([element, previous]) => element.dataset.stage === 'full' && Number(element.dataset.render) > previous,
    [await status.elementHandle(), than],
    { timeout: 60_000 },
  );
  return Number(await status.getAttribute('data-render'));
}

/** The x range (Web Mercator metres) of the full image on the map, from where the page placed it. */
async function fullImageBox(page) {
  return page.locator('.analytics-map__image--full').last().boundingBox();
}

for (const lang of LANGUAGES) {
  test(`A signed-in farmer explores a dataset on the map: pans, zooms, hovers and changes the aggregation (${lang})`, async () => {
    const { context, page, problems, t, audit } = await openPage(browser, { lang });
    try {
      await signIn(page, t, farmer.username, PASSWORD);
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      // The entry is there because the platform lists compute at /api/platform/services.
      await openArea(page, t, 'nav.analytics');
      await page.waitForURL('**/analytics');
      const map = page.getByRole('application', { name: t('analytics.map.label') });
      // On a first start the sample datasets are generated in the background: the page says so and asks again.
      await map.waitFor({ timeout: 120_000 });
      let shown = await nextFullRender(page);
      await page.locator('.analytics-map__image--full').first().waitFor();
      await page.getByRole('figure', { name: t('analytics.legend.title') }).waitFor();
      await audit('/analytics');

      // Dragging the map pans: a new full render arrives for the new view.
      const box = await map.boundingBox();
      const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const before = await fullImageBox(page);
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      await page.mouse.move(centre.x + 120, centre.y + 40, { steps: 8 });
      await page.mouse.up();
      // Renders asked for during the drag may land first; the one for where the drag ended covers the map again.
      const status = page.getByTestId('analytics-status');
      await page.waitForFunction(
        ([element, previous, x, width]) => {
          const images = document.querySelectorAll('.analytics-map__image--full');
          const image = images[images.length - 1]?.getBoundingClientRect();
          return element.dataset.stage === 'full' && Number(element.dataset.render) > previous
            && image !== undefined && Math.abs(image.x - x) < 2 && Math.abs(image.width - width) < 2;
        },
        [await status.elementHandle(), shown, before.x, before.width],
        { timeout: 60_000 },
      );
      shown = Number(await status.getAttribute('data-render'));

      // The wheel zooms in about the pointer, the keyboard too.
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.wheel(0, -400);
      shown = await nextFullRender(page, shown);
      await map.focus();
      await page.keyboard.press('+');
      shown = await nextFullRender(page, shown);
      await page.keyboard.press('ArrowLeft');
      shown = await nextFullRender(page, shown);

      // Hovering shows the values under the pointer.
      for (let attempt = 0; attempt < 12; attempt++) {
        await page.mouse.move(centre.x + attempt * 7, centre.y + attempt * 5, { steps: 2 });
        if (await page.getByTestId('analytics-hover').isVisible().catch(() => false)) break;
        await page.waitForTimeout(250);
      }
      await page.getByTestId('analytics-hover').waitFor();

      // Another aggregation: a new render whose legend follows it.
      await page.getByLabel(t('analytics.aggregation')).selectOption('count_cat');
      shown = await nextFullRender(page, shown);
      await page.locator('.analytics-legend__categories li').first().waitFor();
      await page.getByLabel(t('analytics.aggregation')).selectOption('mean');
      shown = await nextFullRender(page, shown);
      await page.locator('.analytics-legend__ramp').waitFor();
      await audit('/analytics after changes');

      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
