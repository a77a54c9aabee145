// `kg forget`: removes documents and whatever only they supported, in one transaction.
import type { Driver } from 'neo4j-driver';
import { toKgError } from './errors';
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
