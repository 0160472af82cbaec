#!/usr/bin/env node
// The command line. The only place that prints, sets the exit code, or shows a stack (under DEBUG).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Diagnostic } from './ir/types.js';
import { diffSpecs, type DiffSpecsOptions } from './diff-specs.js';
import { formatJson, formatMarkdown } from './diff/format.js';
import { defaultConfigFor, generate } from './pipeline.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = 'pointer' in d.loc ? `${d.loc.file}#${d.loc.pointer}` : `${d.loc.file}:${d.loc.line}:${d.loc.col}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

interface GenerateArgs {
  spec: string;
  out: string;
  config?: string | undefined;
  check: boolean;
  'emit-ir'?: string | undefined;
  quiet: boolean;
}

async function main(): Promise<number> {
  let code = 0;
  await yargs(hideBin(process.argv))
    .scriptName('lapgen')
    .command(
      '$0',
      'Generates a typed TypeScript client package from a LAP or OpenAPI (2.0, 3.0, 3.1; JSON or YAML) spec.',
      (y) =>
        y
          .usage('$0 [--spec FILE] [--out DIR] [--config FILE] [--check] [--emit-ir FILE]\n\nGenerates a typed TypeScript client package from a LAP or OpenAPI (2.0, 3.0, 3.1; JSON or YAML) spec.')
          .option('spec', { type: 'string', default: 'spec/anthropic.lap', describe: 'The API spec: .lap, or OpenAPI .json/.yaml' })
          .option('out', { type: 'string', default: 'generated', describe: 'Output folder of the generated package' })
          .option('config', { type: 'string', describe: 'Overlay YAML (default: <spec name>.config.yaml beside the spec, if present)' })
          .option('check', { type: 'boolean', default: false, describe: 'Write nothing; list files that differ and exit 1 on drift' })
          .option('emit-ir', { type: 'string', describe: 'Also write the parsed IR as JSON to this file' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Print errors only' }),
      async (argv) => {
        code = await runGenerate(argv);
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
        code = await runDiff({ old: argv.old, new: argv.new, format: argv.format, typecheck: argv.typecheck, ...(argv.config ? { config: argv.config } : {}), ...(argv['fail-on'] ? { failOn: argv['fail-on'] } : {}), ...(argv['current-version'] ? { currentVersion: argv['current-version'] } : {}) });
      },
    )
    .strict()
    .help()
    .version(false)
    .parseAsync();
  return code;
}

async function runGenerate(argv: GenerateArgs): Promise<number> {
  const config = argv.config ?? defaultConfigFor(argv.spec);
  const result = await generate({ spec: argv.spec, out: argv.out, check: argv.check, ...(config ? { config } : {}), ...(argv['emit-ir'] ? { emitIr: argv['emit-ir'] } : {}) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of result.diagnostics) if (d.severity === 'error' || !argv.quiet) console.error(formatDiagnostic(d));
  if (errors.length) {
    console.error(`${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  const timing = result.timings.map((t) => `${t.stage} ${t.ms.toFixed(0)} ms`).join(', ');
  if (argv.check) {
    if (result.changes.length === 0) {
      if (!argv.quiet) console.log(`${argv.out} is up to date with ${argv.spec} (${timing})`);
      return 0;
    }
    console.log(`${argv.out} differs from what ${argv.spec} generates (${result.changes.length} file${result.changes.length === 1 ? '' : 's'}):`);
    for (const c of result.changes) {
      console.log(`  ${c.kind.padEnd(8)} ${c.path}`);
      if (c.diff) console.log(c.diff.split('\n').map((l) => `      ${l}`).join('\n'));
    }
    console.log('Run `npm run generate` to update it.');
    return 1;
  }
  if (!argv.quiet) {
    const what = result.written ? `wrote ${result.files?.size ?? 0} files (${result.changes.length} changed)` : 'nothing changed';
    const report = result.release?.report;
    const version = report ? `; version ${report.currentVersion} → ${report.nextVersion} (${report.bump}: ${report.changes.length} API changes, see CHANGELOG.md)` : '';
    console.log(`${argv.out}: ${what}${version} (${timing})`);
  }
  return 0;
}

async function runDiff(options: DiffSpecsOptions & { format: 'md' | 'json'; failOn?: 'breaking' }): Promise<number> {
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
