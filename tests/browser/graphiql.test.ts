/**
 * A reader opens GraphiQL in a real (headless Debian) Chromium, offline:
 * every request that leaves this machine is blocked and recorded, and the test
 * fails if the page attempted any. The page is served by the local server,
 * i.e. through the same Lambda handler that runs in AWS.
 *
 * Needs /usr/bin/chromium and fonts-noto-cjk (installed here if missing;
 * CI's .ci/run installs them too). UPDATE_SCREENSHOTS=1 refreshes the README
 * picture docs/screenshots/graphiql.png; every run writes dist/screenshots/graphiql.png.
 */
import type { Page } from 'playwright-core';
import type { LocalServer } from '../../scripts/local-server';
import type { GraphiqlTab } from '../../scripts/build-graphiql';
import { startGraphiqlServer, type GraphiqlServer } from '../helpers/local-server';
import { ensureChromium, launchChromium, resultPaneValue, shoot, typeQuery, type OfflineBrowser } from './chromium';

describe('GraphiQL in a browser, offline', () => {
  let graphiql: GraphiqlServer;
  let server: LocalServer;
  let browser: OfflineBrowser;
  let page: Page;
  let tabs: GraphiqlTab[];
  let externalRequests: string[];
  let consoleErrors: string[];
  const assetEncodings = new Map<string, string | undefined>();

  beforeAll(async () => {
    ensureChromium();
    // Build the page as `npm run build:graphiql` does (with the tabs of lambda/graphiql/tabs) and point the server at it.
    graphiql = await startGraphiqlServer('graphiql-browser-');
    ({ server, tabs } = graphiql);

    browser = await launchChromium();
    ({ page, external: externalRequests, consoleErrors } = await browser.newPage({ width: 1440, height: 900 }));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/graphiql/')) assetEncodings.set(url.pathname, response.headers()['content-encoding']);
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await graphiql?.close();
  });

  it('opens on the welcome tab, every tab labelled in Chinese and English, and shows the schema description', async () => {
    await page.goto(`${server.url}graphiql`, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    const buttons = page.locator('.graphiql-tab .graphiql-tab-button');
    expect(await buttons.count()).toBe(tabs.length);
    // The label drawn for each tab (data-label) is the tab's, and every tab is visible without scrolling.
    await page.locator('.graphiql-tab-button[data-label]').nth(tabs.length - 1).waitFor();
    expect(await page.locator('.graphiql-tab-button[data-label]').count()).toBe(tabs.length);
    for (let i = 0; i < tabs.length; i++) {
      expect(await buttons.nth(i).getAttribute('data-label')).toBe(tabs[i]!.label);
      expect(await buttons.nth(i).isVisible()).toBe(true);
      const box = await buttons.nth(i).boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
    }
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('欢迎 Welcome');

    // The Docs pane opens on the schema's own description.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').filter({ hasText: 'as typed, citable data' }).waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-sidebar button[aria-label="Hide Documentation Explorer"]').click();
  }, 120_000);

  it('runs every tab on the first press, and each shows what the API answers for it', async () => {
    const tabButtons = page.locator('.graphiql-tab .graphiql-tab-button');
    for (let index = 0; index < tabs.length; index++) {
      const tab = tabs[index]!;
      await tabButtons.nth(index).click();
      await page.locator('.graphiql-tab').nth(index).and(page.locator('.graphiql-tab-active')).waitFor();
      expect(await page.locator('.graphiql-query-editor').innerText()).toContain(tab.query.split('\n')[0]!);
      // One press, no waiting for GraphiQL to settle: the page sends a name the document defines.
      await page.locator('.graphiql-execute-button').click();
      const handle = await page.waitForFunction(resultPaneValue, null, { timeout: 30_000 });
      const shown = JSON.parse((await handle.jsonValue()) as string) as unknown;

      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: tab.query, ...(tab.variables ? { variables: JSON.parse(tab.variables) as unknown } : {}) }),
      });
      const expected = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(expected.errors).toBeUndefined();
      expect({ tab: tab.label, answer: shown }).toEqual({ tab: tab.label, answer: expected });
    }

    await tabButtons.nth(0).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').filter({ hasText: 'reportId' }).waitFor();
    await shoot(page, 'graphiql.png');
  }, 600_000);

  it('a new query typed over an example tab runs on its first press (no stale operation name)', async () => {
    const glossaryTab = tabs.findIndex((t) => t.operationName === 'GlossaryTermSix');
    expect(glossaryTab).toBeGreaterThanOrEqual(0);
    await page.locator('.graphiql-tab .graphiql-tab-button').nth(glossaryTab).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').filter({ hasText: '三無三可' }).waitFor({ timeout: 30_000 });
    // Replace the whole document with the reader's own, unnamed query, and press run once.
    await typeQuery(page, '{ glossaryTerm(number: 7) { term { zhHant } } }');
    await page.locator('.graphiql-execute-button').click();
    const handle = await page.waitForFunction(
      () => {
        const v = (globalThis as unknown as { document: { querySelector(s: string): { CodeMirror?: { getValue(): string } } | null } })
          .document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
        return v.includes('"glossaryTerm"') || v.includes('"errors"') ? v : '';
      },
      null,
      { timeout: 30_000 },
    );
    const shown = JSON.parse((await handle.jsonValue()) as string) as { data?: { glossaryTerm: { term: { zhHant: string } } }; errors?: unknown };
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.glossaryTerm.term.zhHant.length).toBeGreaterThan(0);
    // A renamed operation shows its own name, not the example's label.
    await typeQuery(page, 'query MyOwn { reports(filter: { province: "山西", level: COUNTY }) { nodes { reportId } } }');
    const active = page.locator('.graphiql-tab-active .graphiql-tab-button');
    await active.filter({ hasText: 'MyOwn' }).waitFor();
    expect(await active.getAttribute('data-label')).toBeNull();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').filter({ hasText: 'huozhou-2024' }).waitFor({ timeout: 30_000 });
  }, 120_000);

  it('received its scripts and styles pre-compressed from the app itself', () => {
    expect([...assetEncodings.keys()].sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.js$/), expect.stringMatching(/\.css$/)]),
    );
    for (const encoding of assetEncodings.values()) expect(encoding).toBe('br');
  });

  it('attempted no request outside this machine and logged no console error', () => {
    expect(assetEncodings.size).toBeGreaterThan(0); // the page did load
    expect(externalRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
