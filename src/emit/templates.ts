// The prose files (README.md, api.md, package.json) are Handlebars templates in templates/, compiled
// ahead of time into templates.generated.ts (see templates-precompile.ts): a run loads only
// Handlebars' runtime and compiles nothing.
import type HandlebarsModule from 'handlebars';
import runtime from 'handlebars/runtime';
import { TEMPLATES } from './templates.generated.js';

// The runtime is the full module's subset that runs compiled templates; its typings are the full module's.
const Handlebars = runtime as unknown as typeof HandlebarsModule;
const engine = Handlebars.create();
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));
// Markdown helpers: output is markdown, not HTML, so text is not HTML-escaped; instead spec text
// is kept from opening raw HTML, code spans and fences are made longer than any backtick run inside.
const longestTicks = (text: string) => (text.includes('`') ? Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) : 0);
engine.registerHelper('code', (value: unknown) => {
  const text = String(value).replace(/\s*\n\s*/g, ' ');
  const ticks = '`'.repeat(longestTicks(text) + 1);
  return new Handlebars.SafeString(text.startsWith('`') || text.endsWith('`') ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`);
});
engine.registerHelper('text', (value: unknown) => new Handlebars.SafeString(String(value).replace(/\s*\n\s*/g, ' ').replace(/</g, '&lt;')));
engine.registerHelper('codeblock', (code: unknown, lang: unknown) => {
  const text = String(code).trimEnd();
  const fence = '`'.repeat(Math.max(3, longestTicks(text) + 1));
  return new Handlebars.SafeString(`${fence}${typeof lang === 'string' ? lang : ''}\n${text}\n${fence}`);
});
const cache = new Map<string, HandlebarsModule.TemplateDelegate>();

export function renderTemplate(name: keyof typeof TEMPLATES, data: object): string {
  let template = cache.get(name);
  if (!template) {
    template = engine.template(TEMPLATES[name] as Parameters<typeof engine.template>[0]);
    cache.set(name, template);
  }
  // Conditional sections leave runs of blank lines; a rendered file has at most one in a row.
  return template(data).replace(/\n{3,}/g, '\n\n').replace(/[ \t]+$/gm, '');
}
