/**
 * The shipped bundles, run the way Lambda runs them: built by esbuild with the
 * stack's own options (cdk/bundling.ts), copied to an empty folder with no
 * node_modules anywhere above it, imported as ESM by a fresh Node.js process,
 * invoked through `handler(event)` against a real local DynamoDB-compatible
 * server over HTTP. A missing dependency, a CommonJS/ESM mismatch or a
 * module-scope crash fails here, not after a deploy.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectionVersionOf, publishedReportOf } from '../../seed/publish';
import { pathToFileURL } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, CloudFormationCustomResourceCreateEvent } from 'aws-lambda';
import { build } from 'esbuild';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildASTSchema, getIntrospectionQuery, graphqlSync, parse, printSchema, validateSchema, type GraphQLSchema } from 'graphql';
import { esbuildOptions, STUB_TOUCHED_KEY } from '../../cdk/bundling';
import { GSI1, TABLE_KEYS, reportPk } from '../../lambda/data/keys';
import { typeDefs } from '../../lambda/graphql/__generated__/type-defs';
import { resolvers } from '../../lambda/graphql/resolvers';
import { buildExecutableSchema } from '../../lambda/graphql/server';
import type { Dataset } from '../../lambda/data/records';
import { buildDataset, DEFAULT_REPORT_DIR } from '../../seed/extract/index';
import { loadDataset } from '../../seed/load';

// dynalite ships no types; this is the part we use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

const ROOT = path.resolve(__dirname, '..', '..');
/**
 * Size budget of index.mjs: 1 MiB, the product's target. Measured ~880 KB
 * (docs/bench-cold-start.md): graphql ~190 KB, dynamodb-toolbox ~130 KB,
 * Smithy + AWS SDK ~210 KB, Apollo ~80 KB. V8 compiles the whole file on every
 * cold start, so bytes are cold-start time; the budget catches regressions such
 * as a second copy of a package or a stub that stopped applying (cdk/bundling.ts).
 */
const MAX_BUNDLE_BYTES = 1024 * 1024;
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'dummy', secretAccessKey: 'dummy' };

let work: string;
let server: Server;
let endpoint: string;
let dataset: Dataset;
let apiBundle: string;

const createTable = async (client: DynamoDBClient, name: string): Promise<void> => {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, GSI1.partitionKey, GSI1.sortKey].map((n) => ({
        AttributeName: n,
        AttributeType: 'S',
      })),
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: GSI1.indexName,
          KeySchema: [
            { AttributeName: GSI1.partitionKey, KeyType: 'HASH' },
            { AttributeName: GSI1.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    }),
  );
};

/** Package -> the kinds of build ('cjs' | 'esm') of it that ended up in the bundle. */
let packageBuilds: Map<string, Set<string>>;

/** Bundles `entry` exactly as the stack does, into its own folder; returns the .mjs path. */
const bundle = async (entry: string, name: string): Promise<string> => {
  const outfile = path.join(work, name, 'index.mjs');
  const result = await build({ ...esbuildOptions(path.join(ROOT, entry), outfile), metafile: true });
  packageBuilds = new Map();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
    if (!match) continue;
    // CommonJS: a cjs/commonjs folder, or a .js file with an .mjs twin beside it (graphql's layout).
    const twin = /\.js$/.test(input) && fs.existsSync(path.join(ROOT, input.replace(/\.js$/, '.mjs')));
    const kind = /(^|\/)(cjs|dist-cjs|commonjs)\//.test(match[2]!) || twin ? 'cjs' : /(^|\/)(esm|dist-es)\/|\.mjs$/.test(match[2]!) ? 'esm' : 'other';
    packageBuilds.set(match[1]!, (packageBuilds.get(match[1]!) ?? new Set()).add(kind));
  }
  return outfile;
};

/**
 * Bundles a few lines of ESM with the Lambda bundle's options (same aliases,
 * stubs and replacements) and runs them in a fresh Node.js process; returns
 * what they print.
 */
