// Whether dist/ was built from the sources as they are now. The build records every file it read
// (from esbuild's metafile, outside node_modules) with its size, mtime and hash; the build is stale
// when one of them is gone or its content differs. An mtime that moved alone (a checkout, a touch)
// costs a hash, not a rebuild. Checking is a stat per file: about a millisecond for ~150 files.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const STAMP = path.join(ROOT, 'dist/.build-stamp.json');
const hashOf = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Records `files` (paths relative to the root) as the inputs of the build just made, and its outputs. */
export function writeStamp(files, outputs) {
  const inputs = [...new Set(files)].sort().map((rel) => {
    const full = path.join(ROOT, rel);
    const stat = fs.statSync(full);
    return { path: rel, size: stat.size, mtimeMs: stat.mtimeMs, sha256: hashOf(full) };
  });
  fs.writeFileSync(STAMP, `${JSON.stringify({ outputs: [...outputs].sort(), inputs }, null, 1)}\n`);
}

/** `undefined` when dist/ is up to date, else why not ('no build', or the first input that changed). */
export function staleReason() {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return 'dist/ has not been built';
  }
  const missing = stamp.outputs.find((rel) => !fs.existsSync(path.join(ROOT, rel)));
  if (missing) return `${missing} is missing`;
  for (const input of stamp.inputs) {
    const full = path.join(ROOT, input.path);
    let stat;
    try {
      stat = fs.statSync(full);
    } catch {
      return `${input.path} is gone`;
    }
    if (stat.size === input.size && stat.mtimeMs === input.mtimeMs) continue;
    if (stat.size !== input.size || hashOf(full) !== input.sha256) return `${input.path} changed`;
  }
  return undefined;
}
