#!/usr/bin/env node
// The command line. The only place that prints, sets the exit code, or shows a stack (under DEBUG).
// Each run loads only what it uses: a plain `lapgen [--spec F] [--out D] [--check] …` is read here
// without yargs (building its parser costs more than the rest of start-up), `--help` and anything
// unusual go through yargs and never load the generator, and `diff` loads diff.
import type { Diagnostic } from './ir/types.js';
import type { DiffSpecsOptions } from './diff-specs.js';
import type { GenerateResult } from './pipeline.js';
import type { MergeIssue } from './write/index.js';
import { readPlainArgs, type GenerateArgs } from './cli-args.js';

const ISSUE_TEXT: Record<MergeIssue['kind'], string> = {
  conflict: 'conflict: your edit and the new output change the same lines; both are in the file between <<<<<<< yours and >>>>>>> generated',
  unresolved: 'conflict markers from an earlier run are still in the file',
  'no-base': 'left as it is: it differs from the new output and the record of what the generator last wrote there is missing, so hand edits cannot be told apart',
  orphan: 'no longer generated but edited by hand: left in place, and yours from now on (delete it if it is not needed)',
};

/** `out/path:line: message` for each issue, then how to proceed. */
export function formatIssues(out: string, issues: readonly MergeIssue[]): string[] {
  const lines = issues.flatMap((i) => (i.lines.length ? i.lines : [0]).map((line) => `${out}/${i.path}${line ? `:${line}` : ''}: ${ISSUE_TEXT[i.kind]}`));
  if (issues.some((i) => i.kind === 'conflict' || i.kind === 'unresolved')) lines.push('Resolve each marked block by hand (keep what you want, delete the markers), then check with --check.');
  if (issues.some((i) => i.kind === 'no-base')) {
    lines.push(`To proceed: restore the record (git checkout -- ${out}/.lapgen ${out}/lapgen.manifest.json) and run again; or, if those files hold no edits you need, run again with --discard-edits to take the new output.`);
  }
  return lines;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = 'pointer' in d.loc ? `${d.loc.file}#${d.loc.pointer}` : `${d.loc.file}:${d.loc.line}:${d.loc.col}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

/**
 * What a bare `lapgen` (`npm run generate`) builds: both committed packages of the shipped API.
 * generated/ is what app developers install, so it comes from the richest description (OpenAPI);
 * generated-lap/ keeps the LAP input first-class, built, tested and drift-checked.
 */
const DEFAULT_BUILDS = [
  { spec: 'spec/anthropic.openapi.json', out: 'generated' },
  { spec: 'spec/anthropic.lap', out: 'generated-lap' },
];

interface Flags {
  check: boolean;
  quiet: boolean;
  config?: string | undefined;
  emitIr?: string | undefined;
  discardEdits: boolean;
}


type Commands = { generate: (argv: GenerateArgs) => Promise<number>; diff: typeof runDiff };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const plain = readPlainArgs(args);
  if (!plain) return runYargs({ generate: runGenerate, diff: runDiff });
  try {
    return await runGenerate(plain);
  } catch (err) {
    // What yargs does when a command fails (the help, then the error, exit 1): let it, with this error.
    return runYargs({ generate: () => Promise.reject(err), diff: runDiff });
  }
}

async function runYargs(commands: Commands): Promise<number> {
  const [{ default: yargs }, { hideBin }] = await Promise.all([import('yargs'), import('yargs/helpers')]);
  let code = 0;
  await yargs(hideBin(process.argv))
    .scriptName('lapgen')
    .command(
      '$0',
      'Generates a typed TypeScript client package from a LAP or OpenAPI (2.0, 3.0, 3.1; JSON or YAML) spec.',
      (y) =>
        y
          .usage('$0 [--spec FILE] [--out DIR] [--config FILE] [--check] [--emit-ir FILE]\n\nGenerates a typed TypeScript client package from a LAP or OpenAPI (2.0, 3.0, 3.1; JSON or YAML) spec.\nWith no --spec, --out or --config: builds ' + DEFAULT_BUILDS.map((b) => `${b.spec} → ${b.out}/`).join(' and ') + '.')
          .option('spec', { type: 'string', describe: `The API spec: .lap, or OpenAPI .json/.yaml (default: ${DEFAULT_BUILDS[0]!.spec})` })
          .option('out', { type: 'string', describe: 'Output folder of the generated package (default: generated)' })
          .option('config', { type: 'string', describe: 'Overlay YAML (default: <spec name>.config.yaml beside the spec, if present)' })
          .option('check', { type: 'boolean', default: false, describe: 'Write nothing; list files that differ and exit 1 on drift' })
          .option('discard-edits', { type: 'boolean', default: false, describe: 'Take the new output everywhere, dropping hand edits to generated files (src/lib is kept)' })
          .option('emit-ir', { type: 'string', describe: 'Also write the parsed IR as JSON to this file' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Print errors only' }),
      async (argv) => {
        code = await commands.generate(argv);
      },
    )
    .command(
      'diff <old> <new>',
      'Compares two specs (LAP or OpenAPI, any mix): what changed on the wire and the SDK surface, what breaks, which version.',
      (y) =>
        y
          .positional('old', { type: 'string', demandOption: true, describe: 'The spec the last release was built from' })
          .positional('new', { type: 'string', demandOption: true, describe: 'The updated spec' })
          .option('config', { type: 'string', describe: 'Overlay YAML for both (default: each spec\'s <name>.config.yaml, if present)' })
          .option('format', { choices: ['md', 'json'] as const, default: 'md' as const, describe: 'Markdown (for a pull request) or JSON' })
          .option('fail-on', { choices: ['breaking'] as const, describe: 'Exit 1 when a breaking change is present' })
          .option('current-version', { type: 'string', describe: 'The released version, for nextVersion (default: the old plan\'s, 0.1.0)' })
          .option('typecheck', { type: 'boolean', default: true, describe: 'Check the verdicts with the TypeScript checker (--no-typecheck skips it)' }),
      async (argv) => {
        code = await commands.diff({ old: argv.old, new: argv.new, format: argv.format, typecheck: argv.typecheck, ...(argv.config ? { config: argv.config } : {}), ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}), ...(argv['current-version'] ? { currentVersion: argv['current-version'] } : {}) });
      },
    )
    .strict()
    .help()
    .version(false)
    .parseAsync();
  return code;
}

async function runGenerate(argv: GenerateArgs): Promise<number> {
  const flags: Flags = { check: argv.check, quiet: argv.quiet, config: argv.config, emitIr: argv['emit-ir'], discardEdits: argv['discard-edits'] };
  if (argv.spec === undefined && argv.out === undefined && argv.config === undefined) {
    let code = 0;
    // The IR dump, if asked for, is the first build's: one file cannot hold two.
    for (const [i, b] of DEFAULT_BUILDS.entries()) code = Math.max(code, await build(b.spec, b.out, i === 0 ? flags : { ...flags, emitIr: undefined }));
    return code;
  }
  return build(argv.spec ?? DEFAULT_BUILDS[0]!.spec, argv.out ?? 'generated', flags);
}

async function build(spec: string, out: string, flags: Flags): Promise<number> {
  const { defaultConfigFor, generate } = await import('./pipeline.js');
  const config = flags.config ?? defaultConfigFor(spec);
  const result = await generate({ spec, out, check: flags.check, discardEdits: flags.discardEdits, ...(config ? { config } : {}), ...(flags.emitIr ? { emitIr: flags.emitIr } : {}) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of result.diagnostics) if (d.severity === 'error' || !flags.quiet) console.error(formatDiagnostic(d));
  if (errors.length) {
    console.error(`${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  const timing = result.timings.map((t) => `${t.stage} ${t.ms.toFixed(0)} ms`).join(', ');
  return flags.check ? reportCheck(out, spec, result, flags.quiet, timing) : reportWrite(out, result, flags.quiet, timing);
}

function reportCheck(out: string, spec: string, result: GenerateResult, quiet: boolean, timing: string): number {
  const notBumped = result.diagnostics.some((d) => d.code === 'release/not-bumped');
  if (result.changes.length === 0 && result.recordChanges === 0 && result.issues.length === 0 && !notBumped) {
    if (!quiet) console.log(`${out} is up to date with ${spec} (${timing})`);
    return 0;
  }
  const count = result.changes.length;
  console.log(`${out} differs from what ${spec} generates, with the hand edits it records (${count} file${count === 1 ? '' : 's'}):`);
  for (const c of result.changes) {
    console.log(`  ${c.kind.padEnd(8)} ${c.path}`);
    if (c.diff) console.log(c.diff.split('\n').map((l) => `      ${l}`).join('\n'));
  }
  if (result.recordChanges) console.log(`  and ${result.recordChanges} file${result.recordChanges === 1 ? '' : 's'} of the recorded base (.lapgen/base.txt)`);
  for (const line of formatIssues(out, result.issues)) console.log(line);
  console.log('Run `npm run generate` to update it.');
  return 1;
}

function reportWrite(out: string, result: GenerateResult, quiet: boolean, timing: string): number {
  if (!quiet) {
    const what = result.written ? `wrote ${result.files?.size ?? 0} files (${result.changes.length} changed)` : 'nothing changed';
    const report = result.release?.report;
    const version = report ? `; version ${report.currentVersion} → ${report.nextVersion} (${report.bump}: ${report.changes.length} API changes, see CHANGELOG.md)` : '';
    console.log(`${out}: ${what}${version} (${timing})`);
    const merged = result.notes.filter((n) => n.kind === 'merged').map((n) => n.path);
    const deleted = result.notes.filter((n) => n.kind === 'deleted').map((n) => n.path);
    if (merged.length) console.log(`kept your edits in ${merged.length} file${merged.length === 1 ? '' : 's'}: ${merged.join(', ')}`);
    if (deleted.length) console.log(`left deleted, as you deleted ${deleted.length === 1 ? 'it' : 'them'}: ${deleted.join(', ')}`);
  }
  if (!result.issues.length) return 0;
  for (const line of formatIssues(out, result.issues)) console.error(line);
  return 1;
}

async function runDiff(options: DiffSpecsOptions & { format: 'md' | 'json'; failOn?: 'breaking' }): Promise<number> {
  const [{ diffSpecs }, { formatJson, formatMarkdown }] = await Promise.all([import('./diff-specs.js'), import('./diff/format.js')]);
  const result = await diffSpecs(options);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) console.error(formatDiagnostic(d));
  if (!result.report) {
    console.error(`${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was compared.`);
    return 1;
  }
  const { report } = result;
  const text = options.format === 'json' ? formatJson(report) : formatMarkdown(report, `API changes: ${options.old} → ${options.new}`);
  // A big report to a pipe is written asynchronously; exiting before it drains would cut it short.
  await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  console.error(`diff: ${report.bump} (${report.changes.length} changes; ${result.timings.map((t) => `${t.stage} ${t.ms.toFixed(0)} ms`).join(', ')})`);
  return options.failOn === 'breaking' && report.changes.some((c) => c.level === 'breaking') ? 1 : 0;
}


main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (process.env['DEBUG']) console.error(err);
    else console.error(`lapgen: ${err instanceof Error ? err.message : String(err)} (set DEBUG=1 for a stack trace)`);
    process.exit(2);
  },
);
