// A `webhooks` resource's members: `unwrap` verifies a delivery with the runtime's Standard Webhooks
// check and returns the typed payload; `unsafeUnwrap` only parses it.
import type { WebhooksPlan } from '../plan/types.js';
import { toDocText } from './escape.js';
import { type Doc } from './layout/doc.js';
import { block, callArguments, jsDoc, signature } from './layout/syntax.js';
import type { TypeUses } from './types/index.js';

export function emitWebhookMethods(webhooks: WebhooksPlan, uses: TypeUses): Doc[] {
  uses.runtime.add('unwrapWebhook').add('parseWebhook').add('WebhookHeaders');
  const event = webhooks.eventType;
  const unwrapDocs = jsDoc(
    toDocText(
      'Verifies a webhook delivery (its Standard Webhooks signature and timestamp) and returns the payload.\n' +
        'Pass the raw request body exactly as received, not parsed JSON. `key` defaults to the client\'s `webhookKey`.',
    ),
  );
  const unwrap = [
    unwrapDocs,
    signature('unwrap', ['body: string', 'options: { headers: WebhookHeaders; key?: string | null }'], event),
    ' ',
    block([
      'const key = options.key === undefined ? this._client.webhookKey : options.key;',
      ['return ', `unwrapWebhook<${event}>`, callArguments(['body', 'options.headers', 'key']), ';'],
    ]),
  ];
  const unsafeDocs = jsDoc(toDocText('Parses a webhook payload without verifying it: only for deliveries verified some other way.'));
  const unsafe = [unsafeDocs, signature('unsafeUnwrap', ['body: string'], event), ' ', block([[`return parseWebhook<${event}>`, callArguments(['body']), ';']])];
  return [unwrap, unsafe];
}
