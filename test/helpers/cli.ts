import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rootPath } from './pipeline.js';

/** Runs the built CLI (`npm test` builds it first) from the project root. */
export function runCli(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [rootPath('dist/cli.js'), ...args], { cwd: rootPath('.'), encoding: 'utf8', env: { ...process.env, DEBUG: '', ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp folder, inside the run's own (removed when the run ends; see build-generator.ts). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(process.env['LAPGEN_TEST_TMP'] ?? os.tmpdir(), `lapgen-${prefix}-`));
}

/** Every file under `dir` with its bytes, for before/after comparisons. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}
