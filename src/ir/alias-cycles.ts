// Named types that are aliases of themselves. A TypeScript alias may refer to itself only through
// something that defers it (an object's property, an array's items); through bare references,
// unions and intersections alone it is TS2456, and in the schema it has no finite meaning
// (`A: {$ref: A}`, `Pet: oneOf[Pets]` with `Pets: anyOf[Pet]`, `Ping → Pong → Ping`).
import type { NamedType, TypeRef } from './types.js';

/**
 * `Order: allOf[Order, {…}]` is satisfiable (an Order is an Order and has the fields): the self
 * member says nothing and goes. Returns the types with those members dropped.
 */
export function dropSelfIntersections(types: readonly NamedType[]): NamedType[] {
  return types.map((t) => {
    if (t.type.kind !== 'intersection') return t;
    const parts = t.type.parts.filter((p) => !(p.kind === 'ref' && p.name === t.name));
    if (parts.length === t.type.parts.length || parts.length === 0) return t;
    return { ...t, type: parts.length === 1 ? parts[0]! : { kind: 'intersection', parts } };
  });
}

/** The names a type reaches without passing through an object or an array. */
function aliasTargets(type: TypeRef, out: Set<string>): Set<string> {
  if (type.kind === 'ref') out.add(type.name);
  else if (type.kind === 'union') type.variants.forEach((v) => aliasTargets(v, out));
  else if (type.kind === 'intersection') type.parts.forEach((p) => aliasTargets(p, out));
  return out;
}

/**
 * Every cycle of alias edges, each once, as the names along it from its first name (by sort order)
 * back to that name: `['Ping', 'Pong', 'Ping']`.
 */
export function findAliasCycles(types: readonly NamedType[]): string[][] {
  const edges = new Map(types.map((t) => [t.name, [...aliasTargets(t.type, new Set())].sort()]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    if (done.has(start)) continue;
    // Iterative DFS from `start`: the stack is the current path, so a back edge to `start` is a cycle through it.
    const path = [start];
    const next = [0];
    // A name explored once from `start` without coming back is not explored again: linear per start.
    const visited = new Set([start]);
    let found: string[] | undefined;
    while (path.length && !found) {
      const node = path[path.length - 1]!;
      const targets = edges.get(node) ?? [];
      const i = next[next.length - 1]!;
      if (i >= targets.length) {
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const target = targets[i]!;
      if (target === start) found = [...path, start];
      else if (!visited.has(target) && !done.has(target) && edges.has(target)) {
        path.push(target);
        next.push(0);
        visited.add(target);
      }
    }
    if (found) {
      cycles.push(found);
      found.forEach((n) => done.add(n));
    }
    done.add(start);
  }
  return cycles;
}
