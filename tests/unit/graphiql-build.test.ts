import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { buildGraphiql, MAX_TABS, readTabs, type BuildGraphiqlResult } from '../../scripts/build-graphiql';
import { parseQueryExamples } from '../helpers/query-examples';

const EXAMPLES_MD = `# Example queries

Some prose that is not an example.

## For app developers

### Every indicator with a 2024 target

\`\`\`graphql
query IndicatorsWithTargets {
  indicators(filter: { hasTarget: true }) { totalCount }
}
\`\`\`

### One glossary term by its Chinese name

Looks a note up by its term, in either script.

\`\`\`graphql
query TermByName($term: String!) {
  glossaryTerm(term: $term) { number term { zhHant } }
}
\`\`\`

\`\`\`json
{ "term": "三无三可" }
\`\`\`

### A heading with no query is skipped

Just text.

### Query text that tries to close the page's script: </script><script>alert(1)</script>

\`\`\`graphql
{ search(text: "</script>") { __typename } }
\`\`\`
`;

/** The JSON settings block the page's start-up script reads. */
const pageConfig = (
  html: string,
): { endpoint: string; version: string; tabs: Array<{ query: string; variables?: string; label: string; group: string; operationName: string }> } => {
  const match = /<script type="application\/json" id="graphiql-config">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no graphiql-config block in the page');
  return JSON.parse(match[1]) as ReturnType<typeof pageConfig>;
};

describe('parseQueryExamples (docs/queries.md)', () => {
  it('reads each ### example with its GraphQL and optional JSON variables, skipping prose headings', () => {
    const examples = parseQueryExamples(EXAMPLES_MD);
    expect(examples.map((e) => e.title)).toEqual([
      'Every indicator with a 2024 target',
      'One glossary term by its Chinese name',
      'Query text that tries to close the page\'s script: </script><script>alert(1)</script>',
    ]);
    expect(examples[0]?.query).toContain('indicators(filter: { hasTarget: true })');
    expect(examples[0]?.variables).toBeUndefined();
    expect(examples[1]?.query).toContain('query TermByName($term: String!)');
    expect(JSON.parse(examples[1]?.variables ?? 'null')).toEqual({ term: '三无三可' });
  });
});

/** Tabs for the build tests: the real files plus one whose text tries to close the page's script. */
const TABS_JSON = {
  tabs: [
    { file: 'a.graphql', group: 'welcome', label: '欢迎 Welcome' },
    { file: 'b.graphql', group: 'apps', label: '应用 Apps', variables: { term: '三无三可' } },
    { file: 'c.graphql', group: 'portals', label: 'Break </script> out' },
  ],
};

