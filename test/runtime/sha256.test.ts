// The runtime's own SHA-256 and HMAC-SHA256 against Node's crypto, on seeded random inputs whose
// lengths sit on both sides of the 64-byte block and of the padding's 55/56-byte edge.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256 } from '../../src/runtime/sha256.js';

/** mulberry32: a small seeded generator, so a failure names inputs that can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const bytes = (next: () => number, length: number) => Uint8Array.from({ length }, () => Math.floor(next() * 256));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const EDGE_LENGTHS = [0, 1, 31, 32, 33, 55, 56, 57, 63, 64, 65, 119, 120, 121, 127, 128, 129, 191, 192, 1000, 1023, 1024, 4097];

describe('sha256', () => {
  it.each([
    ['empty', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc (FIPS 180-2 example)', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['two-block example', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('%s', (_name, text, want) => {
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(want);
  });

  it('matches crypto.createHash on every edge length, 20 random inputs each', () => {
    const next = random(0x5eed);
    for (const length of EDGE_LENGTHS) {
      for (let n = 0; n < 20; n++) {
        const data = bytes(next, length);
        expect(hex(sha256(data)), `length ${length}, input ${hex(data)}`).toBe(crypto.createHash('sha256').update(data).digest('hex'));
      }
    }
  });
});

describe('hmacSha256', () => {
  it('RFC 4231 test case 2', () => {
    const mac = hmacSha256(new TextEncoder().encode('Jefe'), new TextEncoder().encode('what do ya want for nothing?'));
    expect(hex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('matches crypto.createHmac for keys and messages of every edge length (1000 seeded pairs, 552 of them on the edges)', () => {
    const next = random(20260822);
    const keyLengths = [0, 1, 16, 24, 32, 63, 64, 65, 100, 128, 129, 200];
    let checked = 0;
    for (const keyLength of keyLengths) {
      for (const length of EDGE_LENGTHS) {
        for (let n = 0; n < 2; n++) {
          const key = bytes(next, keyLength);
          const message = bytes(next, length);
          const want = crypto.createHmac('sha256', key).update(message).digest('hex');
          expect(hex(hmacSha256(key, message)), `key ${hex(key)}, message length ${length}`).toBe(want);
          checked++;
        }
      }
    }
    // Random lengths too, away from the edges.
    for (; checked < 1000; checked++) {
      const key = bytes(next, Math.floor(next() * 150));
      const message = bytes(next, Math.floor(next() * 3000));
      expect(hex(hmacSha256(key, message))).toBe(crypto.createHmac('sha256', key).update(message).digest('hex'));
    }
  });
});