const runSnippet = async (name: string, code: string, snippetEnv: Record<string, string>): Promise<string> => {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'entry.mjs');
  fs.writeFileSync(entry, code);
  const outfile = path.join(dir, 'index.mjs');
  // The entry sits outside the repository: resolve its packages from ours.
  await build({ ...esbuildOptions(entry, outfile), nodePaths: [path.join(ROOT, 'node_modules')] });
  return new Promise<string>((resolve, reject) =>
    execFile(process.execPath, [outfile], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...snippetEnv }, timeout: 60_000 }, (err, out, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out),
    ),
  );
};

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  // Deliberately not process.env: nothing from the test runner (NODE_OPTIONS, jest vars) leaks in.
  PATH: process.env.PATH ?? '',
  AWS_REGION: REGION,
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  DYNAMODB_ENDPOINT: endpoint,
  NODE_ENV: 'production',
  POWERTOOLS_SERVICE_NAME: 'bundle-test',
  ...extra,
});

interface Invocation<T> {
  result: T | undefined;
  error: string | undefined;
  stdout: string;
  importMs: number;
  invokeMs: number;
  /** Stubbed-out modules (cdk/bundling.ts) that the process touched, after this invocation. */
  stubsTouched: string[];
}

/**
 * Imports the bundle in a new `node` process (cwd: the bundle's folder) and calls
 * `handler(event, context)` once per event; results go to a file because the
 * function's own logs own stdout.
 */
const invokeInFreshNode = async <T>(
  bundlePath: string,
  events: unknown[],
  extraEnv: Record<string, string>,
): Promise<Invocation<T>[]> => {
  const resultFile = path.join(work, `result-${path.basename(path.dirname(bundlePath))}-${Date.now()}.json`);
  const script = `
    import { writeFileSync } from 'node:fs';
    const t0 = performance.now();
    const { handler } = await import(${JSON.stringify(pathToFileURL(bundlePath).href)});
    const importMs = performance.now() - t0;
    const events = JSON.parse(process.env.TEST_EVENTS);
    const out = [];
    for (const [i, event] of events.entries()) {
      const context = {
        functionName: 'bundle-test', functionVersion: '$LATEST', memoryLimitInMB: '1024',
        invokedFunctionArn: 'arn:aws:lambda:${REGION}:000000000000:function:bundle-test',
        awsRequestId: 'request-' + i, logGroupName: 'bundle-test', logStreamName: 'bundle-test',
        callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => 10000,
        done() {}, fail() {}, succeed() {},
      };
      const t1 = performance.now();
      try {
        const result = await handler(event, context);
        out.push({ result, importMs, invokeMs: performance.now() - t1, stubsTouched: [...(globalThis[${JSON.stringify(STUB_TOUCHED_KEY)}] ?? [])] });
      } catch (err) {
        out.push({ error: String(err && err.message), importMs, invokeMs: performance.now() - t1, stubsTouched: [...(globalThis[${JSON.stringify(STUB_TOUCHED_KEY)}] ?? [])] });
      }
    }
    writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify(out));
  `;
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '--enable-source-maps', '-e', script],
      {
        cwd: path.dirname(bundlePath),
        env: env({ ...extraEnv, TEST_EVENTS: JSON.stringify(events) }),
        maxBuffer: 64 << 20,
        // A handler that never answers (e.g. Apollo failing to start) fails the test instead of hanging it.
        timeout: 60_000,
      },
      (err, out, stderr) => (err ? reject(new Error(`fresh node process failed: ${err.message}\n${stderr}`)) : resolve(out)),
    );
  });
  const parsed = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Omit<Invocation<T>, 'stdout'>[];
  return parsed.map((p) => ({ ...p, stdout }));
};

const httpEvent = (method: 'GET' | 'POST', rawPath: string, query: string, body?: unknown): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath,
  rawQueryString: query,
  headers: {
    accept: 'application/json',
    'accept-encoding': 'gzip, br',
    host: 'abc123.execute-api.us-east-1.amazonaws.com',
    ...(body === undefined ? { 'apollo-require-preflight': 'true' } : { 'content-type': 'application/json' }),
  },
  queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
  requestContext: {
    accountId: '000000000000',
    apiId: 'abc123',
    domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
    domainPrefix: 'abc123',
    http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bundle-test' },
    requestId: 'api-request-1',
    routeKey: '$default',
    stage: '$default',
    time: '11/Apr/2024:00:00:00 +0000',
    timeEpoch: 1712793600000,
  },
  body: body === undefined ? undefined : JSON.stringify(body),
  isBase64Encoded: false,
});

