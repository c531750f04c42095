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
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LocalServer } from '../../scripts/local-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_QUERY, buildGraphiql, type GraphiqlTab } from '../../scripts/build-graphiql';

const CHROMIUM = '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const REPORT = path.resolve('seed', 'reports', 'huozhou-2024', 'report.txt');

interface GlossaryTermSix {
  glossaryTerm: {
    number: number;
    term: { zhHant: string };
    definition: { zhHant: string };
    references: Array<{ start: number; end: number; quote: string }>;
  } | null;
}

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
    // Build the page as `npm run build:graphiql` does (with this checkout's docs/queries.md) and point the server at it.
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

  it('runs the example query and shows 三無三可 with its definition, without leaving this machine', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });

    // The page opens on the GlossaryTermSix tab, and every example of docs/queries.md has its own tab.
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs.length);
    expect(await page.locator('.graphiql-tab-active').innerText()).toContain('GlossaryTermSix');
    const editorText = await page.locator('.graphiql-query-editor').innerText();
    expect(editorText).toContain('glossaryTerm(number: 6)');

    await page.locator('.graphiql-execute-button').click();
    const resultPane = page.locator('.result-window');
    await resultPane.filter({ hasText: '三無三可' }).waitFor({ timeout: 30_000 });

    // What the pane shows is the API's own answer to the same query...
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: DEFAULT_QUERY, operationName: 'GlossaryTermSix' }),
    });
    const answer = (await response.json()) as { data?: GlossaryTermSix };
    const term = answer.data?.glossaryTerm;
    expect(term?.term.zhHant).toBe('三無三可');
    const definition = term?.definition.zhHant ?? '';
    expect(definition.length).toBeGreaterThan(10);
    const shown = await resultPane.innerText();
    expect(shown).toContain('"zhHant": "三無三可"');
    expect(shown).toContain(definition);
    const paneValue = await page.evaluate(resultPaneValue);
    expect(JSON.parse(paneValue)).toEqual(answer);

    // ...and that answer is the report's own text: the note's definition and the body's [6] citation.
    const report = await readFile(REPORT, 'utf8');
    expect(report).toContain(`[6]三無三可:${definition}`);
    for (const ref of term?.references ?? []) expect(report.slice(ref.start, ref.end)).toBe(ref.quote);
    expect(term?.references.length).toBeGreaterThan(0);

    const shotDir = path.resolve('dist', 'screenshots');
    await mkdir(shotDir, { recursive: true });
    const shot = path.join(shotDir, 'graphiql.png');
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
      await copyFile(shot, path.resolve('docs', 'screenshots', 'graphiql.png'));
    }
  }, 120_000);

  it('opens a tab per example of docs/queries.md, and each shows what the API answers for it', async () => {
    const tabButtons = page.locator('.graphiql-tab .graphiql-tab-button');
    expect(await tabButtons.count()).toBe(tabs.length);
    for (let index = 1; index < tabs.length; index++) {
      const example = tabs[index];
      if (!example) throw new Error(`no tab ${index}`);
      const title = example.query.split('\n')[0] ?? '';
      await tabButtons.nth(index).click();
      await page.locator('.graphiql-tab').nth(index).and(page.locator('.graphiql-tab-active')).waitFor();
      // The tab shows the example's text (its first line is the example's title comment).
      expect(await page.locator('.graphiql-query-editor').innerText()).toContain(title);

      let shown: unknown;
      for (let attempt = 0; attempt < 3; attempt++) {
        // GraphiQL 4 updates the selected operation name a moment after a tab switch; a run
        // within those milliseconds sends the previous tab's name. A reader never clicks that fast.
        await page.waitForTimeout(300);
        await page.locator('.graphiql-execute-button').click();
        // A new tab's pane is empty until its answer arrives (an empty string is falsy: keep polling).
        const handle = await page.waitForFunction(resultPaneValue, null, { timeout: 30_000 });
        shown = JSON.parse((await handle.jsonValue()) as string);
        if (!JSON.stringify(shown).includes('Unknown operation named')) break;
      }

      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: example.query,
          ...(example.variables ? { variables: JSON.parse(example.variables) as unknown } : {}),
        }),
      });
      const expected = (await response.json()) as unknown;
      expect({ title, answer: shown }).toEqual({ title, answer: expected });
    }
  }, 600_000);

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
