/** `npm start`'s server: real HTTP, GraphiQL and the API on one port, and a store that persists on request. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalServer } from '../../scripts/local-server';

describe('local server', () => {
  it('serves GraphiQL at / and the API at /graphql on the same port', async () => {
    const local = await startLocalServer({ port: 0, quiet: true, tableName: 'local-server' });
    try {
      expect(local.graphqlUrl).toBe(local.url.replace(/\/$/, '/graphql'));
      const page = await fetch(local.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('graphiql');
      const res = await fetch(local.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ glossaryTerm(number: 6) { term { zhHant } } }' }),
      });
      expect(((await res.json()) as { data: unknown }).data).toEqual({ glossaryTerm: { term: { zhHant: '三無三可' } } });
    } finally {
      await local.close();
    }
  });

  it('--persist keeps the store between runs: the second start reuses the table and reseeds idempotently', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'huozhou-persist-'));
    try {
      const first = await startLocalServer({ port: 0, quiet: true, persistDir: dir });
      expect(first.tableCreated).toBe(true);
      const firstVersion = first.datasetVersion;
      await first.close();
      const second = await startLocalServer({ port: 0, quiet: true, persistDir: dir });
      try {
        expect(second.tableCreated).toBe(false);
        const res = await fetch(second.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ report { datasetVersion } }' }),
        });
        // The same collection version: the second start found every report already current.
        expect(second.datasetVersion).toBe(firstVersion);
        expect(((await res.json()) as { data: unknown }).data).toEqual({ report: { datasetVersion: expect.stringMatching(/^[0-9a-f]{16}$/) } });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
