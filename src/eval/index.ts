// Scoring the extractor against gold files (the guide's Scoring section).
export { loadGold, loadGoldFile, parseGold, listGoldFiles } from './gold';
export type { GoldDocument, GoldEntity, GoldRelation } from './gold';
export { normalizeName } from './normalize-name';
export { matchEntities } from './match-entities';
export { scoreDocument } from './score-document';
export type { DocumentScore } from './score-document';
export { evaluate, summarize } from './evaluate';
export type { Evaluation, EvaluationSummary, Extractor } from './evaluate';
export { prf } from './metrics';
export type { Counts, Prf } from './metrics';
export { formatReport } from './format-report';
