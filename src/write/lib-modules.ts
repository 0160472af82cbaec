// The overlay wires hand-written modules from the output's src/lib/ into the package. A module that
// is not there would give a package that does not compile, so it is an error at the overlay's line
// before anything is written; an export the module does not seem to have is a warning (tsc has the
// last word: re-exports and the like are not followed here).
import fs from 'node:fs';
import path from 'node:path';
import type { Overlay } from '../config/types.js';
import type { Diagnostic, Loc } from '../ir/types.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '/index.ts'];

export function checkLibModules(overlay: Overlay, outDir: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const find = (module: string) => EXTENSIONS.map((ext) => path.join(outDir, 'src', `${module}${ext}`)).find((file) => fs.existsSync(file));
  const missing = (what: string, module: string, loc: Loc, hint: string) =>
    diagnostics.push({ severity: 'error', code: 'config/no-lib-module', message: `${what}: ${path.join(outDir, 'src', `${module}.ts`)} does not exist; write it first${hint}`, loc });
  for (const res of overlay.resources) {
    for (const m of res.methods) {
      const file = find(m.module);
      if (!file) missing(`method '${res.path}.${m.name}'`, m.module, m.loc, `, exporting a function '${m.exportName}' that takes the resource as \`this\``);
      else if (!exportsName(fs.readFileSync(file, 'utf8'), m.exportName)) {
        diagnostics.push({ severity: 'warning', code: 'config/no-lib-export', message: `method '${res.path}.${m.name}': ${path.relative(outDir, file)} does not seem to export '${m.exportName}'`, loc: m.loc });
      }
    }
  }
  for (const e of overlay.lib.entry) if (!find(e.module)) missing(`lib.entry '${e.module}'`, e.module, e.loc, '');
  for (const e of overlay.lib.exports) if (!e.module.includes('*') && !find(e.module)) missing(`lib.exports '${e.subpath}'`, e.module, e.loc, '');
  return diagnostics;
}

function exportsName(text: string, name: string): boolean {
  const n = name.replace(/\$/g, '\\$');
  return new RegExp(`export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|var|class)\\s+${n}\\b|export\\s*\\{[^}]*\\b${n}\\b|export\\s*\\*`).test(text);
}
