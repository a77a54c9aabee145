import type { Entity } from '../model';
import { EntityResolver } from './entity-resolver';
import { nameKey, slugify } from './names';

const person = (name: string, aliases: string[] = []): Entity => ({ id: slugify(name), type: 'Person', name, aliases });
const org = (name: string, aliases: string[] = []): Entity => ({ id: slugify(name), type: 'Organization', name, aliases });

function learnAs(resolver: EntityResolver, e: Entity, qualifier?: string): string {
  const id = resolver.resolve(e, qualifier);
  resolver.learn({ id, type: e.type, name: e.name, aliases: [e.name, ...e.aliases], qualifier });
  return id;
}

describe('names', () => {
  test.each([
    ['Lee Jae-myung', 'Lee Jae Myung'],
    ['the Korean Central News Agency', 'Korean Central News Agency'],
    ['U.S.', 'US'],
    ['Élysée', 'elysee'],
  ])('%s and %s share a key', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  test.each([
    ['Kim Jong Un', 'kim-jong-un'],
    ['Lee Jae-myung', 'lee-jae-myung'],
    ['The Brookings Institution’s', 'brookings-institutions'],
    ['!!!', 'unnamed'],
  ])('slug of %s is %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('EntityResolver', () => {
  test('states resolve by ISO code whatever their name', () => {
    const r = new EntityResolver();
    expect(r.resolve({ id: 'x', type: 'State', name: 'North Korea', aliases: [], iso: 'PRK' })).toBe('state:prk');
    expect(r.resolve({ id: 'y', type: 'State', name: 'DPRK', aliases: [], iso: 'prk' })).toBe('state:prk');
  });

  test('a person named differently but equivalently in two documents is one node', () => {
    const r = new EntityResolver();
    const first = learnAs(r, person('Lee Jae Myung'));
    expect(r.resolve(person('Lee Jae-myung'))).toBe(first);
  });

  test('an organization known by its abbreviation joins the node named in full', () => {
    const r = new EntityResolver();
    const first = learnAs(r, org('Korean Central News Agency', ['KCNA']));
    expect(r.resolve(org('KCNA'))).toBe(first);
    expect(r.resolve(org('Xinhua', ['New China News Agency']))).toBe('organization:xinhua');
  });

  test('two people sharing a surname stay two nodes, and a surname alone joins neither', () => {
    const r = new EntityResolver();
    const sister = learnAs(r, person('Kim Yo Jong', ['Kim']));
    const brother = learnAs(r, person('Kim Jong Un', ['Kim']));
    expect(sister).not.toBe(brother);
    expect(r.resolve(person('Kim'))).toBe('person:kim');
  });

  test('a one-word person name matches only a node with that same canonical name', () => {
    const r = new EntityResolver();
    learnAs(r, person('Donald Trump', ['Trump']));
    const alone = learnAs(r, person('Trump'));
    expect(alone).toBe('person:trump');
    expect(r.resolve(person('Trump'))).toBe('person:trump');
    expect(r.resolve(person('Donald Trump'))).toBe('person:donald-trump');
  });

  test('a generic state body is one node per state', () => {
    const r = new EntityResolver();
    const china = learnAs(r, org('Foreign Ministry', ["China's Foreign Ministry"]), 'CHN');
    const russia = learnAs(r, org('Foreign Ministry'), 'RUS');
    expect(china).toBe('organization:chn-foreign-ministry');
    expect(russia).toBe('organization:rus-foreign-ministry');
    expect(r.resolve(org('Foreign Ministry'))).toBe('organization:foreign-ministry');
    expect(r.resolve(org('Ministry of Foreign Affairs', ['Foreign Ministry']), 'CHN')).toBe(china);
  });

  test("a state's body named without its state joins it when the document mentions only that state", () => {
    const r = new EntityResolver();
    const usa = learnAs(r, org('State Department', ['U.S. State Department']), 'USA');
    const china = learnAs(r, org('Foreign Ministry'), 'CHN');
    learnAs(r, org('Foreign Ministry'), 'JPN');
    expect(r.resolve(org('State Department'), undefined, ['USA', 'PRK'])).toBe(usa);
    expect(r.qualifierOf(usa)).toBe('USA');
    expect(r.resolve(org('State Department'), undefined, ['PRK'])).toBe('organization:state-department');
    expect(r.resolve(org('Foreign Ministry'), undefined, ['CHN', 'KOR'])).toBe(china);
    // Two of the document's states have a Foreign Ministry: which one is meant is unknown.
    expect(r.resolve(org('Foreign Ministry'), undefined, ['CHN', 'JPN'])).toBe('organization:foreign-ministry');
  });

  test('when names point at several nodes the smallest id wins, whatever the learning order', () => {
    const a = new EntityResolver();
    const b = new EntityResolver();
    const nodes = [
      { id: 'organization:b-org', type: 'Organization' as const, name: 'B Org', aliases: ['Shared Name'] },
      { id: 'organization:a-org', type: 'Organization' as const, name: 'A Org', aliases: ['Shared Name'] },
    ];
    nodes.forEach((n) => a.learn(n));
    [...nodes].reverse().forEach((n) => b.learn(n));
    expect(a.resolve(org('Shared Name'))).toBe('organization:a-org');
    expect(b.resolve(org('Shared Name'))).toBe('organization:a-org');
  });
});
