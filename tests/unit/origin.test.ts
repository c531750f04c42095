/** Absolute links name this API: the Host header only, never a client-set X-Forwarded-Host. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { publicBase } from '../../lambda/pages/origin';

const event = (headers: Record<string, string>, rawPath = '/graphql', stage = '$default'): APIGatewayProxyEventV2 =>
  ({ headers, rawPath, requestContext: { stage, domainName: 'abc.execute-api.eu-west-1.amazonaws.com' } }) as unknown as APIGatewayProxyEventV2;

describe('publicBase', () => {
  it('uses the Host header, https unless local, and keeps a named stage', () => {
    expect(publicBase(event({ host: 'localhost:4000' }))).toBe('http://localhost:4000');
    expect(publicBase(event({ host: 'api.example.org' }))).toBe('https://api.example.org');
    expect(publicBase(event({ host: 'api.example.org' }, '/prod/graphql', 'prod'))).toBe('https://api.example.org/prod');
    expect(publicBase(event({}))).toBe('https://abc.execute-api.eu-west-1.amazonaws.com');
  });

  it('ignores X-Forwarded-Host/Proto and refuses a host that is not a plain name', () => {
    expect(publicBase(event({ host: 'api.example.org', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' }))).toBe('https://api.example.org');
    expect(publicBase(event({ host: 'evil.example/"><script>' }))).toBeUndefined();
  });
});