const QUERY = '{ glossaryTerm(number: 6) { term { zhHant } } }';

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bundle-'));
  apiBundle = await bundle('lambda/handler.ts', 'api');

  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const client = new DynamoDBClient({ endpoint, region: REGION, credentials: CREDENTIALS });
  await createTable(client, 'api-table');
  dataset = buildDataset(DEFAULT_REPORT_DIR);
  await loadDataset(DynamoDBDocumentClient.from(client), 'api-table', dataset);
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the API function bundle', () => {
  it('is a single ESM file within its size budget, with its source map beside it', () => {
    const bytes = fs.statSync(apiBundle).size;
    const mapBytes = fs.statSync(`${apiBundle}.map`).size;
    process.stdout.write(`API bundle: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB), source map ${mapBytes} bytes\n`);
    expect(bytes).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
    expect(fs.readFileSync(apiBundle, 'utf8')).toContain('createRequire');
  });

  it('holds one build of each package (no CommonJS copy beside the ESM one) but graphql\'s parser', () => {
    const dual = [...packageBuilds].filter(([, kinds]) => kinds.has('cjs') && kinds.has('esm')).map(([pkg]) => pkg);
    // graphql-armor imports graphql/language/parser, which resolves to the CommonJS file (44 KB);
    // aliasing it to its .mjs twin bought 4 ms, under the 10 ms a bundling trick must buy (docs/bench-cold-start.md).
    expect(dual).toEqual(['graphql']);
    expect(packageBuilds.get('@apollo/server')).toEqual(new Set(['esm']));
  });

  it('answers glossaryTerm(number: 6) with 三無三可 in a fresh Node.js process', async () => {
    const [call] = await invokeInFreshNode<APIGatewayProxyStructuredResultV2>(
      apiBundle,
      [httpEvent('POST', '/graphql', '', { query: QUERY })],
      { TABLE_NAME: 'api-table', LAMBDA_TASK_ROOT: path.dirname(apiBundle) },
    );
    expect(call?.error).toBeUndefined();
    expect(call!.stubsTouched).toEqual([]);
    process.stdout.write(`fresh process: import ${call!.importMs.toFixed(0)} ms, first query ${call!.invokeMs.toFixed(0)} ms\n`);
    expect(call!.result?.statusCode).toBe(200);
    const body = JSON.parse(String(call!.result?.body)) as { data?: { glossaryTerm: { term: { zhHant: string } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.glossaryTerm.term.zhHant).toBe('三無三可');

    // What CloudWatch will hold: one structured line for the operation, with the Lambda request id, no variables.
    const lines = call!.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const operation = lines.find((l) => l.message === 'graphql operation');
    expect(operation).toMatchObject({ level: 'INFO', function_request_id: 'request-0', errorCodes: [] });
    expect(operation?.dynamoRequests).toEqual(expect.any(Number));
    expect(operation).not.toHaveProperty('variables');
  });
});

