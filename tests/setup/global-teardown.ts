// Stops the server only if global-setup.ts started it; one that was already running stays up.
export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__KG_TEST_NEO4J__;
  globalThis.__KG_TEST_NEO4J__ = undefined;
  await server?.stop();
}
