// The library surface used by cli/ and by programs that embed the project.
export * from './model';
export * from './sources';
export * from './graph';
export { createApiServer, buildApiSchema, printApiSchema, type ApiServer, type ApiServerOptions } from './api';
