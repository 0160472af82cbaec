// A short line diff for `--check`: the first differing region of each file, a few lines of it.

export function shortDiff(before: string, after: string, maxLines = 8): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA + 1).slice(0, maxLines).map((l) => `- ${l}`);
  const added = b.slice(start, endB + 1).slice(0, maxLines).map((l) => `+ ${l}`);
  return [`@@ line ${start + 1} @@`, ...removed, ...added].join('\n');
}
