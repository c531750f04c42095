/**
 * A closed-loop HTTP load generator on node:http keep-alive agents (no
 * autocannon in the dependencies): `connections` loops, each sending its next
 * request as soon as the previous answer has been read, for `seconds`.
 */
import http from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  port: number;
  connections: number;
  seconds: number;
  /** Request number i (numbers are handed out in order across all connections, from `firstIndex`). */
  request: (i: number) => LoadRequest;
  /** Whether an answer is a correct one (anything else counts as an error). */
  check: (status: number, body: string) => boolean;
  firstIndex?: number;
  /** Stop after this many requests (before `seconds` if sooner). */
  maxRequests?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latenciesMs: number[];
  /** The first wrong answer, for the report. */
  firstError?: string;
  nextIndex: number;
}

const send = (agent: http.Agent, port: number, r: LoadRequest): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.body === undefined ? r.headers : { ...r.headers, 'content-length': Buffer.byteLength(r.body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });

export const runLoad = async (o: LoadOptions): Promise<LoadResult> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  let next = o.firstIndex ?? 0;
  const last = o.maxRequests === undefined ? Infinity : next + o.maxRequests;
  let errors = 0;
  let firstError: string | undefined;
  const latenciesMs: number[] = [];
  const started = performance.now();
  const end = started + o.seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < end && next < last) {
      const i = next++;
      const t = performance.now();
      try {
        const { status, body } = await send(agent, o.port, o.request(i));
        latenciesMs.push(performance.now() - t);
        if (!o.check(status, body)) {
          errors++;
          firstError ??= `${status} ${body.slice(0, 300)}`;
        }
      } catch (err) {
        errors++;
        firstError ??= String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: latenciesMs.length, errors, seconds, perSecond: latenciesMs.length / seconds, latenciesMs, firstError, nextIndex: next };
};
