/**
 * A journalist's first five minutes, in headless Debian Chromium against the
 * local server (the same Lambda handler as in AWS), offline: the home page,
 * GraphiQL from its link, a query of their own typed into an example tab and
 * run once, then the figure's `source.url`: the report page opens at the
 * quote, highlighted. Also checks the home page's Dataset JSON-LD and the
 * report page's figure links. UPDATE_SCREENSHOTS=1 refreshes
 * docs/screenshots/home.png and report.png.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalServer } from '../../scripts/local-server';
import { startGraphiqlServer, type GraphiqlServer } from '../helpers/local-server';
import { hasChromium, launchChromium, resultPaneValue, shoot, typeQuery, type OfflineBrowser } from './chromium';

const REPORT = path.resolve('seed', 'reports', 'huozhou-2024', 'report.txt');

(hasChromium() ? describe : describe.skip)('the journalist, in a browser', () => {
  let graphiql: GraphiqlServer;
  let server: LocalServer;
  let browser: OfflineBrowser;
  let page: Page;
  let external: string[];
  let consoleErrors: string[];

  beforeAll(async () => {
    graphiql = await startGraphiqlServer('journalist-', { brotliQuality: 1 });
    ({ server } = graphiql);
    browser = await launchChromium();
    ({ page, external, consoleErrors } = await browser.newPage({ width: 1280, height: 860 }));
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await graphiql?.close();
  });

  it('home → GraphiQL → a new query run once → source.url shows the quote highlighted', async () => {
    await page.goto(server.url, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toContain('政府工作报告');
    expect(await page.locator('h1').innerText()).toContain('Government work reports');
    // The collection's reports, from the catalogue, each linking to its text.
    expect(await page.locator('#reports + p').innerText()).toMatch(/\d+ reports/);
    expect(await page.locator('a[href="reports/huozhou-2024"]').count()).toBeGreaterThan(0);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(ld['@type']).toBe('Dataset');
    expect(String(ld.url)).toBe(server.url);
    const distribution = ld.distribution as Array<{ contentUrl: string }>;
    expect(distribution.every((d) => d.contentUrl.startsWith(server.url))).toBe(true);
    await shoot(page, 'home.png');

    await page.locator('nav.top a', { hasText: 'GraphiQL' }).click();
    await page.waitForURL(/\/graphiql$/);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // The journalist opens an example tab and types a query of their own over it.
    await page.locator('.graphiql-tab-button[data-label^="记者"]').first().click();
    await typeQuery(page, 'query FixedAssets { figures(filter: { text: "固定資產投資", year: 2023 }, first: 1) { nodes { display source { quote url context } } } }');
    await page.locator('.graphiql-execute-button').click();
    const handle = await page.waitForFunction(resultPaneValue, null, { timeout: 30_000 });
    const answer = JSON.parse((await handle.jsonValue()) as string) as {
      data?: { figures: { nodes: Array<{ display: string; source: { quote: string; url: string; context: string } }> } };
      errors?: unknown;
    };
    expect(answer.errors).toBeUndefined();
    const figure = answer.data!.figures.nodes[0]!;
    expect(figure.source.url).toMatch(new RegExp(`^${server.url}reports/huozhou-2024#s\\d+-\\d+$`));
    expect(figure.source.context).toContain(figure.source.quote);

    await page.goto(figure.source.url, { waitUntil: 'load' });
    const mark = page.locator('mark.hl');
    await mark.first().waitFor({ timeout: 10_000 });
    expect(await mark.first().isVisible()).toBe(true);
    // The highlighted text is exactly the quote, and it is in the viewport.
    expect((await mark.allInnerTexts()).join('')).toBe(figure.source.quote);
    const box = await mark.first().boundingBox();
    expect(box && box.y >= 0 && box.y < 860).toBe(true);
    const [, start, end] = /#s(\d+)-(\d+)$/.exec(figure.source.url)!;
    const text = [...(await readFile(REPORT, 'utf8'))];
    expect(text.slice(Number(start), Number(end)).join('')).toBe(figure.source.quote);
    await shoot(page, 'report.png');
  }, 180_000);

  it('the report page: every figure links to its data, repairs show damaged → repaired, headings are anchors', async () => {
    await page.goto(`${server.url}reports/huozhou-2024`, { waitUntil: 'load' });
    const figures = page.locator('a.fig[id]');
    // One anchor per figure the API lists for the report.
    const count = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ figures(reportId: "huozhou-2024") { totalCount } }' }),
    });
    const total = ((await count.json()) as { data: { figures: { totalCount: number } } }).data.figures.totalCount;
    expect(total).toBeGreaterThan(100);
    expect(await figures.count()).toBe(total);
    const href = await page.locator('a.fig#f00368').getAttribute('href');
    const res = await fetch(new URL(href!, `${server.url}reports/huozhou-2024`));
    const json = (await res.json()) as { data: { figure: { display: string; value: string } } };
    expect(json.data.figure).toMatchObject({ value: '114.7', display: '114.7亿元 (11.47 billion yuan)' });
    expect(await page.locator('.repair del').count()).toBeGreaterThanOrEqual(11);
    expect(await page.locator('.repair ins').count()).toBe(11);
    expect(await page.locator('h2#s1 a[href="#s1"]').count()).toBe(1);
    // The page shows the whole source, in order: the text of every run, joined, is report.txt.
    const runs = await page.$$eval('[data-s]', (els) => els.map((e) => [Number(e.getAttribute('data-s')), e.textContent ?? ''] as const));
    const source = await readFile(REPORT, 'utf8');
    expect(runs.map(([, t]) => t).join('').replace(/\s/g, '')).toBe(source.replace(/\s/g, ''));
    const cps = [...source];
    for (const [s, t] of runs) expect(cps.slice(s, s + [...t].length).join('')).toBe(t);
  }, 60_000);

  it('left this machine never and logged no console error', () => {
    expect(external).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
