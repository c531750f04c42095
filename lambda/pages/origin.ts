/**
 * The public base of the API as the client reached it (`https://host[/stage]`),
 * so permalinks and citations are absolute and paste anywhere. Taken from the
 * request (X-Forwarded-Host/Proto when a proxy sets them), never configured.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
};

export const publicBase = (event: APIGatewayProxyEventV2): string | undefined => {
  const host = (header(event, 'x-forwarded-host') ?? header(event, 'host') ?? event.requestContext?.domainName)?.split(',')[0]?.trim();
  // A Host header is client-controlled: only a plain host[:port] is used in links.
  if (!host || !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host)) return undefined;
  const proto = (header(event, 'x-forwarded-proto') ?? '').split(',')[0]?.trim() || (/^(localhost|127\.|\[::1\])/.test(host) ? 'http' : 'https');
  const stage = event.requestContext?.stage;
  const raw = event.rawPath || '/';
  const prefix = stage && stage !== '$default' && (raw === `/${stage}` || raw.startsWith(`/${stage}/`)) ? `/${stage}` : '';
  return `${proto === 'http' ? 'http' : 'https'}://${host}${prefix}`;
};
