#!/usr/bin/env node
// The command line. The only place that prints, sets the exit code, or shows a stack (under DEBUG).
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import type { Diagnostic } from './ir/types.js';
import { defaultConfigFor, generate } from './pipeline.js';

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
}

async function main(): Promise<number> {
  const argv = await yargs(hideBin(process.argv))
    .scriptName('lapgen')
    .usage('$0 [--spec FILE] [--out DIR] [--config FILE] [--check] [--emit-ir FILE]\n\nGenerates a typed TypeScript client package from a LAP or OpenAPI (2.0, 3.0, 3.1; JSON or YAML) spec.\nWith no --spec, --out or --config: builds ' + DEFAULT_BUILDS.map((b) => `${b.spec} → ${b.out}/`).join(' and ') + '.')
    .option('spec', { type: 'string', describe: `The API spec: .lap, or OpenAPI .json/.yaml (default: ${DEFAULT_BUILDS[0]!.spec})` })
    .option('out', { type: 'string', describe: 'Output folder of the generated package (default: generated)' })
    .option('config', { type: 'string', describe: 'Overlay YAML (default: <spec name>.config.yaml beside the spec, if present)' })
    .option('check', { type: 'boolean', default: false, describe: 'Write nothing; list files that differ and exit 1 on drift' })
    .option('emit-ir', { type: 'string', describe: 'Also write the parsed IR as JSON to this file' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Print errors only' })
    .strict()
    .help()
    .version(false)
    .parse();

  const flags: Flags = { check: argv.check, quiet: argv.quiet, config: argv.config, emitIr: argv['emit-ir'] };
  if (argv.spec === undefined && argv.out === undefined && argv.config === undefined) {
    let code = 0;
    // The IR dump, if asked for, is the first build's: one file cannot hold two.
    for (const [i, b] of DEFAULT_BUILDS.entries()) code = Math.max(code, await build(b.spec, b.out, i === 0 ? flags : { ...flags, emitIr: undefined }));
    return code;
  }
  return build(argv.spec ?? DEFAULT_BUILDS[0]!.spec, argv.out ?? 'generated', flags);
}

async function build(spec: string, out: string, flags: Flags): Promise<number> {
  const config = flags.config ?? defaultConfigFor(spec);
  const result = await generate({ spec, out, check: flags.check, ...(config ? { config } : {}), ...(flags.emitIr ? { emitIr: flags.emitIr } : {}) });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of result.diagnostics) if (d.severity === 'error' || !flags.quiet) console.error(formatDiagnostic(d));
  if (errors.length) {
    console.error(`${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  const timing = result.timings.map((t) => `${t.stage} ${t.ms.toFixed(0)} ms`).join(', ');
  if (flags.check) {
    if (result.changes.length === 0) {
      if (!flags.quiet) console.log(`${out} is up to date with ${spec} (${timing})`);
      return 0;
    }
    console.log(`${out} differs from what ${spec} generates (${result.changes.length} file${result.changes.length === 1 ? '' : 's'}):`);
    for (const c of result.changes) {
      console.log(`  ${c.kind.padEnd(8)} ${c.path}`);
      if (c.diff) console.log(c.diff.split('\n').map((l) => `      ${l}`).join('\n'));
    }
    console.log('Run `npm run generate` to update it.');
    return 1;
  }
  if (!flags.quiet) {
    const what = result.written ? `wrote ${result.files?.size ?? 0} files (${result.changes.length} changed)` : 'nothing changed';
    console.log(`${out}: ${what} (${timing})`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (process.env['DEBUG']) console.error(err);
    else console.error(`lapgen: ${err instanceof Error ? err.message : String(err)} (set DEBUG=1 for a stack trace)`);
    process.exit(2);
  },
);
