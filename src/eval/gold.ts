// Reading gold files (the format in docs/annotation-rules.md): one JSON document each, with
// its text inline (`text`) or in a file (`text_file`) relative to the folder holding `eval/`.
import * as fs from 'fs';
import * as path from 'path';
import { ENTITY_TYPES, RELATION_TYPES, KgError } from '../model';
import type { EntityType, RelationType } from '../model';

export interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  evidence: string;
  optional: boolean;
}

export interface GoldDocument {
  id: string;
  /** The gold file it came from. */
  file: string;
  text: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Expands directories to the `.json` files they hold (sorted, not recursive) and loads each. */
export function loadGold(paths: string[]): GoldDocument[] {
  return listGoldFiles(paths).map(loadGoldFile);
}

export function listGoldFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new KgError('KG_BAD_INPUT', `gold path not found: ${p}`, { path: p });
    }
    if (stat.isDirectory()) {
      const inDir = fs
        .readdirSync(p)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(p, f));
      if (inDir.length === 0) throw new KgError('KG_BAD_INPUT', `no gold .json files in ${p}`, { path: p });
      files.push(...inDir);
    } else {
      files.push(p);
    }
  }
  return files;
}

export function loadGoldFile(file: string): GoldDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KgError('KG_BAD_INPUT', `${file}: not readable JSON (${(e as Error).message})`, { path: file }, { cause: e });
  }
  return parseGold(raw, file);
}

/** Validates one parsed gold object; `file` locates `text_file` and names errors. */
export function parseGold(raw: unknown, file: string): GoldDocument {
  const bad = (why: string): KgError => new KgError('KG_BAD_INPUT', `${file}: ${why}`, { path: file });
  if (!isObject(raw)) throw bad('a gold file holds one JSON object');
  const text = readText(raw, file, bad);
  const entities = arrayField(raw, 'entities', bad).map((e, i) => parseEntity(e, i, bad));
  const ids = new Set(entities.map((e) => e.id));
  const relations = arrayField(raw, 'relations', bad).map((r, i) => parseRelation(r, i, ids, bad));
  const id = typeof raw.id === 'string' ? raw.id : path.basename(file, '.json');
  return { id, file, text, entities, relations };
}

function readText(raw: Record<string, unknown>, file: string, bad: (why: string) => KgError): string {
  if (typeof raw.text === 'string') return raw.text;
  if (typeof raw.text_file !== 'string') throw bad('needs `text` or `text_file`');
  const textPath = path.resolve(projectRootOf(file), raw.text_file);
  try {
    return fs.readFileSync(textPath, 'utf8');
  } catch (e) {
    throw bad(`text_file ${raw.text_file} not readable at ${textPath}`);
  }
}

/** The folder that holds the nearest enclosing `eval/` folder; else the gold file's own folder. */
export function projectRootOf(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    if (path.basename(dir) === 'eval') return path.dirname(dir);
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(path.resolve(file));
    dir = up;
  }
}

function parseEntity(e: unknown, i: number, bad: (why: string) => KgError): GoldEntity {
  if (!isObject(e) || typeof e.id !== 'string' || typeof e.name !== 'string')
    throw bad(`entity #${i} needs string id and name`);
  if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) throw bad(`entity ${e.id} has unknown type ${String(e.type)}`);
  const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
  return { id: e.id, type: e.type as EntityType, name: e.name, aliases };
}

function parseRelation(r: unknown, i: number, ids: Set<string>, bad: (why: string) => KgError): GoldRelation {
  if (!isObject(r) || typeof r.source !== 'string' || typeof r.target !== 'string')
    throw bad(`relation #${i} needs string source and target`);
  if (!(RELATION_TYPES as readonly unknown[]).includes(r.type)) throw bad(`relation #${i} has unknown type ${String(r.type)}`);
  for (const end of [r.source, r.target]) if (!ids.has(end)) throw bad(`relation #${i} refers to unknown entity ${end}`);
  return {
    type: r.type as RelationType,
    source: r.source,
    target: r.target,
    evidence: typeof r.evidence === 'string' ? r.evidence : '',
    optional: r.optional === true,
  };
}

function arrayField(raw: Record<string, unknown>, key: string, bad: (why: string) => KgError): unknown[] {
  const v = raw[key];
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw bad(`\`${key}\` must be an array`);
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
