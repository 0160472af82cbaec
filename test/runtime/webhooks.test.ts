// Standard Webhooks verification in the runtime, with signatures computed independently by
// node:crypto. Timestamps are pinned through `nowSeconds`, so nothing depends on the clock.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClientError } from '../../src/runtime/errors.js';
import { parseWebhook, unwrapWebhook, WebhookVerificationError } from '../../src/runtime/webhooks.js';

const secretBytes = Buffer.from('lapgen webhook test secret 32 b!');
const key = `whsec_${secretBytes.toString('base64')}`;
const now = 1_787_400_000;
const body = JSON.stringify({ type: 'event', id: 'whe_1', created_at: '2026-08-22T10:00:00Z', data: { type: 'session.status_idled', id: 'sesn_1' } });
const sign = (id: string, ts: number, payload: string, secret: Buffer = secretBytes) => `v1,${crypto.createHmac('sha256', secret).update(`${id}.${ts}.${payload}`).digest('base64')}`;
const headersFor = (ts = now, signature = sign('msg_1', ts, body)) => ({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signature });
const at = { nowSeconds: now };

describe('unwrapWebhook', () => {
  it('returns the parsed body when the signature matches', () => {
    expect(unwrapWebhook(body, headersFor(), key, at)).toEqual(JSON.parse(body));
  });

  it('takes a key without the whsec_ prefix, a Headers object, and header names in any case', () => {
    const h = headersFor();
    const mixed = { 'Webhook-Id': h['webhook-id'], 'WEBHOOK-TIMESTAMP': h['webhook-timestamp'], 'Webhook-Signature': h['webhook-signature'] };
    expect(unwrapWebhook(body, mixed, secretBytes.toString('base64'), at)).toEqual(JSON.parse(body));
    expect(unwrapWebhook(body, new Headers(h), key, at)).toEqual(JSON.parse(body));
  });

  it('accepts any one matching v1 signature among several, space-separated or as repeated headers', () => {
    const other = sign('msg_1', now, body, Buffer.from('another secret'));
    const list = `v2,${sign('msg_1', now, body).slice(3)} ${other} ${sign('msg_1', now, body)}`;
    expect(unwrapWebhook(body, headersFor(now, list), key, at)).toEqual(JSON.parse(body));
    expect(unwrapWebhook(body, { ...headersFor(), 'webhook-signature': [other, sign('msg_1', now, body)] }, key, at)).toEqual(JSON.parse(body));
  });

  it.each([
    ['a wrong signature', headersFor(now, sign('msg_1', now, body, Buffer.from('wrong'))), /No webhook signature matches/],
    ['a signature over another body', headersFor(now, sign('msg_1', now, `${body} `)), /No webhook signature matches/],
    ['a signature for another id', headersFor(now, sign('msg_2', now, body)), /No webhook signature matches/],
    ['only a v2 signature', headersFor(now, `v2,${sign('msg_1', now, body).slice(3)}`), /No webhook signature matches/],
    ['a timestamp over 5 minutes old', headersFor(now - 301), /too old/],
    ['a timestamp over 5 minutes ahead', headersFor(now + 301), /in the future/],
    ['a timestamp that is not a number', { ...headersFor(), 'webhook-timestamp': 'yesterday' }, /not a number of seconds/],
    ['no webhook-id', { 'webhook-timestamp': String(now), 'webhook-signature': sign('msg_1', now, body) }, /Missing webhook headers: webhook-id$/],
    ['no headers at all', {}, /Missing webhook headers: webhook-id, webhook-timestamp, webhook-signature/],
  ])('rejects %s with WebhookVerificationError', (_name, headers, message) => {
    let error: unknown;
    try {
      unwrapWebhook(body, headers, key, at);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as Error).message).toMatch(message);
  });

  it('accepts timestamps at the edges of the 5-minute window, both ways', () => {
    expect(unwrapWebhook(body, headersFor(now - 300), key, at)).toEqual(JSON.parse(body));
    expect(unwrapWebhook(body, headersFor(now + 300), key, at)).toEqual(JSON.parse(body));
  });

  it('says what to do when handed an already-parsed object instead of the raw body', () => {
    expect(() => unwrapWebhook(JSON.parse(body) as string, headersFor(), key, at)).toThrow(/raw request body as a string.*already-parsed object/);
    expect(() => unwrapWebhook(JSON.parse(body) as string, headersFor(), key, at)).toThrow(ClientError);
  });

  it('takes the body as UTF-8 bytes too', () => {
    const text = JSON.stringify({ note: 'naïve — ✓' });
    expect(unwrapWebhook(new TextEncoder().encode(text) as unknown as string, headersFor(now, sign('msg_1', now, text)), key, at)).toEqual(JSON.parse(text));
  });

  it.each([
    ['no key', null, /No webhook signing key/],
    ['an empty key', 'whsec_', /No webhook signing key|empty/],
    ['a key that is not base64', 'whsec_###', /not base64/],
  ])('refuses %s', (_name, badKey, message) => {
    expect(() => unwrapWebhook(body, headersFor(), badKey, at)).toThrow(message);
  });
});

describe('parseWebhook', () => {
  it('parses without verifying, and names a body that is not JSON', () => {
    expect(parseWebhook(body)).toEqual(JSON.parse(body));
    expect(() => parseWebhook('not json')).toThrow(ClientError);
    expect(() => parseWebhook({} as string)).toThrow(/already-parsed object/);
  });
});
