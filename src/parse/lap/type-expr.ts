// Recursive-descent parser for LAP type expressions and braced field lists (LAP v0.3 §3–4).
// Works on one line of text; positions are 0-based offsets into that line.
import type { Property, TypeRef } from '../../ir/types.js';

export class LapSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A field as written in a braced list, before the caller decides what it means. */
export interface RawField {
  name: string;
  /** `name!:` — required inside a nested `map{…}`. */
  bang: boolean;
  type: TypeRef;
  defaultText?: string;
  description?: string;
  offset: number;
}

// Sticky (`y`) patterns, matched at an offset of the line (matchAt) rather than on a copy of its rest.
const FIELD_START = /([A-Za-z0-9_$+\-@/][A-Za-z0-9_$.+\-@/[\]]*?)(!?): /y;
const TYPE_WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const TOP_LEVEL_CLOSE = /\s*(?:#.*)?$/y;
const NESTED_CLOSE = /(?:$|[,}\]?=]| #)/y;

const PRIMITIVES: Record<string, TypeRef> = {
  str: { kind: 'primitive', name: 'string' },
  int: { kind: 'primitive', name: 'integer' },
  num: { kind: 'primitive', name: 'number' },
  float: { kind: 'primitive', name: 'number' },
  bool: { kind: 'primitive', name: 'boolean' },
  any: { kind: 'unknown' },
};

/** What may follow a complete type: another field, the end of a list, a default, a comment, or a closing bracket. */
const AFTER_TYPE = /(?:$|[,}\]=]| #| *$)/y;

/**
 * How deep `[…]` and `map{…}` may nest. Real files stay under 8; 500 levels made `tsc` itself
 * overflow its stack on the output, so past this the line is refused.
 */
export const MAX_TYPE_NESTING = 32;

export class TypeExprParser {
  pos = 0;
  private nesting = 0;
  /** Tolerated oddities, reported by the caller as warnings. */
  readonly warnings: { message: string; offset: number }[] = [];
  constructor(
    readonly text: string,
    /** Where `text` sits in its file, so every property gets a real line and column. */
    readonly where: { file: string; line: number; colBase: number } = { file: '', line: 0, colBase: 0 },
  ) {}

  private matchAt(pattern: RegExp, at: number): RegExpExecArray | null {
    pattern.lastIndex = at;
    return pattern.exec(this.text);
  }

  private peek(n = 0): string {
    return this.text[this.pos + n] ?? '';
  }

