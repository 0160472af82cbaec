// write: merges the emitted files with the folder as the user left it and puts the result in place
// atomically, or (with `check`) only reports what that would change. Generated files edited by
// hand are merged three ways against the recorded base (.lapgen/base.txt, see base-record.ts); `src/lib/`
// and any file the generator never wrote belong to the user and are carried over untouched. A
// failure at any point leaves the output folder as it was.
import fs from 'node:fs';
import path from 'node:path';
import { shortDiff } from './diff.js';
import { BASE_FILE, printBase, readBase, type RecordedBase } from './base-record.js';
import { MANIFEST_FILE, printManifest, readManifest, sha256, type ManifestHead } from './manifest.js';
import { reconcile, type MergeIssue, type MergeNote } from './reconcile.js';
import { HISTORY_FILE } from '../release/index.js';

export type { MergeIssue, MergeNote } from './reconcile.js';
export { BASE_FILE } from './base-record.js';
export { MANIFEST_FILE } from './manifest.js';

/** The generator's own records: always rewritten, never merged, never in the recorded base (the manifest is written here, after the merge). */
const MACHINE_FILES: ReadonlySet<string> = new Set([HISTORY_FILE, MANIFEST_FILE]);
/** Folders a user may create inside the output (by building, installing, or making it a repo); moved across, never compared. */
const PRESERVED = ['node_modules', 'dist', '.git'];
/** The user's own code: never written (but for a README when the folder is first made), deleted or compared. */
export const LIB_DIR = 'src/lib';
const LIB_README = `# src/lib: your code

Everything in this folder is yours: the generator never writes, deletes or compares it. Wire a
function from here in as a method of a generated resource, or expose a module from the package
root or a subpath, with the overlay's \`resources.<path>.methods\` and \`lib\` keys (see the
generator's README). Edits you make to generated files outside this folder are kept too: they are
merged into each regeneration.
`;

export interface FileChange {
  path: string;
  kind: 'added' | 'removed' | 'modified';
  diff?: string;
}

export interface WriteOptions {
  check: boolean;
  /** Take the new output everywhere, dropping hand edits (src/lib is still kept). */
  discardEdits?: boolean;
  /** Where the output came from, for the manifest. */
  manifest: ManifestHead;
}

export interface WriteResult {
  /** Files whose content changes (or would, under `check`), without the recorded base's own files. */
  changes: FileChange[];
  /** Files of the recorded base that change; a change here alone is drift too. */
  recordChanges: number;
  issues: MergeIssue[];
  notes: MergeNote[];
  written: boolean;
}

export function writePackage(files: ReadonlyMap<string, string>, dir: string, options: WriteOptions): WriteResult {
  const previous = readManifest(dir);
  const recorded = previous?.files ?? {};
  // The merge, the comparison and the record count all look at the same files: each is read once.
  const read = new Map<string, string | undefined>();
  const fresh = !fs.existsSync(dir);
  const readText = (rel: string): string | undefined => {
    if (fresh) return undefined;
    if (read.has(rel)) return read.get(rel);
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(dir, rel), 'utf8');
    } catch {
      text = undefined;
    }
    read.set(rel, text);
    return text;
  };
  const generated = new Map([...files].filter(([rel]) => !isLibPath(rel)));
  const existing = listFiles(dir);
  const previousBase = readBase(readText(BASE_FILE), existing, readText);
  const decision = reconcile({
    theirs: generated,
    recorded,
    disk: readText,
    base: (rel) => {
      const text = previousBase.files.get(rel);
      return text !== undefined && sha256(text) === recorded[rel] ? text : undefined;
    },
    discardEdits: options.discardEdits === true,
    machine: MACHINE_FILES,
  });

  const tree = new Map(decision.files);
  const manifest = printManifest({ ...options.manifest, files: Object.fromEntries([...decision.record].map(([rel, text]) => [rel, sha256(text)])) });
  tree.set(MANIFEST_FILE, manifest);
  const owned = new Set([...generated.keys(), ...Object.keys(recorded), MANIFEST_FILE]);
  // `.lapgen/` is the generator's: an older generator's mirror there is not carried over.
  const userFiles = existing.filter((rel) => !owned.has(rel) && !rel.startsWith('.lapgen/') && (!options.discardEdits || isLibPath(rel)));
  if (!fs.existsSync(path.join(dir, LIB_DIR)) && !options.check) tree.set(`${LIB_DIR}/README.md`, LIB_README);

  const changes = compare(tree, decision.remove, readText, existing, options);
  const baseText = printBase(decision.record);
  const written = new Map([...tree, [BASE_FILE, baseText]]);
  // What the folder already holds byte for byte is linked into the new folder, not written again.
  const unchanged = new Set([...written].filter(([rel, text]) => readText(rel) === text).map(([rel]) => rel));
  // Anything else in `.lapgen/` (an older generator's mirror beside a base file) goes at the next write.
  const strays = previousBase.legacy ? 0 : existing.filter((rel) => rel.startsWith('.lapgen/') && rel !== BASE_FILE).length;
  const recordChanges = (unchanged.has(BASE_FILE) ? 0 : baseChanges(previousBase, decision.record)) + strays;
  const result = { changes, recordChanges, issues: decision.issues, notes: decision.notes, written: false };
  if (options.check || (changes.length === 0 && recordChanges === 0)) return result;
  swapIn(dir, written, unchanged, userFiles);
  return { ...result, written: true };
}

