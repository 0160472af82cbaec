// Mutation fuzzing: every mutated spec either generates output that type-checks (tsc --strict, in
// this process, one Program for all outputs) or is refused with located errors, no exception, and
// nothing written. `npm test` runs one fixed seed; FUZZ_SEED=n FUZZ_CASES=n run others.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/ir/types.js';
import { generate } from '../../src/pipeline.js';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';
import { typeCheckOutputs } from '../helpers/typecheck.js';
import { mutateLap, mutateOpenApi, random } from './mutate.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 12);
const CASES = Number(process.env['FUZZ_CASES'] ?? 200);

const lapSeeds = [rootPath('test/fixtures/lap/small.lap')].map((f) => fs.readFileSync(f, 'utf8'));
const openapiSeeds = [rootPath('test/fixtures/fuzz/seed.openapi.json')].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as never);

interface Case {
  name: string;
  spec: string;
}

function cases(dir: string): Case[] {
  const rng = random(SEED);
  return Array.from({ length: CASES }, (_, i) => {
    const lap = i % 2 === 0;
    const file = path.join(dir, `case-${i}.${lap ? 'lap' : 'json'}`);
    fs.writeFileSync(file, lap ? mutateLap(lapSeeds[i % lapSeeds.length]!, rng) : JSON.stringify(mutateOpenApi(openapiSeeds[i % openapiSeeds.length]!, rng), null, 1));
    return { name: path.basename(file), spec: file };
  });
}

/** A refusal must say where: a line and column of the file, or a JSON pointer into it. */
const located = (d: Diagnostic) => ('pointer' in d.loc ? d.loc.pointer.startsWith('/') : d.loc.line >= 1 && d.loc.col >= 1) && d.loc.file !== '' && d.message !== '';

describe(`mutation fuzzer (seed ${SEED}, ${CASES} cases)`, () => {
  it('every mutated spec type-checks or is refused with located errors, writing nothing', { timeout: 600_000 }, async () => {
    const dir = tempDir('fuzz');
    const failures: string[] = [];
    const outputs: { name: string; files: Map<string, string> }[] = [];
    let refused = 0;
    for (const c of cases(dir)) {
      const out = path.join(dir, `${c.name}-out`);
      try {
        const result = await generate({ spec: c.spec, out });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length) {
          refused++;
          if (!errors.every(located)) failures.push(`${c.name}: an error without a location: ${JSON.stringify(errors.find((d) => !located(d)))}`);
          if (result.written || fs.existsSync(out)) failures.push(`${c.name}: refused but wrote ${out}`);
        } else if (!result.written || !result.files) failures.push(`${c.name}: no errors but nothing written`);
        else outputs.push({ name: c.name, files: result.files });
      } catch (err) {
        failures.push(`${c.name}: threw ${String((err as Error).stack ?? err).split('\n').slice(0, 3).join(' | ')}`);
      }
      fs.rmSync(out, { recursive: true, force: true });
    }
    typeCheckOutputs(outputs.map((o) => o.files)).forEach((messages, i) => {
      if (messages.length) failures.push(`${outputs[i]!.name}: does not type-check: ${messages.slice(0, 2).join(' | ')}`);
    });
    console.log(`fuzz seed ${SEED}: ${outputs.length} generated and type-checked, ${refused} refused, ${failures.length} failures`);
    if (failures.length) console.log(`kept the cases in ${dir}:\n${failures.join("\n")}`);
    else fs.rmSync(dir, { recursive: true, force: true });
    // Both outcomes must be exercised, or the mutator has stopped doing its job.
    expect({ failures, generated: outputs.length > CASES / 10, refused: refused > CASES / 10 }).toEqual({ failures: [], generated: true, refused: true });
  });
});
