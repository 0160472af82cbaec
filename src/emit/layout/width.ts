// The columns a string takes, as prettier counts them (its getStringWidth): printable ASCII is one
// column a character; otherwise emoji take two (one for those shown as text by default), East Asian
// wide and fullwidth characters two, control characters and combining marks none. The tests check
// every code point against prettier's count.
import emojiRegex from 'emoji-regex';
import { eastAsianWidth } from 'get-east-asian-width';

export function stringWidth(text: string): number {
  // A regular expression scans in native code from the first call; emit runs once, mostly unoptimised.
  return NOT_PRINTABLE_ASCII.test(text) ? latinWidth(text) : text.length;
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7f]/;

/**
 * Text of controls, Latin letters and general punctuation (é, ’, —, …), as spec prose has it, needs
 * no emoji or width lookup: one column each, controls none. Anything else takes the full count.
 */
function latinWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) continue;
    // Below combining marks (0x300), bar the emoji © and ®; general punctuation, bar the emoji ‼ and ⁉.
    if ((c < 0x300 && c !== 0xa9 && c !== 0xae) || (c >= 0x2000 && c <= 0x206f && c !== 0x203c && c !== 0x2049)) width++;
    else return wideStringWidth(text);
  }
  return width;
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
