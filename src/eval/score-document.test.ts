import type { Entity, ExtractedDocument, Relation } from '../model';
import type { GoldDocument, GoldEntity, GoldRelation } from './gold';
import { normalizeName } from './normalize-name';
import { matchEntities } from './match-entities';
import { prf } from './metrics';
import { contextTotal, coreTotal, entityTotal, scoreDocument } from './score-document';

const ge = (id: string, type: GoldEntity['type'], name: string, aliases: string[] = []): GoldEntity => ({
  id,
  type,
  name,
  aliases,
});
const xe = (id: string, type: Entity['type'], name: string, aliases: string[] = []): Entity => ({
  id,
  type,
  name,
  aliases,
});
const gr = (type: GoldRelation['type'], source: string, target: string, optional = false): GoldRelation => ({
  type,
  source,
  target,
  evidence: '',
  optional,
});
const xr = (type: Relation['type'], source: string, target: string): Relation => ({
  type,
  source,
  target,
  evidence: 's',
  start: 0,
  end: 1,
  confidence: 0.9,
});
const gold = (entities: GoldEntity[], relations: GoldRelation[] = []): GoldDocument => ({
  id: 'g',
  file: 'g.json',
  text: '',
  entities,
  relations,
});
const extracted = (entities: Entity[], relations: Relation[] = []): ExtractedDocument => ({
  source: 'x',
  entities,
  relations,
});

describe('normalizeName', () => {
  it.each([
    ['The Xinhua News Agency', 'xinhua news-agency'],
    ['U.S.', 'us'],
    ['Han Seo-jun', 'han seojun'],
    ['  the  Kremlin', 'KREMLIN'],
  ])('%s equals %s', (a, b) => expect(normalizeName(a)).toBe(normalizeName(b)));

  it('keeps "the" inside a name', () => expect(normalizeName('Bank of the North')).toBe('bankofthenorth'));
});

describe('matchEntities', () => {
  it('needs equal types', () => {
    const p = matchEntities([ge('g1', 'State', 'Georgia')], [xe('x1', 'Person', 'Georgia')]);
    expect(p.size).toBe(0);
  });

  it('matches through an alias on either side', () => {
    const p = matchEntities(
      [ge('us', 'State', 'United States', ['Washington']), ge('nk', 'State', 'North Korea')],
      [xe('a', 'State', 'Washington'), xe('b', 'State', 'DPRK', ['North Korea'])],
    );
    expect([...p]).toEqual([
      ['a', 'us'],
      ['b', 'nk'],
    ]);
  });

  it('is one to one, equal canonical names first', () => {
    // Both extracted "Lee"s share the alias; the canonical pass must give each gold Lee its own.
    const p = matchEntities(
      [ge('lsa', 'Person', 'Lee Sun Ae', ['Lee']), ge('lmh', 'Person', 'Lee Min Ho', ['Lee'])],
      [xe('x1', 'Person', 'Lee', ['Lee Min Ho']), xe('x2', 'Person', 'Lee Min Ho', ['Lee'])],
    );
    expect(p.get('x2')).toBe('lmh');
    expect(p.get('x1')).toBe('lsa');
  });

  it('pairs same-named entities by their aliases', () => {
    const p = matchEntities(
      [
        ge('fm-cn', 'Organization', 'Foreign Ministry', ["China's Foreign Ministry"]),
        ge('fm-ir', 'Organization', 'Foreign Ministry', ["Iran's Foreign Ministry"]),
      ],
      [xe('x', 'Organization', 'Foreign Ministry', ["Iran's Foreign Ministry"])],
    );
    expect(p.get('x')).toBe('fm-ir');
  });

  it('leaves a second extracted duplicate unmatched', () => {
    const p = matchEntities([ge('ru', 'State', 'Russia', ['Moscow'])], [xe('a', 'State', 'Russia'), xe('b', 'State', 'Moscow')]);
    expect(p.size).toBe(1);
    expect(p.get('a')).toBe('ru');
  });

  it('finds a full pairing where a greedy choice would not', () => {
    const p = matchEntities(
      [ge('g1', 'Organization', 'Alpha Council', ['AC']), ge('g2', 'Organization', 'Beta Council', ['BC'])],
      [xe('x1', 'Organization', 'AC', ['BC']), xe('x2', 'Organization', 'AC')],
    );
    expect(p.get('x1')).toBe('g2');
    expect(p.get('x2')).toBe('g1');
  });
});

