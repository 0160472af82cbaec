// The package's manifest (`lapgen.manifest.json`): where the output came from, and the record of
// what the generator last wrote to each file (its sha256; the bytes are in the base file, base-record.ts),
// but for the generator's own records, which are rewritten every time and never merged.
// The only module that reads or prints it: a new field is added here and nowhere else.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { printJson } from '../emit/layout/json.js';

export const MANIFEST_FILE = 'lapgen.manifest.json';

/** What the pipeline knows about a run; the write stage adds the file record. */
export interface ManifestHead {
  generator: { name: string; version: string };
  specSha256: string;
  configSha256: string | null;
}

export interface Manifest extends ManifestHead {
  /** Path → sha256 of what the generator last wrote there (the 3-way merge's base). */
  files: Record<string, string>;
}

export const sha256 = (text: string) => crypto.hash('sha256', text);

/** The manifest in `dir`, or undefined if there is none or it predates the file record. */
export function readManifest(dir: string): Manifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const m = parsed as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || !m.files || typeof m.files !== 'object') return undefined;
  return { generator: m.generator ?? { name: '', version: '' }, specSha256: m.specSha256 ?? '', configSha256: m.configSha256 ?? null, files: m.files };
}

export function printManifest(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return printJson({ ...manifest, files });
}