  private fail(message: string, at = this.pos): never {
    throw new LapSyntaxError(message, at);
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) this.fail(this.peek() ? `expected '${ch}' but found '${this.peek()}'` : `expected '${ch}' but the line ended`);
    this.pos++;
  }

  /** type := base '?'? ; nullable wraps in a union with null. `map?{…}` puts the `?` before the braces. */
  parseType(): TypeRef {
    if (++this.nesting > MAX_TYPE_NESTING) this.fail(`types nest deeper than ${MAX_TYPE_NESTING} levels of [] and map{}`);
    try {
      return this.parseTypeInner();
    } finally {
      this.nesting--;
    }
  }

  private parseTypeInner(): TypeRef {
    const start = this.pos;
    let nullable = false;
    let type: TypeRef;
    if (this.peek() === '[') {
      this.pos++;
      const items = this.parseType();
      this.expect(']');
      type = { kind: 'array', items };
    } else {
      const word = this.matchAt(TYPE_WORD, this.pos)?.[0];
      if (!word) this.fail(this.peek() ? `expected a type but found '${this.peek()}'` : 'expected a type but the line ended');
      this.pos += word.length;
      if (word === 'map') {
        if (this.peek() === '?' && this.peek(1) === '{') {
          nullable = true;
          this.pos++;
        }
        if (this.peek() === '{') {
          type = { kind: 'object', properties: this.parseFieldList(false).map((f) => this.toProperty(f)) };
        } else {
          type = { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } };
        }
      } else if (word === 'enum') {
        type = { kind: 'enum', values: this.parseEnumValues() };
      } else if (word in PRIMITIVES) {
        type = { ...PRIMITIVES[word]! };
        if (this.peek() === '(') {
          const argStart = this.pos;
          const arg = this.parseParenArg();
          if (type.kind !== 'primitive') this.fail(`'${word}' takes no format`, argStart);
          // `str(a/b)` is an inline enum; `str(email)` and `int(int64)` are format hints.
          if (arg.includes('/')) {
            const numeric = type.name !== 'string';
            type = { kind: 'enum', values: arg.split('/').map((v) => (numeric && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)) };
          } else {
            type = { ...type, format: arg };
          }
        }
      } else if (/^[A-Z]/.test(word)) {
        type = { kind: 'ref', name: word };
      } else {
        this.fail(`unknown type '${word}'`, start);
      }
    }
    if (this.peek() === '?') {
      nullable = true;
      this.pos++;
    }
    return nullable ? { kind: 'union', variants: [type, { kind: 'null' }] } : type;
  }

  private parseParenArg(): string {
    const open = this.pos;
    this.expect('(');
    const close = this.text.indexOf(')', this.pos);
    if (close < 0) this.fail("unbalanced '(' in type", open);
    const arg = this.text.slice(this.pos, close);
    this.pos = close + 1;
    return arg;
  }

  private parseEnumValues(): (string | number)[] {
    const arg = this.parseParenArg();
    return arg.split('/').map((v) => v.trim());
  }

  /**
   * fields := '{' field (', ' field)* '}'. `topLevel` lists end the line (optionally followed by
   * ` # comment`); nested lists end at a `}` followed by something a type may be followed by.
   */
  parseFieldList(topLevel: boolean): RawField[] {
    const open = this.pos;
    this.expect('{');
    const fields: RawField[] = [];
    if (this.peek() === '}') {
      this.pos++;
      return fields;
    }
    for (;;) {
      const fieldStart = this.pos;
      const head = this.matchAt(FIELD_START, this.pos);
      if (!head) {
        if (!this.peek()) this.fail("unbalanced '{': the line ended inside a field list", open);
        this.fail(`expected 'name: type' but found '${this.text.slice(this.pos, this.pos + 20)}'`);
      }
      this.pos += head[0].length;
      const field: RawField = { name: head[1]!, bang: head[2] === '!', type: this.parseType(), offset: fieldStart };
      this.skipRepeatedType(field);
      if (this.peek() === '=') {
        this.pos++;
        field.defaultText = this.readDefault(topLevel);
      }
      if (this.text.startsWith(' #', this.pos)) {
        const descStart = this.pos + 2;
        const end = this.findDescriptionEnd(descStart, topLevel);
        if (end < 0) this.fail("unbalanced '{': no closing '}' after the description", open);
        field.description = this.text.slice(descStart, end).trim();
        this.pos = end;
      }
      fields.push(field);
      if (this.peek() === '}') {
        this.pos++;
        return fields;
      }
      if (this.peek() === ',') {
        this.pos++;
        while (this.peek() === ' ') this.pos++;
        continue;
      }
      if (!this.peek()) this.fail("unbalanced '{': the line ended inside a field list", open);
      this.fail(`expected ',' or '}' after field '${field.name}' but found '${this.peek()}'`);
    }
  }

  /**
   * A default is a bare token, but real files write `=owner,collaborator` and `=[]`: it runs to a
   * space, a field boundary, a `}` that can close the list, or a `]` it did not open.
   */
  private readDefault(topLevel: boolean): string {
    const start = this.pos;
    let depth = 0;
    for (; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (ch === ' ') break;
      if (ch === '[') depth++;
      if (ch === ']' && depth-- === 0) break;
      if (ch === ',' && this.isFieldBoundary(this.pos + 1)) break;
      if (ch === '}' && this.canCloseList(this.pos, topLevel)) break;
    }
    return this.text.slice(start, this.pos);
  }

  /** Some generators emit `name: [str]: any`; the first type is the real one, the rest is dropped. */
  private skipRepeatedType(field: RawField): void {
    while (this.text.startsWith(': ', this.pos)) {
      const probe = new TypeExprParser(this.text, this.where);
      probe.pos = this.pos + 2;
      try {
        probe.parseType();
      } catch {
        return;
      }
      this.warnings.push({ message: `field '${field.name}' has a second type '${this.text.slice(this.pos + 2, probe.pos)}'; it is ignored`, offset: this.pos });
      this.pos = probe.pos;
    }
  }

  private canCloseList(at: number, topLevel: boolean): boolean {
    return this.matchAt(topLevel ? TOP_LEVEL_CLOSE : NESTED_CLOSE, at + 1) !== null;
  }

  /**
   * Descriptions are not delimited and may hold commas, braces and backticks. A description ends at
   * the first `, name: <type>` whose type parses and is followed by what may follow a type, or at a
   * `}` that can close the list: end of line (or ` # …`) at top level, a type terminator when nested.
   */
  private findDescriptionEnd(from: number, topLevel: boolean): number {
    for (let i = from; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === ',' && this.isFieldBoundary(i + 1)) return i;
      if (ch === '}' && this.canCloseList(i, topLevel)) return i;
    }
    return -1;
  }

  private isFieldBoundary(at: number): boolean {
    let i = at;
    while (this.text[i] === ' ') i++;
    if (i === at) return false;
    const head = this.matchAt(FIELD_START, i);
    if (!head) return false;
    const probe = new TypeExprParser(this.text, this.where);
    probe.pos = i + head[0].length;
    try {
      probe.parseType();
    } catch {
      return false;
    }
    return this.matchAt(AFTER_TYPE, probe.pos) !== null;
  }

  toProperty(field: RawField): Property {
    return {
      name: field.name,
      type: field.type,
      required: field.bang,
      ...(field.description ? { description: field.description } : {}),
      ...(field.defaultText !== undefined ? { default: coerceDefault(field.defaultText, field.type) } : {}),
      loc: this.locAt(field.offset),
    };
  }

  locAt(offset: number): { file: string; line: number; col: number } {
    return { file: this.where.file, line: this.where.line, col: this.where.colBase + offset + 1 };
  }
}

/** LAP defaults are bare tokens; give them the JSON type their field has (`=False` on a bool is false). */
export function coerceDefault(text: string, type: TypeRef): string | number | boolean | null {
  const base = type.kind === 'union' ? (type.variants.find((v) => v.kind !== 'null') ?? type) : type;
  if (base.kind === 'primitive' && base.name === 'boolean' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (base.kind === 'primitive' && (base.name === 'integer' || base.name === 'number') && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text)) return Number(text);
  if (/^(none|null)$/i.test(text) && base.kind !== 'primitive') return null;
  return text;
}
