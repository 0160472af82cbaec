// The hand-written runtime (src/runtime/*.ts) is copied verbatim into each package's src/core/.
import fs from 'node:fs';
import { PACKAGE_DIR } from './package-dir.js';

const RUNTIME_DIR = new URL('src/runtime/', PACKAGE_DIR);

export function readRuntimeFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of fs.readdirSync(RUNTIME_DIR).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    files.set(name, fs.readFileSync(new URL(name, RUNTIME_DIR), 'utf8'));
  }
  return files;
}
