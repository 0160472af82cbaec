// Type-checks generated packages in this process with the TypeScript compiler API: many outputs in
// one Program (each under its own virtual root, so their files never meet), with the options of the
// generated tsconfig.json (strict, no @types). Lib files are read once and their syntax trees kept.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = '/__lapgen_outputs__';
const libCache = new Map<string, ts.SourceFile>();

/** The generated tsconfig.json's compiler options, as the compiler API takes them. */
function optionsOf(files: ReadonlyMap<string, string>): ts.CompilerOptions {
  const text = files.get('tsconfig.json');
  const raw = text ? (JSON.parse(text) as { compilerOptions: unknown }).compilerOptions : {};
  const { options, errors } = ts.convertCompilerOptionsFromJson(raw, ROOT);
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n'));
  return { ...options, noEmit: true };
}

/** `tsc --strict` messages per output (`file(line,col): message`); an empty list means it type-checks. */
export function typeCheckOutputs(outputs: readonly ReadonlyMap<string, string>[]): string[][] {
  if (outputs.length === 0) return [];
  const files = new Map<string, string>();
  outputs.forEach((out, i) => {
    for (const [rel, text] of out) if (/\.(ts|json)$/.test(rel)) files.set(path.posix.join(ROOT, String(i), rel), text);
  });
  const options = optionsOf(outputs[0]!);
  const host = ts.createCompilerHost(options);
  const dirs = new Set<string>();
  for (const f of files.keys()) for (let d = path.posix.dirname(f); d !== '/' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  const inRoot = (f: string) => f.startsWith(`${ROOT}/`) || f === ROOT;
  host.fileExists = (f) => (inRoot(f) ? files.has(f) : fs.existsSync(f));
  host.readFile = (f) => (inRoot(f) ? files.get(f) : ts.sys.readFile(f));
  host.directoryExists = (d) => (inRoot(d) ? dirs.has(d) : ts.sys.directoryExists(d));
  host.getDirectories = (d) => (inRoot(d) ? [] : ts.sys.getDirectories(d));
  host.getCurrentDirectory = () => ROOT;
  // The runtime (src/core/) is copied into every output, verbatim but for the base error class's
  // name (errors.ts): imports of it resolve to the first output's copy when that output's copy is
  // the same throughout, so it is checked once per client name, not once per output.
  const coreOf = (n: string, rel: string) => files.get(path.posix.join(ROOT, n, 'src/core', rel));
  const sharedCore = (f: string) => {
    const match = /^\/__lapgen_outputs__\/(\d+)\/src\/core\/(.*)$/.exec(f);
    if (!match) return f;
    const [, n, rel] = match as unknown as [string, string, string];
    const same = coreOf(n, rel) === coreOf('0', rel) && coreOf(n, 'errors.ts') === coreOf('0', 'errors.ts');
    return same ? path.posix.join(ROOT, '0/src/core', rel) : f;
  };
  host.resolveModuleNameLiterals = (literals, containingFile, _redirect, opts, containing) =>
    literals.map((literal) => {
      const resolved = ts.resolveModuleName(literal.text, containingFile, opts, host, undefined, undefined, ts.getModeForUsageLocation(containing, literal, opts));
      const found = resolved.resolvedModule;
      return found ? { ...resolved, resolvedModule: { ...found, resolvedFileName: sharedCore(found.resolvedFileName) } } : resolved;
    });
  host.getSourceFile = (f, languageVersion) => {
    if (inRoot(f)) {
      const text = files.get(f);
      return text === undefined ? undefined : ts.createSourceFile(f, text, languageVersion);
    }
    let cached = libCache.get(f);
    if (!cached) {
      const text = ts.sys.readFile(f);
      if (text === undefined) return undefined;
      cached = ts.createSourceFile(f, text, languageVersion);
      libCache.set(f, cached);
    }
    return cached;
  };
  const roots = [...files.keys()].filter((f) => f.endsWith('.ts') && f.includes('/src/') && sharedCore(f) === f);
  const program = ts.createProgram({ rootNames: roots, options, host });
  const byOutput: string[][] = outputs.map(() => []);
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file) {
      byOutput.forEach((list) => list.push(message));
      continue;
    }
    const index = Number(d.file.fileName.slice(ROOT.length + 1).split('/')[0]);
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    byOutput[index]?.push(`${d.file.fileName.slice(ROOT.length + 1)}(${line + 1},${character + 1}): TS${d.code} ${message}`);
  }
  return byOutput;
}
