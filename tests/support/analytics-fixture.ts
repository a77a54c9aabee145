// A small graph whose every answer is known, for the analytics tests: three documents written
// through the real loader (ingestDocuments) with extraction replaced by fixed output, so the
// expected numbers do not move when the extractor improves. Names carry a per-run tag, so the
// rows are told apart from whatever else the server holds, and forgetSources removes them.
import type { Driver } from 'neo4j-driver';
import { forgetSources, ingestDocuments } from '../../src/graph';
import type { Entity, ExtractedDocument, Relation, RelationType, SourceDocument } from '../../src/model';
import type { SourceItem } from '../../src/sources';

export interface AnalyticsFixture {
  tag: string;
  /** Canonical names, by role. */
  names: Record<FixtureKey, string>;
  sources: string[];
  remove(): Promise<void>;
}

type FixtureKey = 'ada' | 'ben' | 'cy' | 'north' | 'south' | 'east' | 'west';

const PEOPLE: FixtureKey[] = ['ada', 'ben', 'cy'];

/**
 * Bloc A: North League - South League - East Council (a chain). Bloc B: West Union - Cy.
 * Ada belongs to North League and meets Cy, so she alone bridges A and B. Ada and Ben meet and
 * criticize each other; Ada criticizes Ben in two documents and West Union in one.
 */
const DOCUMENTS: Array<{ date: string; relations: Array<[RelationType, FixtureKey, FixtureKey]> }> = [
  {
    date: '2024-01-10',
    relations: [
      ['ALLIED_WITH', 'north', 'south'],
      ['ALLIED_WITH', 'south', 'east'],
      ['CRITICIZED', 'ada', 'ben'],
      ['MET_WITH', 'ada', 'ben'],
    ],
  },
  {
    date: '2024-03-05',
    relations: [
      ['ALLIED_WITH', 'west', 'cy'],
      ['CRITICIZED', 'ada', 'ben'],
      ['CRITICIZED', 'ben', 'ada'],
      ['MET_WITH', 'ada', 'cy'],
    ],
  },
  {
    date: '2024-02-01',
    relations: [
      ['MEMBER_OF', 'ada', 'north'],
      ['MET_WITH', 'cy', 'ada'],
      ['CRITICIZED', 'ada', 'west'],
      ['MET_WITH', 'ben', 'cy'],
    ],
  },
];

export async function loadAnalyticsFixture(driver: Driver): Promise<AnalyticsFixture> {
  const tag = 'Qz' + Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6);
  const names: Record<FixtureKey, string> = {
    ada: `Ada ${tag} Rowe`,
    ben: `Ben ${tag} Stone`,
    cy: `Cy ${tag} Vale`,
    north: `North ${tag} League`,
    south: `South ${tag} League`,
    east: `East ${tag} Council`,
    west: `West ${tag} Union`,
  };
  const extracted = new Map<string, ExtractedDocument>();
  const items: SourceItem[] = DOCUMENTS.map((doc, i) => {
    const source = `analytics-fixture/${tag}/doc-${i + 1}.txt`;
    const sentences = doc.relations.map(([type, a, b]) => `${names[a]} ${VERB[type]} ${names[b]}.`);
    const text = sentences.join(' ');
    let offset = 0;
    const relations: Relation[] = doc.relations.map(([type, a, b], k) => {
      const start = offset;
      offset += sentences[k].length + 1;
      return {
        type,
        source: a,
        target: b,
        evidence: sentences[k],
        start,
        end: start + sentences[k].length,
        confidence: 0.9,
        rule: 'fixture',
        trigger: VERB[type],
      };
    });
    const used = new Set(doc.relations.flatMap(([, a, b]) => [a, b]));
    const entities: Entity[] = [...used].map((k) => ({
      id: k,
      type: PEOPLE.includes(k) ? 'Person' : 'Organization',
      name: names[k],
      aliases: k === 'ada' ? [`Ada ${tag}`] : [],
    }));
    const document: SourceDocument = { source, text, title: `Fixture ${tag} ${i + 1}`, date: doc.date };
    extracted.set(source, { source, title: document.title, date: doc.date, entities, relations });
    return { kind: 'document', document };
  });
  const summary = await ingestDocuments(driver, toAsync(items), {
    extract: (doc) => extracted.get(doc.source)!,
    migrate: true,
  });
  if (summary.failed > 0) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  const sources = [...extracted.keys()];
  return {
    tag,
    names,
    sources,
    remove: async () => {
      await forgetSources(driver, sources);
    },
  };
}

const VERB: Record<RelationType, string> = {
  CRITICIZED: 'criticized',
  MET_WITH: 'met',
  ALLIED_WITH: 'is allied with',
  LEADS: 'leads',
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  FAMILY_OF: 'is related to',
};

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
