import * as path from 'path';
import { isKgError } from '../model';
import { PROJECT_ROOT, resolveSettings } from './settings';

describe('resolveSettings', () => {
  test('defaults: local ports 7687/7474, home .neo4j in the project, password kg-password, no external server', () => {
    const s = resolveSettings({ env: {} });
    expect(s).toMatchObject({
      externalUri: undefined,
      user: 'neo4j',
      password: 'kg-password',
      boltPort: 7687,
      httpPort: 7474,
      home: path.join(PROJECT_ROOT, '.neo4j'),
      runtime: 'auto',
      heap: '1g',
      pageCache: '256m',
    });
  });

  test('the environment overrides the defaults', () => {
    const s = resolveSettings({
      env: {
        NEO4J_URI: 'bolt://db.example:7687',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 'secret-pw',
        NEO4J_BOLT_PORT: '7688',
        NEO4J_HTTP_PORT: '7475',
        KG_NEO4J_HOME: 'relative/home',
        KG_NEO4J_RUNTIME: 'maven',
      },
    });
    expect(s).toMatchObject({
      externalUri: 'bolt://db.example:7687',
      user: 'reader',
      password: 'secret-pw',
      boltPort: 7688,
      httpPort: 7475,
      home: path.resolve('relative/home'),
      runtime: 'maven',
    });
  });

  test('options override the environment; blank variables count as unset', () => {
    const s = resolveSettings({ env: { NEO4J_BOLT_PORT: '7688', NEO4J_URI: '  ' }, boltPort: 7700 });
    expect(s.boltPort).toBe(7700);
    expect(s.externalUri).toBeUndefined();
  });

  test.each([
    [{ NEO4J_BOLT_PORT: 'seven' }, /NEO4J_BOLT_PORT/],
    [{ NEO4J_HTTP_PORT: '70000' }, /NEO4J_HTTP_PORT/],
    [{ KG_NEO4J_RUNTIME: 'podman' }, /KG_NEO4J_RUNTIME/],
  ])('rejects %j as a usage error', (env, message) => {
    let error: unknown;
    try {
      resolveSettings({ env });
    } catch (e) {
      error = e;
    }
    expect(isKgError(error, 'KG_USAGE')).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
