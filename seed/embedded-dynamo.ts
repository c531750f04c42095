/**
 * An embedded DynamoDB-compatible server (dynalite) started in-process: it
 * speaks the DynamoDB wire protocol over HTTP, so the AWS SDK talks to it as
 * to DynamoDB. In memory by default; on disk with a directory.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import dynalite from 'dynalite';

export interface EmbeddedDynamo {
  endpoint: string;
  close(): Promise<void>;
}

export const startEmbeddedDynamo = async (opts: { port?: number; persistDir?: string } = {}): Promise<EmbeddedDynamo> => {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(opts.persistDir ? { path: opts.persistDir } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
