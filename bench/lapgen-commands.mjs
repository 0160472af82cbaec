// lapgen the ways users run it, for the generation benchmarks: the `generate` script's own command
// line (package.json, as `npm run generate` runs it, without npm's own start-up) and the bin of the
// packed package installed in a fresh project; plus timing helpers shared by the benchmarks.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const root = new URL('../', import.meta.url).pathname;
const hasGnuTime = fs.existsSync('/usr/bin/time');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The command that `scripts.generate` runs, as argv: its first invocation's program and script
 * (`node scripts/lapgen.mjs`), without the arguments it passes, since the benchmark passes its own
 * `--spec` and `--out`. A script that runs several generations (`a && b`) is timed per invocation.
 */
export function generateScript() {
  const line = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.generate;
  const [cmd, script] = line.split('&&')[0].trim().split(/\s+/);
  if (cmd !== 'node' || !script || script.startsWith('-')) throw new Error(`the generate script does not start with \`node <script>\`: ${line}`);
  return { label: `\`${cmd} ${script}\``, cmd: process.execPath, args: [script], cwd: root };
}

/**
 * Packs this project and installs the tarball into `work/app`. Its one dependency (ts-morph, for
 * `lapgen diff`) comes from npm's cache where it can: `--offline` failed on a fresh machine, whose
 * cache holds the tarballs `npm ci` fetched but not the registry's listing of versions.
 */
export function installedBin(work) {
  const quiet = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };
  const env = { ...process.env, ...quiet };
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const app = path.join(work, 'app');
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, 'package.json'), '{"name":"app","private":true}\n');
  execFileSync('npm', ['install', path.join(work, info.filename), '--prefer-offline', '--no-package-lock'], { cwd: app, env, stdio: 'ignore' });
  return { label: 'installed bin (`npx lapgen`)', cmd: path.join(app, 'node_modules/.bin/lapgen'), args: [], cwd: app };
}

/**
 * Removes a run's output and flushes the disk before the next run starts, so that no run pays for
 * the write-back of the one before it (a tool that writes many files is hit hardest: on this machine
 * 900 small writes took from 30 ms to 0.8 s depending on what was still being flushed).
 */
export function removeOutput(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  spawnSync('sync');
}

/** One fresh process: wall seconds, peak RSS in MB (from GNU time, where it exists), status. */
export function runOnce(cmd, args, cwd) {
  const argv = hasGnuTime ? ['-f', 'MAXRSS_KB=%M', cmd, ...args] : args;
  const start = performance.now();
  const child = spawnSync(hasGnuTime ? '/usr/bin/time' : cmd, argv, { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(child.stderr ?? '')?.[1] ?? NaN) / 1024;
  const ok = child.status === 0;
  return { seconds, rss, ok, stdout: child.stdout ?? '', error: ok ? '' : (child.stderr || child.stdout || '').split('\n').filter(Boolean).slice(-2).join(' ').slice(0, 160) };
}

/** The engine alone: the stage times lapgen prints (`(parse 12 ms, plan 3 ms, …)`), summed, in seconds. */
export function engineSeconds(stdout) {
  const m = /\(((?:\w+ \d+ ms(?:, )?)+)\)\s*$/m.exec(stdout);
  if (!m) return NaN;
  return m[1].split(', ').reduce((sum, part) => sum + Number(part.split(' ')[1]), 0) / 1000;
}

/**
 * GitHub's current description (13 MB), from the npm package `@octokit/openapi`, pinned. The package
 * unpacks to 400 MB (every GHES version, dereferenced copies), so it is not a devDependency: npm
 * fetches the tarball into its cache once, and only this one file is kept, in bench/.cache/.
 */
export function githubCurrent() {
  const version = '23.0.2';
  const file = path.join(root, `bench/.cache/octokit-openapi-${version}/api.github.com.json`);
  if (fs.existsSync(file)) return file;
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  try {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', `@octokit/openapi@${version}`, '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    execFileSync('tar', ['-xzf', path.join(dir, info.filename), '-C', dir, '--strip-components=2', 'package/generated/api.github.com.json']);
    fs.rmSync(path.join(dir, info.filename));
  } catch (err) {
    console.log(`(could not fetch @octokit/openapi@${version}: ${String(err).split('\n')[0]})`);
    return undefined;
  }
  return file;
}
