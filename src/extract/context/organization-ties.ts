// Organizations' ties: PART_OF a state (ministries, legislatures, armed forces, and other
// bodies the text ties to one), PART_OF a parent or owner organization, a state's official
// outlet, and "X, led by Y".
import orgHeads from '../data/org-heads.json';
import type { EntityMention } from '../analysis';
import { add, type Ctx, stateIdByIso, stateOfOrg, tokenSpan, typeOf } from './context-state';
import { NOT_NATIONAL } from './state-in-focus';
import { ROLE_VOCABULARY } from '../entities/roles';

const CATEGORIES = orgHeads.categories as Record<string, { partOfState: boolean; generic: boolean }>;
const OFFICIAL_OUTLET = /(\S+)['’]s\s+(official|state|state-run|state-owned|state-controlled|government|government-run)\s+(?:[\w-]+\s+){0,2}$/;
const MOUTHPIECE = /^,\s+(?:the|a|an)\s+(\S+?)['’]s\s+(?:[\w-]+\s+){0,3}?(mouthpiece|media|outlet|news agency|agency|broadcaster|newspaper|propaganda)\b/i;

export function readOrganizations(ctx: Ctx): void {
  for (const [id, org] of ctx.orgById) {
    const mentions = ctx.byEntity.get(id) ?? [];
    const first = mentions.find((x) => x.kind === 'name');
    const sentence = first?.sentence ?? 0;
    // Ministries, legislatures, armed forces belong to their state; other bodies only when the
    // text ties them to one ("Taiwan's Mainland Affairs Council"); parties and companies never.
    // "Democratic Forces for the Liberation of Rwanda": a force named for freeing a state fights it.
    const insurgent = /\b(for the Liberation|Liberation Front|Resistance|Rebels?|Insurgents?)\b/.test(org.name);
    const national = !insurgent && ((CATEGORIES[org.category]?.partOfState ?? false) || (!NOT_NATIONAL.has(org.category) && org.stateIso !== undefined));
    let state = stateOfOrg(ctx, id);
    let rule = 'org-state-qualifier';
    if (!state && national && first) {
      // "In Beijing, Foreign Ministry spokesman …": the state the sentence is set in.
      state = possessiveState(ctx, first) ?? venueInSentence(ctx, first.sentence) ?? letterheadState(ctx);
      rule = 'org-state-in-sentence';
    }
    if (state && national) add(ctx, 'PART_OF', id, state, sentenceOfTie(ctx, id, state) ?? sentence, rule, org.name, 0.8);
    const parentKey = org.ownerKey ?? org.parentKey;
    if (parentKey) {
      const parent = ctx.facts.idOf({ type: 'Organization', key: parentKey });
      if (parent) add(ctx, 'PART_OF', id, parent, sentence, org.ownerKey ? 'org-possessor' : 'org-known-parent', org.name, 0.8);
    }
    for (const x of mentions) {
      if (x.kind !== 'name') continue;
      readLedBy(ctx, x);
      // "the bank's Board of Directors": possessed by an organization named before.
      const owner = possessor(ctx, x);
      if (owner && typeOf(ctx, owner) === 'Organization') add(ctx, 'PART_OF', id, owner, x.sentence, 'org-possessor', org.name, 0.75);
      if (owner && typeOf(ctx, owner) === 'State' && national) add(ctx, 'PART_OF', id, owner, x.sentence, 'org-possessor', org.name, 0.8);
      // "China's official Xinhua news agency": a state's official outlet belongs to it.
      if (org.category === 'news-agency') {
        const official = OFFICIAL_OUTLET.exec(ctx.doc.text.slice(Math.max(0, x.start - 60), x.start));
        const owner = official ? ctx.bySentence[x.sentence].find((y) => y.end <= x.start && y.end >= x.start - official[0].length + official[1].length - 2 && typeOf(ctx, y.entityId) === 'State') : undefined;
        if (owner) add(ctx, 'PART_OF', id, owner.entityId, x.sentence, 'org-official-outlet', official![2], 0.7);
      }
      // "the VNA, the Party's official mouthpiece": a news outlet tied to a state by the text.
      const mp = MOUTHPIECE.exec(ctx.doc.text.slice(x.end, x.end + 80));
      if (mp) {
        const offset = x.end + mp[0].indexOf(mp[1]);
        const sm = ctx.bySentence[x.sentence].find((y) => y.start <= offset && y.end > offset && typeOf(ctx, y.entityId) !== 'Person');
        if (sm) add(ctx, 'PART_OF', id, sm.entityId, x.sentence, 'org-apposition', mp[2], 0.7);
      }
    }
  }
}

/** "the Rapid Support Forces, led by X" / "the X-led coalition". */
function readLedBy(ctx: Ctx, x: EntityMention): void {
  const { toks, from, to } = tokenSpan(ctx, x);
  const at = ctx.mentionAt[x.sentence];
  let k = to;
  // "The Andean Council (ANC), headed by Prime Minister X".
  if (toks[k]?.norm === '(') {
    let q = k + 1;
    while (q < toks.length && q <= k + 6 && toks[q].norm !== ')') q++;
    if (toks[q]?.norm === ')') k = q + 1;
  }
  if (toks[k]?.norm === ',') k++;
  if (/^(led|headed|chaired|commanded|run)$/.test(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'by') {
    const p = at[titleEnd(toks, k + 2)];
    if (p && typeOf(ctx, p.entityId) === 'Person') add(ctx, 'LEADS', p.entityId, x.entityId, x.sentence, 'led-by', toks[k].norm + ' by', 0.75);
  }
  // "the Movement (ACR), which X leads": the relative clause names its leader.
  if (toks[k]?.norm.toLowerCase() === 'which') {
    const q = titleEnd(toks, k + 1);
    const p = at[q];
    if (p && typeOf(ctx, p.entityId) === 'Person') {
      const after = tokenSpan(ctx, p).to;
      const verb = toks[after]?.norm.toLowerCase() === 'now' || toks[after]?.norm.toLowerCase() === 'still' ? after + 1 : after;
      if (/^(leads|heads|chairs|runs|commands)$/.test(toks[verb]?.norm ?? '')) add(ctx, 'LEADS', p.entityId, x.entityId, x.sentence, 'which-leads', toks[verb].norm, 0.7);
    }
  }
  // "the Sinwar-led group" is rare with a full name; "X-led" needs the leader's mention glued.
  if (from >= 3 && toks[from - 1].norm.toLowerCase() === 'led' && toks[from - 2].norm === '-') {
    const p = at[from - 3];
    if (p && typeOf(ctx, p.entityId) === 'Person') add(ctx, 'LEADS', p.entityId, x.entityId, x.sentence, 'x-led', '-led', 0.7);
  }
}

/** Past title words ("Prime Minister", "General") opening a name at k. */
export function titleEnd(toks: { norm: string }[], k: number): number {
  let j = k;
  while (j < toks.length && j < k + 4 && ROLE_VOCABULARY.has(toks[j].norm.toLowerCase())) j++;
  return j;
}

function possessor(ctx: Ctx, x: EntityMention): string | undefined {
  const { toks, from } = tokenSpan(ctx, x);
  const at = ctx.mentionAt[x.sentence];
  if (from >= 2 && toks[from - 1].norm === "'s" && at[from - 2]) return at[from - 2]!.entityId;
  if (from >= 1 && /^(its)$/i.test(toks[from - 1].norm)) {
    // "its Pacific Fleet": the nearest state or organization before.
    for (let k = from - 2; k >= 0; k--) {
      const y = at[k];
      if (y && typeOf(ctx, y.entityId) !== 'Person') return y.entityId;
    }
  }
  return undefined;
}

/** "REPUBLIC OF CHILE / MINISTRY OF FOREIGN AFFAIRS": a release whose opening line, in capitals,
 * names one state is that state's; its national bodies are that state's. */
function letterheadState(ctx: Ctx): string | undefined {
  const s = ctx.doc.sentences[0];
  if (!s || /\p{Ll}/u.test(s.text) || !/\p{Lu}{3}/u.test(s.text)) return undefined;
  const states = [...new Set(ctx.bySentence[0].filter((x) => typeOf(ctx, x.entityId) === 'State').map((x) => x.entityId))];
  return states.length === 1 ? states[0] : undefined;
}

function possessiveState(ctx: Ctx, x: EntityMention): string | undefined {
  const owner = possessor(ctx, x);
  return owner && typeOf(ctx, owner) === 'State' ? owner : undefined;
}

function venueInSentence(ctx: Ctx, sentence: number): string | undefined {
  const s = ctx.doc.sentences[sentence];
  for (const v of ctx.facts.venues) {
    if (v.start >= s.start && v.end <= s.end && v.ref.type === 'State') {
      const id = stateIdByIso(ctx, v.ref.iso);
      if (id) return id;
    }
  }
  return undefined;
}

function sentenceOfTie(ctx: Ctx, orgId: string, stateId: string): number | undefined {
  for (const x of ctx.byEntity.get(orgId) ?? []) {
    if (ctx.bySentence[x.sentence].some((y) => y.entityId === stateId)) return x.sentence;
  }
  return undefined;
}
