/**
 * Errors people understand, over real HTTP through the local server: each
 * names the argument or limit at fault and the fix, with a stable code.
 */
import { useLocalServer } from '../helpers/local-server';

const server = useLocalServer();

interface GqlError { message: string; extensions?: Record<string, unknown> }
const post = async (body: Record<string, unknown>): Promise<GqlError[]> => {
  const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return ((await res.json()) as { errors?: GqlError[] }).errors ?? [];
};

describe('errors name the argument and the fix', () => {
  it('too many aliases is a limit, not a syntax error', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: reports { totalCount }`).join(' ');
    const [error] = await post({ query: `{ ${fields} }` });
    expect(error?.message).not.toMatch(/syntax/i);
    expect(error?.message).toContain('aliases');
    expect(error?.message).toContain('15');
    expect(error?.message).toMatch(/nodes\(ids/);
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases', max: 15, found: 16 });
  });

  it('too deep is a limit too', async () => {
    const deep = `{ figure(id: "f00368") { ${'changeFigure { changeOf { '.repeat(6)} id ${'} } '.repeat(6)} } }`;
    const [error] = await post({ query: deep });
    expect(error?.message).not.toMatch(/syntax/i);
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth' });
  });

  it('a short id passed to node gets a hint naming the field that takes it', async () => {
    const [figure] = await post({ query: '{ node(id: "f00368") { id } }' });
    expect(figure?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(figure?.message).toContain('figure(id: "f00368")');
    const [slug] = await post({ query: '{ node(id: "gdp-growth") { id } }' });
    expect(slug?.message).toContain('indicator(id: "gdp-growth")');
  });

  it('a cursor that is not one names what to pass', async () => {
    const [error] = await post({ query: '{ figures(after: "xyz") { totalCount } }' });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(error?.message).toContain('pageInfo.endCursor');
  });

  it('glossaryTerm without an argument shows both ways to call it', async () => {
    const [error] = await post({ query: '{ glossaryTerm { number } }' });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error?.message).toContain('glossaryTerm(number: 6)');
  });

  it('an operation name the document does not define says what to send', async () => {
    const [error] = await post({ query: 'query A { reports { totalCount } }', operationName: 'B' });
    expect(error?.extensions).toMatchObject({ argument: 'operationName' });
    expect(error?.message).toContain('"operationName"');
  });
});
