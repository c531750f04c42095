/**
 * `extensions.cost` on every GraphQL answer: what the operation was charged
 * (`requested`) against the most one operation may cost (`limit`), as GitHub's
 * (`rateLimit.cost`) and Shopify's (`extensions.cost.requestedQueryCost`)
 * APIs tell their clients.
 *
 * The number is graphql-armor's own cost (its costLimitRule, with the options
 * lambda/graphql/server.ts gives it), so `requested` is exactly what the limit
 * is checked against; the formula is in docs/bench.md ("Cost"). It costs
 * one small AST walk per answer (repeated queries are answered before Apollo,
 * lambda/http/response-cache.ts, and Apollo keeps no parsed documents,
 * lambda/graphql/server.ts, so there is nothing to reuse per document).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, TypeInfo, ValidationContext, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';

export interface CostOptions {
  /** graphql-armor's maxCost (the limit); the other options stay graphql-armor's defaults, as in server.ts. */
  maxCost: number;
}

export interface Cost {
  /** The operation's cost; null when the request has no parsed document (a syntax error). */
  requested: number | null;
  limit: number;
}

/**
 * graphql-armor's cost rule alone (every other protection off), reporting
 * each operation's cost into `sink`: accepted operations through onAccept,
 * rejected ones (over the limit) through their error, whose message carries
 * the number. Taken from ApolloArmor itself so the formula and defaults are
 * exactly those server.ts enforces, through the one declared dependency.
 */
const costRule = (maxCost: number, sink: number[]): ValidationRule => {
  const off = { enabled: false };
  const { validationRules } = new ApolloArmor({
    costLimit: {
      maxCost,
      onAccept: [(_ctx, { n }) => void sink.push(n)],
      onReject: [(_ctx, err) => void sink.push(Number(/found (\d+(?:\.\d+)?)/.exec(err.message)?.[1] ?? NaN))],
      propagateOnRejection: false,
    },
    maxDepth: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  }).protect();
  if (validationRules.length !== 1) throw new Error(`graphql-armor gave ${validationRules.length} rules for costLimit alone; expected 1`);
  return validationRules[0] as ValidationRule;
};

type OperationVisitor = { OperationDefinition?: { enter?: (node: OperationDefinitionNode) => void } };

/**
 * graphql-armor's cost of each operation of a document, by operation name
 * ('' for an anonymous one). The rule computes an operation's whole cost when
 * it enters the OperationDefinition node, so it is entered for each
 * operation directly instead of walking the document with validate()
 * (9 µs instead of 54 per document of the bench's distinct queries, measured).
 * The rule is built once; calls are synchronous, so they share its sink.
 */
const operationCosts = (maxCost: number): ((schema: GraphQLSchema, document: DocumentNode) => Map<string, number>) => {
  const found: number[] = [];
  const rule = costRule(maxCost, found);
  return (schema, document) => {
    found.length = 0;
    const context = new ValidationContext(schema, document, new TypeInfo(schema), () => undefined);
    const visitor = rule(context) as OperationVisitor;
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    for (const op of operations) visitor.OperationDefinition?.enter?.(op);
    return new Map(operations.map((op, i) => [op.name?.value ?? '', found[i] ?? NaN]));
  };
};

export const costPlugin = <C extends object>({ maxCost }: CostOptions): ApolloServerPlugin<C> => {
  const costsOf = operationCosts(maxCost);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, schema, operation, request }) {
          if (response.body.kind !== 'single') return;
          let requested: number | null = null;
          if (document) {
            const costs = costsOf(schema, document);
            const name = operation?.name?.value ?? request.operationName ?? (costs.size === 1 ? [...costs.keys()][0]! : '');
            const n = costs.get(name);
            requested = n === undefined || Number.isNaN(n) ? null : n;
          }
          const result = response.body.singleResult;
          const cost: Cost = { requested, limit: maxCost };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
};
