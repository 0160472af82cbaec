// Runs after `tsc` in `npm run build`: marks dist/cjs as CommonJS and lets `require()` return a
// callable client, so both `const Anthropic = require('anthropic-client')` and
// `const { Anthropic } = require('anthropic-client')` work.
const fs = require('node:fs');

fs.writeFileSync('dist/cjs/package.json', '{"type":"commonjs"}\n');
const entry = 'dist/cjs/index.js';
const code = fs.readFileSync(entry, 'utf8');
const shim = 'exports = module.exports = function (...args) { return new exports.default(...args); };\n';
if (!code.includes(shim)) fs.writeFileSync(entry, code.replace('"use strict";\n', `"use strict";\n${shim}`));
