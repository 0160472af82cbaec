// A line diff (Myers' O(ND) greedy algorithm) as hunks in the coordinates of the first text. The
// 3-way merge takes two of these against the same base. Generated files change a little at a time,
// so D is small; past MAX_EDITS the middle is reported as one replaced block, which is still a
// correct diff (the merge then sees one wide change instead of many small ones).

/** Lines `[start, end)` of `a` are replaced by `lines` (an insertion when start === end). */
export interface Hunk {
  start: number;
  end: number;
  lines: string[];
}

const MAX_EDITS = 2000;

export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const a2 = a.slice(head, a.length - tail);
  const b2 = b.slice(head, b.length - tail);
  if (a2.length === 0 && b2.length === 0) return [];
  const edits = myers(a2, b2);
  if (!edits) return [{ start: head, end: head + a2.length, lines: b2 }];
  return toHunks(edits, a2.length, b2).map((h) => ({ start: h.start + head, end: h.end + head, lines: h.lines }));
}

/** The path as pairs of matched indices (an LCS), or undefined if it needs more than MAX_EDITS. */
function myers(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // Only the diagonals step d can reach, so the trace costs O(D²) and not O(D·(N+M)).
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
    v = next;
  }
  return undefined;
}

function backtrack(trace: Int32Array[], dEnd: number, n: number, m: number): [number, number][] {
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // The diagonal run that followed this step's insertion or deletion.
    while (x > prevX && y > prevY) matches.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([--x, --y]);
  return matches.reverse();
}

/** The gaps between matched lines, as hunks. */
function toHunks(matches: readonly [number, number][], n: number, b: readonly string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  for (const [mx, my] of [...matches, [n, b.length] as [number, number]]) {
    if (mx > x || my > y) hunks.push({ start: x, end: mx, lines: b.slice(y, my) });
    x = mx + 1;
    y = my + 1;
  }
  return hunks;
}
