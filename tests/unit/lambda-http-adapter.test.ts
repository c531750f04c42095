import { Readable } from 'node:stream';
import type http from 'node:http';
import { toEvent } from '../../scripts/lambda-http-adapter';

const request = (url: string, method = 'GET', headers: Record<string, string> = {}): http.IncomingMessage =>
  Object.assign(Readable.from([]), { url, method, headers, httpVersion: '1.1', socket: { remoteAddress: '127.0.0.1' } }) as unknown as http.IncomingMessage;

describe('HTTP request → API Gateway v2 event', () => {
  it('keeps path and raw query string apart, as API Gateway does', () => {
    const event = toEvent(request('/graphql?query=%7Byears%7Byear%7D%7D&x=1'), Buffer.alloc(0));
    expect(event.rawPath).toBe('/graphql');
    expect(event.rawQueryString).toBe('query=%7Byears%7Byear%7D%7D&x=1');
    expect(event.queryStringParameters).toEqual({ query: '{years{year}}', x: '1' });
    expect(event.requestContext.http.method).toBe('GET');
    expect(event.body).toBeUndefined();
  });

  it('reads a path starting with // as a path, not as a host', () => {
    expect(toEvent(request('//graphiql/'), Buffer.alloc(0)).rawPath).toBe('//graphiql/');
  });

  it('passes JSON bodies as text and lower-cases header names', () => {
    const event = toEvent(request('/graphql', 'POST', { 'Content-Type': 'application/json' }), Buffer.from('{"query":"{ years { year } }"}'));
    expect(event.headers['content-type']).toBe('application/json');
    expect(event.body).toBe('{"query":"{ years { year } }"}');
    expect(event.isBase64Encoded).toBe(false);
  });
});
