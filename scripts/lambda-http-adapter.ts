/**
 * Serves a Lambda handler over plain HTTP by translating each request into an
 * API Gateway HTTP API (payload v2) event and the result back, so `npm start`
 * runs exactly the code path that runs in AWS.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type LambdaHttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

const readBody = (req: http.IncomingMessage, limit: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep reading past the limit (to answer properly) but stop buffering.
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });

/** API Gateway's own payload limit is 10 MB; beyond it the request never reaches the function. */
const GATEWAY_LIMIT = 10 * 1024 * 1024;

export const toEvent = (req: http.IncomingMessage, body: Buffer): APIGatewayProxyEventV2 => {
  // Split by hand: new URL('//x/', base) would read "x" as a host (protocol-relative), not a path.
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const url = { pathname: q < 0 ? raw : raw.slice(0, q), search: q < 0 ? '' : raw.slice(q), searchParams: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const queryStringParameters: Record<string, string> = {};
  url.searchParams.forEach((value, key) => {
    queryStringParameters[key] = key in queryStringParameters ? `${queryStringParameters[key]},${value}` : value;
  });
  const now = new Date();
  const isText = /json|graphql|text|x-www-form-urlencoded/.test(headers['content-type'] ?? 'text');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(queryStringParameters).length ? queryStringParameters : undefined,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? (isText ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !isText,
  };
};

const lambdaContext = (requestId: string): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'huozhou-report-api-local',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:huozhou-report-api-local',
  memoryLimitInMB: '1024',
  awsRequestId: requestId,
  logGroupName: 'local',
  logStreamName: 'local',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

/**
 * Node refuses request heads over 16 KB with a bare 431 before any handler
 * runs; a larger ceiling lets the handler answer an oversized GET with its own
 * coded 414 (URI_TOO_LONG, lambda/http/http-handler.ts), as it does in Lambda.
 */
const MAX_HEADER_BYTES = 256 * 1024;

const clientError = (err: NodeJS.ErrnoException, socket: Duplex): void => {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = JSON.stringify({
    errors: [{ message: tooLarge ? `The request head is over ${MAX_HEADER_BYTES} bytes.` : 'Malformed HTTP request.', extensions: { code: tooLarge ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : 'BAD_REQUEST' } }],
  });
  socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
};

export const serveLambda = async (handler: LambdaHttpHandler, port: number, host = '127.0.0.1') => {
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (req, res) => {
    try {
      const body = await readBody(req, GATEWAY_LIMIT);
      if (body === null) {
        res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Request Entity Too Large' }));
        return;
      }
      const event = toEvent(req, body);
      const result = await handler(event, lambdaContext(event.requestContext.requestId));
      const headers: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(result.headers ?? {})) headers[k] = String(v);
      if (result.cookies?.length) headers['set-cookie'] = result.cookies;
      const payload = result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : Buffer.alloc(0);
      res.writeHead(result.statusCode ?? 200, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    } catch (err) {
      // API Gateway answers 500 when the function fails; so do we, without details.
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Internal Server Error' }));
      console.error(err);
    }
  });
  server.on('clientError', clientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
};
