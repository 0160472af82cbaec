// The generate command's flags read without yargs (src/cli-args.ts) must read as yargs reads them,
// and anything that could read otherwise must be left to yargs.
import yargs from 'yargs';
import { describe, expect, it } from 'vitest';
import { readPlainArgs } from '../../src/cli-args.js';

/** The generate command's options as src/cli.ts declares them to yargs. */
function parseWithYargs(args: string[]) {
  const argv = yargs(args)
    .option('spec', { type: 'string' })
    .option('out', { type: 'string' })
    .option('config', { type: 'string' })
    .option('check', { type: 'boolean', default: false })
    .option('discard-edits', { type: 'boolean', default: false })
    .option('emit-ir', { type: 'string' })
    .option('quiet', { type: 'boolean', default: false })
    .strict()
    .parseSync();
  const { spec, out, config, check, quiet } = argv;
  return { spec, out, config, check, 'discard-edits': argv['discard-edits'], 'emit-ir': argv['emit-ir'], quiet };
}

const defined = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

describe('plain generate flags', () => {
  it.each([
    [[]],
    [['--spec', 'api.yaml', '--out', 'pkg']],
    [['--spec=api.yaml', '--out=pkg', '--quiet']],
    [['--check', '--spec', 'a b.json', '--config', 'c.yaml', '--discard-edits']],
    [['--emit-ir', 'ir.json', '--spec', '123', '--out', 'x=y']],
    [['--spec=a=b', '--out', 'dir/with-dash']],
  ])('%j reads as yargs reads it', (args) => {
    const plain = readPlainArgs(args);
    expect(plain).toBeDefined();
    expect(defined(plain!)).toEqual(defined(parseWithYargs(args)));
  });

  it.each([
    [['--spec']],
    [['--spec', '--out', 'x']],
    [['--spec', '']],
    [['--spec=']],
    [['--spec', '-x']],
    [['--spec', 'a', '--spec', 'b']],
    [['--check', 'false']],
    [['--check=false']],
    [['--no-check']],
    [['--emitIr', 'x']],
    [['--help']],
    [['-h']],
    [['diff', 'a', 'b']],
    [['--spce', 'a']],
    [['--spec', 'true']],
    [['--', '--spec', 'a']],
    [['--spec.x', 'a']],
  ])('%j is left to yargs', (args) => {
    expect(readPlainArgs(args)).toBeUndefined();
  });
});
