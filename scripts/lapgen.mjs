// `npm run generate` in this checkout: runs the built generator (dist/cli.js), first rebuilding it
// if src/ changed since it was built (scripts/build-stamp.mjs), so a stale build never runs.
// Checking costs a stat per source file; rebuilding, about a second.
import { staleReason } from './build-stamp.mjs';

if (staleReason()) await import('./build.mjs');
await import('../dist/cli.js');
