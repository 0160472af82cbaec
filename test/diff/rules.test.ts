// One fixture pair per rule: the small LAP fixture and one edit of it, with the level and bump the
// rule table must give, and the TypeScript checker's verdict on the same two surfaces.
import { describe, expect, it } from 'vitest';
import { checkVerdicts } from '../../src/diff/checker.js';
import { readRuntimeFiles } from '../../src/emit/runtime-files.js';
import type { ChangeKind, Level } from '../../src/diff/types.js';
import { diffLap, edited, SMALL } from './helpers.js';

const NEW_ENDPOINT = '@endpoint POST /v1/widgets/{widget_id}/paint\n@desc Paint a widget\n@required {widget_id: str, color: str}\n@returns(200) {id: str}\n\n@endpoint POST /v1/widgets/{widget_id}/polish';
const POLISH = '@endpoint POST /v1/widgets/{widget_id}/polish\n@desc Polish a widget\n@required {widget_id: str}\n@optional {level: int(int32)}\n@returns(200) {id: str, shine: num}\n';

const cases: [string, { edits: [string, string][]; kind: ChangeKind; level: Level; bump: string; where: string }][] = [
  ['a description change', { edits: [['# Page size, 1 to 100.', '# Page size, 1 to 50.']], kind: 'description-changed', level: 'fix', bump: 'patch', where: 'widgets.list params.limit' }],
  ['a new optional param', { edits: [['@optional {level: int(int32)}', '@optional {level: int(int32), wax: bool}']], kind: 'request-field-added-optional', level: 'feature', bump: 'minor', where: 'widgets.polish params.wax' }],
  ['a new endpoint', { edits: [['@endpoint POST /v1/widgets/{widget_id}/polish', NEW_ENDPOINT]], kind: 'method-added', level: 'feature', bump: 'minor', where: 'widgets.paint' }],
  ['a new response field', { edits: [['@returns(200) {id: str, shine: num}', '@returns(200) {id: str, shine: num, gloss: num}']], kind: 'response-field-added', level: 'feature', bump: 'minor', where: 'WidgetPolishResponse.gloss' }],
  ['a removed endpoint', { edits: [[POLISH, '']], kind: 'method-removed', level: 'breaking', bump: 'major', where: 'widgets.polish' }],
  ['an optional param made required', { edits: [['@optional {level: int(int32)}', '@required {level: int(int32)}'], ['@required {widget_id: str}\n@required {level', '@required {widget_id: str, level']], kind: 'request-field-made-required', level: 'breaking', bump: 'major', where: 'widgets.polish params.level' }],
  ['a removed response field', { edits: [['@returns(200) {id: str, shine: num}', '@returns(200) {id: str}']], kind: 'response-field-removed', level: 'breaking', bump: 'major', where: 'WidgetPolishResponse.shine' }],
  ['a narrowed request enum', { edits: [['color: str(red/green/blue)', 'color: str(red/green)']], kind: 'request-type-narrowed', level: 'breaking', bump: 'major', where: 'widgets.list params.color' }],
  ['a schema renamed, same shape', { edits: [['@type Dimensions', '@type Size'], ['@body → Dimensions', '@body → Size'], ['size: Dimensions', 'size: Size']], kind: 'type-renamed', level: 'breaking', bump: 'major', where: 'Size' }],
];

describe('the rule table, one fixture pair per rule', () => {
  it.each(cases)('%s', (_name, { edits, kind, level, bump, where }) => {
    const { report } = diffLap(SMALL, edited(edits));
    expect(report.changes.map((c) => [c.kind, c.level, c.where.sdk])).toContainEqual([kind, level, where]);
    expect(report.bump).toBe(bump);
    // Nothing else is reported, but the method's own result type coming or going with it.
    const allowed = new Set<string>([kind, ...(kind === 'method-added' ? ['type-added'] : kind === 'method-removed' ? ['type-removed'] : [])]);
    expect(report.changes.filter((c) => !allowed.has(c.kind))).toEqual([]);
  });

  it('a rename with the same shape is breaking on the SDK surface alone: the wire is unchanged', () => {
    const { report } = diffLap(SMALL, edited(cases[8]![1].edits));
    expect(report.changes.map((c) => [c.kind, c.surface])).toEqual([['type-renamed', 'sdk']]);
  });

  it('no change, no bump', () => {
    const { report } = diffLap(SMALL, SMALL);
    expect(report).toMatchObject({ bump: 'none', changes: [], nextVersion: '0.1.0' });
  });
});

describe('the TypeScript checker on the same pairs', () => {
  it('agrees with the rule table on every verdict it checks', async () => {
    const runtime = readRuntimeFiles();
    const seen: Record<string, { checked: number; disagreements: string[] }> = {};
    for (const [name, { edits }] of cases) {
      const { before, after, report } = diffLap(SMALL, edited(edits));
      const checked = await checkVerdicts(before, after, report, runtime);
      seen[name] = { checked: checked.checks!.checked, disagreements: checked.checks!.disagreements.map((d) => `${d.subject}: ${d.rules}/${d.checker}`) };
      expect(checked.bump).toBe(report.bump);
    }
    // A removed endpoint and a renamed type have fewer verdicts to check; none disagrees.
    for (const [name, s] of Object.entries(seen)) {
      expect(s.checked, name).toBeGreaterThan(5);
      expect(s.disagreements, name).toEqual([]);
    }
  });

  it('finds the break the rules cannot see, and the bump follows it', async () => {
    // Descriptions only on the rule side, but a response field's type changes shape in a way the
    // checker rejects: simulate a rules gap by handing the checker an empty rule report.
    const { before, after, report } = diffLap(SMALL, edited([['@returns(200) {id: str, shine: num}', '@returns(200) {id: str, shine: str}']]));
    const checked = await checkVerdicts(before, after, { ...report, changes: [], bump: 'none' }, readRuntimeFiles());
    expect(checked.changes.map((c) => [c.kind, c.level, c.where.sdk])).toContainEqual(['checker-incompatible', 'breaking', 'widgets.polish result']);
    expect(checked.bump).toBe('major');
    expect(checked.checks!.disagreements.map((d) => [d.subject, d.rules, d.checker])).toContainEqual(['result widgets.polish', 'compatible', 'breaking']);
  });
});
