// The TypeScript constructs the generated code uses, as documents shaped the way prettier's
// estree printer shapes them (where it breaks, what it indents, where trailing commas go), so
// that laying them out gives prettier's output. Rules are noted where they are not obvious.
import { toStringLiteral as stringLiteral } from '../escape.js';
import { type Doc, group, hardline, ifBreak, indent, indentIfBreak, join, line, softline, willBreak } from './doc.js';

/**
 * A number as prettier prints it. `String(n)` already gives the shortest form (no trailing zeros,
 * no leading dot, lower-case `e`); prettier also drops the exponent's `+`.
 */
export function numberLiteral(value: number): string {
  return String(value).replace('e+', 'e');
}

/** `/** … *\/` above a declaration; `text` is already safe comment text (see escape.ts). */
export function jsDoc(text: string): Doc {
  if (!text) return '';
  if (!text.includes('\n')) return [`/** ${text} */`, hardline];
  const lines = text.split('\n');
  return [join(hardline, ['/**', ...lines.map((l) => (l ? ` * ${l}` : ' *')), ' */']), hardline];
}

/** `{ a, b }` of an import or export: one specifier never breaks; more break one per line. */
function specifierList(specifiers: readonly string[]): Doc {
  if (specifiers.length === 1) return `{ ${specifiers[0]} }`;
  return group(['{', indent([line, join([',', line], [...specifiers])]), ifBreak(','), line, '}']);
}

/** The `{ a, b }` of an `export { … };` without a source (inside a namespace). */
export function exportSpecifiers(specifiers: readonly string[]): Doc {
  return specifierList(specifiers);
}

export function importDeclaration(specifiers: readonly string[], from: string, typeOnly = false): Doc {
  return [typeOnly ? 'import type ' : 'import ', specifierList(specifiers), ' from ', stringLiteral(from), ';'];
}

export function exportDeclaration(specifiers: readonly string[], from: string, typeOnly = false): Doc {
  return [typeOnly ? 'export type ' : 'export ', specifierList(specifiers), ' from ', stringLiteral(from), ';'];
}

/** `(a, b)`: all on one line, or one argument per line with a trailing comma. */
export function callArguments(args: readonly Doc[]): Doc {
  if (args.length === 0) return '()';
  return group(['(', indent([softline, join([',', line], [...args])]), ifBreak(','), softline, ')']);
}

/**
 * Parameters and return type break together, the parameter list first; a lone parameter before a
 * return type that breaks anyway keeps its own line (prettier's rule for grouping parameters).
 */
export function signature(name: string, params: readonly Doc[], returnType?: Doc): Doc {
  const list: Doc = params.length === 0 ? '()' : ['(', indent([softline, join([',', line], [...params])]), ifBreak(','), softline, ')'];
  const ret = returnType === undefined ? '' : [': ', returnType];
  return [name, group([params.length === 1 && returnType !== undefined && willBreak(returnType) ? group(list) : list, ret])];
}

export function block(statements: readonly Doc[]): Doc {
  if (statements.length === 0) return '{}';
  return ['{', indent([hardline, join(hardline, [...statements])]), hardline, '}'];
}

export function objectLiteral(properties: readonly Doc[]): Doc {
  if (properties.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], [...properties])]), ifBreak(','), line, '}']);
}

export function arrayLiteral(elements: readonly Doc[]): Doc {
  if (elements.length === 0) return '[]';
  return group(['[', indent([softline, join([',', line], [...elements])]), ifBreak(','), softline, ']']);
}

export type ValueKind = 'string' | 'unbreakable' | 'other';

/**
 * `key: value` in an object literal, with prettier's assignment layouts: a string value moves to
 * the next line when it does not fit, unless the key is shorter than 5 columns; template literals
 * and booleans never move; anything else stays beside the key and breaks inside itself.
 */
export function property(key: string, value: Doc, kind: ValueKind): Doc {
  const shortKey = key.length < 5;
  if (kind === 'unbreakable' || (kind === 'string' && shortKey)) return [key, ': ', value];
  if (kind === 'string') return group([key, ':', group(indent([line, value]))]);
  return fluidAssignment(key, ':', value);
}

/** `left = right` where the right side moves down only when even its first line cannot fit. */
export function fluidAssignment(left: Doc, operator: string, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([left, operator, group(indent(line), { id }), indentIfBreak(right, { groupId: id })]);
}

/**
 * `export class Name extends Base { … }`: `sections` are separated by a blank line (members inside
 * a section by a line break); no sections gives `{}`.
 */
export function classDeclaration(name: string, base: string, sections: readonly Doc[], docs: Doc = ''): Doc {
  const body = sections.length ? ['{', indent([hardline, join([hardline, hardline], [...sections])]), hardline, '}'] : '{}';
  return [docs, `export class ${name} extends ${base} `, body];
}

/** Header comment, imports, then declarations separated by blank lines; ends with a newline. */
export function sourceFile(header: string, imports: readonly Doc[], declarations: readonly Doc[]): Doc {
  const parts: Doc[] = [header.trimEnd(), hardline];
  if (imports.length) parts.push(join(hardline, [...imports]), hardline);
  if (declarations.length) parts.push(hardline, join([hardline, hardline], [...declarations]), hardline);
  return parts;
}

/** `name: Type = value;` or `static readonly Name = value;` in a class body. */
export function classProperty(left: string, value: Doc): Doc {
  return [fluidAssignment(left, ' =', value), ';'];
}
