// `kg forget`: removes documents and whatever only they supported, in one transaction.
import type { Driver } from 'neo4j-driver';
import { toKgError } from './errors';
import { SOURCES_UNDER } from './queries';
import { forgetDocuments } from './write-documents';

/** Returns the sources that were in the graph (and are now gone). */
export async function forgetSources(driver: Driver, sources: readonly string[], where = 'the configured address'): Promise<string[]> {
  const session = driver.session();
  try {
    return await session.executeWrite((tx) => forgetDocuments(tx, sources));
  } catch (e) {
    throw toKgError(e, where);
  } finally {
    await session.close();
  }
}

/** Sources of the documents whose source starts with `prefix` (e.g. `seeds/`). */
export async function sourcesUnder(driver: Driver, prefix: string, where = 'the configured address'): Promise<string[]> {
  try {
    const { records } = await driver.executeQuery(SOURCES_UNDER, { prefix }, { routing: 'READ' });
    return records.map((r) => r.get('source') as string);
  } catch (e) {
    throw toKgError(e, where);
  }
}
