// The prose files (README.md, api.md, package.json) are Handlebars templates in templates/.
import fs from 'node:fs';
import Handlebars from 'handlebars';

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);
const engine = Handlebars.create();
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));
const cache = new Map<string, Handlebars.TemplateDelegate>();

export function renderTemplate(name: string, data: object): string {
  let template = cache.get(name);
  if (!template) {
    template = engine.compile(fs.readFileSync(new URL(`${name}.hbs`, TEMPLATE_DIR), 'utf8'), { noEscape: false, strict: true });
    cache.set(name, template);
  }
  // Conditional sections leave runs of blank lines; a rendered file has at most one in a row.
  return template(data).replace(/\n{3,}/g, '\n\n').replace(/[ \t]+$/gm, '');
}
