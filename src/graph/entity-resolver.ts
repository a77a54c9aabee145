// Entity resolution across documents: decides which graph node a document's entity is.
// States resolve by ISO code; people and organizations by normalized canonical name and
// aliases. A one-word person name (a surname alone) never joins two people. A state body with
// a generic name ("Foreign Ministry") is qualified by the state the document says it is part of,
// so China's and Russia's are two nodes.
import type { Entity, EntityType } from '../model';
import { nameKey, slugify, wordCount } from './names';

/** An entity as the graph holds it (what the resolver learns from). */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** ISO3 of the state a generically named organization belongs to. */
  qualifier?: string | null;
}

export class EntityResolver {
  /** `type|qualifier|key` of a canonical name → id. */
  private readonly canonical = new Map<string, string>();
  /** `type|qualifier|key` of any usable name (canonical or alias) → smallest id holding it. */
  private readonly names = new Map<string, string>();
  /** Ids already learned, with their qualifier: a node keeps those of the document that created it. */
  private readonly known = new Map<string, string>();

  /**
   * Graph id for a document's entity. `qualifier` is the ISO3 of the state the document says it
   * is part of; without one, an organization still joins a state's body of that name when exactly
   * one of the states the document mentions (`documentStates`, ISO3) has such a body.
   */
  resolve(entity: Entity, qualifier?: string, documentStates: readonly string[] = []): string {
    if (entity.type === 'State') return stateId(entity);
    if (entity.type === 'Organization' && !qualifier) {
      const found = documentStates.map((iso) => this.lookup(entity, iso)).filter((id): id is string => id !== undefined);
      if (new Set(found).size === 1) return found[0];
    }
    const q = entity.type === 'Organization' ? (qualifier ?? '') : '';
    return this.lookup(entity, q) ?? newId(entity.type, entity.name, q);
  }

  /** The ISO3 an organization node is qualified by, if it is known and qualified. */
  qualifierOf(id: string): string | undefined {
    return this.known.get(id) || undefined;
  }

  private lookup(entity: Entity, q: string): string | undefined {
    const byCanonical = this.canonical.get(registryKey(entity.type, q, entity.name));
    if (byCanonical !== undefined) return byCanonical;
    let best: string | undefined;
    for (const name of usableNames(entity.type, [entity.name, ...entity.aliases])) {
      const id = this.names.get(registryKey(entity.type, q, name));
      if (id !== undefined && (best === undefined || id < best)) best = id;
    }
    return best;
  }

  /** Records what the graph now holds for an entity, so later documents resolve to it. */
  learn(known: KnownEntity): void {
    if (known.type === 'State') return;
    const q = known.type === 'Organization' ? (known.qualifier ?? '') : '';
    if (!this.known.has(known.id)) {
      this.known.set(known.id, q);
      const canonicalKey = registryKey(known.type, q, known.name);
      if (!this.canonical.has(canonicalKey)) this.canonical.set(canonicalKey, known.id);
    }
    for (const name of usableNames(known.type, [known.name, ...known.aliases])) {
      const key = registryKey(known.type, q, name);
      const held = this.names.get(key);
      if (held === undefined || known.id < held) this.names.set(key, known.id);
    }
  }
}

function stateId(entity: Entity): string {
  return entity.iso ? `state:${entity.iso.toLowerCase()}` : `state:${slugify(entity.name)}`;
}

function newId(type: EntityType, name: string, qualifier: string): string {
  const prefix = qualifier ? `${qualifier.toLowerCase()}-` : '';
  return `${type.toLowerCase()}:${prefix}${slugify(name)}`;
}

/** Names that may identify an entity across documents: for people, never a single word. */
function usableNames(type: EntityType, names: readonly string[]): string[] {
  return names.filter((n) => nameKey(n).length > 0 && (type !== 'Person' || wordCount(n) >= 2));
}

function registryKey(type: EntityType, qualifier: string, name: string): string {
  return `${type}|${qualifier}|${nameKey(name)}`;
}
