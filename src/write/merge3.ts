// The 3-way line merge: base = what the generator last wrote, ours = the file on disk, theirs = the
// new output. Hunks of the two diffs against the base that touch different base lines apply
// silently; hunks that overlap are one region, taken once when both sides agree and marked as a
// conflict when they do not. Two insertions at the same point (a hand-written method and a new
// generated one before the same closing brace) change no line of the base, so both are kept,
// the generated lines first, instead of raising the false conflict a plain diff3 gives.
import { diffLines, type Hunk } from './line-diff.js';

export const MARKERS = { ours: '<<<<<<< yours', base: '||||||| base (last generated)', sep: '=======', theirs: '>>>>>>> generated' } as const;

export interface LineMerge {
  lines: string[];
  /** 0-based index in `lines` of each conflict's opening marker. */
  conflicts: number[];
}

interface SidedHunk extends Hunk {
  side: 'ours' | 'theirs';
}

export function merge3(base: readonly string[], ours: readonly string[], theirs: readonly string[]): LineMerge {
  const hunks: SidedHunk[] = [...diffLines(base, ours).map((h) => ({ ...h, side: 'ours' as const })), ...diffLines(base, theirs).map((h) => ({ ...h, side: 'theirs' as const }))];
  hunks.sort((a, b) => a.start - b.start || a.end - b.end || (a.side === 'theirs' ? -1 : 1));
  const out: string[] = [];
  const conflicts: number[] = [];
  let pos = 0;
  for (let i = 0; i < hunks.length; ) {
    const group = [hunks[i]!];
    let end = hunks[i]!.end;
    for (i++; i < hunks.length && overlaps(group, end, hunks[i]!); i++) {
      group.push(hunks[i]!);
      end = Math.max(end, hunks[i]!.end);
    }
    const start = group[0]!.start;
    out.push(...base.slice(pos, start));
    pos = end;
    const mine = group.filter((h) => h.side === 'ours');
    const gen = group.filter((h) => h.side === 'theirs');
    if (!mine.length || !gen.length) {
      out.push(...applyHunks(base, start, end, group));
      continue;
    }
    const a = applyHunks(base, start, end, mine);
    const b = applyHunks(base, start, end, gen);
    if (same(a, b)) out.push(...a);
    else if (start === end) out.push(...b, ...a);
    else pushConflict(out, conflicts, a, base.slice(start, end), b);
  }
  out.push(...base.slice(pos));
  return { lines: out, conflicts };
}

/** A hunk joins the group if it shares a base line with it, or inserts strictly inside it, or inserts where the group inserts. */
function overlaps(group: readonly SidedHunk[], end: number, next: SidedHunk): boolean {
  const start = group[0]!.start;
  if (next.start < end) return true;
  const groupIsInsertion = start === end;
  return groupIsInsertion && next.start === start && next.end === start;
}

/** The base lines [start, end) with the given hunks (all inside that range) applied. */
function applyHunks(base: readonly string[], start: number, end: number, hunks: readonly Hunk[]): string[] {
  const out: string[] = [];
  let pos = start;
  for (const h of hunks) {
    out.push(...base.slice(pos, h.start), ...h.lines);
    pos = h.end;
  }
  out.push(...base.slice(pos, end));
  return out;
}

/** Lines both sides agree on at the edges stay outside the markers, so a conflict shows only what differs. */
function pushConflict(out: string[], conflicts: number[], ours: string[], base: string[], theirs: string[]): void {
  let head = 0;
  while (head < ours.length && head < theirs.length && ours[head] === theirs[head]) head++;
  let tail = 0;
  while (tail < ours.length - head && tail < theirs.length - head && ours[ours.length - 1 - tail] === theirs[theirs.length - 1 - tail]) tail++;
  out.push(...ours.slice(0, head));
  conflicts.push(out.length);
  out.push(MARKERS.ours, ...ours.slice(head, ours.length - tail), MARKERS.base, ...base, MARKERS.sep, ...theirs.slice(head, theirs.length - tail), MARKERS.theirs);
  out.push(...ours.slice(ours.length - tail));
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/** Line numbers (1-based) of conflict blocks a file still holds from an earlier merge. */
export function leftoverConflicts(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (line === MARKERS.ours) found.push(i + 1);
  });
  return found;
}