describe('scoreDocument', () => {
  const g = gold(
    [
      ge('putin', 'Person', 'Boris Yeltsin', ['Yeltsin']),
      ge('ru', 'State', 'Russia', ['Moscow']),
      ge('us', 'State', 'United States', ['U.S.']),
      ge('nato', 'Organization', 'NATO'),
    ],
    [
      gr('CRITICIZED', 'putin', 'us'),
      gr('MET_WITH', 'ru', 'us'),
      gr('ALLIED_WITH', 'us', 'nato', true),
      gr('LEADS', 'putin', 'ru'),
    ],
  );

  it('counts entities per type', () => {
    const s = scoreDocument(g, extracted([xe('p', 'Person', 'Yeltsin'), xe('m', 'State', 'Moscow'), xe('k', 'State', 'Kyiv')]));
    expect(s.entities.Person).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.entities.State).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.entities.Organization).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(entityTotal(s)).toEqual({ tp: 2, fp: 1, fn: 2 });
    expect(s.missedEntities.map((e) => e.id).sort()).toEqual(['nato', 'us']);
    expect(s.spuriousEntities.map((e) => e.id)).toEqual(['k']);
  });

  const ents = [xe('p', 'Person', 'Boris Yeltsin'), xe('r', 'State', 'Russia'), xe('u', 'State', 'U.S.'), xe('n', 'Organization', 'NATO')];

  it('keeps direction for CRITICIZED and ignores it for symmetric types', () => {
    const s = scoreDocument(g, extracted(ents, [xr('CRITICIZED', 'u', 'p'), xr('MET_WITH', 'u', 'r')]));
    expect(s.relations.CRITICIZED).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.relations.MET_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores relations as sets and drops optional ones from both sides', () => {
    const s = scoreDocument(
      g,
      extracted(ents, [
        xr('CRITICIZED', 'p', 'u'),
        xr('CRITICIZED', 'p', 'u'),
        xr('ALLIED_WITH', 'n', 'u'),
        xr('LEADS', 'p', 'r'),
      ]),
    );
    expect(coreTotal(s)).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(contextTotal(s)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.missedRelations).toEqual([gr('MET_WITH', 'ru', 'us')]);
  });

  it('never matches a relation whose end has no gold partner', () => {
    const s = scoreDocument(g, extracted([...ents, xe('k', 'State', 'Ukraine')], [xr('CRITICIZED', 'p', 'k')]));
    expect(s.relations.CRITICIZED).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.spuriousRelations[0].ends).toEqual(['putin', '?Ukraine']);
  });

  it('does not let two unmatched extracted ends collide', () => {
    const s = scoreDocument(
      gold([ge('a', 'State', 'France')], []),
      extracted([xe('x', 'State', 'Chad'), xe('y', 'State', 'Peru')], [xr('MET_WITH', 'x', 'y'), xr('MET_WITH', 'y', 'x')]),
    );
    expect(s.relations.MET_WITH).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe('prf', () => {
  it('computes micro ratios', () => {
    const m = prf({ tp: 3, fp: 1, fn: 2 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.6);
    expect(m.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('gives 1 when there is nothing to find and nothing found', () => expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1));
  it('gives 0 when nothing is found of something', () => expect(prf({ tp: 0, fp: 0, fn: 4 }).f1).toBe(0));
});