describe('what CloudFront relies on, from the shipped bundle', () => {
  type Response = APIGatewayProxyStructuredResultV2 & { headers: Record<string, string> };

  it('marks a successful GET query cacheable, an error or PersistedQueryNotFound never; serves GraphiQL from the bundled assets', async () => {
    // What the stack's afterBundling hook does: GraphiQL's built files under <task root>/graphiql.
    const graphiqlDir = path.join(ROOT, 'dist', 'graphiql');
    expect(fs.existsSync(path.join(graphiqlDir, 'index.html'))).toBe(true); // built by `npm run build:graphiql` (pretest)
    fs.cpSync(graphiqlDir, path.join(path.dirname(apiBundle), 'graphiql'), { recursive: true });

    const unknownHash = { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } };
    const [ok, bad, apq, page, home] = await invokeInFreshNode<Response>(
      apiBundle,
      [
        httpEvent('GET', '/graphql', new URLSearchParams({ query: QUERY }).toString()),
        httpEvent('GET', '/graphql', new URLSearchParams({ query: '{ noSuchField }' }).toString()),
        // An automatic-persisted-query hash the server has not seen: the client must retry with the query text.
        httpEvent('GET', '/graphql', new URLSearchParams({ extensions: JSON.stringify(unknownHash) }).toString()),
        { ...httpEvent('GET', '/graphiql', ''), headers: { accept: 'text/html', 'accept-encoding': 'br' } },
        { ...httpEvent('GET', '/schema.graphql', ''), headers: { accept: 'text/plain' } },
      ],
      { TABLE_NAME: 'api-table', LAMBDA_TASK_ROOT: path.dirname(apiBundle) },
    );
    expect(ok?.result?.statusCode).toBe(200);
    expect(ok!.result!.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect(ok!.result!.headers.etag).toBeTruthy();
    expect(String(ok!.result!.body)).toContain('三無三可');

    // A document that fails validation: with the legacy application/json media type GraphQL over HTTP
    // answers 200 with the errors in the body (lambda/http/http-handler.ts); it must still never be cached.
    expect(bad?.result?.statusCode).toBe(200);
    expect(String(bad!.result!.body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(bad!.result!.headers['cache-control']).toBe('no-store');
    expect(bad!.result!.headers.etag).toBeUndefined();

    expect(String(apq?.result?.body)).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(apq!.result!.headers['cache-control']).toBe('no-store');

    expect(page?.result?.statusCode).toBe(200);
    expect(page!.result!.headers['content-type']).toMatch(/text\/html/);
    expect(page!.result!.headers['content-encoding']).toBe('br');
    expect(page!.result!.isBase64Encoded).toBe(true);
    // None of these paths (cache headers, errors, APQ, GraphiQL) reaches a stubbed-out module.
    expect(page!.stubsTouched).toEqual([]);
    // The pages module, loaded lazily from the bundle, serves the schema.
    expect(home?.result?.statusCode).toBe(200);
    expect(String(home!.result!.body)).toContain('type Query');
    expect(home!.stubsTouched).toEqual([]);
  });
});

describe('what the API bundle leaves out (cdk/bundling.ts), and that nothing needs it', () => {
  it('contains no usage-reporting protobuf and no SSO/STS clients', () => {
    for (const pkg of ['@apollo/usage-reporting-protobuf', '@apollo/protobufjs', '@apollo/utils.usagereporting', 'lodash.sortby', '@aws-sdk/nested-clients', '@aws-sdk/credential-provider-sso', '@aws-sdk/credential-provider-ini', '@aws-sdk/credential-provider-process']) {
      expect([pkg, packageBuilds.has(pkg)]).toEqual([pkg, false]);
    }
    expect(packageBuilds.get('lru-cache')).toEqual(new Set(['esm']));
  });

  it('answers queries, introspection, errors and persisted queries without ever touching a stubbed module', async () => {
    const introspection = '{ __schema { queryType { name } types { name } } }';
    const apqQuery = '{ glossaryTerm(number: 7) { term { zhHant } } }';
    const apq = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(apqQuery).digest('hex') } };
    const calls = await invokeInFreshNode<APIGatewayProxyStructuredResultV2>(
      apiBundle,
      [
        httpEvent('POST', '/graphql', '', { query: QUERY, operationName: null }),
        httpEvent('POST', '/graphql', '', { query: introspection }),
        httpEvent('POST', '/graphql', '', { query: '{ glossaryTerm(number: "six") { term { zhHant } } }' }),
        httpEvent('POST', '/graphql', '', { query: apqQuery, extensions: apq }),
        httpEvent('GET', '/graphql', new URLSearchParams({ extensions: JSON.stringify(apq) }).toString()),
      ],
      {
        TABLE_NAME: 'api-table',
        LAMBDA_TASK_ROOT: path.dirname(apiBundle),
        // Even if someone configured Apollo GraphOS in the function's environment, reporting stays off.
        APOLLO_KEY: 'service:huozhou:not-a-real-key',
        APOLLO_GRAPH_REF: 'huozhou@current',
        APOLLO_SCHEMA_REPORTING: 'true',
      },
    );
    expect(calls.map((c) => c.error)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const [term, schema, invalid, registered, hit] = calls.map((c) => String(c.result?.body));
    expect(term).toContain('三無三可');
    expect(schema).toContain('"queryType":{"name":"Query"}');
    expect(invalid).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(registered).toContain('glossaryTerm');
    expect(hit).toBe(registered);
    expect(calls.at(-1)!.stubsTouched).toEqual([]);
  });

  it('a stubbed module fails loudly, naming itself and the reason, if anything ever calls it', async () => {
    const out = await runSnippet(
      'stub-probe',
      `import { Trace } from '@apollo/usage-reporting-protobuf';
       import { usageReportingSignature } from '@apollo/utils.usagereporting';
       const messages = [];
       for (const use of [() => new Trace(), () => Trace.encode, () => usageReportingSignature({}, 'op')]) {
         try { use(); messages.push('no error'); } catch (err) { messages.push(err.message); }
       }
       console.log(JSON.stringify({ messages, touched: globalThis[${JSON.stringify(STUB_TOUCHED_KEY)}] }));`,
      {},
    );
    const { messages, touched } = JSON.parse(out) as { messages: string[]; touched: string[] };
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).toMatch(/is stubbed out of the Lambda bundle \(cdk\/bundling\.ts\): Apollo usage reporting .* disabled/);
    expect(touched).toEqual(['@apollo/usage-reporting-protobuf.Trace', '@apollo/usage-reporting-protobuf.Trace', '@apollo/utils.usagereporting.usageReportingSignature']);
  });

  it("the bundled DynamoDB client signs with the credentials Lambda puts in the environment; a profile gets a clear error", async () => {
    const probe = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
       const client = new DynamoDBClient({ region: 'us-east-1' });
       try { const id = await client.config.credentials(); console.log(JSON.stringify({ id })); }
       catch (err) { console.log(JSON.stringify({ error: err.message })); }`;
    const fromLambdaEnv = JSON.parse(
      await runSnippet('credentials-env', probe, {
        AWS_ACCESS_KEY_ID: 'ASIAFROMLAMBDAENV',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_SESSION_TOKEN: 'session-token',
      }),
    ) as { id?: { accessKeyId: string; sessionToken: string } };
    expect(fromLambdaEnv.id).toMatchObject({ accessKeyId: 'ASIAFROMLAMBDAENV', sessionToken: 'session-token' });

    const withProfile = JSON.parse(await runSnippet('credentials-profile', probe, { AWS_PROFILE: 'dev', AWS_EC2_METADATA_DISABLED: 'true' })) as { error?: string };
    expect(withProfile.error).toMatch(/profiles .* are not in the Lambda bundle/);
  });
});

describe('the schema the function builds on a cold start (lambda/graphql/server.ts)', () => {
  // buildExecutableSchema skips SDL re-validation and the schema copy that makeExecutableSchema does;
  // these tests are what entitle it to: same schema, and valid when checked in full.
  const introspect = (schema: GraphQLSchema): unknown =>
    graphqlSync({
      schema,
      source: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    });
  const reference = makeExecutableSchema({ typeDefs: [typeDefs], resolvers: resolvers as Parameters<typeof makeExecutableSchema>[0]['resolvers'] });

  it('prints and introspects exactly like Apollo\'s makeExecutableSchema from the same typeDefs and resolvers', () => {
    const built = buildExecutableSchema();
    expect(printSchema(built)).toBe(printSchema(reference));
    expect(introspect(built)).toEqual(introspect(reference));
    expect((introspect(built) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(30);
  });

  it('is valid when graphql-js checks the SDL and the schema in full', () => {
    expect(() => buildASTSchema(parse(typeDefs))).not.toThrow();
    expect(validateSchema(buildASTSchema(parse(typeDefs)))).toEqual([]);
  });

  it('carries every resolver the resolver map defines, where makeExecutableSchema puts it', () => {
    const built = buildExecutableSchema();
    let checked = 0;
    for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
      const mine = built.getType(typeName) as unknown as { getFields?: () => Record<string, { resolve?: unknown }>; resolveType?: unknown };
      const theirs = reference.getType(typeName) as unknown as typeof mine;
      for (const field of Object.keys(fields)) {
        const pick = (t: typeof mine) => (field === '__resolveType' ? t?.resolveType : t?.getFields?.()[field]?.resolve);
        expect([typeName, field, typeof pick(mine)]).toEqual([typeName, field, 'function']);
        if (field === '__resolveType') {
          const node = { __typename: 'GlossaryTerm' };
          expect((pick(mine) as (n: object) => unknown)(node)).toBe((pick(theirs) as (n: object) => unknown)(node));
        } else {
          // Both bind the resolver to its type's resolver object (a new function each): same bound name.
          expect((pick(mine) as () => unknown).name).toBe((pick(theirs) as () => unknown).name);
          expect((pick(mine) as () => unknown).name).toBe(`bound ${(fields[field] as () => unknown).name}`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('the seeder (custom resource) bundle', () => {
  const seedEvent = (collectionVersion: string): CloudFormationCustomResourceCreateEvent => ({
    RequestType: 'Create',
    ServiceToken: 'arn:aws:lambda:us-east-1:000000000000:function:provider',
    ResponseURL: 'https://example.invalid/response',
    StackId: 'arn:aws:cloudformation:us-east-1:000000000000:stack/test/1',
    RequestId: 'cfn-request-1',
    LogicalResourceId: 'ReportSeed',
    ResourceType: 'Custom::ReportSeed',
    ResourceProperties: {
      ServiceToken: 'arn:aws:lambda:us-east-1:000000000000:function:provider',
      TableName: 'seed-table',
      CollectionVersion: collectionVersion,
    },
  });

  it('publishes the bundled collection on Create, idempotently, and refuses a collection other than the one the stack names', async () => {
    const seedBundle = await bundle('seed/deploy/handler.ts', 'seed');
    // What the stack's afterBundling hook does: the gzipped collection beside index.mjs.
    fs.writeFileSync(path.join(path.dirname(seedBundle), 'collection.json.gz'), gzipSync(JSON.stringify({ datasets: [dataset] })));
    const client = new DynamoDBClient({ endpoint, region: REGION, credentials: CREDENTIALS });
    await createTable(client, 'seed-table');

    type SeedResult = { PhysicalResourceId: string; Data: { Written: number; Deleted: number; CollectionVersion: string } };
    const version = collectionVersionOf([publishedReportOf(dataset)]);
    const [first, second, wrong] = await invokeInFreshNode<SeedResult>(
      seedBundle,
      [seedEvent(version), seedEvent(version), seedEvent('0000000000000000')],
      { LAMBDA_TASK_ROOT: path.dirname(seedBundle) },
    );
    expect(first?.error).toBeUndefined();
    expect(first!.result?.PhysicalResourceId).toBe('seed-table/collection');
    expect(first!.result?.Data.Written).toBeGreaterThan(0);
    expect(first!.result?.Data.CollectionVersion).toBe(version);
    // Publishing the same collection again writes nothing.
    expect(second!.result?.Data).toMatchObject({ Written: 0, Deleted: 0, CollectionVersion: version });
    // A collection/template mismatch fails the deployment with a message saying what to do.
    expect(wrong?.error).toMatch(/bundled collection is [0-9a-f]{16} but the stack asks for 0000000000000000/);

    const documentClient = DynamoDBDocumentClient.from(client);
    let inReportPartition = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documentClient.send(
        new QueryCommand({
          TableName: 'seed-table',
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':pk': reportPk(dataset.report.reportId, dataset.report.datasetVersion) },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      inReportPartition += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    // The report's items are packed in its version's partition; the rest of what was written is the panel.
    expect(inReportPartition).toBeGreaterThan(0);
    expect(inReportPartition).toBeLessThan(first!.result!.Data.Written);
  });
});
