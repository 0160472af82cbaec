// The scenario on real folders in temporary git repositories, for a LAP and an OpenAPI
// spec: hand-written code (a src/lib module wired in as a method, a method and a doc comment
// edited into a generated file) survives regenerations for spec changes; a spec change on the
// edited line is a marked conflict that --check keeps failing until it is resolved by hand.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FILE, parseBase } from '../../src/write/base-record.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';
import { json, startServer, type TestServer } from '../helpers/server.js';
import { SHOP_V1, shopLap, shopOpenApi, type ShopVersion } from './shop-spec.js';

const LIB_MODULE = `import type { Widgets } from '../resources/widgets.js';

/** The widget's name, shouted. Hand-written, wired in by the overlay. */
export function shout(this: Widgets, widgetID: string): Promise<string>;
export function shout(this: Widgets, widgetID: string, times: number): Promise<string>;
export async function shout(this: Widgets, widgetID: string, times = 1): Promise<string> {
  const widget = await this.retrieve(widgetID);
  return \`\${String(widget.name).toUpperCase()}\${'!'.repeat(times)}\`;
}
`;
const OVERLAY = 'resources:\n  widgets:\n    methods:\n      shout: lib/shout#shout\n';
const HAND_DOC = '  /** List every widget in the shop (hand-edited). */';
const HAND_METHOD = ['  /** Hand-written: a greeting. */', '  hello(): string {', "    return 'hello from a hand-written method';", '  }'];
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, 200, { id: 'w_1', name: 'bolt' }));
});
afterAll(() => server.close());

