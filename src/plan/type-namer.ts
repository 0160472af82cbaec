// Names and declares the generated types: `<Resource><Method>Params` / `…Response`, overlay names,
// spec-named types. Names are unique across the package, so `index.ts` can re-export them all.
import type { Diagnostic, Loc, TypeRef } from '../ir/types.js';
import { claimUnique, pascalCase, RESERVED_TYPE_NAMES, singular } from './names.js';
import type { PlannedParam, TypeDecl } from './types.js';

/** A type or class name may not start with a digit (`3d_secure` → `_3dSecure…`). */
export const typeIdentifier = (name: string) => (/^\d/.test(name) ? `_${name}` : name || 'Root');

export class TypeNamer {
  readonly decls: TypeDecl[] = [];
  private readonly taken = new Set<string>(RESERVED_TYPE_NAMES);
  private readonly byName = new Map<string, TypeDecl>();
  private readonly pending: { name: string; loc: Loc }[] = [];

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** Claims a name outright (client and class names, spec-declared types). */
  reserve(name: string): string {
    return claimUnique(name, this.taken);
  }

  /** Picks the stem for a method's types: `BatchList`, or `MessageBatchList` when that is taken. */
  stem(resource: readonly string[], method: string, variantPrefix: string): string {
    const segments = resource[0] === 'beta' && variantPrefix ? resource.slice(1) : resource;
    const last = segments[segments.length - 1] ?? 'Root';
    // Only the params name must be free: a response type is declared only for some methods and takes a suffix if it clashes.
    const free = (s: string) => !this.taken.has(`${s}Params`) && !this.taken.has(s);
    const short = typeIdentifier(variantPrefix + pascalCase(singular(last)) + pascalCase(method));
    const long = typeIdentifier(variantPrefix + segments.map((s) => pascalCase(singular(s))).join('') + pascalCase(method));
    let stem = free(short) ? short : long;
    for (let n = 2; !free(stem); n++) stem = `${long}${n}`;
    this.taken.add(stem);
    return stem;
  }

  declare(name: string, type: TypeRef, owner: readonly string[], role: TypeDecl['role'], description?: string, extendsNames?: string[]): TypeRef {
    const unique = claimUnique(name, this.taken);
    const decl: TypeDecl = { name: unique, type, owner: owner.join('.'), role, ...(description ? { description } : {}), ...(extendsNames ? { extends: extendsNames } : {}) };
    this.decls.push(decl);
    this.byName.set(unique, decl);
    return { kind: 'ref', name: unique };
  }

  /** An overlay-given name several endpoints share (`MessageBatch`): declared once, by the first. */
  declareShared(name: string, type: TypeRef, owner: readonly string[], loc: Loc, description?: string): TypeRef {
    const existing = this.byName.get(name);
    if (existing) {
      // Endpoints that share a name may describe it with different detail; keep the richest.
      if (existing.type.kind === 'unknown' && type.kind !== 'unknown') existing.type = type;
      return { kind: 'ref', name };
    }
    if (RESERVED_TYPE_NAMES.has(name)) {
      this.diagnostics.push({ severity: 'error', code: 'plan/reserved-type', message: `type name '${name}' is used by the generated runtime; pick another`, loc });
    }
    this.taken.add(name);
    const decl: TypeDecl = { name, type, owner: owner.join('.'), role: 'model', ...(description ? { description } : {}) };
    this.decls.push(decl);
    this.byName.set(name, decl);
    return { kind: 'ref', name };
  }

  declareParams(name: string, params: readonly PlannedParam[], owner: readonly string[]): string {
    const type: TypeRef = {
      kind: 'object',
      properties: params.map((p) => ({
        name: p.name,
        type: p.type,
        required: p.required,
        ...(p.description ? { description: p.description } : {}),
        ...(p.default !== undefined ? { default: p.default } : {}),
        loc: { file: '', line: 0, col: 0 },
      })),
    };
    name = claimUnique(name, this.taken);
    const decl: TypeDecl = { name, type, owner: owner.join('.'), role: 'params' };
    this.decls.push(decl);
    this.byName.set(name, decl);
    return name;
  }

  /** A reference to a type another endpoint declares; checked once every endpoint is planned. */
  refLater(name: string, loc: Loc): TypeRef {
    this.pending.push({ name, loc });
    return { kind: 'ref', name };
  }

  /** A second name for a declared type (the overlay's `types:`), declared beside it as `type Name = Target`. */
  alias(name: string, target: string, loc: Loc): void {
    const decl = this.byName.get(target);
    if (!decl) {
      this.diagnostics.push({ severity: 'error', code: 'config/unknown-type', message: `type alias '${name}': '${target}' is not a type of the package`, loc });
    } else if (this.taken.has(name)) {
      this.diagnostics.push({ severity: 'error', code: 'plan/name-clash', message: `type alias '${name}' is a name the package already uses`, loc });
    } else {
      this.taken.add(name);
      const alias: TypeDecl = { name, type: { kind: 'ref', name: target }, owner: decl.owner, role: 'model', description: `Another name for \`${target}\`.` };
      this.decls.push(alias);
      this.byName.set(name, alias);
    }
  }

  isTaken(name: string): boolean {
    return this.taken.has(name);
  }

  checkPending(): void {
    for (const { name, loc } of this.pending) {
      if (!this.byName.has(name)) this.diagnostics.push({ severity: 'error', code: 'config/unknown-type', message: `itemType '${name}' is not a type any endpoint declares`, loc });
    }
  }
}
