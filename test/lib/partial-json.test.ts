// The partial JSON parser against the official SDK's on every prefix of tool inputs, so that
// `inputJson` snapshots and `currentMessage` agree mid-stream; and on its own on bad input.
import { partialParse } from '@anthropic-ai/sdk/_vendor/partial-json-parser/parser';
import { describe, expect, it } from 'vitest';
import { PartialJSONError, parsePartialJson } from '../../generated/src/lib/streaming/partial-json.js';

const documents = [
  '{"location": "San Francisco, CA", "unit": "celsius"}',
  '{"query":"weather in Paris","max_results":12,"ratio":-1.5e-3,"exact":true,"filter":null,"off":false}',
  '{"items": [1, 22, 333, {"a": "b"}, [true, false, null], "x", -4.25E+2], "nested": {"deep": {"deeper": []}}}',
  '{"text": "quote \\" backslash \\\\ unicode \\u00e9 emoji 😀 newline \\n end", "tags": ["a", "b", "c"]}',
  '{ "spaced" :  [ 1 ,  2 ] ,\n "tab":\t"v" }',
  '{"list": [{"id": 1, "name": "one"}, {"id": 2, "name": "two"}], "empty": {}, "none": []}',
  '[1, "two", [3, "four"], {"five": 5}]',
];

describe('parsePartialJson', () => {
  it.each(documents)('agrees with the official parser on every prefix of %s', (doc) => {
    for (let end = 1; end <= doc.length; end++) {
      const prefix = doc.slice(0, end);
      let official: unknown;
      try {
        official = partialParse(prefix);
      } catch {
        continue; // prefixes the official parser rejects (a lone `-` at the top) have no reference value
      }
      expect([prefix, parsePartialJson(prefix)]).toEqual([prefix, official]);
    }
    expect(parsePartialJson(doc)).toEqual(JSON.parse(doc));
  });

  it.each([
    ['empty input', '', {}],
    ['whitespace only', '  \n', {}],
    ['a key without its value', '{"a": 1, "b":', { a: 1 }],
    ['an unfinished literal', '{"a": nu', {}],
    ['an unfinished number', '{"a": 1.', {}],
    ['an unfinished escape', '{"a": "x\\', {}],
  ])('%s', (_name, given, want) => {
    expect(parsePartialJson(given)).toEqual(want);
  });

  it.each([
    ['a bare word', '{"a": nope}'],
    ['a missing colon', '{"a" 1}'],
    ['text after the value', '{"a": 1} x'],
    ['a bad number', '{"a": 01}'],
  ])('rejects %s with a PartialJSONError naming the position', (_name, given) => {
    expect(() => parsePartialJson(given)).toThrow(PartialJSONError);
    expect(() => parsePartialJson(given)).toThrow(/at position \d+/);
  });
});
