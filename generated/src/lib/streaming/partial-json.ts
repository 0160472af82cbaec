// Tool input arrives as JSON text cut at arbitrary points (`{"city": "Par`). This reads such a prefix
// as the value it has settled so far: members whose value is not finished yet are left out, open
// objects and arrays are closed. The choices follow the official SDK's parser so snapshots agree:
// an unfinished string, literal or number (`1.`, `-`) is dropped with its key, and in an array still
// open at the end, the trailing strings and numbers after a comma are dropped (the last one may be
// cut short, and the rule is applied back to the first non-string, non-number item).

/** Input that is not a prefix of any JSON text. */
export class PartialJSONError extends Error {
  override readonly name: string = 'PartialJSONError';
}

const UNFINISHED = Symbol('unfinished');
type Parsed = unknown | typeof UNFINISHED;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  get atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      this.pos++;
    }
  }

  fail(what: string): never {
    throw new PartialJSONError(`${what} at position ${this.pos} of ${JSON.stringify(this.text)}`);
  }
}

/** The value a JSON prefix has settled on so far; `{}` for empty input. Throws on input that is not JSON. */
export function parsePartialJson(text: string): unknown {
  const reader = new Reader(text);
  if (reader.atEnd) return {};
  const value = readValue(reader);
  if (!reader.atEnd) reader.fail('Unexpected text after the value');
  return value === UNFINISHED ? {} : value;
}

function readValue(r: Reader): Parsed {
  r.skipSpace();
  const c = r.text[r.pos];
  if (c === '{') return readObject(r);
  if (c === '[') return readArray(r);
  if (c === '"') return readString(r);
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return readNumber(r);
  return readLiteral(r);
}

function readString(r: Reader): Parsed {
  const text = r.text;
  const start = r.pos;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34 /* " */) {
      r.pos = i + 1;
      return JSON.parse(text.slice(start, r.pos)) as string;
    }
  }
  r.pos = text.length;
  return UNFINISHED;
}

function readNumber(r: Reader): Parsed {
  const text = r.text;
  const start = r.pos;
  while (r.pos < text.length && /[-+.eE0-9]/.test(text[r.pos]!)) r.pos++;
  const literal = text.slice(start, r.pos);
  // Only a number cut off by the end of the input can be unfinished.
  if (r.pos >= text.length && /[-+.eE]$/.test(literal)) return UNFINISHED;
  const value = Number(literal);
  if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(literal)) r.fail(`Bad number ${literal}`);
  return value;
}

const LITERALS: ReadonlyArray<[string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

function readLiteral(r: Reader): Parsed {
  const rest = r.text.slice(r.pos, r.pos + 5);
  for (const [word, value] of LITERALS) {
    if (rest.startsWith(word)) {
      r.pos += word.length;
      return value;
    }
    if (r.pos + rest.length >= r.text.length && word.startsWith(rest)) {
      r.pos = r.text.length;
      return UNFINISHED;
    }
  }
  return r.fail('Unexpected character');
}

function readObject(r: Reader): Parsed {
  const object: Record<string, unknown> = {};
  r.pos++; // {
  for (;;) {
    if (r.atEnd) return object;
    if (r.text[r.pos] === '}') {
      r.pos++;
      return object;
    }
    if (r.text[r.pos] !== '"') r.fail('Expected a key');
    const key = readString(r);
    if (key === UNFINISHED || r.atEnd) return object;
    if (r.text[r.pos] !== ':') r.fail('Expected a colon');
    r.pos++;
    if (r.atEnd) return object;
    const value = readValue(r);
    if (value === UNFINISHED) return object;
    object[key as string] = value;
    if (r.atEnd) return object;
    const c = r.text[r.pos++];
    if (c === '}') return object;
    if (c !== ',') r.fail('Expected a comma');
  }
}

function readArray(r: Reader): Parsed {
  const array: unknown[] = [];
  r.pos++; // [
  for (;;) {
    if (r.atEnd) return dropUnsettledTail(array);
    if (r.text[r.pos] === ']' && array.length === 0) {
      r.pos++;
      return array;
    }
    const value = readValue(r);
    if (value === UNFINISHED) return dropUnsettledTail(array);
    array.push(value);
    if (r.atEnd) return dropUnsettledTail(array);
    const c = r.text[r.pos++];
    if (c === ']') return array;
    if (c !== ',') r.fail('Expected a comma');
  }
}

/** An array the input ends inside: strings and numbers after a comma at its end are not trusted. */
function dropUnsettledTail(array: unknown[]): unknown[] {
  while (array.length > 1) {
    const last = array[array.length - 1];
    if (typeof last !== 'string' && typeof last !== 'number') break;
    array.pop();
  }
  return array;
}
