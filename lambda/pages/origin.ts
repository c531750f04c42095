/**
 * The public base of the API as the client reached it (`https://host[/stage]`),
 * so permalinks and citations are absolute and paste anywhere. Only the Host
 * header is used (API Gateway routes by it, so it names this API): a proxy's
 * X-Forwarded-Host/Proto are client-settable and could put another site's
 * address into answers that caches share. http only for a local host (npm start).
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { header } from '../http/common';

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d{1,5})?$/;

export const publicBase = (event: APIGatewayProxyEventV2): string | undefined => {
  const host = (header(event, 'host') ?? event.requestContext?.domainName)?.trim();
  // Only a plain host[:port] is ever put into a link.
  if (!host || !/^(\[::1\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) return undefined;
  const stage = event.requestContext?.stage;
  const raw = event.rawPath || '/';
  const prefix = stage && stage !== '$default' && (raw === `/${stage}` || raw.startsWith(`/${stage}/`)) ? `/${stage}` : '';
  return `${LOCAL.test(host) ? 'http' : 'https'}://${host}${prefix}`;
};
