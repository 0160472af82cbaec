// Property: random sequences of hand edits and spec changes never lose a hand-written line outside
// a conflict, every conflict shows both sides, a clean merge is exactly the new output plus the
// hand edits, and after the user resolves the conflicts --check passes. Seeded, in-process.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { BASE_FILE, parseBase } from '../../src/write/base-record.js';
import { tempDir } from '../helpers/cli.js';
import { SHOP_V1, shopLap, type ShopVersion } from './shop-spec.js';

const BLOCK = /<<<<<<< yours\n([\s\S]*?)\|\|\|\|\|\|\| base \(last generated\)\n[\s\S]*?=======\n([\s\S]*?)>>>>>>> generated\n/g;
const TOKEN = /hand-\d+/g;

function rng(seed: number) {
  let s = seed;
  return (n: number) => ((s = (s * 1103515245 + 12345) % 2 ** 31), s % n);
}

/** Hand lines are `// hand-N` (own line) or ` // hand-N` appended; stripping them gives the generated text back. */
const strip = (text: string) => text.replace(/^[ \t]*\/\/ hand-\d+\n/gm, '').replace(/ \/\/ hand-\d+$/gm, '');

describe('property: hand edits survive random spec changes', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}`, async () => {
      const rand = rng(seed);
      const dir = tempDir(`prop-${seed}`);
      const spec = path.join(dir, 'shop.lap');
      const out = path.join(dir, 'out');
      let version: ShopVersion = SHOP_V1;
      let counter = 0;
      const run = async (check = false) => {
        fs.writeFileSync(spec, shopLap(version));
        const r = await generate({ spec, out, check });
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        return r;
      };
      await run();
      const tokens = new Map<string, Set<string>>();
      for (let step = 0; step < 6; step++) {
        // A few hand edits below the imports of random resource files.
        const files = ['src/resources/widgets.ts', 'src/resources/gadgets.ts', 'src/client.ts', 'README.md'];
        for (let e = 0; e < 1 + rand(3); e++) {
          const rel = files[rand(files.length)]!;
          const lines = fs.readFileSync(path.join(out, rel), 'utf8').split('\n');
          const first = lines.indexOf('') + 1;
          const at = first + rand(Math.max(1, lines.length - 1 - first));
          const token = `hand-${++counter}`;
          if (rand(2) === 0 || lines[at] === '') lines.splice(at, 0, `// ${token}`);
          else lines[at] = `${lines[at]} // ${token}`;
          fs.writeFileSync(path.join(out, rel), lines.join('\n'));
          tokens.set(rel, new Set([...(tokens.get(rel) ?? []), token]));
        }
        // A random spec change.
        const pick = rand(4);
        if (pick === 0) version = { ...version, fieldsParam: !version.fieldsParam };
        else if (pick === 1) version = { ...version, gadgetCreate: !version.gadgetCreate };
        else if (pick === 2) version = { ...version, widgetListDesc: `List widgets, take ${step}` };
        else version = { ...version, gadgetListDesc: `List gadgets, take ${step}` };
        const result = await run();
        const conflicted = new Set(result.issues.filter((i) => i.kind === 'conflict').map((i) => i.path));
        expect(result.issues.filter((i) => i.kind !== 'conflict')).toEqual([]);
        for (const [rel, set] of tokens) {
          const file = path.join(out, rel);
          let text = fs.readFileSync(file, 'utf8');
          for (const token of set) expect(text, `${token} in ${rel}`).toMatch(new RegExp(`\\b${token}\\b`));
          if (!conflicted.has(rel)) {
            expect(strip(text)).toBe(parseBase(fs.readFileSync(path.join(out, BASE_FILE), 'utf8')).get(rel));
            continue;
          }
          // Every conflict shows both sides; the user keeps the generated side plus their hand lines.
          text = text.replace(BLOCK, (_m, yours: string, generated: string) => {
            expect(yours).not.toBe(generated);
            expect(yours.match(TOKEN)).not.toBeNull();
            return generated + (yours.match(TOKEN) ?? []).map((t) => `// ${t}\n`).join('');
          });
          expect(text).not.toContain('<<<<<<<');
          fs.writeFileSync(file, text);
        }
        const check = await run(true);
        expect(check.issues).toEqual([]);
        expect(check.changes).toEqual([]);
        expect(check.recordChanges).toBe(0);
      }
    });
  }
});
