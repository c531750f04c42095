/**
 * Clients: schema.graphql is the published contract. Like a third-party app,
 * this test builds a typed client from it with @graphql-codegen's client preset
 * (operations in tests/client/), proves the generated types are usable and
 * strict by typechecking a small app against them, then runs that app's
 * queries with @urql/core over real HTTP against the local server.
 *
 * Everything generated goes to a scratch directory outside the repo, whose
 * node_modules is a link to the project's, so module resolution works as in
 * an app and the repo's own typecheck never sees stale generated files.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import ts from 'typescript';
import { useLocalServer } from '../helpers/local-server';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The app: plain typed code over the generated documents. It is both
 * typechecked (strict, as the repo) and executed by this test.
 */
const APP_SOURCE = `
import { Client, fetchExchange, type OperationResult } from '@urql/core';
import {
  ClientFiguresDocument,
  type ClientFiguresQuery,
  type ClientFiguresQueryVariables,
  ClientGlossaryTermDocument,
  ClientIndicatorDocument,
  type Comparator,
  type FigureKind,
} from './gql/graphql';

export interface HttpCall { method: string; status: number; contentType: string | null }

/** A urql client that records each HTTP exchange, so the test sees the wire. */
export const createApiClient = (url: string, method: 'GET' | 'POST', calls: HttpCall[]): Client =>
  new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: method === 'GET' ? 'force' : false,
    requestPolicy: 'network-only',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      calls.push({ method: init?.method ?? 'GET', status: response.status, contentType: response.headers.get('content-type') });
      return response;
    },
  });

export const glossaryTerm = async (client: Client, number: number) => {
  const result = await client.query(ClientGlossaryTermDocument, { number }).toPromise();
  if (result.error) throw result.error;
  const term = result.data?.glossaryTerm;
  if (!term) return null;
  const citedAt: number[] = term.references.map((reference) => reference.start);
  return { id: term.id, number: term.number, zhHant: term.term.zhHant, zhHans: term.term.zhHans, en: term.term.en ?? '', citedAt };
};

export interface TargetVersusActual { actual: string | null; actualYear: number; target: string | null; targetYear: number; comparator: Comparator; unit: string | null }

export const targetVersusActual = async (client: Client, id: string): Promise<TargetVersusActual | null> => {
  const result = await client.query(ClientIndicatorDocument, { id }).toPromise();
  if (result.error) throw result.error;
  const indicator = result.data?.indicator;
  if (!indicator?.actual || !indicator.target) return null;
  return {
    actual: indicator.actual.value,
    actualYear: indicator.actual.year,
    target: indicator.target.value,
    targetYear: indicator.target.year,
    comparator: indicator.target.comparator,
    unit: indicator.target.unit,
  };
};

/** Pages through every figure of a kind, 100 at a time. */
export const figureIds = async (client: Client, kind: FigureKind): Promise<{ totalCount: number; ids: string[] }> => {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    // Annotated: after feeds back into the next request, which TypeScript cannot infer through.
    const result: OperationResult<ClientFiguresQuery, ClientFiguresQueryVariables> = await client
      .query(ClientFiguresDocument, { kind, first: 100, after })
      .toPromise();
    if (result.error) throw result.error;
    const page = result.data?.figures;
    if (!page) throw new Error('no figures');
    totalCount = page.totalCount;
    for (const node of page.nodes) if (node.kind === kind) ids.push(node.id);
    if (!page.pageInfo.hasNextPage) return { totalCount, ids };
    after = page.pageInfo.endCursor;
  }
};
`;

/**
 * Misuses the generated types must reject: each line after @ts-expect-error
 * has to be a type error, or tsc reports the directive as unused (TS2578).
 */
const MISUSE_SOURCE = `
import { Client } from '@urql/core';
import { ClientGlossaryTermDocument, type ClientIndicatorQuery, type FigureKind } from './gql/graphql';

export const misuse = async (client: Client, indicator: ClientIndicatorQuery) => {
  // @ts-expect-error the note number is an Int, not a string
  await client.query(ClientGlossaryTermDocument, { number: '6' }).toPromise();
  // @ts-expect-error the variable is required
  await client.query(ClientGlossaryTermDocument, {}).toPromise();
  const result = await client.query(ClientGlossaryTermDocument, { number: 6 }).toPromise();
  // @ts-expect-error the term may be null (unknown number): it must be checked first
  const number: number = result.data.glossaryTerm.number;
  // @ts-expect-error definition was not selected by the operation
  const definition = result.data?.glossaryTerm?.definition;
  // @ts-expect-error en is nullable (curated English may be missing)
  const en: string = result.data?.glossaryTerm?.term.en ?? null;
  // @ts-expect-error FigureKind has only ACTUAL and TARGET
  const kind: FigureKind = 'PLANNED';
  // @ts-expect-error a figure's value is an exact decimal string, not a number
  const value: number | undefined = indicator.indicator?.actual?.value;
  // @ts-expect-error no such comparator
  const rough = indicator.indicator?.target?.comparator === 'ROUGHLY';
  return [number, definition, en, kind, value, rough];
};
`;

