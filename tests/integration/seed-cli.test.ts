/** `npm run seed -- --endpoint URL --table NAME`: the command users run, against a real DynamoDB API. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../lambda/data/client';
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
    const first = await seed('--endpoint', dynamo.endpoint, '--table', 'cli-table', '--create-table');
    expect(first.stdout).toMatch(/created table cli-table/);
    expect(first.stdout).toMatch(/put: \d+\/\d+/);
    expect(first.stdout).toMatch(/done: \d+ written, 0 stale deleted/);

    const client = createDocumentClient({ region: 'local', dynamoEndpoint: dynamo.endpoint });
    const { Item } = await client.send(new GetCommand({ TableName: 'cli-table', Key: { PK: 'REPORT#huozhou-2024', SK: 'GLOSSARY#006' } }));
    expect(Item?.term).toMatchObject({ zhHant: '三無三可' });
    client.destroy();

    const second = await seed('--endpoint', dynamo.endpoint, '--table', 'cli-table');
    expect(second.stdout).toMatch(/done: \d+ written, 0 stale deleted/);
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
