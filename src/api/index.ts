// The GraphQL API: used through this file only.
export { createApiServer, type ApiServer, type ApiServerOptions } from './server';
export { buildApiSchema, printApiSchema } from './api-schema';
export { LIMITS } from './limits';
export { BOUNDS } from './guards';
export { buildTypeDefs } from './type-defs';
export { traversalStatement } from './traversal-statements';
export { RowCodec } from './row-codec';
export { selectedColumnsOfQuery } from './selected-columns';
