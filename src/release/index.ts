// release: the generated package's history. `generate` records what it built from (the plan, as a
// snapshot, with the version it was released as) in lapgen.history.json beside the manifest; when
// the spec or overlay changed since that record, the diff stage decides the bump, the package's
// version moves, and CHANGELOG.md gets a section. A small module with one typed record, kept apart
// from the write stage and the manifest.
import fs from 'node:fs';
import path from 'node:path';
import type { Api, Diagnostic } from '../ir/types.js';
import type { SdkPlan } from '../plan/types.js';
import { diffPlans } from '../diff/index.js';
import { changelogSection, prependSection } from '../diff/format.js';
import type { DiffReport } from '../diff/types.js';
import { printRecord, type RecordHead } from './record.js';
import { snapshotPlan } from './snapshot.js';

export const HISTORY_FILE = 'lapgen.history.json';
export const CHANGELOG_FILE = 'CHANGELOG.md';

/** What the last generation recorded. */
export interface ReleaseRecord extends RecordHead {
  plan: SdkPlan;
}

export interface Release {
  version: string;
  /** Files to add to the package: the new record and the changelog. */
  files: [string, string][];
  /** The diff from the recorded plan, when the spec changed. */
  report?: DiffReport;
  diagnostics: Diagnostic[];
}

export function readRecord(dir: string): { record?: ReleaseRecord; changelog?: string } {
  const text = readFile(dir, HISTORY_FILE);
  const changelog = readFile(dir, CHANGELOG_FILE);
  const record = text === undefined ? undefined : parseRecord(text);
  return { ...(record ? { record } : {}), ...(changelog !== undefined ? { changelog } : {}) };
}

const readFile = (dir: string, file: string) => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined);

function parseRecord(text: string): ReleaseRecord | undefined {
  try {
    const parsed = JSON.parse(text) as ReleaseRecord;
    if (parsed && typeof parsed.version === 'string' && parsed.plan?.resources) return parsed;
  } catch {
    // An unreadable record is treated as none: the next generation starts the history again.
  }
  return undefined;
}

// Every record so far opens with these lines (printJson's layout and record.ts's alike).
const HEAD = /^\{\n {2}"version": ("(?:[^"\\\n]|\\.)*"),\n {2}"specSha256": "([0-9a-f]*)",\n {2}"configSha256": (null|"[0-9a-f]*"),\n {2}"plan": \{\n/;

/** The record's head from its first lines, without parsing the plan: all a regeneration from the same spec needs. */
function headOf(text: string): RecordHead | undefined {
  const m = HEAD.exec(text.slice(0, 512));
  if (!m) return undefined;
  return { version: JSON.parse(m[1]!) as string, specSha256: m[2]!, configSha256: m[3] === 'null' ? null : (JSON.parse(m[3]!) as string) };
}

/**
 * The release this generation is. `check`: a spec change the record shows, but that the package
 * on disk was not regenerated (and so not bumped) for, is an error that says which bump it needs.
 */
export function planRelease(plan: SdkPlan, api: Api | undefined, dir: string, options: { check: boolean }): Release {
  const text = readFile(dir, HISTORY_FILE);
  const changelog = readFile(dir, CHANGELOG_FILE);
  const recordFile = (version: string): [string, string] => [HISTORY_FILE, printRecord({ version, specSha256: plan.specHash, configSha256: plan.configHash || null }, plan)];
  const sameSpec = (head: RecordHead) => head.specSha256 === plan.specHash && (head.configSha256 ?? '') === plan.configHash;
  const unchanged = (version: string): Release => ({ version, files: [recordFile(version), [CHANGELOG_FILE, changelog ?? prependSection(undefined, '')]], diagnostics: [] });
  const head = text === undefined ? undefined : headOf(text);
  if (head && sameSpec(head)) return unchanged(head.version);
  const record = text === undefined ? undefined : parseRecord(text);
  if (!record) {
    // A package generated before it had a record keeps the version it has.
    const version = versionOnDisk(dir) ?? plan.packageVersion;
    const first = `## [${version}]\n\nFirst generation, from spec sha256:${plan.specHash.slice(0, 16)}.\n`;
    return { version, files: [recordFile(version), ['CHANGELOG.md', changelog ?? prependSection(undefined, first)]], diagnostics: [] };
  }
  if (sameSpec(record)) return unchanged(record.version);
  // Only a diff needs the snapshot as an object; the record itself is printed from the plan.
  const report = diffPlans(record.plan, snapshotPlan(plan), { ...(api ? { afterApi: api } : {}), currentVersion: record.version });
  const diagnostics: Diagnostic[] = [];
  if (options.check && report.bump !== 'none') {
    // A warning, so --check still lists the files that differ; the CLI fails the check on it.
    diagnostics.push({
      severity: 'warning',
      code: 'release/not-bumped',
      message: `the spec changed since version ${record.version} was generated (${report.changes.length} changes, bump: ${report.bump}), but the package was not regenerated: its version should be ${report.nextVersion}; run \`npm run generate\``,
      loc: { file: path.join(dir, HISTORY_FILE), line: 1, col: 1 },
    });
  }
  const version = report.nextVersion;
  const files: [string, string][] = [recordFile(version), [CHANGELOG_FILE, report.bump === 'none' ? (changelog ?? prependSection(undefined, '')) : prependSection(changelog, changelogSection(report, plan.specHash))]];
  return { version, files, report, diagnostics };
}

function versionOnDisk(dir: string): string | undefined {
  try {
    const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' && /^\d+\.\d+\.\d+/.test(version) ? version : undefined;
  } catch {
    return undefined;
  }
}
