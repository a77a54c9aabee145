// One-to-one pairing of extracted with gold entities, per the guide's Scoring section: same type
// and a shared name (canonical or alias, normalized); equal canonical names pair first.
import type { Entity } from '../model';
import type { GoldEntity } from './gold';
import { normalizeName } from './normalize-name';

/** Extracted entity id → gold entity id, for every pair that matched. */
export type EntityPairing = Map<string, string>;

export function matchEntities(gold: GoldEntity[], extracted: Entity[]): EntityPairing {
  const pairing: EntityPairing = new Map();
  const goldTaken = new Set<string>();

  // Pass 1: equal canonical names.
  const goldByCanonical = new Map<string, GoldEntity[]>();
  for (const g of gold) {
    const key = `${g.type}\u0000${normalizeName(g.name)}`;
    goldByCanonical.set(key, [...(goldByCanonical.get(key) ?? []), g]);
  }
  for (const x of extracted) {
    const candidates = (goldByCanonical.get(`${x.type}\u0000${normalizeName(x.name)}`) ?? []).filter((c) => !goldTaken.has(c.id));
    if (candidates.length === 0) continue;
    // Two entities may share a canonical name ("Foreign Ministry" of two states): the one
    // sharing more aliases is the better partner.
    const names = nameSet(x.name, x.aliases);
    const overlap = (c: GoldEntity): number => [...nameSet(c.name, c.aliases)].filter((n) => names.has(n)).length;
    const g = candidates.reduce((best, c) => (overlap(c) > overlap(best) ? c : best));
    pairing.set(x.id, g.id);
    goldTaken.add(g.id);
  }

  // Pass 2: any shared name among the rest, as a maximum bipartite matching so that one greedy
  // choice cannot leave another entity unpaired when a full pairing exists.
  const restGold = gold.filter((g) => !goldTaken.has(g.id));
  const restExtracted = extracted.filter((x) => !pairing.has(x.id));
  const goldNames = restGold.map((g) => nameSet(g.name, g.aliases));
  const edges = restExtracted.map((x) => {
    const names = nameSet(x.name, x.aliases);
    return restGold.flatMap((g, gi) => (g.type === x.type && intersects(names, goldNames[gi]) ? [gi] : []));
  });
  const ownerOfGold = new Array<number>(restGold.length).fill(-1);
  const augment = (xi: number, seen: boolean[]): boolean => {
    for (const gi of edges[xi]) {
      if (seen[gi]) continue;
      seen[gi] = true;
      if (ownerOfGold[gi] === -1 || augment(ownerOfGold[gi], seen)) {
        ownerOfGold[gi] = xi;
        return true;
      }
    }
    return false;
  };
  restExtracted.forEach((_, xi) => augment(xi, new Array<boolean>(restGold.length).fill(false)));
  ownerOfGold.forEach((xi, gi) => {
    if (xi !== -1) pairing.set(restExtracted[xi].id, restGold[gi].id);
  });
  return pairing;
}

function nameSet(name: string, aliases: readonly string[]): Set<string> {
  return new Set([name, ...aliases].map(normalizeName).filter((n) => n.length > 0));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}
