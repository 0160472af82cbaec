// The recorded base: what the generator last wrote to each file, the 3-way merge's common ancestor.
// One text file, `.lapgen/base.txt`, rather than a mirrored tree: a file created costs this
// machine's disk 0.05–0.5 ms however small it is, and the mirror doubled the files a generation
// creates (GitHub's client: 406 files and 125 folders more). Each entry is a header line, then the
// file's lines verbatim, so git diffs and deltas it line by line like any source file.
import fs from 'node:fs';
import path from 'node:path';

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

/** The recorded base in `dir`, given the base file's text if it has one: that, else an older generator's mirror, else nothing. */
export function readBase(dir: string, baseText: string | undefined): RecordedBase {
  if (baseText !== undefined) return { files: parseBase(baseText), legacy: false };
  const files = readLegacyMirror(path.join(dir, LEGACY_BASE_DIR));
  return { files, legacy: files.size > 0 };
}

function readLegacyMirror(root: string): Map<string, string> {
  const files = new Map<string, string>();
  let entries: string[];
  try {
    entries = fs.readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return files;
  }
  for (const rel of entries) {
    const full = path.join(root, rel);
    if (fs.statSync(full).isFile()) files.set(rel.split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
  }
  return files;
}

/** `text.split('\n').length`, without building the array. */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
