// Import lists and export barrels merge as sets. A TypeScript file's leading run of
// `import … from '…';` / `export … from '…';` statements is read as statements keyed by kind and
// module, each holding a set of specifiers; each specifier (and each statement of another form) is
// kept when both sides keep it or either side added it. Two additions to one list, or two new
// statements at one spot, never conflict. The rest of the file is merged line by line.

const STATEMENT = /^(import|export)(\s+type)?\s*\{([^}]*)\}\s*from\s*'([^']+)';$/;
const OTHER_STATEMENT = /^(?:import|export)\b[^;]*\bfrom\s*'[^']+';$|^import\s*'[^']+';$/;
const WIDTH = 110;

export interface Statement {
  key: string;
  /** `import type` / `export` …: the text before the braces. */
  head: string;
  module: string;
  /** Named specifiers, or, for other forms, the whole statement as one element. */
  elements: string[];
  named: boolean;
  text: string;
}

export interface SplitFile {
  pre: string[];
  statements: Statement[];
  body: string[];
}

/** The file as lines before the first statement, the statement run, and the rest; undefined without a run. */
export function splitPrologue(lines: readonly string[]): SplitFile | undefined {
  let first = lines.findIndex((l) => /^(import|export)\b/.test(l));
  if (first < 0) return undefined;
  const statements: Statement[] = [];
  const seen = new Map<string, number>();
  let i = first;
  while (i < lines.length) {
    const read = readStatement(lines, i);
    if (!read) break;
    const count = (seen.get(read.key) ?? 0) + 1;
    seen.set(read.key, count);
    // A repeated statement keeps its own identity, so nothing is folded into another.
    statements.push(count === 1 ? read : { ...read, key: `${read.key}#${count}` });
    i = read.next;
  }
  if (!statements.length) return undefined;
  return { pre: lines.slice(0, first), statements, body: lines.slice(i) };
}

function readStatement(lines: readonly string[], at: number): (Statement & { next: number }) | undefined {
  if (!/^(import|export)\b/.test(lines[at] ?? '')) return undefined;
  for (let end = at; end < lines.length && end < at + 500; end++) {
    if (!lines[end]!.trimEnd().endsWith(';')) continue;
    const text = lines.slice(at, end + 1).join('\n');
    const flat = text.replace(/\s*\n\s*/g, ' ');
    const named = STATEMENT.exec(flat);
    if (named) {
      const head = `${named[1]}${named[2] ? ' type' : ''}`;
      const elements = named[3]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean);
      return { key: `${head} ${named[4]}`, head, module: named[4]!, elements, named: true, text, next: end + 1 };
    }
    if (OTHER_STATEMENT.test(flat)) return { key: flat, head: '', module: '', elements: [flat], named: false, text, next: end + 1 };
    return undefined;
  }
  return undefined;
}

/** 3-way merge of three statement runs; never conflicts. */
export function mergeStatements(base: readonly Statement[], ours: readonly Statement[], theirs: readonly Statement[]): string[] {
  const byKey = (list: readonly Statement[]) => new Map(list.map((s) => [s.key, s]));
  const [b, o, t] = [byKey(base), byKey(ours), byKey(theirs)];
  const order = mergeOrder(theirs.map((s) => s.key), ours.map((s) => s.key));
  const out: string[] = [];
  for (const key of order) {
    const [sb, so, st] = [b.get(key), o.get(key), t.get(key)];
    const elements = mergeSet(sb?.elements ?? [], so?.elements ?? [], st?.elements ?? []);
    if (!elements.length) continue;
    const sample = (st ?? so)!;
    if (st && sameList(elements, st.elements)) out.push(...st.text.split('\n'));
    else if (so && sameList(elements, so.elements)) out.push(...so.text.split('\n'));
    else out.push(...printStatement(sample, elements).split('\n'));
  }
  return out;
}

/** Elements both sides keep, or either side added, in theirs' order with ours' additions after their neighbour. */
export function mergeSet(base: readonly string[], ours: readonly string[], theirs: readonly string[]): string[] {
  const [b, o, t] = [new Set(base), new Set(ours), new Set(theirs)];
  const keep = (e: string) => (o.has(e) && t.has(e)) || (o.has(e) && !b.has(e)) || (t.has(e) && !b.has(e));
  return mergeOrder(theirs, ours).filter(keep);
}

/** `primary` in its order, each item only in `secondary` placed after the item that precedes it there. */
function mergeOrder(primary: readonly string[], secondary: readonly string[]): string[] {
  const out = [...primary];
  const present = new Set(primary);
  let anchor = -1;
  for (const item of secondary) {
    if (present.has(item)) {
      anchor = out.indexOf(item);
      continue;
    }
    out.splice(anchor + 1, 0, item);
    present.add(item);
    anchor++;
  }
  return out;
}

/** As prettier prints it: one line if it fits, else one specifier per line with a trailing comma. */
function printStatement(sample: Statement, elements: readonly string[]): string {
  if (!sample.named) return elements[0]!;
  const flat = `${sample.head} { ${elements.join(', ')} } from '${sample.module}';`;
  if (flat.length <= WIDTH) return flat;
  return `${sample.head} {\n${elements.map((e) => `  ${e},`).join('\n')}\n} from '${sample.module}';`;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
