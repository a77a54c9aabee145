// Exit codes mean something (see README "Exit codes"); sysexits.h values where one fits.
export const EXIT = {
  OK: 0,
  /** The command ran, but some inputs failed (reported by name) while the rest were processed. */
  PARTIAL: 1,
  USAGE: 64,
  /** Every input was unreadable or malformed. */
  BAD_INPUT: 65,
  /** Neo4j could not be reached or started. */
  UNAVAILABLE: 69,
  INTERNAL: 70,
} as const;
