/**
 * The examples of docs/queries.md, read for the tests that run them
 * (tests/integration/queries-doc.test.ts) and check the reader
 * (tests/unit/graphiql-build.test.ts).
 */
export interface QueryExample {
  title: string;
  query: string;
  /** The JSON text of the example's variables, as written. */
  variables?: string;
}

/**
 * Reads the examples of docs/queries.md: each `### Title` heading followed by
 * a ```graphql fenced block and, optionally, a ```json block of variables.
 * Headings without a GraphQL block (prose sections) are skipped.
 */
export const parseQueryExamples = (markdown: string): QueryExample[] => {
  const examples: QueryExample[] = [];
  let current: { title: string; query?: string; variables?: string } | undefined;
  const flush = (): void => {
    if (current?.query) {
      examples.push({
        title: current.title,
        query: current.query,
        ...(current.variables === undefined ? {} : { variables: current.variables }),
      });
    }
  };
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^###\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      current = { title: heading[1] ?? '' };
      continue;
    }
    if (/^#{1,2}\s/.test(line)) {
      // A higher-level heading closes the example without starting a new one.
      flush();
      current = undefined;
      continue;
    }
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (!fence) continue;
    const marker = fence[1] ?? '```';
    const language = (fence[2] ?? '').toLowerCase();
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith(marker); i++) body.push(lines[i] ?? '');
    if (!current) continue;
    const text = `${body.join('\n').trim()}\n`;
    if ((language === 'graphql' || language === 'gql') && current.query === undefined) current.query = text;
    else if (language === 'json' && current.query !== undefined && current.variables === undefined) {
      current.variables = text.trim();
    }
  }
  flush();
  return examples;
};
