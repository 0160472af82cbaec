// lapgen's own package folder, which holds the files emit reads at run time (templates/, src/runtime/).
// Found by walking up to package.json: this module is two levels below it as source (src/emit/) and
// one level below it when bundled (dist/), and the folder is wherever npm installed the package.
import fs from 'node:fs';

function findPackageDir(): URL {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    if (fs.existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') throw new Error(`lapgen: no package.json above ${import.meta.url}`);
  }
}

export const PACKAGE_DIR = findPackageDir();
