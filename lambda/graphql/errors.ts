/** Errors are values with a code: clients branch on `extensions.code`, never on messages. */
import { GraphQLError } from 'graphql';

export const badUserInput = (message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });

export const storeUnavailable = (): GraphQLError =>
  new GraphQLError('The data store is temporarily unavailable. Retry the request later.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
  });