for (const format of ['lap', 'openapi'] as const) {
  describe(`regenerating a ${format} client keeps hand-written code`, () => {
    const repo = tempDir(`regen-${format}`);
    const spec = path.join(repo, format === 'lap' ? 'shop.lap' : 'shop.openapi.json');
    const out = path.join(repo, 'clients', 'shop');
    const widgets = path.join(out, 'src/resources/widgets.ts');
    const writeSpec = (v: ShopVersion) => fs.writeFileSync(spec, format === 'lap' ? shopLap(v) : shopOpenApi(v));
    const generate = (...flags: string[]) => runCli(['--spec', spec, '--out', out, ...flags]);
    const handLines = [HAND_DOC, ...HAND_METHOD, "import { greeting } from '../lib/greeting.js';"];

    it('generates, takes a wired src/lib method and edits to a generated file, and is committed', () => {
      writeSpec(SHOP_V1);
      git(repo, 'init', '-q');
      expect(generate().code).toBe(0);
      fs.writeFileSync(path.join(out, 'src/lib/shout.ts'), LIB_MODULE);
      fs.writeFileSync(path.join(out, 'src/lib/greeting.ts'), "export const greeting = 'hi';\n");
      fs.writeFileSync(path.join(repo, 'shop.config.yaml'), OVERLAY);
      const wired = generate();
      expect(wired.stderr).toBe('');
      expect(wired.code).toBe(0);
      expect(fs.readFileSync(widgets, 'utf8')).toContain('shout: typeof shout = shout;');
      const text = fs.readFileSync(widgets, 'utf8').replace('  /** List widgets */', HAND_DOC).replace(/\n}\n/, `\n\n${HAND_METHOD.join('\n')}\n}\n`);
      fs.writeFileSync(widgets, text.replace('\nimport ', "\nimport { greeting } from '../lib/greeting.js';\nimport "));
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'client with hand-written code');
    });

    it('a spec change elsewhere and on the edited resource: exit 0, every hand line kept, the new code present, --check 0', () => {
      writeSpec({ ...SHOP_V1, gadgetCreate: true, fieldsParam: true, gadgetListDesc: 'List all gadgets' });
      const r = generate();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('kept your edits in 1 file: src/resources/widgets.ts');
      const text = fs.readFileSync(widgets, 'utf8');
      for (const line of handLines) expect(text).toContain(line);
      expect(text).toContain('fields?: string');
      expect(fs.readFileSync(path.join(out, 'src/resources/gadgets.ts'), 'utf8')).toMatch(/\/\*\* List all gadgets \*\/[\s\S]*create\(/);
      expect(fs.readFileSync(path.join(out, 'src/lib/shout.ts'), 'utf8')).toBe(LIB_MODULE);
      expect(generate('--check').code).toBe(0);
      // The package, hand-written code included, type-checks.
      const tsc = spawnSync(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', path.join(out, 'tsconfig.json')], { encoding: 'utf8' });
      expect(tsc.stdout).toBe('');
      expect(tsc.status).toBe(0);
      git(repo, 'add', '-A');
      git(repo, 'commit', '-qm', 'regenerated');
    });

    if (format === 'lap') {
      it('the wired method keeps its overloads and works from the ESM and CJS builds', async () => {
        const env = { ...process.env, PATH: `${rootPath('node_modules/.bin')}${path.delimiter}${process.env['PATH']}` };
        execFileSync('npm', ['run', '-s', 'build'], { cwd: out, env, stdio: 'pipe' });
        const esm = `import Shop from 'shop-client';\nconst c = new Shop({ baseURL: '${server.url}' });\nconsole.log(await c.widgets.shout('w_1', 2));\n`;
        const cjs = `const Shop = require('shop-client');\nnew Shop({ baseURL: '${server.url}' }).widgets.shout('w_1').then(console.log);\n`;
        fs.writeFileSync(path.join(out, 'try.mjs'), esm);
        fs.writeFileSync(path.join(out, 'try.cjs'), cjs);
        // Async: the server answers from this process's event loop.
        const run = async (file: string) => (await promisify(execFile)(process.execPath, [file], { cwd: out, encoding: 'utf8' })).stdout;
        expect(await run('try.mjs')).toBe('BOLT!!\n');
        expect(await run('try.cjs')).toBe('BOLT!\n');
        expect(server.requests.at(-1)?.path).toBe('/v1/widgets/w_1');
        const dts = fs.readFileSync(path.join(out, 'dist/esm/resources/widgets.d.ts'), 'utf8');
        expect(dts).toContain('shout: typeof shout;');
        fs.rmSync(path.join(out, 'try.mjs'));
        fs.rmSync(path.join(out, 'try.cjs'));
      });
    }

    it('a spec change on the edited line: non-zero exit, both sides marked, the file named, the rest current; resolved by hand → --check 0', () => {
      writeSpec({ ...SHOP_V1, gadgetCreate: true, fieldsParam: true, gadgetListDesc: 'List all gadgets', widgetListDesc: 'List the widgets, newest first' });
      const r = generate();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`${out}/src/resources/widgets\\.ts:\\d+: conflict`));
      const text = fs.readFileSync(widgets, 'utf8');
      const block = /<<<<<<< yours\n([\s\S]*?)\n\|\|\|\|\|\|\| base \(last generated\)\n[\s\S]*?\n=======\n([\s\S]*?)\n>>>>>>> generated\n/.exec(text);
      expect(block?.[1]).toBe(HAND_DOC);
      expect(block?.[2]).toBe('  /** List the widgets, newest first */');
      for (const line of handLines) expect(text).toContain(line);
      // Every other generated file is the new output (the recorded base is exactly that).
      const base = parseBase(fs.readFileSync(path.join(out, BASE_FILE), 'utf8'));
      expect(base.size).toBeGreaterThan(10);
      for (const [rel, text] of base) if (rel !== 'src/resources/widgets.ts') expect(fs.readFileSync(path.join(out, rel), 'utf8')).toBe(text);
      const check = generate('--check');
      expect(check.code).toBe(1);
      expect(check.stdout).toContain('conflict markers from an earlier run are still in the file');
      fs.writeFileSync(widgets, text.replace(block![0], `${HAND_DOC}\n`));
      expect(generate('--check').code).toBe(0);
      expect(generate().code).toBe(0);
      expect(git(repo, 'status', '--porcelain', '--', 'clients/shop/src/resources/gadgets.ts')).toBe('');
    });
  });
}
