/**
 * The floor of the fixed stack, for the cold-start bench: the least a Lambda
 * function on this project's stack does to answer one GraphQL query from
 * DynamoDB. Apollo Server 5 through @as-integrations/aws-lambda, a one-field
 * schema, one GetItem (the publication pointer) through dynamodb-toolbox v2
 * and the AWS SDK's document client, one Powertools log line. Bundled with
 * the API's own esbuild options (cdk/bundling.ts), run with its Node flags.
 *
 * What the API's cold start costs beyond this is our code; what this costs
 * beyond a do-nothing node process is the stack's (docs/bench-cold-start.md).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'dynamodb-toolbox/entity';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { item } from 'dynamodb-toolbox/schema/item';
import { string } from 'dynamodb-toolbox/schema/string';
import { Table } from 'dynamodb-toolbox/table';
import { itemKeys, TABLE_KEYS } from '../../lambda/data/keys';
import { FLOOR_ANSWER } from './answer';

const logger = new Logger({ serviceName: 'cold-start-floor' });
const table = new Table({
  name: process.env.TABLE_NAME ?? 'missing',
  partitionKey: { name: TABLE_KEYS.partitionKey, type: 'string' },
  sortKey: { name: TABLE_KEYS.sortKey, type: 'string' },
  documentClient: DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT })),
});
const Pointer = new Entity({
  name: 'FloorPointer',
  table,
  schema: item({ [TABLE_KEYS.partitionKey]: string().key(), [TABLE_KEYS.sortKey]: string().key() }),
  // The table's items carry our own entity attribute; the floor reads only the keys.
  entityAttribute: false,
  timestamps: false,
});

const server = new ApolloServer({
  typeDefs: 'type Query { floor: String }',
  resolvers: {
    Query: {
      floor: async () => {
        const { Item } = await Pointer.build(GetItemCommand).key(itemKeys.pointer()).send();
        logger.info('floor read', { found: Item !== undefined });
        return FLOOR_ANSWER;
      },
    },
  },
  plugins: [ApolloServerPluginLandingPageDisabled()],
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
