// Builds the generator into dist/: src/cli.ts (the `lapgen` bin) and src/pipeline.ts (for scripts and
// benchmarks) bundled by esbuild with their dependencies, so a run loads a few files instead of
// hundreds and the package installs with no dependencies. Code split: the OpenAPI parser and each
// version's schema validator are chunks that a LAP run never loads. The validators are ajv's
// standalone code, generated here once instead of compiled at every run.
// Usage: node scripts/build.mjs [--force]   (without --force, does nothing when dist/ is up to date)
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, staleReason, writeStamp } from './build-stamp.mjs';

const DIST = path.join(ROOT, 'dist');
const VERSIONS = ['2.0', '3.0', '3.1'];

const reason = process.argv.includes('--force') ? 'forced' : staleReason();
if (reason) {
  const start = performance.now();
  await build();
  console.error(`lapgen: built dist/ (${reason}) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

async function build() {
  const esbuild = await import('esbuild');
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST);
  const validators = await validatorSources(esbuild);
  await refreshPrecompiledTemplates(esbuild);
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    // diff-specs: `lapgen diff` as a module too, so tests can see what it loads.
    entryPoints: { cli: 'src/cli.ts', pipeline: 'src/pipeline.ts', 'diff-specs': 'src/diff-specs.ts' },
    outdir: 'dist',
    chunkNames: '[name]-[hash]', // flat: files read at run time are found relative to dist/
    bundle: true,
    // ts-morph (TypeScript itself, ~10 MB) is loaded only by `diff`: an installed dependency, never bundled.
    external: ['ts-morph'],
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // CommonJS dependencies (handlebars, swagger-parser) call require() for Node's own modules.
    banner: { js: "import { createRequire as __lapgenCreateRequire } from 'node:module'; const require = __lapgenCreateRequire(import.meta.url);" },
    legalComments: 'none', // the licences are collected in dist/THIRD-PARTY-LICENSES.md instead
    metafile: true,
    logLevel: 'warning',
    plugins: [precompiledValidators(validators), yargsLocales()],
  });
  fs.chmodSync(path.join(DIST, 'cli.js'), 0o755);
  fs.cpSync(path.join(ROOT, 'node_modules/yargs/locales'), path.join(DIST, 'locales'), { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes(':') && !p.split(/[\\/]/).includes('node_modules'));
  writeLicenses(Object.keys(result.metafile.inputs));
  const outputs = Object.keys(result.metafile.outputs).map((p) => path.relative(ROOT, path.resolve(ROOT, p)));
  // The templates reach the bundle through templates.generated.ts; list them too, so editing one is a stale build.
  const templates = fs.readdirSync(path.join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs')).map((f) => `templates/${f}`);
  writeStamp([...inputs, ...templates, 'src/emit/templates-precompile.ts', 'scripts/build.mjs', 'scripts/build-stamp.mjs', 'package-lock.json'], outputs);
}

/**
 * Rewrites src/emit/templates.generated.ts (the templates compiled ahead of time) when templates/*.hbs
 * no longer compile to it, so a changed template is never run stale; the template test holds the
 * committed file to the same output.
 */
async function refreshPrecompiledTemplates(esbuild) {
  const tmp = path.join(DIST, '.templates-precompile.mjs');
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['src/emit/templates-precompile.ts'], outfile: tmp, bundle: true, packages: 'external', format: 'esm', platform: 'node', logLevel: 'warning' });
  try {
    const { precompiledTemplatesModule } = await import(tmp);
    const file = path.join(ROOT, 'src/emit/templates.generated.ts');
    const text = precompiledTemplatesModule();
    if (fs.readFileSync(file, 'utf8') !== text) {
      fs.writeFileSync(file, text);
      console.error('lapgen: rewrote src/emit/templates.generated.ts, out of date with templates/ (commit it with them)');
    }
  } finally {
    fs.rmSync(tmp);
  }
}

/** ajv's standalone validator module for each OpenAPI version, from the same settings the source uses. */
async function validatorSources(esbuild) {
  // schema-validator.ts is TypeScript: bundle it alone (its packages stay imports) and load that.
  const tmp = path.join(DIST, '.validator-source.mjs');
  await esbuild.build({ absWorkingDir: ROOT, entryPoints: ['src/parse/openapi/schema-validator.ts'], outfile: tmp, bundle: true, packages: 'external', format: 'esm', platform: 'node', logLevel: 'warning' });
  try {
    const { validatorSource } = await import(tmp);
    return new Map(VERSIONS.map((v) => [v, validatorSource(v)]));
  } finally {
    fs.rmSync(tmp);
  }
}

/** Replaces schema-validator.ts by one that imports the generated validator of the version asked for. */
function precompiledValidators(sources) {
  return {
    name: 'precompiled-validators',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]parse[\\/]openapi[\\/]schema-validator\.ts$/ }, () => ({
        loader: 'js',
        contents: `export async function loadValidator(version) {
  switch (version) {
${VERSIONS.map((v) => `    case '${v}': return (await import('lapgen-validator:${v}')).default;`).join('\n')}
  }
  throw new Error('no validator for OpenAPI ' + version);
}`,
      }));
      b.onResolve({ filter: /^lapgen-validator:/ }, (args) => ({ path: `openapi-${args.path.slice('lapgen-validator:'.length)}-schema`, namespace: 'lapgen-validator' }));
      b.onLoad({ filter: /.*/, namespace: 'lapgen-validator' }, (args) => ({ loader: 'js', contents: sources.get(/^openapi-(.*)-schema$/.exec(args.path)[1]), resolveDir: ROOT }));
    },
  };
}

/**
 * yargs finds its translations at `../../../locales` from its own file; bundled into dist/, that
 * would point outside the package (into the user's project). Point it at the copy in dist/locales/.
 */
function yargsLocales() {
  return {
    name: 'yargs-locales',
    setup(b) {
      b.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        const patched = text.replace("resolve(__dirname, '../../../locales')", "resolve(__dirname, '../locales')");
        if (patched === text) throw new Error(`${args.path}: yargs' locales path has changed; update scripts/build.mjs`);
        return { loader: 'js', contents: patched };
      });
    },
  };
}

/** The licence of every package bundled into dist/, as their licences require. */
function writeLicenses(inputs) {
  const dirs = new Set();
  for (const input of inputs) {
    const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
    if (m) dirs.add(m[1]);
  }
  const sections = [...dirs].map((dir) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8'));
    const file = fs.readdirSync(path.join(ROOT, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file ? fs.readFileSync(path.join(ROOT, dir, file), 'utf8').trim() : `${pkg.license} (no licence file in the package)`;
    return { id: `${pkg.name}@${pkg.version}`, text: `## ${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n` };
  });
  sections.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const head = '# Third-party licences\n\ndist/ bundles these packages; their licences follow.\n\n';
  fs.writeFileSync(path.join(DIST, 'THIRD-PARTY-LICENSES.md'), head + [...new Map(sections.map((s) => [s.id, s.text])).values()].join('\n'));
}
