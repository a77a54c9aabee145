// How traversal statements hand entities and links to the API: as lists, not maps. The driver
// builds every map of a result key by key with Object.defineProperty, which measured as the
// largest single cost of a neighborhood request in the API process (a 50-entity answer holds
// about a hundred maps); a list is unpacked into a plain array. The columns are declared once
// here, for both the Cypher that encodes (`#entity(n)`, `#link(r)`, `#linkIds(r)`) and the
// functions that decode, so the two cannot drift apart.

export interface EntityRef {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  iso: string | null;
}

export interface Link<End = EntityRef> {
  type: string;
  key: string;
  symmetric: boolean;
  from: End;
  to: End;
  documentCount: number;
  claimCount: number;
  confidence: number;
  firstDate: string | null;
  lastDate: string | null;
}

type Column = readonly [name: string, cypher: (v: string) => string];

const ENTITY_COLUMNS: readonly Column[] = (['id', 'name', 'type', 'aliases', 'iso'] as const).map(
  (name) => [name, (v: string) => `${v}.${name}`] as const,
);

const SYMMETRIC_TYPES = "['MET_WITH', 'ALLIED_WITH', 'FAMILY_OF']";

/** The columns of a link; `end` encodes startNode(r) / endNode(r) (a whole entity or its id). */
function linkColumns(end: (node: string) => string): readonly Column[] {
  return [
    ['type', (r) => `type(${r})`],
    ['key', (r) => `${r}.key`],
    ['symmetric', (r) => `type(${r}) IN ${SYMMETRIC_TYPES}`],
    ['from', (r) => end(`startNode(${r})`)],
    ['to', (r) => end(`endNode(${r})`)],
    ...(['documentCount', 'claimCount', 'confidence', 'firstDate', 'lastDate'] as const).map(
      (name) => [name, (r: string) => `${r}.${name}`] as const,
    ),
  ];
}

const encode = (columns: readonly Column[], v: string) => `[${columns.map(([, cypher]) => cypher(v)).join(', ')}]`;

function decode<T>(columns: readonly Column[], row: unknown): T {
  const values = row as unknown[];
  const value: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) value[columns[i][0]] = values[i];
  return value as T;
}

const entityCypher = (v: string) => encode(ENTITY_COLUMNS, v);
const LINK_COLUMNS = linkColumns(entityCypher);
const LINK_ID_COLUMNS = linkColumns((node) => `${node}.id`);

/** Expands `#entity(var)`, `#link(var)` and `#linkIds(var)` in a statement (variable names only). */
export function expandProjections(statement: string): string {
  return statement
    .replace(/#entity\((\w+)\)/g, (_, v: string) => entityCypher(v))
    .replace(/#link\((\w+)\)/g, (_, r: string) => encode(LINK_COLUMNS, r))
    .replace(/#linkIds\((\w+)\)/g, (_, r: string) => encode(LINK_ID_COLUMNS, r));
}

/** The value of `#entity(n)`. */
export const decodeEntity = (row: unknown): EntityRef => decode<EntityRef>(ENTITY_COLUMNS, row);

/** The value of `#link(r)`. */
export function decodeLink(row: unknown): Link {
  const link = decode<Link<unknown>>(LINK_COLUMNS, row);
  link.from = decodeEntity(link.from);
  link.to = decodeEntity(link.to);
  return link as Link;
}

/**
 * The value of `#linkIds(r)`, its ends looked up among the entities of the same result (a
 * neighborhood or a path lists them anyway); an end missing there stays a bare id.
 */
export function decodeLinkIds(row: unknown, entities: ReadonlyMap<string, EntityRef>): Link {
  const link = decode<Link<unknown>>(LINK_ID_COLUMNS, row);
  link.from = entities.get(link.from as string) ?? link.from;
  link.to = entities.get(link.to as string) ?? link.to;
  return link as Link;
}
