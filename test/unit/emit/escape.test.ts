import { describe, expect, it } from 'vitest';
import { propertyAccess, toDocText, toJsDoc, toPropertyKey, toStringLiteral, toTemplatePart } from '../../../src/emit/escape.js';

describe('escape', () => {
  it.each([
    ['plain', 'abc', "'abc'"],
    ['quote and backslash', `it's a \\ path`, `'it\\'s a \\\\ path'`],
    ['line terminators', 'a\nb\rc\u2028d', "'a\\nb\\rc\\u2028d'"],
  ])('toStringLiteral: %s', (_n, given, want) => {
    expect(toStringLiteral(given)).toBe(want);
    expect(eval(toStringLiteral(given))).toBe(given);
  });

  it.each([
    ['identifier', 'max_tokens', 'max_tokens'],
    ['hyphen', 'anthropic-beta', "'anthropic-beta'"],
    ['leading digit', '2fa', "'2fa'"],
    ['plus sign', '+1', "'+1'"],
    ['__proto__', '__proto__', "'__proto__'"],
  ])('toPropertyKey: %s', (_n, given, want) => {
    expect(toPropertyKey(given)).toBe(want);
  });

  it('propertyAccess quotes what is not an identifier', () => {
    expect(propertyAccess('params', 'skill_id')).toBe('params.skill_id');
    expect(propertyAccess('params', 'skill-id')).toBe("params['skill-id']");
  });

  it('doc text cannot close its comment or start a tag', () => {
    expect(toDocText('ends */ here\\n@param x')).toBe('ends *\\/ here\n\\@param x');
    expect(toJsDoc('a */ b')).toBe('/** a *\\/ b */');
  });

  it('template parts cannot end the literal or open a substitution', () => {
    const part = toTemplatePart('a`b${c}\\');
    expect(eval('`' + part + '`')).toBe('a`b${c}\\');
  });
});
