// The release record: laid out one type or method a line, read back as JSON, diffed against the
// plan it was printed from with no change; and a record an older generator pretty-printed (with
// prettier's layout) still reads and diffs without spurious changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/diff/index.js';
import { printJson } from '../../../src/emit/layout/json.js';
import type { SdkPlan } from '../../../src/plan/types.js';
import { HISTORY_FILE, planRelease, readRecord } from '../../../src/release/index.js';
import { printRecord } from '../../../src/release/record.js';
import { snapshotPlan } from '../../../src/release/snapshot.js';
import { PRETTIER_OPTIONS, unformattedFiles } from '../../../scripts/prettier-check.mjs';
import { runCli, tempDir } from '../../helpers/cli.js';
import { allMethods, seedPlan } from '../../helpers/pipeline.js';

const { plan } = seedPlan();
const head = { version: '0.1.0', specSha256: plan.specHash, configSha256: null };

/** The snapshot as the generator before the line layout took it: a stringify with this replacer, parsed back. */
function oldSnapshot(p: SdkPlan): SdkPlan {
  const hash = (text: string) => `#${crypto.createHash('sha256').update(text.trim()).digest('hex').slice(0, 10)}`;
  return JSON.parse(JSON.stringify(p, (key, value: unknown) => (key === 'loc' ? undefined : (key === 'description' || key === 'summary') && typeof value === 'string' ? hash(value) : value))) as SdkPlan;
}

/** A folder holding just a record in the old, prettier-printed form. */
function oldRecordDir(p: SdkPlan, specSha256: string): string {
  const dir = tempDir('record-old');
  fs.writeFileSync(path.join(dir, HISTORY_FILE), printJson({ version: '0.1.0', specSha256, configSha256: null, plan: oldSnapshot(p) }));
  return dir;
}

describe('the release record', () => {
  it('reads back as the snapshot (no loc, docs hashed), which diffs against the plan with no change', () => {
    const read = JSON.parse(printRecord(head, plan)) as typeof head & { plan: SdkPlan };
    expect(read).toEqual({ ...head, plan: snapshotPlan(plan) });
    expect(read.plan).toEqual(oldSnapshot(plan));
    expect(JSON.stringify(read.plan)).not.toContain('"loc"');
    expect(diffPlans(read.plan, snapshotPlan(plan)).changes).toEqual([]);
  });

  it('puts each type and each method on a line of its own, the same way every time', () => {
    const text = printRecord(head, plan);
    expect(printRecord(head, plan)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.split('\n');
    const entry = (line: string) => JSON.parse(line.trim().replace(/,$/, '')) as { name: string; fullName?: string };
    const typeLines = lines.filter((l) => /^ {6}\{"name":/.test(l)).map(entry);
    expect(typeLines.map((t) => t.name)).toEqual(plan.types.map((t) => t.name));
    const methodLines = lines.filter((l) => /^ +\{"name":.*"fullName":/.test(l)).map(entry);
    expect(methodLines.map((m) => m.fullName)).toEqual(allMethods(plan.resources).map((m) => m.fullName));
    // The head stays readable: what a reviewer looks at first.
    expect(lines.slice(0, 5)).toEqual(['{', '  "version": "0.1.0",', `  "specSha256": "${plan.specHash}",`, '  "configSha256": null,', '  "plan": {']);
  });

  it('an old pretty-printed record is read, and diffs against the same plan with no change', () => {
    const dir = oldRecordDir(plan, 'an older spec');
    expect(readRecord(dir).record?.plan).toEqual(snapshotPlan(plan));
    const release = planRelease(plan, undefined, dir, { check: false });
    expect(release.report?.changes).toEqual([]);
    expect(release.version).toBe('0.1.0');
    // …and is rewritten in the new layout.
    expect(release.files.find(([file]) => file === HISTORY_FILE)?.[1]).toBe(printRecord(head, plan));
  });

  it('from the same spec, either layout gives the recorded version without a diff', () => {
    const fresh = tempDir('record-same');
    fs.writeFileSync(path.join(fresh, HISTORY_FILE), printRecord({ ...head, version: '0.4.2' }, plan));
    for (const dir of [oldRecordDir(plan, plan.specHash), fresh]) {
      const recorded = readRecord(dir).record!.version;
      const release = planRelease(plan, undefined, dir, { check: true });
      expect(release).toMatchObject({ version: recorded, diagnostics: [] });
      expect(release.report).toBeUndefined();
    }
    // Only the head is read then: a record cut short after it still gives its version, and is rewritten whole.
    fs.writeFileSync(path.join(fresh, HISTORY_FILE), printRecord({ ...head, version: '0.4.2' }, plan).slice(0, 400));
    const release = planRelease(plan, undefined, fresh, { check: false });
    expect(release.version).toBe('0.4.2');
    expect(release.files.find(([file]) => file === HISTORY_FILE)?.[1]).toBe(printRecord({ ...head, version: '0.4.2' }, plan));
  });

  it('a description changed since an old record is still seen', () => {
    const method = allMethods(plan.resources).find((m) => m.summary)!;
    const before = structuredClone(plan);
    allMethods(before.resources).find((m) => m.fullName === method.fullName)!.summary = `${method.summary} (old wording)`;
    const release = planRelease(plan, undefined, oldRecordDir(before, 'an older spec'), { check: false });
    expect(release.report?.changes.map((c) => `${c.kind} ${c.where.sdk}`)).toEqual([`description-changed ${method.fullName}`]);
    expect(release.version).toBe('0.1.1');
  });
});

describe('the generated package and prettier', () => {
  it('lists the record in .prettierignore, and the formatting check honours it', async () => {
    const out = path.join(tempDir('record-prettier'), 'pkg');
    expect(runCli(['--spec', 'test/fixtures/lap/small.lap', '--out', out]).code).toBe(0);
    expect(fs.readFileSync(path.join(out, '.prettierignore'), 'utf8').split('\n')).toContain(HISTORY_FILE);
    const record = fs.readFileSync(path.join(out, HISTORY_FILE), 'utf8');
    // Not prettier's layout, so only the ignore file keeps the check green.
    expect(await prettier.format(record, { ...PRETTIER_OPTIONS, parser: 'json' })).not.toBe(record);
    expect(await unformattedFiles(out)).toEqual([]);
    fs.rmSync(path.join(out, '.prettierignore'));
    expect((await unformattedFiles(out)).map((p) => p.file)).toEqual([HISTORY_FILE]);
  });
});
