/**
 * The API as the throughput bench runs it: lambda/handler.ts (the production
 * entry) behind scripts/lambda-http-adapter.ts. bench/throughput.ts bundles
 * this file with the stack's esbuild options (cdk/bundling.ts) and runs it
 * with plain node, so the process holds what the Lambda function holds (no
 * TypeScript loader) plus the adapter.
 */
import { handler } from '../lambda/handler';
import { serveLambda } from '../scripts/lambda-http-adapter';
import { answerUsage } from './usage';

answerUsage();
serveLambda(handler, 0)
  .then(({ server, port }) => {
    server.keepAliveTimeout = 60_000;
    process.send?.({ type: 'ready', port });
  })
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
