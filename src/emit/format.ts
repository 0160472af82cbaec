// Prettier runs once per file, after printing; the options are part of the output contract.
// (Worker threads were tried for large specs and measured slower on this project's 2-core machines.)
import * as prettier from 'prettier';

export const PRETTIER_OPTIONS: prettier.Options = { printWidth: 110, singleQuote: true, trailingComma: 'all', endOfLine: 'lf' };
// babel-ts prints the same code as the typescript parser here and is about a third faster.
// Markdown is rendered by our own templates in its final form; prettier's markdown printer takes
// seconds on a large api.md, so it is left out.
const PARSERS: Record<string, string> = { ts: 'babel-ts', json: 'json' };

export async function formatFile(path: string, text: string): Promise<string> {
  const parser = PARSERS[path.slice(path.lastIndexOf('.') + 1)];
  if (!parser) return text;
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser });
}