describe('buildGraphiql', () => {
  let outDir: string;
  let scratch: string;
  let built: BuildGraphiqlResult;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'graphiql-build-'));
    const tabsDir = path.join(scratch, 'tabs');
    await mkdir(tabsDir);
    await writeFile(path.join(tabsDir, 'tabs.json'), JSON.stringify(TABS_JSON));
    await writeFile(path.join(tabsDir, 'a.graphql'), '# Welcome\nquery Welcome { reports { totalCount } }\n');
    await writeFile(path.join(tabsDir, 'b.graphql'), 'query TermByName($term: String!) { glossaryTerm(term: $term) { number } }\n');
    await writeFile(path.join(tabsDir, 'c.graphql'), 'query Evil { search(text: "</script>") { __typename } }\n');
    outDir = path.join(scratch, 'out');
    await mkdir(path.join(scratch, 'docs'));
    await writeFile(path.join(scratch, 'docs', 'errors.md'), `# Errors\n\n${'| `BAD_USER_INPUT` | an argument is out of range |\n'.repeat(40)}`);
    built = await buildGraphiql(outDir, { tabsDir, docsDir: path.join(scratch, 'docs'), brotliQuality: 5 });
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('puts the tabs in the page in order, with labels, groups, operation names and variables', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const config = pageConfig(html);
    expect(config.endpoint).toBe('graphql');
    expect(config.tabs.map((t) => [t.label, t.group, t.operationName])).toEqual([
      ['欢迎 Welcome', 'welcome', 'Welcome'],
      ['应用 Apps', 'apps', 'TermByName'],
      ['Break </script> out', 'portals', 'Evil'],
    ]);
    expect(JSON.parse(config.tabs[1]?.variables ?? 'null')).toEqual({ term: '三无三可' });
    expect(built.tabs).toEqual(config.tabs);
  });

  it('keeps tab text from breaking out of the page (no raw </script> inside the data block)', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the asset script tag and the data block, nothing else
    expect(pageConfig(html).tabs[2]?.query).toContain('search(text: "</script>")');
  });

  it('loads only same-origin relative files and no CDN, under a strict Content-Security-Policy', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(url).toMatch(/^(graphiql\/graphiql\.[0-9a-f]{16}\.(js|css)|data:,)$/);
    expect(html).not.toMatch(/https?:\/\//);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('writes every manifest file with its hash-named content and .br/.gz twins that decode to it', async () => {
    const names = Object.keys(built.manifest.files).sort();
    // The page, its script and stylesheet, and the one doc of the docs folder.
    expect(names).toHaveLength(4);
    expect(built.manifest.files['errors.md']?.contentType).toBe('text/plain; charset=utf-8');
    expect(names.filter((n) => /\.[0-9a-f]{16}\.js$/.test(n))).toHaveLength(1);
    expect(names.filter((n) => /\.[0-9a-f]{16}\.css$/.test(n))).toHaveLength(1);
    const onDisk = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(built.manifest);

    for (const [name, entry] of Object.entries(built.manifest.files)) {
      const content = await readFile(path.join(outDir, name));
      const sha = createHash('sha256').update(content).digest('hex');
      expect(entry.bytes).toBe(content.length);
      expect(entry.etag).toBe(sha.slice(0, 32));
      if (entry.immutable) expect(name).toContain(sha.slice(0, 16));
      else expect(['index.html', 'errors.md']).toContain(name);
      const br = await readFile(path.join(outDir, `${name}.br`));
      const gz = await readFile(path.join(outDir, `${name}.gz`));
      expect(brotliDecompressSync(br).equals(content)).toBe(true);
      expect(gunzipSync(gz).equals(content)).toBe(true);
      expect(entry.encoded).toEqual({ br: br.length, gzip: gz.length });
    }
  });

  it('bundles React, ReactDOM and GraphiQL so the page needs nothing else, and compresses them at least 3x', async () => {
    const jsName = Object.keys(built.manifest.files).find((n) => n.endsWith('.js')) ?? '';
    const js = await readFile(path.join(outDir, jsName), 'utf8');
    expect(js).toContain('react.production.min.js');
    expect(js).toContain('react-dom.production.min.js');
    expect(js).toContain('createFetcher');
    expect(js).toContain("getElementById('graphiql-config')");
    expect(js).not.toMatch(/sourceMappingURL=/);
    const entry = built.manifest.files[jsName];
    expect(entry?.encoded.br).toBeLessThan((entry?.bytes ?? 0) / 3);
  });

  it('builds the same file names twice from the same input (content hashes, no timestamps)', async () => {
    const again = await buildGraphiql(path.join(scratch, 'again'), { tabsDir: path.join(scratch, 'tabs'), docsDir: path.join(scratch, 'docs'), brotliQuality: 1 });
    expect(Object.keys(again.manifest.files).sort()).toEqual(Object.keys(built.manifest.files).sort());
  });

});

describe('the shipped tabs (lambda/graphiql/tabs)', () => {
  const schema = buildSchema(readFileSync(path.resolve('schema.graphql'), 'utf8'));

  it('are few enough to see at once, grouped for journalists, apps and portals, labelled in Chinese and English', async () => {
    const tabs = await readTabs(path.resolve('lambda', 'graphiql', 'tabs'));
    expect(tabs.length).toBeLessThanOrEqual(MAX_TABS);
    expect(tabs[0]?.group).toBe('welcome');
    expect(new Set(tabs.map((t) => t.group))).toEqual(new Set(['welcome', 'journalists', 'apps', 'portals']));
    for (const tab of tabs) {
      expect(tab.label).toMatch(/[\u4e00-\u9fff]/);
      expect(tab.label).toMatch(/[A-Za-z]/);
      // Every tab is a valid document of the schema (the browser test also runs each).
      expect({ tab: tab.label, errors: validate(schema, parse(tab.query)).map((e) => e.message) }).toEqual({ tab: tab.label, errors: [] });
    }
    expect(new Set(tabs.map((t) => t.operationName)).size).toBe(tabs.length);
  });
});
