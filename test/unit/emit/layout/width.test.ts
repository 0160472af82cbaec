// Column counts decide where lines break, so ours must be prettier's for every character.
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { stringWidth } from '../../../../src/emit/layout/width.js';

describe('stringWidth counts as prettier does', () => {
  it('every code point on its own, and after a Latin letter', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (stringWidth(ch) !== prettier.util.getStringWidth(ch)) differ.push(cp.toString(16));
      if (stringWidth(`é${ch}`) !== prettier.util.getStringWidth(`é${ch}`)) differ.push(`é${cp.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    'plain ascii',
    'tab\tand\nnewline',
    "'日本語のテキスト'",
    'e\u0301 combining',
    '👍🏽 skin tone, 👨‍👩‍👧 family, 🇫🇷 flag, 1️⃣ keycap, ☺️ and ☺',
    '©® ™ ↔ text-style emoji',
    '\u200b zero width space, \u00ad soft hyphen',
    'ｆｕｌｌｗｉｄｔｈ and ﾊﾝｶｸ',
    'prose: café, naïve — “quoted” ’n’ … • ‰ \u00ad\u200b\u200d\u2028',
    'punctuation next to emoji: ‼️ ⁉ ©️ ® \u00a0',
    'C1 controls \u0085\u009f and delete \u007f with é',
  ])('%s', (text) => {
    expect(stringWidth(text)).toBe(prettier.util.getStringWidth(text));
  });
});
