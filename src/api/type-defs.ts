import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The .graphql files are read from src/api/schema both when running from src/ (ts-jest) and
// from dist/ (the package ships src/api/schema): both sit two levels below the package root.
export const SCHEMA_DIR = resolve(__dirname, '..', '..', 'src', 'api', 'schema');

interface RelationshipField {
  field: string;
  type: string;
  direction: 'IN' | 'OUT';
  undirected?: boolean;
  target?: string;
  properties?: string;
  doc: string;
}

interface RelationshipTable {
  entityFields: RelationshipField[];
  entityTypes: { name: string; doc: string }[];
}

export interface TypeDefsOptions {
  /** Generate create/update/delete mutations (off by default: the API is read-only). */
  enableWrites?: boolean;
}

/** The SDL handed to @neo4j/graphql: the hand-written files plus the generated entity types. */
export function buildTypeDefs(options: TypeDefsOptions = {}): string {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8'));
  const table = JSON.parse(readFileSync(join(SCHEMA_DIR, 'relationships.json'), 'utf8')) as RelationshipTable;
  const parts = [...files, entityTypeDefs(table, options)];
  if (!options.enableWrites) parts.push('extend schema @mutation(operations: [])');
  return parts.join('\n');
}

// Person, State and Organization carry the same fields as the Entity interface (v7 needs each
// relationship declared on the interface and defined on every implementation), so they are
// generated from one table rather than written three times.
function entityTypeDefs(table: RelationshipTable, options: TypeDefsOptions): string {
  const nested = options.enableWrites ? '' : ', nestedOperations: []';
  const declared = table.entityFields
    .map((f) => `  "${f.doc}"\n  ${f.field}: [${f.target ?? 'Entity'}!]! @declareRelationship`)
    .join('\n');
  const defined = table.entityFields
    .map((f) => {
      const args = [
        `type: "${f.type}"`,
        `direction: ${f.direction}`,
        f.undirected ? 'queryDirection: UNDIRECTED' : '',
        `properties: "${f.properties ?? 'Relation'}"`,
      ].filter(Boolean);
      return `  "${f.doc}"\n  ${f.field}: [${f.target ?? 'Entity'}!]! @relationship(${args.join(', ')}${nested})`;
    })
    .join('\n');
  const scalarFields = `  id: ID!\n  name: String!\n  aliases: [String!]!\n  type: String!\n  iso: String`;
  const mentioned = `  mentionedIn: [Document!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mention"${nested})`;
  const types = table.entityTypes.map(
    (t) =>
      `"${t.doc}"\ntype ${t.name} implements Entity @node(labels: ["${t.name}", "Entity"]) @limit(default: 50, max: 200) {\n` +
      `${scalarFields}\n${mentioned}\n${defined}\n}`,
  );
  return [`extend interface Entity {\n${declared}\n}`, ...types].join('\n\n');
}
