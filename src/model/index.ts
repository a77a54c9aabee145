export * from './types';
export * from './errors';
export * from './neo4j-config';
