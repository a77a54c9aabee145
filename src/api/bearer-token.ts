import { createHash, timingSafeEqual } from 'node:crypto';

/** True when `Authorization: Bearer <token>` carries `expected` (compared in constant time). */
export function bearerTokenMatches(header: string | undefined, expected: string | undefined): boolean {
  if (!header || !expected) return false;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  // Hash both sides so the comparison does not leak the token's length.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(expected));
}
