import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** Name and version stamped into every generated file and manifest. */
export const GENERATOR = { name: pkg.name, version: pkg.version } as const;
