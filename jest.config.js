// Two tiers: unit tests sit beside the code (src/**/*.test.ts) and need nothing running;
// integration tests (*.int.test.ts) talk to a real Neo4j that the global setup provides.
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
};

module.exports = {
  // A global option: Jest ignores testTimeout inside a project. Integration tests talk to a real
  // server (and some drive a browser), so the 5 s default is too short for them.
  testTimeout: 120000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/node_modules/', '/dist/'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/src/**/*.int.test.ts', '<rootDir>/tests/**/*.int.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
    },
  ],
};
