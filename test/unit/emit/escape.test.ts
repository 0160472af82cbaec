import { describe, expect, it } from 'vitest';
import { propertyAccess, toDocText, toPropertyKey, toStringLiteral, toTemplatePart } from '../../../src/emit/escape.js';

describe('escape', () => {
  it.each([
    ['plain', 'abc', "'abc'"],
    ['backslash', `a \\ path`, `'a \\\\ path'`],
    // prettier's quote choice: double quotes when the text holds more single than double quotes
    ['single quote', `it's`, `"it's"`],
    ['both quotes, singles win', `it's 'x' "y"`, `"it's 'x' \\"y\\""`],
    ['both quotes, tie', `'a' "b"`, `'\\'a\\' "b"'`],
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
  });

  it('template parts cannot end the literal or open a substitution', () => {
    const part = toTemplatePart('a`b${c}\\');
    expect(eval('`' + part + '`')).toBe('a`b${c}\\');
  });
});