/** How many files' recorded bases change (at least one when only the base file's layout does). */
function baseChanges(previous: RecordedBase, next: ReadonlyMap<string, string>): number {
  const changed = [...next].filter(([rel, text]) => previous.legacy || previous.files.get(rel) !== text).length;
  const dropped = [...previous.files.keys()].filter((rel) => !next.has(rel)).length;
  return Math.max(1, changed + dropped);
}

const isLibPath = (rel: string) => rel === LIB_DIR || rel.startsWith(`${LIB_DIR}/`);

function compare(tree: ReadonlyMap<string, string>, remove: readonly string[], readText: (rel: string) => string | undefined, existing: readonly string[], options: WriteOptions): FileChange[] {
  const changes: FileChange[] = [];
  for (const [rel, text] of tree) {
    if (isLibPath(rel)) continue;
    const current = readText(rel);
    if (current === undefined) changes.push({ path: rel, kind: 'added' });
    else if (current !== text) changes.push({ path: rel, kind: 'modified', diff: shortDiff(current, text) });
  }
  for (const rel of remove) changes.push({ path: rel, kind: 'removed' });
  // --discard-edits resets the folder to the output: files the generator never wrote go too.
  if (options.discardEdits) {
    const kept = new Set(tree.keys());
    for (const rel of existing) if (!kept.has(rel) && !isLibPath(rel) && !rel.startsWith('.lapgen/') && !remove.includes(rel)) changes.push({ path: rel, kind: 'removed' });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Every file under `dir` (relative, `/`-separated), without the preserved folders. */
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

/**
 * Builds the new folder beside the old one and swaps it in. Files the old folder already holds as
 * they should be (`unchanged`, and the user's) are hard-linked across rather than written or copied:
 * the old folder is deleted once the swap is done, so each link ends up the file's only name, and
 * nothing is ever written through one.
 */
function swapIn(dir: string, files: ReadonlyMap<string, string>, unchanged: ReadonlySet<string>, userFiles: readonly string[]): void {
  const target = path.resolve(dir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${target}.tmp-${stamp}`;
  const previous = `${target}.old-${stamp}`;
  // The staging folder's parents are made one level at a time: Node's recursive mkdir never returns
  // where a level cannot be made but reports ENOENT (under /proc, for one).
  makeParents(staging);
  fs.mkdirSync(staging);
  const made = new Set<string>([staging]);
  const place = (rel: string): string => {
    const full = path.join(staging, rel);
    const parent = path.dirname(full);
    if (!made.has(parent)) fs.mkdirSync(parent, { recursive: true });
    made.add(parent);
    return full;
  };
  try {
    for (const [rel, text] of files) {
      const to = place(rel);
      if (!unchanged.has(rel) || !tryLink(path.join(target, rel), to)) fs.writeFileSync(to, text);
    }
    for (const rel of userFiles) {
      const from = path.join(target, rel);
      const to = place(rel);
      if (fs.lstatSync(from).isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
      else if (!tryLink(from, to)) fs.copyFileSync(from, to);
    }
  } catch (err) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  const hadPrevious = fs.existsSync(target);
  const moved: string[] = [];
  try {
    if (hadPrevious) {
      // Builds, installs and a repository inside the output folder survive a regeneration.
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

/** Creates the missing folders above `dir`, top down, each on its own (so a failure names its level). */
function makeParents(dir: string): void {
  const missing: string[] = [];
  for (let up = path.dirname(dir); !fs.existsSync(up); up = path.dirname(up)) {
    missing.push(up);
    if (path.dirname(up) === up) break;
  }
  for (const level of missing.reverse()) fs.mkdirSync(level);
}

/** A hard link, where the file system has them (else the caller writes or copies). */
function tryLink(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}
