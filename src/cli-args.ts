// The generate command's flags, read without yargs when they are plain (cli.ts: start-up).

export interface GenerateArgs {
  spec?: string | undefined;
  out?: string | undefined;
  config?: string | undefined;
  check: boolean;
  'discard-edits': boolean;
  'emit-ir'?: string | undefined;
  quiet: boolean;
}

const STRING_FLAGS: ReadonlySet<string> = new Set(['spec', 'out', 'config', 'emit-ir']);
const BOOLEAN_FLAGS: ReadonlySet<string> = new Set(['check', 'discard-edits', 'quiet']);

/**
 * The generate command's arguments, as yargs would read them, when each is a flag of it given once
 * (`--spec F`, `--spec=F`, a bare `--check`) and no value could read otherwise (empty, starting
 * with `-`, `true`/`false`); else undefined, and yargs reads them (and reports what is wrong).
 */
export function readPlainArgs(args: readonly string[]): GenerateArgs | undefined {
  const argv: GenerateArgs = { check: false, 'discard-edits': false, quiet: false };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const m = /^--([a-z-]+)(?:=([^]*))?$/.exec(args[i]!);
    if (!m || seen.has(m[1]!)) return undefined;
    const name = m[1]!;
    seen.add(name);
    if (BOOLEAN_FLAGS.has(name) && m[2] === undefined) {
      argv[name as 'check' | 'discard-edits' | 'quiet'] = true;
      continue;
    }
    if (!STRING_FLAGS.has(name)) return undefined;
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '' || value.startsWith('-') || value === 'true' || value === 'false') return undefined;
    argv[name as 'spec' | 'out' | 'config' | 'emit-ir'] = value;
  }
  return argv;
}
