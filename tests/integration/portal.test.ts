/**
 * The portal, as the npm `datapackage` library (datapackage-js, what a Node
 * portal or script uses) sees it over real HTTP: it loads /datapackage.json,
 * validates the descriptor against the Data Package profile, and reads every
 * resource, casting each cell to its Table Schema type and resolving each
 * foreign key against the referenced table. The same for one report's package.
 * And docs/clients.md: its recipe is the client test's, and its app compiles.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import ts from 'typescript';
import { clientCodegenConfig } from '../client/codegen';
import { dataset } from '../helpers/local-store';
import { HUOZHOU_DIR, useLocalServer } from '../helpers/local-server';

// One report: the sizes and exact bytes these tests check are Huozhou's. Publishing may take a while on a busy machine.
const local = useLocalServer({ tableName: 'portal', reportDirs: [HUOZHOU_DIR] }, 600_000);

/** Rows per table for the one report the local store serves, from the dataset the seed built. */
const expectedRows = (): Record<string, number> => {
  const d = dataset();
  const panel = new Set(d.figures.filter((f) => f.indicatorId !== null).map((f) => `${f.indicatorId}|${f.year}|${f.kind}`));
  return {
    reports: 1,
    figures: d.figures.length,
    indicators: d.indicators.length,
    projects: d.projects.length,
    sectors: d.sectors.length,
    glossary: d.glossary.length,
    panel: panel.size,
  };
};

/** Loads a package and reads every resource the way a portal does: keyed, cast, relations resolved. */
const readAll = async (url: string) => {
  const pkg = await Package.load(url);
  const counts: Record<string, number> = {};
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources) {
    expect(`${resource.name}: tabular ${resource.tabular}`).toBe(`${resource.name}: tabular true`);
    rows[resource.name] = await resource.read({ keyed: true, cast: true, relations: true });
    counts[resource.name] = rows[resource.name]!.length;
  }
  return { pkg, counts, rows };
};

/** Rows of each collection CSV as an independent reader (csv-parse) counts them. */
const servedRows = async (names: string[]): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  for (const name of names) {
    const res = await fetch(new URL(`downloads/${name}.csv`, local.url));
    out[name] = (parse(Buffer.from(await res.arrayBuffer())) as unknown[]).length - 1;
  }
  return out;
};

describe('datapackage-js reads the collection package without error', () => {
  let result: Awaited<ReturnType<typeof readAll>>;
  // Relations are resolved by linear search in datapackage-js: slow over the whole collection.
  beforeAll(async () => {
    result = await readAll(new URL('datapackage.json', local.url).href);
  }, 900_000);

  it('the descriptor is a valid (tabular) Data Package', () => {
    expect(result.pkg.errors.map((e) => e.message)).toEqual([]);
    expect(result.pkg.valid).toBe(true);
    expect(result.pkg.descriptor.profile).toBe('tabular-data-package');
  });

  it('every resource reads in full, each cell cast to its type and every declared foreign key resolved', async () => {
    expect(result.counts).toEqual(await servedRows(Object.keys(expectedRows())));
    expect(result.counts.figures!).toBeGreaterThanOrEqual(expectedRows().figures!);
    // relations: true replaces the key's cells (report_id, indicator_id) by the indicator's row.
    const indicator = (r: Record<string, unknown>) => r.indicator_id as Record<string, unknown>;
    const gdp = result.rows.panel!.find((r) => indicator(r).report_id === 'huozhou-2024' && indicator(r).id === 'gdp-growth' && r.year === 2024 && r.kind === 'TARGET');
    // Cast by the Table Schema: integers and decimals are numbers.
    expect(gdp).toMatchObject({ value: 7, comparator: 'AT_LEAST', figures_stated: 1 });
    expect(indicator(gdp!)).toMatchObject({ report_id: 'huozhou-2024', id: 'gdp-growth', name_en: 'GDP growth', target_value: 7 });
  });
});

describe('datapackage-js reads one report’s package, where every link is declared', () => {
  it('figures resolve to their indicator, project and sector rows', async () => {
    const { pkg, counts, rows } = await readAll(new URL('downloads/huozhou-2024/datapackage.json', local.url).href);
    expect(pkg.valid).toBe(true);
    expect(counts).toEqual(expectedRows());
    const linked = rows.figures!.filter((f) => f.indicator_id !== null);
    expect(linked.length).toBe(dataset().figures.filter((f) => f.indicatorId !== null).length);
    // relations: true replaces each key cell by the row it references.
    for (const f of linked) expect(f.indicator_id).toMatchObject({ report_id: expect.anything(), id: expect.any(String) });
  });
});

describe('why the default CSVs carry no byte-order mark', () => {
  it('the -excel.csv twins (BOM first) break datapackage-js’s header check: spreadsheets only', async () => {
    const descriptor = (await (await fetch(new URL('datapackage.json', local.url))).json()) as { resources: { path: string }[] };
    for (const r of descriptor.resources) r.path = r.path.replace(/\.csv$/, '-excel.csv');
    const pkg = await Package.load(descriptor as unknown as Record<string, unknown>);
    await expect(pkg.resources[0]!.read({ keyed: true })).rejects.toThrow(/header names do not match/);
  });
});

describe('docs/clients.md is the client test’s recipe', () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'clients.md'), 'utf8');
  const blocks = (lang: string) => [...doc.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'g'))].map((m) => m[1]!);
  /** Operations without comments and blank lines, one string per operation. */
  const operations = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('#'))
      .join('\n')
      .split(/\n(?=query )/);

  it('its operations are tests/client/operations.graphql, and its preset options those of tests/client/codegen.ts', () => {
    expect(operations(blocks('graphql')[0]!)).toEqual(operations(fs.readFileSync(path.join(ROOT, 'tests', 'client', 'operations.graphql'), 'utf8')));
    const [target] = Object.values(clientCodegenConfig('/tmp/x').generates) as { preset: string; config: Record<string, unknown> }[];
    const codegen = blocks('ts')[0]!;
    expect(codegen).toContain(`preset: '${target!.preset}'`);
    expect(codegen).toContain(`config: ${JSON.stringify(target!.config).replace(/"(\w+)":/g, '$1: ').replace(/,/g, ', ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`);
  });

  it('its app compiles against the generated client under the repo’s strict options', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'clients-doc-'));
    try {
      await symlink(path.join(ROOT, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
      // The client preset in its own process, as tests/integration/client.test.ts runs it.
      await promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), path.join(ROOT, 'tests', 'client', 'generate.ts'), path.join(scratch, 'gql')], { cwd: ROOT });
      await writeFile(path.join(scratch, 'app.ts'), blocks('ts')[1]!);
      const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
      const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
      const program = ts.createProgram([path.join(scratch, 'app.ts')], { ...options, types: ['node'], noEmit: true });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      expect(diagnostics).toEqual([]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