interface AppModule {
  createApiClient(url: string, method: 'GET' | 'POST', calls: HttpCall[]): unknown;
  glossaryTerm(client: unknown, number: number): Promise<{ id: string; number: number; zhHant: string; zhHans: string; en: string; citedAt: number[] } | null>;
  targetVersusActual(client: unknown, id: string): Promise<{ actual: string; actualYear: number; target: string; targetYear: number; comparator: string; unit: string | null } | null>;
  figureIds(client: unknown, kind: 'ACTUAL' | 'TARGET'): Promise<{ totalCount: number; ids: string[] }>;
}
interface HttpCall {
  method: string;
  status: number;
  contentType: string | null;
}

let scratch: string;
let outDir: string;
let generatedFiles: string[];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'huozhou-client-'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  outDir = path.join(scratch, 'gql');
  // generate() from @graphql-codegen/cli, in its own Node process (see tests/client/generate.ts).
  const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'tests', 'client', 'generate.ts'), outDir], { cwd: ROOT });
  generatedFiles = (JSON.parse(stdout) as string[]).map((file) => path.relative(outDir, path.resolve(ROOT, file))).sort();
  await writeFile(path.join(scratch, 'app.ts'), APP_SOURCE);
  await writeFile(path.join(scratch, 'misuse.ts'), MISUSE_SOURCE);
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('typed client generated from schema.graphql (client preset)', () => {
  it('writes the preset files, with one TypedDocumentNode export per operation', async () => {
    expect(generatedFiles).toEqual(['fragment-masking.ts', 'gql.ts', 'graphql.ts', 'index.ts']);
    const source = await readFile(path.join(outDir, 'graphql.ts'), 'utf8');
    for (const name of ['ClientGlossaryTerm', 'ClientIndicator', 'ClientFigures']) {
      expect(source).toContain(`export const ${name}Document = `);
      expect(source).toContain(`as unknown as DocumentNode<${name}Query, ${name}QueryVariables>;`);
    }
    expect(source).toMatch(/import type \{ TypedDocumentNode as DocumentNode \} from '@graphql-typed-document-node\/core'/);
    // Nullability of the contract carries over: an unknown note number answers null.
    expect(source).toMatch(/export type ClientGlossaryTermQuery = \{ glossaryTerm: \{[^]*\} \| null \}/);
    // Enums become string unions, with the schema's descriptions as doc comments.
    expect(source).toMatch(/export type FigureKind =(?:\s|\/\*\*[^]*?\*\/)*\| 'ACTUAL'(?:\s|\/\*\*[^]*?\*\/)*\| 'TARGET';/);
    expect(source).toContain('/** A result stated in the review of the year (實績). */');

    // At run time the export is the parsed operation, ready for any client.
    const generated = (await import(path.join(outDir, 'graphql.ts'))) as Record<string, DocumentNode>;
    const operation = generated.ClientGlossaryTermDocument!.definitions[0] as OperationDefinitionNode;
    expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
    expect(operation.name?.value).toBe('ClientGlossaryTerm');
  });

  it('typechecks: an app using the generated types compiles under the repo\'s strict options, and misuses do not', () => {
    const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    // The app also needs the DOM-free fetch types of Node; jest's globals are not part of it.
    const program = ts.createProgram([path.join(scratch, 'app.ts'), path.join(scratch, 'misuse.ts')], { ...options, types: ['node'], noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
    expect(diagnostics).toEqual([]);
    // Every expected error is there (an unused @ts-expect-error would have been TS2578 above).
    expect(MISUSE_SOURCE.match(/@ts-expect-error/g)).toHaveLength(8);
  });
});

describe('the typed client over HTTP with @urql/core against the local server', () => {
  const server = useLocalServer();
  let app: AppModule;

  beforeAll(async () => {
    app = (await import(path.join(scratch, 'app.ts'))) as AppModule;
  });

  it.each(['POST', 'GET'] as const)('over %s: glossary note 6 is 三無三可, cited once in the body', async (method) => {
    const calls: HttpCall[] = [];
    const client = app.createApiClient(server.graphqlUrl, method, calls);
    const term = await app.glossaryTerm(client, 6);
    expect(term).toMatchObject({ number: 6, zhHant: '三無三可', zhHans: '三无三可' });
    expect(term!.en).toMatch(/three withouts/i);
    expect(term!.citedAt).toHaveLength(1);
    expect(calls).toEqual([{ method, status: 200, contentType: expect.stringMatching(/^application\/graphql-response\+json/) }]);
    // An unknown number is null in the data, not an error.
    expect(await app.glossaryTerm(client, 99)).toBeNull();
  });

  it('GDP growth: 3.8% in 2023, at least 7% targeted for 2024', async () => {
    const calls: HttpCall[] = [];
    const client = app.createApiClient(server.graphqlUrl, 'POST', calls);
    expect(await app.targetVersusActual(client, 'gdp-growth')).toEqual({
      actual: '3.8',
      actualYear: 2023,
      target: '7',
      targetYear: 2024,
      comparator: 'AT_LEAST',
      unit: '%',
    });
    expect(calls.map((c) => c.status)).toEqual([200]);
  });

  it('pages through every target with an enum variable, each once', async () => {
    const calls: HttpCall[] = [];
    const client = app.createApiClient(server.graphqlUrl, 'GET', calls);
    const { totalCount, ids } = await app.figureIds(client, 'TARGET');
    expect(totalCount).toBeGreaterThan(50);
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(totalCount);
    expect(calls).toHaveLength(Math.ceil(totalCount / 100));
    expect(calls.every((c) => c.method === 'GET' && c.status === 200)).toBe(true);
  });
});
