/**
 * The Apollo Server: schema-first typeDefs, thin resolvers, limits from
 * graphql-armor, the cost of each operation in extensions.cost (cost.ts), and errors that always carry a code and never a stack trace
 * outside development.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from '@aws-lambda-powertools/logger';
import {
  buildASTSchema,
  GraphQLError,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from './__generated__/type-defs';
import { resolvers } from './resolvers';
import { friendlier } from './friendly-errors';
import type { Context } from './context';
import { StoreUnavailableError } from '../data/store';
import { currentMetrics } from '../data/request-metrics';
import { MAX_PAGE_SIZE } from './connections';
import { validateArgs } from './validate';
import { apolloLogger, logInternalError, operationNotSupported, truncateName } from './errors';
import { costPlugin } from './cost';

export const LIMITS = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2_000,
  maxPageSize: MAX_PAGE_SIZE,
} as const;

/**
 * No parsed-document store (documentStore: null). Apollo's default weighs a
 * document by its JSON, 30 MiB of it, while graphql-js keeps tokens and
 * locations at ~82 heap bytes per source character (measured, 4× the JSON):
 * under distinct queries it grew to ~100 MB of the function's memory. A store
 * of our own costs the cold start more than it saves: Apollo then hashes the
 * printed schema at start-up (printSchema + a JavaScript SHA-256 in the
 * bundle, ~15 ms of a ~60 ms first answer, measured). Repeated requests never
 * reach Apollo (lambda/http/response-cache.ts answers them); what is left is
 * parsing and validating a document sent again with other variables, well
 * under a millisecond for the queries of docs/queries.md.
 */
export interface ServerOptions {
  logger: Logger;
  isDevelopment: boolean;
  cacheMaxAgeSeconds: number;
}

/**
 * Codes a client can act on; anything unexpected becomes INTERNAL_SERVER_ERROR
 * without details, its cause and stack logged (never sent) when a logger is given.
 */
export const formatError =
  (isDevelopment: boolean, logger?: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof StoreUnavailableError) {
      return {
        message: 'The data store is temporarily unavailable. Retry the request later.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
      };
    }
    // Apollo's own request errors (e.g. an APQ hash that does not match) carry a 4xx status but no code.
    const httpStatus = original instanceof GraphQLError ? (original.extensions.http as { status?: number } | undefined)?.status : undefined;
    const requestError = httpStatus !== undefined && httpStatus < 500;
    const rawCode = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    const code = rawCode === 'INTERNAL_SERVER_ERROR' && requestError ? 'BAD_REQUEST' : rawCode;
    if (code === 'INTERNAL_SERVER_ERROR') {
      if (logger) logInternalError(logger, original, formatted.path);
      if (!isDevelopment) return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return friendlier({ ...formatted, extensions: { ...formatted.extensions, code } });
  };

/** A read-only API: mutation and subscription are refused before execution with a coded 4xx (not a 500 from graphql-js). */
const queriesOnlyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation && operation.operation !== 'query') throw operationNotSupported(operation.operation, request.http?.method ?? 'POST');
      },
    };
  },
};

/** One structured log line per operation: name, duration, DynamoDB requests, error codes. Variables are not logged. */
const operationLogPlugin = (logger: Logger): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ operationName, response, errors, request }) {
        const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
        const codes = [...(errors ?? []), ...(body?.errors ?? [])]
          .map((e) => String(('extensions' in e && e.extensions?.code) || 'INTERNAL_SERVER_ERROR'));
        const metrics = currentMetrics();
        logger.info('graphql operation', {
          // Client-chosen: bounded so a 60 KB name cannot bloat every log line.
          operationName: truncateName(operationName ?? request.operationName ?? null),
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          dynamoRequests: metrics?.dynamoRequests ?? 0,
          errorCodes: [...new Set(codes)],
        });
        if (logger.getLevelName() === 'DEBUG') logger.debug('graphql variables', { variables: request.variables ?? null });
      },
    };
  },
});

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Puts each resolver of the map where graphql-tools' addResolversToSchema
 * (updateResolversInPlace) puts it: a field function bound to its type's
 * resolver object, `__resolveType` / `__isTypeOf` on the type. The map only
 * holds those (no custom scalars or enums); anything else is an error here
 * rather than silently ignored.
 */
