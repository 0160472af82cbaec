// The formatting oracle: every generated .ts and .json file must be exactly what prettier prints
// for it with the options below (the generator lays code out itself; see src/emit/layout/doc.ts).
// Used by the tests and by `npm run corpus`. Usage as a CLI: node scripts/prettier-check.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { PRINT_WIDTH } from '../dist/pipeline.js';

// The generator's own width; quotes and trailing commas are built into its layout.
export const PRETTIER_OPTIONS = { printWidth: PRINT_WIDTH, singleQuote: true, trailingComma: 'all', endOfLine: 'lf' };
const PARSERS = { '.ts': 'typescript', '.json': 'json' };

/**
 * Files under `dir` (skipping node_modules, dist, the recorded base in .lapgen, the user's src/lib,
 * and what the package's .gitignore and .prettierignore list, as `prettier --check` there would) that prettier
 * would change, each with its first differing line.
 */
export async function unformattedFiles(dir) {
  const problems = [];
  // prettier's own defaults: both files, read from the folder it is run in.
  const ignorePath = ['.gitignore', '.prettierignore'].map((name) => path.join(dir, name)).filter((file) => fs.existsSync(file));
  for (const file of walk(dir)) {
    const parser = PARSERS[path.extname(file)];
    if (!parser) continue;
    if (ignorePath.length && (await prettier.getFileInfo(file, { ignorePath })).ignored) continue;
    const text = fs.readFileSync(file, 'utf8');
    const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, parser });
    if (formatted === text) continue;
    const a = text.split('\n');
    const b = formatted.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    problems.push({ file: path.relative(dir, file), line: i + 1, actual: a.slice(i, i + 4).join('\n'), expected: b.slice(i, i + 4).join('\n') });
  }
  return problems;
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === '.lapgen') continue;
    const full = path.join(dir, entry.name);
    if (entry.name === 'lib' && path.basename(dir) === 'src') continue;
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await unformattedFiles(path.resolve(process.argv[2] ?? 'generated'));
  for (const p of problems) console.log(`${p.file}:${p.line}: not prettier-formatted\n--- ours\n${p.actual}\n--- prettier\n${p.expected}\n`);
  console.log(problems.length ? `${problems.length} file(s) differ from prettier` : 'all files prettier-formatted');
  process.exitCode = problems.length ? 1 : 0;
}
