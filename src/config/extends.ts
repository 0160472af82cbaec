// `extends: base.config.yaml` in an overlay: the base file (a path relative to the extending file)
// is read first and this file's keys are merged over it, so one API's builds can share an overlay
// and each add only what differs. Maps merge key by key; scalars and lists replace. Every node
// remembers the file it came from, so a validation error still names the right file and line.
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../ir/types.js';

export interface OverlaySource {
  file: string;
  text: string;
}

export interface ResolvedOverlay {
  /** The merged document's root: a mapping, or whatever a file holds instead (reported by the loader), or null if empty. */
  root: Node | null;
  /** Every file read, bases first: what the overlay's hash covers. */
  sources: OverlaySource[];
  diagnostics: Diagnostic[];
  locOf(node: Node | null | undefined): { file: string; line: number; col: number };
}

/** Reads an overlay file; throws (as `fs.readFileSync` does) when it cannot. */
export type ReadFile = (file: string) => string;

const readFromDisk: ReadFile = (file) => fs.readFileSync(file, 'utf8');

/** A mapping key as text (keys are scalars; anything else reads as empty and fails the allowed-keys check). */
export const keyOf = (key: unknown): string => (isScalar(key) ? String(key.value) : '');

export function resolveOverlay(text: string, file: string, readFile: ReadFile = readFromDisk): ResolvedOverlay {
  interface Origin {
    file: string;
    lines: LineCounter;
  }
  const origins = new WeakMap<object, Origin>();
  const sources: OverlaySource[] = [];
  const diagnostics: Diagnostic[] = [];
  let top: Origin | undefined;
  const locOf = (node: Node | null | undefined) => {
    const origin = (node && origins.get(node)) ?? top!;
    const pos = origin.lines.linePos(node?.range?.[0] ?? 0);
    return { file: origin.file, line: pos.line, col: pos.col };
  };
  const error = (code: string, message: string, node: Node | null | undefined) => diagnostics.push({ severity: 'error', code, message, loc: locOf(node) });

  /** Parses one file and, through its `extends`, its bases; undefined when a file has YAML errors. */
  const load = (source: OverlaySource, chain: readonly string[]): Node | null | undefined => {
    const origin: Origin = { file: source.file, lines: new LineCounter() };
    top ??= origin;
    const doc = parseDocument(source.text, { lineCounter: origin.lines, uniqueKeys: true, prettyErrors: false });
    for (const e of doc.errors) {
      const pos = origin.lines.linePos(e.pos[0]);
      const message = e.code === 'DUPLICATE_KEY' ? 'the same key is mapped twice' : e.message.split('\n')[0]!;
      diagnostics.push({ severity: 'error', code: 'config/yaml', message, loc: { file: source.file, line: pos.line, col: pos.col } });
    }
    if (doc.errors.length) return undefined;
    visit(doc, { Node: (_key, node) => void origins.set(node, origin) });
    const root = doc.contents;
    const at = isMap(root) ? root.items.findIndex((p) => keyOf(p.key) === 'extends') : -1;
    if (!isMap(root) || at < 0) {
      sources.push(source);
      return root;
    }
    const [pair] = root.items.splice(at, 1) as Pair<Node, Node>[];
    const base = loadBase(pair!, source.file, chain);
    sources.push(source);
    if (base === undefined) return undefined;
    if (base === null) return root;
    if (!isMap(base)) {
      error('config/extends', 'the base overlay must be a mapping', pair!.value);
      return root;
    }
    mergeMaps(base, root);
    return base;
  };

  /** The base an `extends` pair names, resolved; null when it cannot be read (reported). */
  const loadBase = (pair: Pair<Node, Node>, file: string, chain: readonly string[]): Node | null | undefined => {
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') {
      error('config/extends', 'extends must be the path of another overlay file', value ?? pair.key);
      return null;
    }
    const baseFile = path.join(path.dirname(file), value.value);
    if (chain.includes(path.resolve(baseFile))) {
      error('config/extends', `extends makes a cycle: ${[...chain.map((f) => path.basename(f)), path.basename(baseFile)].join(' → ')}`, value);
      return null;
    }
    let text: string;
    try {
      text = readFile(baseFile);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      error('config/extends', `cannot read the base overlay ${baseFile}: ${reason}`, value);
      return null;
    }
    return load({ file: baseFile, text }, [...chain, path.resolve(baseFile)]);
  };

  const root = load({ file, text }, [path.resolve(file)]);
  return { root: root ?? null, sources, diagnostics, locOf };
}

/** Merges `over` into `base` in place: maps key by key (recursively), anything else replaced. */
function mergeMaps(base: YAMLMap, over: YAMLMap): void {
  for (const pair of over.items as Pair<Node, Node>[]) {
    const key = keyOf(pair.key);
    const same = (base.items as Pair<Node, Node>[]).find((p) => keyOf(p.key) === key);
    if (!same) base.items.push(pair);
    else if (isMap(same.value) && isMap(pair.value)) mergeMaps(same.value, pair.value);
    else {
      same.key = pair.key;
      same.value = pair.value;
    }
  }
}
