import {
  getNamedType,
  getOperationAST,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type FieldNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  parse,
} from 'graphql';
import { fragmentsOf } from './fragments';
import { ENTITY_FIELDS, LINK_FIELDS, type Columns } from './row-codec';

export interface Selection {
  returnType: GraphQLOutputType;
  fieldNodes: readonly { selectionSet?: SelectionSetNode }[];
  fragments: Record<string, FragmentDefinitionNode>;
}

/**
 * The EntityRef and Link fields a traversal field's selection asks for, wherever they sit in
 * it (through fragments too). An entity always carries its id: links find their ends by it.
 * A link carries its key when its evidence is asked for: evidence is loaded by key.
 */
export function selectedColumns({ returnType, fieldNodes, fragments }: Selection): Columns {
  const entity = new Set<string>(['id']);
  const link = new Set<string>();
  const walk = (type: GraphQLNamedType, set: SelectionSetNode | undefined): void => {
    if (!set || !isObjectType(type)) return;
    const fields = type.getFields();
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const field = fields[s.name.value];
        if (!field) continue; // __typename
        if (type.name === 'EntityRef') entity.add(field.name);
        if (type.name === 'Link') link.add(field.name === 'evidence' ? 'key' : field.name);
        walk(getNamedType(field.type), s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(type, s.selectionSet); // traversal results hold object types only: the condition is `type`
      } else {
        walk(type, fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) walk(getNamedType(returnType), node.selectionSet);
  return { entity: ENTITY_FIELDS.filter((f) => entity.has(f)), link: LINK_FIELDS.filter((f) => link.has(f)) };
}

/** The columns of the first top-level field of `query` (the benchmark and tests ask this). */
export function selectedColumnsOfQuery(schema: GraphQLSchema, query: string): Columns {
  const document = parse(query);
  const field = getOperationAST(document)?.selectionSet.selections[0] as FieldNode | undefined;
  const returnType = field && schema.getQueryType()?.getFields()[field.name.value]?.type;
  if (!field || !returnType) throw new Error(`selectedColumnsOfQuery: no Query field in ${query}`);
  return selectedColumns({ returnType, fieldNodes: [field], fragments: fragmentsOf(document) });
}
