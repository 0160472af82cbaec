// The columns a string takes, as prettier counts them (its getStringWidth): printable ASCII is one
// column a character; otherwise emoji take two (one for those shown as text by default), East Asian
// wide and fullwidth characters two, control characters and combining marks none. The tests check
// every code point against prettier's count.
import emojiRegex from 'emoji-regex';
import { eastAsianWidth } from 'get-east-asian-width';

export function stringWidth(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7f) return wideStringWidth(text);
  }
  return text.length;
}

const EMOJI = emojiRegex();
const ZERO_WIDTH_MARK = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
/**
 * One code point that is an emoji shown as text unless asked otherwise (©, ↔, ☺): one column, when
 * it is not East Asian wide and takes no skin tone.
 */
const TEXT_STYLE_EMOJI = /^(?![\p{Emoji_Presentation}\p{Emoji_Modifier_Base}])\p{Emoji}$/u;

function wideStringWidth(text: string): number {
  let width = 0;
  const rest = text.replace(EMOJI, (emoji) => {
    width += TEXT_STYLE_EMOJI.test(emoji) && eastAsianWidth(emoji.codePointAt(0)!) === 1 ? 1 : 2;
    return '';
  });
  for (const ch of rest) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) continue;
    if (ZERO_WIDTH_MARK.test(ch)) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}
