// Looking mentions up by sentence, so every resolution step stays linear in the document.
import type { RawMention } from '../entities/recognition';

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Mentions grouped by sentence, each group in text order. */
export function bySentence(mentions: RawMention[], count: number): RawMention[][] {
  const out: RawMention[][] = Array.from({ length: count }, () => []);
  for (const m of mentions) out[m.sentence].push(m);
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}

/** The latest mention before `at` (looking back a few sentences) whose key is one of `keys`. */
export function latestBefore(index: RawMention[][], sentence: number, at: number, type: 'Person' | 'Organization', keys: Set<string>, window: number): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - window); s--) {
    const list = index[s];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (m.start >= at || m.ref.type !== type) continue;
      if (keys.has(m.ref.key)) return m.ref.key;
    }
  }
  return undefined;
}

/** Of people sharing a surname, the one most recently the subject (first person named) of a
 * sentence: "Lee Hsien Loong, the son of Lee Kuan Yew, … Lee's speech" is Lee Hsien Loong's. */
export function latestSubject(index: RawMention[][], sentence: number, at: number, keys: Set<string>): string | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
    const first = index[s].find((m) => m.ref.type === 'Person' && m.start < at);
    if (first && keys.has((first.ref as { key: string }).key)) return (first.ref as { key: string }).key;
  }
  return undefined;
}
