/**
 * Headless Debian Chromium for the browser tests, offline: one launch (the
 * system browser, the same flags for every test), pages whose requests that
 * would leave this machine are blocked and recorded, and the GraphiQL and
 * screenshot steps the tests share. Playwright's own browser download needs an
 * internet this machine does not have, hence Debian's chromium.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const isLocal = (url: string): boolean => LOCAL_HOSTS.has(new URL(url).hostname);

/** Offline and quiet: no GPU, no QUIC, no first-run, update or sync traffic. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Installs Debian's chromium and fonts-noto-cjk when either is missing (CI's .ci/run installs them too). */
export const ensureChromium = (): void => {
  if (hasChromium() && existsSync(CJK_FONT)) return;
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk', {
    stdio: 'inherit',
    timeout: 900_000,
  });
};

export interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** Every request (and WebSocket) the page attempted outside this machine; each was aborted. */
  external: string[];
  /** Console errors and uncaught exceptions (`uncaught: …`) of the page. */
  consoleErrors: string[];
}

export interface OfflineBrowser {
  browser: Browser;
  /** A page in a new context of this size, offline (see OfflinePage). */
  newPage(viewport: { width: number; height: number }): Promise<OfflinePage>;
  close(): Promise<void>;
}

export const launchChromium = async (): Promise<OfflineBrowser> => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    browser,
    newPage: async (viewport) => {
      const external: string[] = [];
      const consoleErrors: string[] = [];
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        external.push(new URL(url).href);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('websocket', (ws) => {
        if (!isLocal(ws.url())) external.push(ws.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      return { page, context, external, consoleErrors };
    },
    close: () => browser.close(),
  };
};

/**
 * Runs in the page: the whole text of GraphiQL's result pane, from its CodeMirror 5
 * editor. Self-contained (Playwright sends its source), and a function rather than a
 * string because the page's CSP forbids eval. Typed by hand: the project has no DOM lib.
 */
export const resultPaneValue = (): string => {
  const page = globalThis as unknown as {
    document: { querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null };
  };
  return page.document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
};

/** Replaces the whole document in GraphiQL's query editor with `query`, as a reader types it. */
export const typeQuery = async (page: Page, query: string): Promise<void> => {
  await page.locator('.graphiql-query-editor .CodeMirror').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
};

/** Writes dist/screenshots/<name>; with UPDATE_SCREENSHOTS=1 also the README's docs/screenshots/<name>. */
export const shoot = async (page: Page, name: string): Promise<void> => {
  const dir = path.resolve('dist', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(path.resolve('docs', 'screenshots'), { recursive: true });
    await copyFile(path.join(dir, name), path.resolve('docs', 'screenshots', name));
  }
};
