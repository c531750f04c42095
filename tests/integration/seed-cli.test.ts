/** `npm run seed -- --endpoint URL --table NAME`: the command users run, against a real DynamoDB API. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDocumentClient } from '../../lambda/data/client';
import { Store } from '../../lambda/data/store';
import { startEmbeddedDynamo, type EmbeddedDynamo } from '../../seed/embedded-dynamo';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
let dynamo: EmbeddedDynamo;

beforeAll(async () => {
  dynamo = await startEmbeddedDynamo();
});
afterAll(() => dynamo.close());

const seed = (...args: string[]) =>
  run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'seed/cli/seed.ts', ...args], { cwd: root, env: { ...process.env, AWS_REGION: 'local' } });

describe('npm run seed', () => {
  it('creates the table on request, loads the report with progress output, and is idempotent', async () => {
    const first = await seed('--endpoint', dynamo.endpoint, '--table', 'cli-table', '--create-table', '--report', 'seed/reports/huozhou-2024');
    expect(first.stdout).toMatch(/created table cli-table/);
    expect(first.stdout).toMatch(/wrote huozhou-2024 v[0-9a-f]{16} \(\d+ items\)/);
    expect(first.stdout).toMatch(/done: collection [0-9a-f]{16}, \d+ report\(s\), [1-9]\d* written/);

    const client = createDocumentClient({ region: 'local', dynamoEndpoint: dynamo.endpoint });
    const store = new Store(client, 'cli-table');
    const huozhou = (await store.pointer())!.reports.find((r) => r.reportId === 'huozhou-2024')!;
    const { byEntity: items } = await store.reportPartition('huozhou-2024', huozhou.version);
    expect((items.get('Glossary') as { number: number; term: { zhHant: string } }[]).find((g) => g.number === 6)?.term).toMatchObject({ zhHant: '三無三可' });
    client.destroy();

    // Nothing changed: nothing is written again.
    const second = await seed('--endpoint', dynamo.endpoint, '--table', 'cli-table', '--report', 'seed/reports/huozhou-2024');
    expect(second.stdout).toMatch(/is already current/);
    expect(second.stdout).toMatch(/, 0 written, \d+ unchanged/);
  });

  it('fails with a clear message and a non-zero exit when the table does not exist', async () => {
    await expect(seed('--endpoint', dynamo.endpoint, '--table', 'missing-table')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/seed failed: .*(not found|non-existent|ResourceNotFound)/i),
    });
  });

  it('explains its usage when --table is missing', async () => {
    await expect(seed('--endpoint', dynamo.endpoint)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/usage: npm run seed -- --table NAME/) });
  });
});
