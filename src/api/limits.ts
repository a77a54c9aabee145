import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { BOUNDS } from './guards';

/** What one request may ask for. Documented in the README, section "GraphQL API". */
export const LIMITS = {
  /** Nesting of selection sets (a connection's edges/node counts as two levels). */
  maxDepth: 10,
  /** graphql-armor cost: 2 per object field, 1 per scalar, times 1.5 per level of depth. */
  maxCost: 5000,
  maxAliases: 15,
  /** Largest `limit` / `first` on generated lists and connections (@limit max is the same). */
  pageSize: 200,
  /** Largest request body, in bytes. */
  maxBodyBytes: 100_000,
} as const;

/** Per-field caps of `limit` for the traversals, which have their own bounds. */
const FIELD_PAGE_SIZE: Record<string, number> = {
  'Query.search': BOUNDS.searchLimit,
  'Query.neighborhood': BOUNDS.neighborhoodLimit,
  'Query.paths': BOUNDS.pathLimit,
  'Link.evidence': BOUNDS.evidenceLimit,
};

export function validationRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: LIMITS.maxDepth, ...reportAsValidationError }),
    costLimitRule({ maxCost: LIMITS.maxCost, ...reportAsValidationError }),
    maxAliasesRule({ n: LIMITS.maxAliases, ...reportAsValidationError }),
  ] as unknown as ValidationRule[];
}

// graphql-armor throws its errors out of the validator by default (Apollo then answers 500) and
// prefixes them "Syntax Error:"; reported through the validation context instead, they come back
// as ordinary validation errors (HTTP 400, code GRAPHQL_VALIDATION_FAILED).
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};

/**
 * Rejects `limit`/`first` above the page size before anything runs. Validation rules cannot see
 * variable values, so this runs once the operation is resolved, with the variables at hand.
 * (@limit(max) alone would silently shrink the page; a client should learn that it asked too much.)
 */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          checkPageSizes(schema, document, request.variables ?? {});
        },
      };
    },
  };
}

function checkPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!def || !parent || !node.arguments?.length) return;
        const max = FIELD_PAGE_SIZE[`${parent.name}.${def.name}`] ?? LIMITS.pageSize;
        const args = getArgumentValues(def, node, variables);
        for (const name of ['limit', 'first']) {
          const value = args[name];
          if (typeof value === 'number' && value > max) {
            throw new GraphQLError(`\`${name}\` on ${parent.name}.${def.name} must be at most ${max} (got ${value}).`, {
              extensions: { code: 'PAGE_SIZE_EXCEEDED', argumentName: name, http: { status: 400 } },
            });
          }
        }
      },
    }),
  );
}
