/** The shared HTTP helpers (lambda/http/common.ts) that GraphQL, GraphiQL and downloads all use. */
import { appPath, etagMatches, header, jsonError, methodOf } from '../../lambda/http/common';
import { apiEvent } from '../helpers/events';

describe('header', () => {
  it('finds a header whatever its case, and only string values', () => {
    const event = apiEvent({ method: 'GET', headers: { 'If-None-Match': '"a"', accept: 'application/json' } });
    expect(header(event, 'if-none-match')).toBe('"a"');
    expect(header(event, 'ACCEPT')).toBe('application/json');
    expect(header(event, 'x-missing')).toBeUndefined();
    expect(header({ ...event, headers: 7 as unknown as Record<string, string> }, 'accept')).toBeUndefined();
  });
});

describe('appPath and methodOf', () => {
  it('strip a named stage, keep $default paths, flag the bare stage root', () => {
    const at = (rawPath: string, stage: string) => {
      const event = apiEvent({ method: 'GET', path: rawPath });
      return appPath({ ...event, requestContext: { ...event.requestContext, stage } });
    };
    expect(at('/prod/graphql', 'prod')).toEqual({ path: '/graphql', stageRoot: false });
    expect(at('/prod', 'prod')).toEqual({ path: '/', stageRoot: true });
    expect(at('/production/graphql', 'prod')).toEqual({ path: '/production/graphql', stageRoot: false });
    expect(at('/graphql', '$default')).toEqual({ path: '/graphql', stageRoot: false });
    expect(methodOf(apiEvent({ method: 'head' }))).toBe('HEAD');
  });
});

describe('etagMatches', () => {
  it('compares weakly, accepts lists and *, and nothing else', () => {
    expect(etagMatches('"v1-x"', '"v1-x"')).toBe(true);
    expect(etagMatches('W/"v1-x"', '"v1-x"')).toBe(true);
    expect(etagMatches('"a", "v1-x"', '"v1-x"')).toBe(true);
    expect(etagMatches('*', '"v1-x"')).toBe(true);
    expect(etagMatches('"v1-y"', '"v1-x"')).toBe(false);
    expect(etagMatches(undefined, '"v1-x"')).toBe(false);
  });
});

describe('jsonError', () => {
  it('is a GraphQL-shaped, never cached error with a code', () => {
    const r = jsonError(414, 'too long', 'URI_TOO_LONG', { maxBytes: 1 }, { 'x-a': 'b' });
    expect(r.statusCode).toBe(414);
    expect(r.headers).toMatchObject({ 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', 'x-a': 'b' });
    expect(JSON.parse(r.body!)).toEqual({ errors: [{ message: 'too long', extensions: { code: 'URI_TOO_LONG', maxBytes: 1 } }] });
  });
});
