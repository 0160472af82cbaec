// What every comparer shares: the two sides' named types, the renames found, and the sink for changes.
import type { TypeRef } from '../ir/types.js';
import { RULES } from './rules.js';
import type { Change, ChangeKind, Where } from './types.js';

export type Direction = 'request' | 'response';

/** Where a comparer is: the SDK path so far, the spec location, and the method or type it belongs to. */
export interface At extends Where {
  subject: string;
}

export class DiffContext {
  readonly changes: Change[] = [];
  /** Old type name → new type name, for types found renamed with the same shape. */
  readonly renamed = new Map<string, string>();

  constructor(
    readonly oldTypes: ReadonlyMap<string, TypeRef>,
    readonly newTypes: ReadonlyMap<string, TypeRef>,
  ) {}

  add(kind: ChangeKind, at: At, message: string): void {
    const rule = RULES[kind];
    const where = { sdk: at.sdk, spec: at.spec, ...(at.loc ? { loc: at.loc } : {}) };
    this.changes.push({ kind, level: rule.level, surface: rule.surface, where, message, subject: at.subject });
  }

  /** A context for a side comparison (a type seen from the other direction), sharing the renames. */
  fork(): DiffContext {
    const forked = new DiffContext(this.oldTypes, this.newTypes);
    for (const [a, b] of this.renamed) forked.renamed.set(a, b);
    return forked;
  }

  /** The name an old type has on the new side. */
  newName(oldName: string): string {
    return this.renamed.get(oldName) ?? oldName;
  }
}

export const child = (at: At, segment: string): At => ({ ...at, sdk: segment === '[]' ? `${at.sdk}[]` : `${at.sdk}.${segment}` });
