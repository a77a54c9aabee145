// All Neo4j data access: connection, schema, loading, forgetting, reading totals.
export { connectionFromEnv, createDriver, DEFAULT_PASSWORD } from './connection';
export type { ConnectionConfig, DriverOptions } from './connection';
export { toKgError, isTransientError, isUnavailableError } from './errors';
export { withRetry, DEFAULT_RETRY } from './retry';
export type { RetryOptions } from './retry';
export { applySchema, readSchema, schemaStatements, SCHEMA_FILE } from './schema';
export { ingestDocuments, DEFAULT_BATCH_SIZE } from './ingest-documents';
export type { IngestOptions, IngestProgress, IngestSummary, IngestFailure } from './ingest-documents';
export { forgetSources, sourcesUnder } from './forget-sources';
export { countGraph } from './graph-state';
export type { GraphCounts } from './graph-state';
export { EntityResolver } from './entity-resolver';
export { planDocument, textHash, relationKey } from './plan-document';
export { nameKey, slugify } from './names';
export { loadCypherScript, runCypherScript, ANALYTICS_DIR } from './run-script';
export type { CypherScript, ScriptResult } from './run-script';
export { parseParamAssignments } from './script-params';
export type { ParamValue } from './script-params';
