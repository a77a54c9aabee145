import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type NamedTypeNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { fragmentsOf } from './fragments';
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
  /** Objects an answer may hold at most, estimated from the page sizes along nested lists. */
  maxObjects: 50_000,
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

/** A list with no page size of its own holds this many (the @limit default of the schema). */
const DEFAULT_PAGE = 50;

/**
 * Checks what graphql-armor cannot see, once the operation is resolved and the variables are at
 * hand: every `limit`/`first` against its page size (@limit(max) alone would silently shrink the
 * page; a client should learn that it asked too much), and the size of the whole answer. Pages
 * multiply along nested lists (200 people × 200 critics each × ...), and graphql-armor's cost
 * counts only literal `first`, not `limit` or variables: here every list counts with its page
 * size, or the page of the field above it (a connection's `first` sizes its `edges`), else 50.
 */
export function pageSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          const root = operation && schema.getRootType(operation.operation);
          if (!root) return;
          const objects = new AnswerSize(schema, fragmentsOf(document), request.variables ?? {}).of(operation.selectionSet, root);
          if (objects > LIMITS.maxObjects) {
            throw new GraphQLError(
              `this query could return about ${Math.round(objects).toLocaleString('en-US')} objects (page sizes multiply along nested lists); ` +
                `one request may ask for at most ${LIMITS.maxObjects.toLocaleString('en-US')}: ask for smaller pages (limit/first) or fewer nested lists.`,
              { extensions: { code: 'QUERY_TOO_LARGE', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

class AnswerSize {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** Objects the selection may return, `copies` times over, checking each page size on the way. */
  of(set: SelectionSetNode, type: GraphQLNamedType, copies = 1, page?: number): number {
    if (!isObjectType(type) && !isInterfaceType(type)) return 0;
    let objects = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        objects += this.of(selection.selectionSet, this.typeOf(selection.typeCondition) ?? type, copies, page);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = this.fragments[selection.name.value];
        if (fragment) objects += this.of(fragment.selectionSet, this.typeOf(fragment.typeCondition) ?? type, copies, page);
      } else {
        const def = type.getFields()[selection.name.value];
        if (!def || !selection.selectionSet) continue; // a scalar, or __typename
        const own = this.pageOf(type, def, selection);
        const isList = isListType(getNullableType(def.type));
        const count = copies * (isList ? (own ?? page ?? DEFAULT_PAGE) : 1);
        objects += count + this.of(selection.selectionSet, getNamedType(def.type), count, isList ? undefined : own);
      }
    }
    return objects;
  }

  /** The field's `limit` or `first` (defaults applied), refused when above its page size. */
  private pageOf(parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    if (!node.arguments?.length && !def.args.some((a) => a.defaultValue !== undefined)) return undefined;
    const args = getArgumentValues(def, node, this.variables);
    const max = FIELD_PAGE_SIZE[`${parent.name}.${def.name}`] ?? LIMITS.pageSize;
    let page: number | undefined;
    for (const name of ['limit', 'first']) {
      const value = args[name];
      if (typeof value !== 'number') continue;
      if (value > max) {
        throw new GraphQLError(`\`${name}\` on ${parent.name}.${def.name} must be at most ${max} (got ${value}).`, {
          extensions: { code: 'PAGE_SIZE_EXCEEDED', argumentName: name, http: { status: 400 } },
        });
      }
      page ??= value;
    }
    return page;
  }

  private typeOf(condition: NamedTypeNode | undefined): GraphQLNamedType | undefined {
    return condition ? this.schema.getType(condition.name.value) : undefined;
  }
}
