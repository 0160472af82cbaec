// write: puts the emitted files in place atomically, or (with `check`) compares them with what is
// there. A failure at any point leaves the output folder as it was.
import fs from 'node:fs';
import path from 'node:path';
import { shortDiff } from './diff.js';

/** Folders a user may create inside the output (by building or installing it); never compared or lost. */
const PRESERVED = ['node_modules', 'dist'];

export interface FileChange {
  path: string;
  kind: 'added' | 'removed' | 'modified';
  diff?: string;
}

export interface WriteResult {
  changes: FileChange[];
  written: boolean;
}

export function writePackage(files: ReadonlyMap<string, string>, dir: string, options: { check: boolean }): WriteResult {
  const changes = compareTree(files, dir);
  if (options.check || changes.length === 0) return { changes, written: false };
  swapIn(files, dir);
  return { changes, written: true };
}

function listFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (dir === base && PRESERVED.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

export function compareTree(files: ReadonlyMap<string, string>, dir: string): FileChange[] {
  const changes: FileChange[] = [];
  const existing = new Set(listFiles(dir));
  for (const [rel, text] of files) {
    if (!existing.has(rel)) {
      changes.push({ path: rel, kind: 'added' });
      continue;
    }
    const current = fs.readFileSync(path.join(dir, rel), 'utf8');
    if (current !== text) changes.push({ path: rel, kind: 'modified', diff: shortDiff(current, text) });
  }
  for (const rel of existing) if (!files.has(rel)) changes.push({ path: rel, kind: 'removed' });
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function swapIn(files: ReadonlyMap<string, string>, dir: string): void {
  const target = path.resolve(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${target}.tmp-${stamp}`;
  const previous = `${target}.old-${stamp}`;
  try {
    for (const [rel, text] of files) {
      const full = path.join(staging, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  const hadPrevious = fs.existsSync(target);
  const moved: string[] = [];
  try {
    if (hadPrevious) {
      // Builds and installs inside the output folder survive a regeneration.
      for (const keep of PRESERVED) {
        if (!fs.existsSync(path.join(target, keep))) continue;
        fs.renameSync(path.join(target, keep), path.join(staging, keep));
        moved.push(keep);
      }
      fs.renameSync(target, previous);
    }
    fs.renameSync(staging, target);
  } catch (err) {
    // Put everything back where it was: the old folder, and what was moved out of it.
    if (hadPrevious && !fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
    for (const keep of moved) if (fs.existsSync(path.join(staging, keep))) fs.renameSync(path.join(staging, keep), path.join(target, keep));
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (hadPrevious) fs.rmSync(previous, { recursive: true, force: true });
}
