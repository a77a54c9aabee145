#!/usr/bin/env node
// Thin shell: all parsing, printing and exit codes live in src/cli (compiled to dist/ by `npm run build`).
require('../dist/cli/main.js').main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 70; },
);
