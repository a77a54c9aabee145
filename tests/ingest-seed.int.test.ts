// The product's main path on the seed article: the real readers, the real extractor and the
// loader. Every non-optional relation of the seed's development gold must be in the graph, each
// with a claim carrying its evidence sentence (the extractor may pick another sentence stating
// the same relation than the gold's, so the sentence is checked against the text, not the gold's
// span) and an aggregated relationship counting its document. The seed is loaded under a
// source unique to this run (a temporary copy), so the test never touches anyone else's data.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Driver } from 'neo4j-driver';
import { loadGoldFile } from '../src/eval/gold';
import type { GoldEntity } from '../src/eval/gold';
import { connectionFromEnv, createDriver, forgetSources, ingestDocuments, nameKey } from '../src/graph';
import { SYMMETRIC_RELATION_TYPES } from '../src/model';
import type { ExtractedDocument, SourceDocument } from '../src/model';
import { readSources } from '../src/sources';

const ROOT = resolve(__dirname, '..');
const gold = loadGoldFile(join(ROOT, 'eval/dev/seed-000.json'));
const required = gold.relations.filter((r) => !r.optional);
const goldEntity = new Map(gold.entities.map((e) => [e.id, e]));

interface GraphEnd {
  id: string;
  name: string;
  aliases: string[];
}
interface ClaimRow {
  type: string;
  subject: GraphEnd;
  object: GraphEnd;
  evidence: string;
  start: number;
  end: number;
  documentCount: number | null;
}

let driver: Driver;
let dir: string;
let source: string;
let text: string;
let claims: ClaimRow[] = [];

beforeAll(async () => {
  driver = createDriver(connectionFromEnv());
  dir = mkdtempSync(join(tmpdir(), 'kg-seed-'));
  source = join(dir, 'seed-000.txt');
  // A trailing line of its own makes the text unique, so a seed another test loaded on the same
  // server is not taken for this one (ingest skips a text it already holds under another name).
  text = `${gold.text}\n\nkg-test-${process.pid}-${Date.now()}\n`;
  writeFileSync(source, text);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { extractDocument } = require('../src/extract') as { extractDocument: (d: SourceDocument) => ExtractedDocument };
  const summary = await ingestDocuments(driver, readSources([source]), { extract: extractDocument });
  expect(summary).toMatchObject({ new: 1, failed: 0 });
  const { records } = await driver.executeQuery(
    `MATCH (d:Document {source: $source})<-[:FROM_DOCUMENT]-(c:Claim)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
     OPTIONAL MATCH (s)-[r]->(o) WHERE r.key = c.relKey
     RETURN c.type AS type, s {.id, .name, .aliases} AS subject, o {.id, .name, .aliases} AS object,
            c.evidence AS evidence, c.start AS start, c.end AS end, r.documentCount AS documentCount`,
    { source },
  );
  claims = records.map((r) => r.toObject() as ClaimRow);
});

afterAll(async () => {
  if (source) await forgetSources(driver, [source]);
  await driver?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Gold and graph entity are the same when one's canonical name is a name of the other. */
function same(g: GoldEntity, e: GraphEnd): boolean {
  const graphNames = new Set([e.name, ...(e.aliases ?? [])].map(nameKey));
  const goldNames = new Set([g.name, ...g.aliases].map(nameKey));
  return graphNames.has(nameKey(g.name)) || goldNames.has(nameKey(e.name));
}

test.each(required.map((r) => [`${r.type} ${r.source} -> ${r.target}`, r] as const))('seed yields %s', (_, r) => {
  const a = goldEntity.get(r.source)!;
  const b = goldEntity.get(r.target)!;
  const found = claims.filter(
    (c) =>
      c.type === r.type &&
      ((same(a, c.subject) && same(b, c.object)) || (SYMMETRIC_RELATION_TYPES.has(r.type) && same(b, c.subject) && same(a, c.object))),
  );
  expect(found.length).toBeGreaterThan(0);
  for (const c of found) {
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(text.slice(c.start, c.end)).toBe(c.evidence);
  }
  expect(found.every((c) => (c.documentCount ?? 0) >= 1)).toBe(true);
});
