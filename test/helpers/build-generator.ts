// vitest globalSetup: the CLI, package and corpus tests run dist/, so bring it up to date first
// (scripts/build.mjs rebuilds only when a source changed), also when vitest is run on its own.
// Every temp folder the tests make (helpers/cli.ts tempDir) goes under one folder for the run,
// removed when the run ends: left behind, they came to gigabytes in /tmp within a day.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rootPath } from './pipeline.js';

export default function setup(): () => void {
  execFileSync(process.execPath, [rootPath('scripts/build.mjs')], { stdio: 'inherit' });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-test-run-'));
  process.env['LAPGEN_TEST_TMP'] = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
