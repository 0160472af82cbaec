// A runnable call for each method, for api.md and the README: required params with placeholder
// values that type-check against the generated types (named types are looked through).
import { objectProperties } from '../ir/object-properties.js';
import type { TypeRef } from '../ir/types.js';
import type { MethodPlan } from '../plan/types.js';
import { toPropertyKey, toStringLiteral } from './escape.js';

/** Nesting past this many levels gives an empty array, which is always a valid example. */
const MAX_DEPTH = 12;
export type NamedTypes = ReadonlyMap<string, TypeRef>;

export function exampleValue(type: TypeRef, hint: string, named: NamedTypes, depth = 0, refPath: readonly string[] = []): string {
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
      return depth >= MAX_DEPTH ? '[]' : `[${exampleValue(type.items, hint, named, depth + 1, refPath)}]`;
    case 'union': {
      const first = type.variants.find((v) => v.kind !== 'null');
      return first ? exampleValue(first, hint, named, depth, refPath) : 'null';
    }
    case 'null':
      return 'null';
    case 'unknown':
      return toStringLiteral(hint);
    case 'ref': {
      // Named types are followed however deep the nesting; only a ref back into its own path stops.
      const target = named.get(type.name);
      if (!target || refPath.includes(type.name)) return toStringLiteral(hint);
      return exampleValue(target, hint, named, depth, [...refPath, type.name]);
    }
    case 'object':
    case 'intersection': {
      // A required field that leads back to its own type (through an intersection, which refPath
      // does not see) has no finite value; the nesting bound stops the example there.
      if (depth >= MAX_DEPTH) return '{}';
      const props = objectProperties(type, (name) => named.get(name)) ?? (type.kind === 'object' ? [] : undefined);
      if (!props) return type.kind === 'intersection' && type.parts[0] ? exampleValue(type.parts[0], hint, named, depth, refPath) : '{}';
      const required = props.filter((p) => p.required && !p.readOnly);
      return required.length ? `{ ${required.map((p) => `${toPropertyKey(p.name)}: ${exampleValue(p.type, p.name, named, depth + 1, refPath)}`).join(', ')} }` : '{}';
    }
  }
}

export function exampleCall(method: MethodPlan, named: NamedTypes, opts: { stream?: boolean } = {}): string {
  const args: string[] = [];
  if (method.positional) args.push(exampleValue(method.positional.type, method.positional.name, named));
  const fields = method.params.filter((p) => p.required).map((p) => `${toPropertyKey(p.name)}: ${exampleValue(p.type, p.name, named)}`);
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