const attachResolvers = (schema: GraphQLSchema, map: ResolverMap): GraphQLSchema => {
  for (const [typeName, typeResolvers] of Object.entries(map)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) && !isAbstractType(type)) throw new Error(`"${typeName}" defined in resolvers, but not an object, interface or union type of the schema`);
    for (const [name, value] of Object.entries(typeResolvers)) {
      if (name === '__resolveType' && isAbstractType(type)) type.resolveType = value as typeof type.resolveType;
      else if (name === '__isTypeOf' && isObjectType(type)) type.isTypeOf = value as typeof type.isTypeOf;
      else {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
        if (!field || typeof value !== 'function') throw new Error(`${typeName}.${name} defined in resolvers, but not a field resolver of the schema`);
        const resolve = (value as GraphQLFieldResolver<unknown, unknown>).bind(typeResolvers);
        // Fields with arguments check them (validate.ts) before their resolver can reach the store.
        const validated: GraphQLFieldResolver<unknown, unknown> = (source, args: Record<string, unknown>, ctx, info) => {
          validateArgs(typeName, name, args);
          return resolve(source, args, ctx, info);
        };
        // The wrapper keeps the bound resolver's name (`bound <fn>`), which stack traces and the bundle test read.
        field.resolve = field.args.length === 0 ? resolve : Object.defineProperty(validated, 'name', { value: resolve.name });
      }
    }
  }
  return schema;
};

/**
 * The executable schema: the SDL parsed (without source locations, which only
 * SDL error messages use) and built by graphql-js, the resolvers attached in
 * place. What Apollo's `typeDefs` + `resolvers` options do (makeExecutableSchema)
 * minus the passes that cost most of a cold start's schema work: merging the
 * one typeDefs string with nothing, re-validating an SDL that codegen and the
 * tests have already validated, and copying the whole schema to attach
 * resolvers. tests/integration/bundle.test.ts checks that it prints and
 * introspects exactly like makeExecutableSchema's, carries the same resolvers
 * and is valid in full.
 */
export const buildExecutableSchema = (): GraphQLSchema =>
  attachResolvers(
    buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true, assumeValid: true }),
    resolvers as unknown as ResolverMap,
  );

export const createApolloServer = (options: ServerOptions): ApolloServer<Context> => {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's token plugin turns ordinary syntax errors into 500s; graphql-js's own parser limit (parseOptions) is used instead.
    maxTokens: { enabled: false },
    // Suggestions help people exploring the public schema in GraphiQL.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema: buildExecutableSchema(),
    documentStore: null,
    ...protection,
    plugins: [
      ...protection.plugins,
      // Repeated queries never get here: lambda/http/response-cache.ts answers them before Apollo.
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo GraphOS: never report usage or schemas, never build federated traces (ftv1).
      // The Lambda bundle leaves their protobuf code out (cdk/bundling.ts), so they must stay off.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queriesOnlyPlugin,
      operationLogPlugin(options.logger),
      costPlugin<Context>({ maxCost: LIMITS.maxCost }),
    ],
    // Apollo's own messages (startup, unexpected errors) go through the same structured logger.
    logger: apolloLogger(options.logger),
    validationRules: [...protection.validationRules],
    parseOptions: { maxTokens: LIMITS.maxTokens },
    formatError: formatError(options.isDevelopment, options.logger),
    includeStacktraceInErrorResponses: options.isDevelopment,
    introspection: true,
    // A read-only public API without cookies or credentials: no CSRF surface, and GET must work from any client.
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
  });
};
