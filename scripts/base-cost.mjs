// The scenario on a copy of the committed Anthropic client, in a temporary git repository,
// with the repository-size cost of the recorded base (.lapgen/base.txt). Run after `npm run
// build:generator`: node scripts/base-cost.mjs
// It builds two repositories with the same history (generate; hand edits; a spec change and a
// regeneration), one committing .lapgen/ and one not, and prints `git count-objects -v` after
// `git gc` for each.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = path.join(root, 'dist/cli.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lapgen-base-cost-'));
const sh = (cwd, cmd, args) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const git = (cwd, ...args) => sh(cwd, 'git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args]);
const lapgen = (cwd, ...args) => {
  try {
    return { code: 0, out: sh(cwd, process.execPath, [cli, '--spec', 'spec/anthropic.lap', '--out', 'generated', ...args]) };
  } catch (err) {
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
};

const repo = path.join(work, 'with-base');
fs.mkdirSync(path.join(repo, 'spec'), { recursive: true });
for (const f of ['anthropic.lap', 'anthropic.config.yaml']) fs.copyFileSync(path.join(root, 'spec', f), path.join(repo, 'spec', f));
fs.cpSync(path.join(root, 'generated'), path.join(repo, 'generated'), { recursive: true, filter: (src) => !/\/(node_modules|dist)(\/|$)/.test(src) });
git(repo, 'init', '-q');
git(repo, 'add', '-A');
git(repo, 'commit', '-qm', 'generated');

// Hand edits: a src/lib module wired in as a method, a method and a doc comment in a generated file.
const models = path.join(repo, 'generated/src/resources/models.ts');
fs.writeFileSync(
  path.join(repo, 'generated/src/lib/first-model.ts'),
  "import type { Models } from '../resources/models.js';\n\n/** The first model's id. */\nexport async function firstModelId(this: Models): Promise<string | undefined> {\n  const page = await this.list({ limit: 1 });\n  return page.data[0]?.id;\n}\n",
);
const configFile = path.join(repo, 'spec/anthropic.config.yaml');
fs.writeFileSync(configFile, fs.readFileSync(configFile, 'utf8').replace('\nresources:\n', '\nresources:\n  models:\n    methods:\n      firstModelId: lib/first-model#firstModelId\n'));
let r = lapgen(repo);
if (r.code !== 0) throw new Error(`wiring failed:\n${r.out}`);
let text = fs.readFileSync(models, 'utf8').replace('  /** List Models */', '  /** List the available models, newest first (hand-edited). */');
text = text.replace(/\n}\n/, "\n\n  /** Hand-written. */\n  async count(): Promise<number> {\n    let n = 0;\n    for await (const _ of this.list()) n++;\n    return n;\n  }\n}\n");
fs.writeFileSync(models, text);
git(repo, 'add', '-A');
git(repo, 'commit', '-qm', 'hand edits');

// A spec change: a new endpoint, a new optional param on the edited resource, a description elsewhere.
let spec = fs.readFileSync(path.join(repo, 'spec/anthropic.lap'), 'utf8');
spec = spec.replace(/@endpoints (\d+)/, (_m, n) => `@endpoints ${Number(n) + 1}`).replace(/models\((\d+)\)/, (_m, n) => `models(${Number(n) + 1})`);
spec = spec.replace('@desc Get a Model\n@required {model_id: str # Model identifier or alias.}\n@optional {', '@desc Get a Model\n@required {model_id: str # Model identifier or alias.}\n@optional {include_limits: bool # Also return rate limits., ');
spec = spec.replace('@endpoint GET /v1/models\n', '@endpoint GET /v1/models/{model_id}/card\n@desc Get a model card\n@required {model_id: str}\n@returns(200) {id: str, text: str}\n\n@endpoint GET /v1/models\n');
spec = spec.replace('@desc List Files', '@desc List the files of the workspace');
fs.writeFileSync(path.join(repo, 'spec/anthropic.lap'), spec);
r = lapgen(repo);
const kept = fs.readFileSync(models, 'utf8');
const ok = ['hand-edited', 'async count()', 'firstModelId: typeof firstModelId', 'include_limits', 'card('].every((s) => kept.includes(s));
const check = lapgen(repo, '--check');
git(repo, 'add', '-A');
git(repo, 'commit', '-qm', 'spec change, regenerated');

// The same history without the record: strip .lapgen/ from every commit of a clone.
const bare = path.join(work, 'without-base');
git(work, 'clone', '-q', repo, bare);
git(bare, 'filter-branch', '-f', '--index-filter', 'git rm -r -q --cached --ignore-unmatch generated/.lapgen', 'HEAD');
sh(bare, 'rm', ['-rf', '.git/refs/original', '.git/refs/remotes']);
git(bare, 'remote', 'remove', 'origin');
git(bare, 'reflog', 'expire', '--expire=now', '--all');

const size = (dir) => {
  git(dir, 'gc', '-q', '--prune=now', '--aggressive');
  const stats = Object.fromEntries(git(dir, 'count-objects', '-v').trim().split('\n').map((l) => l.split(': ')));
  return { objects: Number(stats['in-pack']), packKiB: Number(stats['size-pack']) };
};
const a = size(bare);
const b = size(repo);
console.log(`scenario: regenerate exit ${r.code}, hand lines and new code present: ${ok}, --check exit ${check.code}`);
console.log(`history of 3 commits (generate, hand edits, spec change), after git gc --aggressive:`);
console.log(`  without .lapgen/: ${a.objects} objects, ${a.packKiB} KiB packed`);
console.log(`  with .lapgen/:    ${b.objects} objects, ${b.packKiB} KiB packed`);
console.log(`  the recorded base costs ${b.objects - a.objects} objects, ${b.packKiB - a.packKiB} KiB (${(((b.packKiB - a.packKiB) / a.packKiB) * 100).toFixed(1)} %)`);
console.log(`  working tree: .lapgen/ is ${sh(repo, 'du', ['-sk', 'generated/.lapgen']).split('\t')[0]} KiB on disk`);
fs.rmSync(work, { recursive: true, force: true });
