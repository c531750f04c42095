/**
 * A newcomer's first five minutes: a clean clone of the committed tree runs
 * exactly the README's two commands (`npm install`, `npm start`) and every
 * page answers, GraphiQL's assets included (they are built at start when
 * missing, since only `npm test` builds them otherwise).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, killGroup } from '../helpers/processes';

const repoRoot = path.resolve(__dirname, '../..');

const readmeCommands = (): string[] => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const block = /## Run it\s+```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no "Run it" sh block');
  return block[1]!.split('\n').map((l) => l.trim()).filter(Boolean);
};

let dir: string;
let server: ChildProcess | undefined;
let port: number;

afterAll(() => {
  killGroup(server, 'SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('fresh clone', () => {
  it('the README says exactly `npm install` then `npm start`', () => {
    expect(readmeCommands()).toEqual(['npm install', 'npm start']);
  });

  it('npm install && npm start on a clean clone serves GraphiQL and the API', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'fresh-clone-'));
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, dir]);
    // The clone holds what is committed: nothing built, nothing installed.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'ignore' });
    port = await freePort();
    server = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: String(port) }, detached: true, stdio: 'ignore' });

    const base = `http://localhost:${port}`;
    const deadline = Date.now() + 90_000;
    let home: Response | undefined;
    while (Date.now() < deadline) {
      try {
        home = await fetch(`${base}/`);
        if (home.status !== 502) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(home?.status).toBe(200);
    expect(home?.headers.get('content-type')).toMatch(/text\/html/);
    const html = await home!.text();

    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    // Every asset the page links to is served.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await fetch(new URL(asset, `${base}/`));
      expect(res.status).toBe(200);
    }

    const gql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ glossaryTerm(number: 6) { term { zhHant } } }' }),
    });
    expect(gql.status).toBe(200);
    expect(((await gql.json()) as { data: unknown }).data).toEqual({ glossaryTerm: { term: { zhHant: '三無三可' } } });
  }, 300_000);
});
