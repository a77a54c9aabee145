// One family of typed errors with stable codes. Library code throws these; only cli/ turns
// them into messages and exit codes, and only api/ turns them into GraphQL errors.

export type KgErrorCode =
  | 'KG_BAD_INPUT' // a file or article that cannot be read as a news document
  | 'KG_USAGE' // wrong flags or arguments
  | 'KG_NEO4J_UNAVAILABLE' // no server answers, or it went away and retries ran out
  | 'KG_NEO4J_AUTH' // the server refused the credentials
  | 'KG_NEO4J_QUERY' // the server rejected a query
  | 'KG_LAUNCH_FAILED' // the local Neo4j could not be built or started
  | 'KG_INTERNAL';

export class KgError extends Error {
  constructor(
    readonly code: KgErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KgError';
  }
}

export function isKgError(e: unknown, code?: KgErrorCode): e is KgError {
  return e instanceof KgError && (code === undefined || e.code === code);
}
