// A LAP type name must be declared: `x: Undeclared` or `price: Str` would reach the output as a
// name nothing defines. Checked once the whole file is read, since `@type`s may come in any order.
import type { Api, Diagnostic, Loc, Property, TypeRef } from '../../ir/types.js';

const PRIMITIVE_WORDS = new Set(['str', 'int', 'num', 'float', 'bool', 'any', 'map', 'enum']);

/** Every named use: fields and params (at their own column), and `@body → Name` lines. */
export function checkTypeRefs(api: Api, bodyRefs: readonly { name: string; loc: Loc }[]): Diagnostic[] {
  const declared = new Set(api.types.map((t) => t.name));
  const diagnostics: Diagnostic[] = [];
  const check = (name: string, loc: Loc) => {
    if (declared.has(name)) return;
    const hint = PRIMITIVE_WORDS.has(name.toLowerCase()) ? ` (did you mean '${name.toLowerCase()}'?)` : '';
    diagnostics.push({ severity: 'error', code: 'lap/undeclared-type', message: `type '${name}' is not declared by any '@type ${name} {…}'${hint}`, loc });
  };
  const visit = (type: TypeRef, loc: Loc): void => {
    switch (type.kind) {
      case 'ref':
        return check(type.name, loc);
      case 'array':
        return visit(type.items, loc);
      case 'union':
        return type.variants.forEach((v) => visit(v, loc));
      case 'intersection':
        return type.parts.forEach((p) => visit(p, loc));
      case 'object':
        // Nested fields carry their own column.
        type.properties.forEach((p: Property) => visit(p.type, p.loc));
        if (type.additionalProperties) visit(type.additionalProperties, loc);
        return;
      default:
        return;
    }
  };
  for (const t of api.types) visit(t.type, t.loc);
  for (const p of api.commonParams) visit(p.type, p.loc);
  for (const op of api.operations) {
    for (const p of op.params) visit(p.type, p.loc);
    for (const r of op.responses) if (r.type) visit(r.type, r.loc);
  }
  for (const ref of bodyRefs) check(ref.name, ref.loc);
  return diagnostics;
}
