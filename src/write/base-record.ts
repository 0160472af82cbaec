// The recorded base: what the generator last wrote to each file, the 3-way merge's common ancestor.
// One text file, `.lapgen/base.txt`, rather than a mirrored tree: a file created costs this
// machine's disk 0.05–0.5 ms however small it is, and the mirror doubled the files a generation
// creates (GitHub's client: 406 files and 125 folders more). Each entry is a header line, then the
// file's lines verbatim, so git diffs and deltas it line by line like any source file.
export const BASE_FILE = '.lapgen/base.txt';
/** Where generators before the single file mirrored each base at its own path; still read, never written. */
export const LEGACY_BASE_DIR = '.lapgen/base';

const TITLE = "lapgen's recorded base: the bytes it last generated for each file, to merge your edits into the next generation. Not for editing.";
const HEADER = '=== ';

/** The base text: a title line, then per file (by path) `=== <line count> <path>` and its lines. */
export function printBase(files: ReadonlyMap<string, string>): string {
  const parts: string[] = [TITLE];
  for (const rel of [...files.keys()].sort()) {
    const text = files.get(rel)!;
    parts.push(`${HEADER}${countLines(text)} ${rel}`, text);
  }
  return `${parts.join('\n')}\n`;
}

/** Path → recorded bytes; entries after a malformed header are dropped (their files then have no base). */
export function parseBase(text: string): Map<string, string> {
  const files = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; ) {
    const header = /^=== (\d+) (.+)$/.exec(lines[i]!);
    const count = header ? Number(header[1]) : NaN;
    if (!header || i + 1 + count > lines.length) break;
    files.set(header[2]!, lines.slice(i + 1, i + 1 + count).join('\n'));
    i += 1 + count;
  }
  return files;
}

export interface RecordedBase {
  files: ReadonlyMap<string, string>;
  /** Read from an older generator's mirror, which the next write replaces with the base file. */
  legacy: boolean;
}

/**
 * The recorded base, from what the write stage has read: the base file's text if the folder has
 * one, else an older generator's mirror among the folder's files (`existing`, read by `read`).
 */
export function readBase(baseText: string | undefined, existing: readonly string[], read: (rel: string) => string | undefined): RecordedBase {
  if (baseText !== undefined) return { files: parseBase(baseText), legacy: false };
  const prefix = `${LEGACY_BASE_DIR}/`;
  const files = new Map<string, string>();
  for (const rel of existing) {
    const text = rel.startsWith(prefix) ? read(rel) : undefined;
    if (text !== undefined) files.set(rel.slice(prefix.length), text);
  }
  return { files, legacy: files.size > 0 };
}

/** `text.split('\n').length`, without building the array. */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
