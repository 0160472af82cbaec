// A runnable call for each method, for api.md and the README: required params with placeholder values.
import type { TypeRef } from '../ir/types.js';
import type { MethodPlan } from '../plan/types.js';
import { toPropertyKey, toStringLiteral } from './escape.js';

const MAX_DEPTH = 4;

export function exampleValue(type: TypeRef, hint: string, depth = 0): string {
  switch (type.kind) {
    case 'primitive':
      if (type.name === 'string') {
        if (type.format === 'binary') return `new File(['hello'], 'hello.txt')`;
        if (type.format === 'date-time') return `'2025-01-01T00:00:00Z'`;
        return toStringLiteral(hint);
      }
      return type.name === 'boolean' ? 'true' : '1';
    case 'enum':
      return type.values.length ? (typeof type.values[0] === 'number' ? String(type.values[0]) : toStringLiteral(String(type.values[0]))) : `''`;
    case 'literal':
      return typeof type.value === 'string' ? toStringLiteral(type.value) : String(type.value);
    case 'array':
      return depth >= MAX_DEPTH ? '[]' : `[${exampleValue(type.items, hint, depth + 1)}]`;
    case 'object': {
      if (depth >= MAX_DEPTH) return '{}';
      const required = type.properties.filter((p) => p.required);
      return required.length ? `{ ${required.map((p) => `${toPropertyKey(p.name)}: ${exampleValue(p.type, p.name, depth + 1)}`).join(', ')} }` : '{}';
    }
    case 'union': {
      const first = type.variants.find((v) => v.kind !== 'null');
      return first ? exampleValue(first, hint, depth) : 'null';
    }
    case 'intersection':
      return type.parts[0] ? exampleValue(type.parts[0], hint, depth) : '{}';
    case 'null':
      return 'null';
    case 'ref':
    case 'unknown':
      return toStringLiteral(hint);
  }
}

export function exampleCall(method: MethodPlan, opts: { stream?: boolean } = {}): string {
  const args: string[] = [];
  if (method.positional) args.push(exampleValue(method.positional.type, method.positional.name));
  const fields = method.params.filter((p) => p.required).map((p) => `${toPropertyKey(p.name)}: ${exampleValue(p.type, p.name)}`);
  if (opts.stream) fields.push('stream: true');
  if (fields.length) args.push(`{ ${fields.join(', ')} }`);
  const call = `client.${method.fullName}(${args.join(', ')})`;
  if (opts.stream) return `const stream = await ${call};\nfor await (const event of stream) {\n  console.log(event);\n}`;
  if (method.pagination) {
    return `// Every item, fetching pages as needed:\nfor await (const item of ${call}) {\n  console.log(item);\n}\n\n// Or page by page:\nlet page = await ${call};\nconsole.log(page.data);\nwhile (page.hasNextPage()) {\n  page = await page.getNextPage();\n  console.log(page.data);\n}`;
  }
  switch (method.response.kind) {
    case 'binary':
      return `const response = await ${call};\nconst bytes = await response.arrayBuffer();`;
    case 'jsonl':
      return `for await (const line of await ${call}) {\n  console.log(line);\n}`;
    case 'sse':
      return `for await (const event of await ${call}) {\n  console.log(event);\n}`;
    case 'empty':
      return `await ${call};`;
    default:
      return `const result = await ${call};\nconsole.log(result);`;
  }
}
