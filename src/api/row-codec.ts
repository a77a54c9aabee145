// How traversal statements hand entities and links to the API: as lists, not maps, and only
// the fields the client selected. The driver builds every map of a result key by key with
// Object.defineProperty, which measured as the largest single cost of a neighborhood request in
// the API process (a 50-entity answer holds about a hundred maps); a list is unpacked into a
// plain array. Reading and sending the properties nobody asked for cost about as much again, in
// Neo4j and in the driver. The columns are declared once here, for both the Cypher that encodes
// (`#entity(n)`, `#link(r)`, `#linkIds(r)`) and the decoding, so the two cannot drift apart.

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

type Cypher = (variable: string) => string;

const property = (name: string): Cypher => (v) => `${v}.${name}`;

const ENTITY_COLUMNS: Record<keyof EntityRef, Cypher> = {
  id: property('id'),
  name: property('name'),
  type: property('type'),
  aliases: property('aliases'),
  iso: property('iso'),
};

/** The columns of a link; `end` encodes startNode(r) / endNode(r): a whole entity or its id. */
function linkColumns(end: Cypher): Record<keyof Link, Cypher> {
  return {
    type: (r) => `type(${r})`,
    key: property('key'),
    symmetric: (r) => `type(${r}) IN ['MET_WITH', 'ALLIED_WITH', 'FAMILY_OF']`,
    from: (r) => end(`startNode(${r})`),
    to: (r) => end(`endNode(${r})`),
    documentCount: property('documentCount'),
    claimCount: property('claimCount'),
    confidence: property('confidence'),
    firstDate: property('firstDate'),
    lastDate: property('lastDate'),
  };
}

/** Which fields of entities and links a result carries, in the order of the tables above. */
export interface Columns {
  entity: readonly (keyof EntityRef)[];
  link: readonly (keyof Link)[];
}

export const ENTITY_FIELDS = Object.keys(ENTITY_COLUMNS) as (keyof EntityRef)[];
export const LINK_FIELDS = Object.keys(linkColumns(String)) as (keyof Link)[];
export const ALL_COLUMNS: Columns = { entity: ENTITY_FIELDS, link: LINK_FIELDS };

/** Encodes and decodes the entities and links of one result shape (one set of columns). */
export class RowCodec {
  /** Tells statements of different columns apart (statement caches). */
  readonly key: string;

  constructor(readonly columns: Columns = ALL_COLUMNS) {
    this.key = `${columns.entity.join(',')}|${columns.link.join(',')}`;
  }

  /** Expands `#entity(var)`, `#link(var)` and `#linkIds(var)` in a statement (variable names only). */
  expand(statement: string): string {
    const entity = (v: string) => this.encode(ENTITY_COLUMNS, this.columns.entity, v);
    const link = linkColumns(entity);
    const linkIds = linkColumns(property('id'));
    return statement
      .replace(/#entity\((\w+)\)/g, (_, v: string) => entity(v))
      .replace(/#link\((\w+)\)/g, (_, r: string) => this.encode(link, this.columns.link, r))
      .replace(/#linkIds\((\w+)\)/g, (_, r: string) => this.encode(linkIds, this.columns.link, r));
  }

  /** The value of `#entity(n)`. */
  entity(row: unknown): EntityRef {
    return decode<EntityRef>(this.columns.entity, row);
  }

  /** The value of `#link(r)`. */
  link(row: unknown): Link {
    const link = decode<Link<unknown>>(this.columns.link, row);
    if (link.from !== undefined) link.from = this.entity(link.from);
    if (link.to !== undefined) link.to = this.entity(link.to);
    return link as Link;
  }

  /**
   * The value of `#linkIds(r)`, its ends looked up among the entities of the same result (a
   * neighborhood or a path lists them anyway).
   */
  linkIds(row: unknown, entities: ReadonlyMap<string, EntityRef>): Link {
    const link = decode<Link<unknown>>(this.columns.link, row);
    if (link.from !== undefined) link.from = entities.get(link.from as string) ?? link.from;
    if (link.to !== undefined) link.to = entities.get(link.to as string) ?? link.to;
    return link as Link;
  }

  private encode<K extends string>(table: Record<K, Cypher>, columns: readonly K[], v: string): string {
    return `[${columns.map((c) => table[c](v)).join(', ')}]`;
  }
}

function decode<T>(columns: readonly string[], row: unknown): T {
  const values = row as unknown[];
  const value: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) value[columns[i]] = values[i];
  return value as T;
}
