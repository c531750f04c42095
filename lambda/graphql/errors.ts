/** Errors are values with a code: clients branch on `extensions.code`, never on messages. */
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { Logger } from '@aws-lambda-powertools/logger';
import { GraphQLError } from 'graphql';

/** Apollo's logger interface, named through its own options type (its package is Apollo's dependency, not ours). */
type ApolloLogger = NonNullable<ApolloServerOptions<BaseContext>['logger']>;

export const badUserInput = (message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });

export const storeUnavailable = (): GraphQLError =>
  new GraphQLError('The data store is temporarily unavailable. Retry the request later.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
  });

/**
 * A mutation or subscription sent to this read-only API. GraphQL over HTTP
 * asks 405 (with Allow) for a mutation over GET; over POST the method is fine
 * and the operation is not, so 400.
 */
export const operationNotSupported = (operation: string, method: string): GraphQLError => {
  const get = method.toUpperCase() === 'GET';
  return new GraphQLError(`This API is read-only: ${operation} operations are not supported. Send a query.`, {
    extensions: {
      code: 'OPERATION_NOT_SUPPORTED',
      http: { status: get ? 405 : 400, ...(get ? { headers: new Map([['allow', 'POST']]) } : {}) },
    },
  });
};

/** Longest client-chosen name (operationName) written to a log line. */
export const MAX_LOGGED_NAME = 100;

export const truncateName = (name: string | null): string | null =>
  name !== null && name.length > MAX_LOGGED_NAME ? `${name.slice(0, MAX_LOGGED_NAME)}…(${name.length} chars)` : name;

/** The cause of an INTERNAL_SERVER_ERROR, with its stack, for the operator: the client only ever sees the code. */
export const logInternalError = (logger: Logger, original: unknown, path: readonly (string | number)[] | undefined): void => {
  const error = original instanceof Error ? original : new Error(`non-Error thrown: ${String(original)}`);
  logger.error({ message: 'internal server error', path: path?.join('.') ?? null }, error);
};

/** Apollo's logger interface over the Powertools logger, so Apollo's own messages are structured JSON lines too. */
export const apolloLogger = (logger: Logger): ApolloLogger => {
  const text = (args: unknown[]): string => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const firstError = (args: unknown[]): Error | undefined => args.find((a): a is Error => a instanceof Error);
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => {
      const err = firstError(args);
      if (err) logger.error(text(args), err);
      else logger.error(text(args));
    },
  };
};
