import { KgError } from '../model';

/** A TCP port given as a flag; 0 (any free port) only where the caller can report the chosen one. */
export function parsePortFlag(flag: string, value: string, opts: { allowZero?: boolean } = {}): number {
  const port = Number(value);
  const min = opts.allowZero ? 0 : 1;
  if (!Number.isInteger(port) || port < min || port > 65535) {
    throw new KgError('KG_USAGE', `${flag} must be a port number (${min}-65535), got '${value}'`);
  }
  return port;
}
