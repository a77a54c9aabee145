import { isKgError } from '../model';
import { corsOrigins } from './flags';

test('CORS origins come from the flag, else from KG_API_CORS_ORIGINS, else none', () => {
  expect(corsOrigins(['https://a.example'], 'https://b.example')).toEqual(['https://a.example']);
  expect(corsOrigins(undefined, 'https://b.example, http://localhost:5173')).toEqual(['https://b.example', 'http://localhost:5173']);
  expect(corsOrigins(undefined, undefined)).toEqual([]);
  expect(corsOrigins(['*'], undefined)).toEqual(['*']);
});

test('an origin with a path, or no scheme, is a usage error', () => {
  for (const bad of ['app.example.org', 'https://app.example.org/graphql']) {
    let error: unknown;
    try {
      corsOrigins([bad], undefined);
    } catch (e) {
      error = e;
    }
    expect(isKgError(error, 'KG_USAGE')).toBe(true);
  }
});
