// The one-way flow (STYLE.md §2): no stage imports from a later one, and the heavy libraries stay
// in the one stage that needs them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootPath } from '../helpers/pipeline.js';

const SRC = rootPath('src');

function importsOf(dir: string): { file: string; spec: string }[] {
  const out: { file: string; spec: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
          out.push({ file: path.relative(SRC, full), spec: m[1]! });
        }
      }
    }
  };
  walk(path.join(SRC, dir));
  return out;
}

/** Which top-level folders of src/ a file's relative imports reach. */
const stagesReached = (dir: string) =>
  new Set(
    importsOf(dir)
      .filter((i) => i.spec.startsWith('.'))
      .map((i) => path.relative(SRC, path.resolve(SRC, path.dirname(i.file), i.spec)).split(path.sep)[0]!),
  );

describe('import direction', () => {
  it('ir/ imports nothing of ours', () => {
    expect([...stagesReached('ir')]).toEqual(['ir']);
  });
  it('plan/ imports only ir/ and config types', () => {
    expect([...stagesReached('plan')].sort()).toEqual(['config', 'ir', 'plan']);
    expect(importsOf('plan').filter((i) => i.spec.includes('config/')).every((i) => i.spec.endsWith('config/types.js'))).toBe(true);
  });
  it('emit/ never imports parse/ or config/', () => {
    expect([...stagesReached('emit')].sort()).toEqual(['emit', 'ir', 'plan']);
  });
  it('diff/ reads plans: it never imports parse/ or config/; only diff/ imports ts-morph', () => {
    expect([...stagesReached('diff')].sort()).toEqual(['diff', 'emit', 'ir', 'plan']);
    // Dynamic imports count too: ts-morph is loaded with import(), by the checker alone.
    const tsMorph = (dir: string) => {
      const hits: string[] = [];
      const walk = (d: string) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const full = path.join(d, e.name);
          if (e.isDirectory()) walk(full);
          else if (e.name.endsWith('.ts') && /['"]ts-morph['"]/.test(fs.readFileSync(full, 'utf8'))) hits.push(path.relative(SRC, full));
        }
      };
      walk(path.join(SRC, dir));
      return hits;
    };
    expect(tsMorph('.')).toEqual([path.join('diff', 'checker.ts')]);
  });
  it('runtime/ imports nothing outside itself and no Node modules', () => {
    const imports = importsOf('runtime');
    expect(imports.filter((i) => !i.spec.startsWith('./'))).toEqual([]);
  });
  it('only emit/layout/ imports prettier; only parse/openapi/ may import swagger-parser', () => {
    const prettierImports = importsOf('.').filter((i) => i.spec.startsWith('prettier'));
    expect(prettierImports.filter((i) => !i.file.startsWith(`emit${path.sep}layout${path.sep}`))).toEqual([]);
    expect(prettierImports.map((i) => i.spec)).toContain('prettier/doc');
    for (const dir of ['ir', 'plan', 'emit', 'config', 'write', 'runtime', 'parse/lap']) {
      expect(importsOf(dir).filter((i) => i.spec.includes('swagger-parser'))).toEqual([]);
    }
  });
});
