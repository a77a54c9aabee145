import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from './api-schema';

/** What the access log line of one request says besides method, path, status and time. */
export interface RequestLog {
  operation?: string;
  errors?: number;
}

/**
 * Read-only unless writes are enabled (the schema then has no Mutation type, and graphql-js would
 * answer a mutation with a bare execution error); with writes, mutations need the bearer token.
 */
export function writeGuardPlugin(enableWrites: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (!enableWrites) {
            throw new GraphQLError('this API is read-only: it has no mutations (writes need `kg serve --enable-writes`)', {
              extensions: { code: 'READ_ONLY', http: { status: 400 } },
            });
          }
          if (!contextValue.authenticated) {
            throw new GraphQLError('mutations need a valid bearer token (Authorization: Bearer <KG_API_TOKEN>)', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

/** Copies the operation name and error count into the request's log line. */
export function logDetailsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ request, errors, response }) {
          const log = contextValue.requestLog;
          if (!log) return;
          log.operation = request.operationName ?? undefined;
          const body = response.body;
          const count = errors?.length ?? (body.kind === 'single' ? (body.singleResult.errors?.length ?? 0) : 0);
          if (count > 0) log.errors = count;
        },
      };
    },
  };
}
