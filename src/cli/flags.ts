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

/**
 * The origins allowed to call the API from a browser: `--cors-origin` values, else the
 * comma-separated KG_API_CORS_ORIGINS. Each is `*` or a scheme://host[:port] origin.
 */
export function corsOrigins(flag: string[] | undefined, env: string | undefined = process.env.KG_API_CORS_ORIGINS): string[] {
  const origins = (flag ?? env?.split(',') ?? []).map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new KgError('KG_USAGE', `--cors-origin takes * or an origin such as https://app.example.org (no path), got '${origin}'`);
    }
  }
  return origins;
}
