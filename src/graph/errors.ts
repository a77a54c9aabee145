// The one place where driver errors become KgErrors with stable codes; nothing else in the
// project looks at Neo4j error codes.
import { KgError, isKgError } from '../model';

interface DriverErrorShape {
  code?: string;
  message?: string;
  retriable?: boolean;
}

/** Driver codes for "no server answers" (connection refused, dropped, or lost leadership). */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isUnavailableError(e: unknown): boolean {
  return isKgError(e, 'KG_NEO4J_UNAVAILABLE') || UNAVAILABLE_CODES.has(codeOf(e));
}

/** Worth trying again: the server went away, or it says the error is transient. */
export function isTransientError(e: unknown): boolean {
  const code = codeOf(e);
  return isUnavailableError(e) || code.startsWith('Neo.TransientError.') || (e as DriverErrorShape)?.retriable === true;
}

/** `where` names the server (its URI) in messages: never credentials. */
export function toKgError(e: unknown, where: string): KgError {
  if (isKgError(e)) return e;
  const code = codeOf(e);
  const message = (e as DriverErrorShape)?.message ?? String(e);
  if (isUnavailableError(e)) {
    return new KgError('KG_NEO4J_UNAVAILABLE', `Neo4j at ${where} is not available (${shortReason(message)}; is it running? see \`npx kg db status\`)`, { code }, { cause: e });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new KgError(
      'KG_NEO4J_AUTH',
      `Neo4j at ${where} refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)`,
      { code },
      { cause: e },
    );
  }
  if (code.startsWith('Neo.')) {
    return new KgError('KG_NEO4J_QUERY', `Neo4j rejected a query: ${firstLine(message)}`, { code }, { cause: e });
  }
  return new KgError('KG_INTERNAL', firstLine(message), { code }, { cause: e });
}

function codeOf(e: unknown): string {
  const code = (e as DriverErrorShape)?.code;
  return typeof code === 'string' ? code : '';
}

/** The driver's connection message without its paragraph about encryption settings. */
function shortReason(message: string): string {
  const cause = /Caused by: (.*)$/m.exec(message);
  return cause ? cause[1] : firstLine(message);
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
