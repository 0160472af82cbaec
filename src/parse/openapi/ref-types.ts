// A `$ref` that points inside a schema (`#/components/schemas/Payment/definitions/paymentLine`,
// `…/Transfer/properties/account/properties/currency`) names a type as much as a component does.
// Typing it in place at every use re-expands targets that contain such refs themselves, which is
// exponential in the nesting; so each target becomes a named type, converted and printed once,
// with a name that follows from its pointer.
import type { NamedType } from '../../ir/types.js';
import { pascalCase } from '../../ir/case.js';
import { isObject, report, resolvePointer, type WalkContext } from './document.js';
import { schemaToType } from './schema.js';

/** Pointer segments that only say where a schema sits; the name keeps the words around them. */
const STRUCTURAL = new Set(['components', 'schemas', 'definitions', '$defs', 'properties', 'paths', 'responses', 'content', 'schema']);
/** `application/json` in `…/content/application~1json/schema`: says nothing about the type. */
const MEDIA_TYPE = /^[a-z]+\/[\w.+-]+$/;

/** The type name for the schema at `ref`, declaring it on first use; undefined if `ref` points at nothing. */
export function refTypeName(ctx: WalkContext, ref: string, from: string): string | undefined {
  const known = ctx.schemaNames.get(ref);
  if (known) return known;
  const target = resolvePointer(ctx.doc, ref);
  if (target === undefined) {
    report(ctx, 'error', 'openapi/bad-ref', `$ref '${ref}' points at nothing`, from);
    return undefined;
  }
  const name = nameFor(ctx, ref);
  // Registered before converting, so a target that refers back to itself is a recursive named type.
  ctx.schemaNames.set(ref, name);
  ctx.schemaPointers.set(name, ref);
  const named: NamedType = { name, type: { kind: 'unknown' }, loc: { file: ctx.file, pointer: ref.replace(/^#/, '') || '/' } };
  (ctx.refTypes ??= []).push(named);
  named.type = schemaToType(ctx, target, ref);
  if (isObject(target) && typeof target['description'] === 'string') named.description = target['description'];
  ctx.namedTypes?.set(name, named.type);
  return name;
}

/**
 * `Payment/definitions/paymentLine` → `PaymentPaymentLine`, `/paths/~1v2~1keys/get/responses/200/…/allOf/1`
 * → `V2KeysGet200AllOf1`; if taken, the structural words stay in.
 */
function nameFor(ctx: WalkContext, ref: string): string {
  const taken = (ctx.takenNames ??= new Set());
  const segments = ref.replace(/^#\/?/, '').split('/').map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  const join = (parts: string[]) => {
    const name = parts.map((p) => pascalCase(p) || '').join('') || 'Schema';
    return /^\d/.test(name) ? `T${name}` : name;
  };
  const short = join(segments.filter((s) => !STRUCTURAL.has(s) && !MEDIA_TYPE.test(s)));
  const long = join(segments.filter((s, i) => i > 1 || !STRUCTURAL.has(s)));
  let name = !taken.has(short) ? short : long;
  for (let n = 2; taken.has(name); n++) name = `${long}${n}`;
  taken.add(name);
  return name;
}
