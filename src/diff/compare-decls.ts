// Exported types: renames first (a removed and an added type of the same shape), then each type
// present on both sides in the direction(s) it travels, then what was added or removed.
import type { TypeDecl } from '../plan/types.js';
import { type At, type DiffContext, type Direction } from './context.js';
import { compareDescription, compareType, shapeKey } from './compare-types.js';
import { LEVEL_ORDER } from './rules.js';
import type { Change } from './types.js';

export interface DeclSide {
  decls: readonly TypeDecl[];
  directions: ReadonlyMap<string, ReadonlySet<Direction>>;
  /** Spec location of a named type, when the IR is at hand. */
  locOf: (name: string) => string | undefined;
}

// Params types follow their methods and are compared there, field by field.
const exported = (decls: readonly TypeDecl[]) => new Map(decls.filter((d) => d.role !== 'params').map((d) => [d.name, d]));

export function findRenames(before: DeclSide, after: DeclSide, ctx: DiffContext): void {
  const o = exported(before.decls);
  const n = exported(after.decls);
  const removed = [...o.values()].filter((d) => !n.has(d.name));
  // Shape equality modulo docs and the renames found. The new side's shapes never change: keyed once.
  const added = new Map<string, string[]>();
  for (const d of n.values()) {
    if (o.has(d.name)) continue;
    const key = shapeKey(d.type, (x) => x);
    added.set(key, [...(added.get(key) ?? []), d.name]);
  }
  // Twice: a type whose fields name a renamed type matches only once that rename is known.
  for (let pass = 0; pass < 2; pass++) {
    const taken = new Set(ctx.renamed.values());
    for (const r of removed) {
      if (ctx.renamed.has(r.name)) continue;
      const same = (added.get(shapeKey(r.type, (x) => ctx.newName(x))) ?? []).filter((name) => !taken.has(name));
      if (same.length === 1) {
        ctx.renamed.set(r.name, same[0]!);
        taken.add(same[0]!);
      }
    }
  }
}

export function compareDecls(before: DeclSide, after: DeclSide, ctx: DiffContext): void {
  const o = exported(before.decls);
  const n = exported(after.decls);
  const renamedTo = new Set(ctx.renamed.values());
  for (const d of o.values()) {
    const newName = ctx.newName(d.name);
    const m = n.get(newName);
    const at = declAt(newName, after.locOf(newName) ?? before.locOf(d.name));
    if (!m) {
      ctx.add('type-removed', declAt(d.name, before.locOf(d.name)), 'removed');
      continue;
    }
    if (newName !== d.name) ctx.add('type-renamed', at, `renamed from ${d.name} (same shape)`);
    const dirs = new Set([...(before.directions.get(d.name) ?? []), ...(after.directions.get(newName) ?? [])]);
    compareInDirections(d, m, dirs.size ? [...dirs] : ['response'], at, ctx);
    compareDescription(d.description, m.description, at, ctx);
  }
  for (const d of n.values()) {
    if (!o.has(d.name) && !renamedTo.has(d.name)) ctx.add('type-added', declAt(d.name, after.locOf(d.name)), 'added');
  }
}

function declAt(name: string, loc: string | undefined): At {
  return { sdk: name, spec: loc?.includes('#') ? loc.slice(loc.indexOf('#')) : name, subject: name, ...(loc ? { loc } : {}) };
}

/** A type sent and received is held to both rules; per place, the stricter verdict is kept. */
function compareInDirections(o: TypeDecl, n: TypeDecl, dirs: readonly Direction[], at: At, ctx: DiffContext): void {
  const found = dirs.map((dir) => {
    const side = ctx.fork();
    compareType(o.type, n.type, dir, at, side);
    return side.changes;
  });
  const worst = new Map<string, Change>();
  for (const c of found.flat()) {
    const key = c.kind === 'description-changed' ? c.where.sdk + c.kind : c.where.sdk;
    const kept = worst.get(key);
    if (!kept || LEVEL_ORDER.indexOf(c.level) < LEVEL_ORDER.indexOf(kept.level)) worst.set(key, c);
  }
  ctx.changes.push(...worst.values());
}
