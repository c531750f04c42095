/**
 * Messages people understand: graphql-armor words every limit as a "Syntax
 * Error" (the document is not malformed, it is too big), and a few graphql-js
 * messages say what is wrong but not what to do. Each is rewritten to name the
 * limit or argument and the fix; codes stay as they are (clients branch on
 * codes, docs/errors.md lists them). Applied in server.ts formatError.
 */
import type { GraphQLFormattedError } from 'graphql';

interface Rewrite {
  pattern: RegExp;
  message: (m: RegExpExecArray) => string;
  extensions?: (m: RegExpExecArray) => Record<string, unknown>;
}

const REWRITES: Rewrite[] = [
  {
    pattern: /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.?$/,
    message: (m) =>
      `Too many aliases: the document uses ${m[2]}, the limit is ${m[1]}. Ask for several objects with one list field (nodes(ids: [...]), figures(filter: ...)) or split the document into several requests.`,
    extensions: (m) => ({ limit: 'maxAliases', max: Number(m[1]), found: Number(m[2]) }),
  },
  {
    pattern: /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.?$/,
    message: (m) =>
      `Query depth is ${m[2]} levels; the limit is ${m[1]}. Nest fewer levels and fetch deeper objects with node(id:) in a second request.`,
    extensions: (m) => ({ limit: 'maxDepth', max: Number(m[1]), found: Number(m[2]) }),
  },
  {
    pattern: /^Syntax Error: Query Cost limit of (\d+) exceeded, found (\d+)\.?$/,
    message: (m) =>
      `The document would cost ${m[2]}; the limit is ${m[1]}. Ask for smaller pages ("first") or fewer fields per item, or split it into several requests.`,
    extensions: (m) => ({ limit: 'maxCost', max: Number(m[1]), found: Number(m[2]) }),
  },
  {
    pattern: /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.?$/,
    message: (m) => `The document uses ${m[2]} directives; the limit is ${m[1]}. Use fewer @include/@skip directives, or variables to choose fields.`,
    extensions: (m) => ({ limit: 'maxDirectives', max: Number(m[1]), found: Number(m[2]) }),
  },
  {
    pattern: /^Syntax Error: Document contains more than (\d+) tokens\. Parsing aborted\.$/,
    message: (m) => `The document has more than ${m[1]} tokens, the limit. Send a shorter document (fewer fields or aliases), or split it into several requests.`,
    extensions: (m) => ({ limit: 'maxTokens', max: Number(m[1]) }),
  },
  {
    pattern: /^Unknown operation named "([^"]*)"\.$/,
    message: (m) =>
      `Unknown operation named "${m[1]}": the document defines no operation of that name. Send "operationName" equal to one of the document's operation names, or leave it out when the document has a single operation.`,
    extensions: () => ({ argument: 'operationName' }),
  },
  {
    pattern: /^Must provide operation name if query contains multiple operations\.$/,
    message: () => 'The document defines several operations: send "operationName" naming the one to run.',
    extensions: () => ({ argument: 'operationName' }),
  },
];

export const friendlier = (formatted: GraphQLFormattedError): GraphQLFormattedError => {
  for (const rewrite of REWRITES) {
    const m = rewrite.pattern.exec(formatted.message);
    if (m) return { ...formatted, message: rewrite.message(m), extensions: { ...formatted.extensions, ...rewrite.extensions?.(m) } };
  }
  return formatted;
};
