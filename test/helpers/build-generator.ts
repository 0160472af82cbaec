// vitest globalSetup: the CLI, package and corpus tests run dist/, so bring it up to date first
// (scripts/build.mjs rebuilds only when a source changed), also when vitest is run on its own.
import { execFileSync } from 'node:child_process';
import { rootPath } from './pipeline.js';

export default function setup(): void {
  execFileSync(process.execPath, [rootPath('scripts/build.mjs')], { stdio: 'inherit' });
}
