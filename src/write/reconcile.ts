// Decides, for every file the generator wrote before or writes now, what the folder should hold:
// the new output (file untouched since the last run, or one of the generator's own records), a
// 3-way merge (file edited by hand), the file as it is (edited, but no base to merge against), or
// nothing (deleted by hand). Pure decisions over what was read; index.ts does the reading and the
// writing.
import { mergeFile } from './merge-file.js';
import { leftoverConflicts } from './merge3.js';
import { sha256 } from './manifest.js';

export type IssueKind = 'conflict' | 'unresolved' | 'no-base' | 'orphan';
export type NoteKind = 'merged' | 'deleted';

/** Something the user must act on; the run exits non-zero. */
export interface MergeIssue {
  kind: IssueKind;
  path: string;
  /** 1-based lines of the conflict markers, for `conflict` and `unresolved`. */
  lines: number[];
}

/** Something the user should know: their edits were kept, or their deletion was. */
export interface MergeNote {
  kind: NoteKind;
  path: string;
}

export interface Inputs {
  /** The new output, by path. */
  theirs: ReadonlyMap<string, string>;
  /** The file record of the previous run (path → sha256), empty without one. */
  recorded: Readonly<Record<string, string>>;
  /** The recorded base bytes of a path, if present and matching its hash. */
  base: (path: string) => string | undefined;
  /** The file on disk, if any. */
  disk: (path: string) => string | undefined;
  discardEdits: boolean;
  /** The generator's own records (the release record): never merged, never given a base. */
  machine: ReadonlySet<string>;
}

export interface Decision {
  /** Path → text the folder should hold; absent paths are not written. */
  files: Map<string, string>;
  /** Generated paths to take out of the folder. */
  remove: string[];
  /** Path → the base to record (what the generator wrote this time). */
  record: Map<string, string>;
  issues: MergeIssue[];
  notes: MergeNote[];
}

export function reconcile(input: Inputs): Decision {
  const d: Decision = { files: new Map(), remove: [], record: new Map(), issues: [], notes: [] };
  for (const [path, theirs] of input.theirs) {
    // A record edited or deleted by hand is simply rewritten: it describes the output, it is not part of it.
    if (input.machine.has(path)) d.files.set(path, theirs);
    else decideGenerated(input, d, path, theirs);
  }
  // An older generator recorded the release record like any file; that entry is just forgotten.
  for (const path of Object.keys(input.recorded)) if (!input.theirs.has(path) && !input.machine.has(path)) decideRemoved(input, d, path);
  return d;
}

function decideGenerated(input: Inputs, d: Decision, path: string, theirs: string): void {
  const disk = input.disk(path);
  d.record.set(path, theirs);
  if (disk === undefined) {
    // Deleted by hand after the generator wrote it: stays deleted (the record remembers it).
    if (path in input.recorded && !input.discardEdits) d.notes.push({ kind: 'deleted', path });
    else d.files.set(path, theirs);
    return;
  }
  if (disk === theirs || input.discardEdits) {
    d.files.set(path, theirs);
    return;
  }
  const base = input.base(path);
  if (base === undefined) {
    if (input.recorded[path] === sha256(disk)) d.files.set(path, theirs);
    else {
      // Edited or not, we cannot tell what is the user's: leave it, record nothing, and say so.
      d.files.set(path, disk);
      d.record.delete(path);
      d.issues.push({ kind: 'no-base', path, lines: [] });
    }
    return;
  }
  if (disk === base) {
    d.files.set(path, theirs);
    return;
  }
  const merged = mergeFile(path, base, disk, theirs);
  d.files.set(path, merged.text);
  const leftover = leftoverConflicts(disk.split('\n'));
  if (merged.conflictLines.length) d.issues.push({ kind: 'conflict', path, lines: merged.conflictLines });
  else if (leftover.length) d.issues.push({ kind: 'unresolved', path, lines: leftoverConflicts(merged.text.split('\n')) });
  else d.notes.push({ kind: 'merged', path });
}

function decideRemoved(input: Inputs, d: Decision, path: string): void {
  const disk = input.disk(path);
  if (disk === undefined) return;
  if (input.discardEdits || disk === input.base(path) || sha256(disk) === input.recorded[path]) d.remove.push(path);
  else {
    // No longer generated, but edited by hand: kept, and from now on the user's own file.
    d.files.set(path, disk);
    d.issues.push({ kind: 'orphan', path, lines: [] });
  }
}
