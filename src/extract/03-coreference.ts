// Pass 03: turn recognized names into document entities and resolve the shorter references —
// surnames, titles with a surname, pronouns, "the North", "X officials", "the Obama
// administration", "the alliance" — to them.
import type { RawMention, Recognition } from './entities/recognition';
import { buildEntities, type Coreferenced, mergeGenericOrgs } from './coref/build-entities';
import { addDescriptors, addLeaderDescriptors, addTitleDescriptors } from './coref/descriptors';
import { buildShortForms, mergePersons, personsNamedLikeOrgs, statesOfPeople } from './coref/person-names';
import { addPronouns } from './coref/pronouns';
import { resolveUnresolved } from './coref/unresolved';

export type { Coreferenced, DocumentFacts } from './coref/build-entities';

export function resolveCoreference(rec: Recognition): Coreferenced {
  const mentions: RawMention[] = [...rec.mentions];
  const personAlias = mergePersons(rec);
  const canonicalPerson = (key: string): string => personAlias.get(key) ?? key;
  for (const m of mentions) if (m.ref.type === 'Person') m.ref = { type: 'Person', key: canonicalPerson(m.ref.key) };

  personsNamedLikeOrgs(rec, mentions);
  mergeGenericOrgs(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);
  const shortForms = buildShortForms(rec, canonicalPerson);
  resolveUnresolved(rec, mentions, shortForms);
  mentions.sort((a, b) => a.start - b.start);

  const personState = statesOfPeople(rec, personAlias);
  addDescriptors(rec, mentions, personState);
  addLeaderDescriptors(rec, mentions);
  addTitleDescriptors(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);
  addPronouns(rec, mentions);
  mentions.sort((a, b) => a.start - b.start);

  return buildEntities(rec, mentions, personAlias, personState);
}
