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
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LocalServer } from '../../scripts/local-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildGraphiql, type GraphiqlTab } from '../../scripts/build-graphiql';

const CHROMIUM = '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Runs in the page: the whole text of GraphiQL's result pane, from its CodeMirror 5
 * editor. Self-contained (Playwright sends its source), and a function rather than a
 * string because the page's CSP forbids eval. Typed by hand: the project has no DOM lib.
 */
const resultPaneValue = (): string => {
  const page = globalThis as unknown as {
    document: { querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null };
  };
  return page.document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
};

const ensureChromium = (): void => {
  if (existsSync(CHROMIUM) && existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) return;
  // Debian's own packages: playwright's browser download needs an internet this machine does not have.
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk', {
    stdio: 'inherit',
    timeout: 900_000,
  });
};

describe('GraphiQL in a browser, offline', () => {
  let scratch: string;
  let server: LocalServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let tabs: GraphiqlTab[];
  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  const assetEncodings = new Map<string, string | undefined>();

  beforeAll(async () => {
    ensureChromium();
    // Build the page as `npm run build:graphiql` does (with the tabs of lambda/graphiql/tabs) and point the server at it.
    scratch = await mkdtemp(path.join(os.tmpdir(), 'graphiql-browser-'));
    const assetsDir = path.join(scratch, 'graphiql');
    ({ tabs } = await buildGraphiql(assetsDir));
    process.env.GRAPHIQL_ASSETS_DIR = assetsDir;
    // Imported only now, so the runtime config reads the assets folder set above.
    const { startLocalServer } = await import('../../scripts/local-server');
    server = await startLocalServer({ port: 0, quiet: true });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
      externalRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('websocket', (ws) => {
      if (!LOCAL_HOSTS.has(new URL(ws.url()).hostname)) externalRequests.push(ws.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/graphiql/')) assetEncodings.set(url.pathname, response.headers()['content-encoding']);
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    delete process.env.GRAPHIQL_ASSETS_DIR;
    if (scratch) await rm(scratch, { recursive: true, force: true });
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

    const shotDir = path.resolve('dist', 'screenshots');
    await mkdir(shotDir, { recursive: true });
    const shot = path.join(shotDir, 'graphiql.png');
    await tabButtons.nth(0).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').filter({ hasText: 'reportId' }).waitFor();
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
      await copyFile(shot, path.resolve('docs', 'screenshots', 'graphiql.png'));
    }
  }, 600_000);

  it('a new query typed over an example tab runs on its first press (no stale operation name)', async () => {
    const glossaryTab = tabs.findIndex((t) => t.operationName === 'GlossaryTermSix');
    expect(glossaryTab).toBeGreaterThanOrEqual(0);
    await page.locator('.graphiql-tab .graphiql-tab-button').nth(glossaryTab).click();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').filter({ hasText: '三無三可' }).waitFor({ timeout: 30_000 });
    // Replace the whole document with the reader's own, unnamed query, and press run once.
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('{ glossaryTerm(number: 7) { term { zhHant } } }');
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
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('query MyOwn { reports(filter: { province: "山西", level: COUNTY }) { nodes { reportId } } }');
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
