// Reports as text: JSON for tools, Markdown for a pull request, a Keep a Changelog section for the
// generated package. Sections follow the level; additions are told apart from other features.
import type { Change, DiffReport, Level } from './types.js';

export function formatJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

type Section = 'Breaking' | 'Added' | 'Changed' | 'Fixed';
const SECTIONS: readonly Section[] = ['Breaking', 'Added', 'Changed', 'Fixed'];

function sectionOf(c: Change): Section {
  if (c.level === 'breaking') return 'Breaking';
  if (c.level === 'feature') return /-added/.test(c.kind) ? 'Added' : 'Changed';
  return c.kind === 'description-changed' ? 'Fixed' : 'Changed';
}

const line = (c: Change) => `- \`${c.where.sdk}\`: ${c.message}`;

/** Documentation-only changes, folded into one line per section so they do not drown the rest. */
function sectionLines(changes: readonly Change[]): string[] {
  const docs = changes.filter((c) => c.kind === 'description-changed');
  const rest = changes.filter((c) => c.kind !== 'description-changed').map(line);
  if (!docs.length) return rest;
  const subjects = [...new Set(docs.map((c) => c.subject))];
  const named = subjects.slice(0, 12).map((s) => `\`${s}\``).join(', ');
  return [...rest, `- Documentation updated in ${docs.length} place${docs.length === 1 ? '' : 's'}: ${named}${subjects.length > 12 ? `, and ${subjects.length - 12} more` : ''}`];
}

function sections(report: DiffReport, heading: string): string[] {
  const out: string[] = [];
  for (const section of SECTIONS) {
    const changes = report.changes.filter((c) => sectionOf(c) === section);
    if (changes.length) out.push(`${heading} ${section}`, '', ...sectionLines(changes), '');
  }
  return out;
}

const LEVEL_WORD: Record<Level, string> = { breaking: 'breaking', feature: 'feature', fix: 'fix' };

export function formatMarkdown(report: DiffReport, title: string): string {
  const { byLevel } = report.counts;
  const counts = (Object.keys(byLevel) as Level[]).map((l) => `${byLevel[l]} ${LEVEL_WORD[l]}`).join(', ');
  const out = [`## ${title}`, '', `**Bump: ${report.bump}** (${report.currentVersion} → ${report.nextVersion}); ${report.changes.length} change${report.changes.length === 1 ? '' : 's'}: ${counts}.`, ''];
  if (report.checks) {
    const { checked, agreed, disagreements } = report.checks;
    out.push(`TypeScript checker: ${checked} verdicts checked, ${agreed} agree with the rules.`, '');
    for (const d of disagreements) out.push(`- ${d.subject}: rules say ${d.rules}, the checker says ${d.checker}${d.detail ? ` (${d.detail})` : ''}`);
    if (disagreements.length) out.push('');
  }
  out.push(...sections(report, '###'));
  return `${out.join('\n').trimEnd()}\n`;
}

/** One release's section of CHANGELOG.md. No date: the output must not depend on the clock. */
export function changelogSection(report: DiffReport, specHash: string): string {
  const out = [`## [${report.nextVersion}]`, '', `Generated from spec sha256:${specHash.slice(0, 16)}; bump: ${report.bump}.`, '', ...sections(report, '###')];
  return `${out.join('\n').trimEnd()}\n`;
}

const CHANGELOG_HEAD = '# Changelog\n\nAll notable changes to this package. The format follows Keep a Changelog; versions follow semver, decided by `lapgen diff`.\n';

/** Puts a section on top of an existing changelog (or starts one). */
export function prependSection(existing: string | undefined, section: string): string {
  const body = existing?.startsWith('# Changelog') ? existing.slice(existing.indexOf('\n## ') + 1 || existing.length) : (existing ?? '');
  return `${CHANGELOG_HEAD}\n${section}${body.trim() ? `\n${body.trimStart()}` : ''}`;
}
