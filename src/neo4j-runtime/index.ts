// Starting, finding and stopping a Neo4j server. Used by `kg db`, the Jest global setup and
// `kg demo`; nothing here reads or writes graph data (that is graph/'s job).
export { startNeo4j, stopNeo4j, neo4jStatus, type RunningNeo4j, type Neo4jKind, type Neo4jStatus } from './start-neo4j';
export { resolveSettings, PROJECT_ROOT, type Neo4jRuntimeOptions, type RuntimeChoice } from './settings';
export { probeBolt, waitForBolt, type BoltProbe } from './bolt-probe';
export { dockerAnswers } from './docker-compose';
export { neo4jConfigFromEnv, NEO4J_DEFAULTS, type Neo4jConnectionConfig } from '../model';
