// The public surface of our MessageStream classes covers the official ones' (checked by tsc).
import type { BetaMessageStream as OfficialBeta } from '@anthropic-ai/sdk/lib/BetaMessageStream';
import type { MessageStream as Official } from '@anthropic-ai/sdk/lib/MessageStream';
import type { BetaMessageStream } from '../../generated/src/lib/beta-message-stream.js';
import type { MessageStream } from '../../generated/src/lib/message-stream.js';

type Missing = Exclude<keyof Official, keyof MessageStream>;
type MissingBeta = Exclude<keyof OfficialBeta, keyof BetaMessageStream>;
export const none: [Missing, MissingBeta] extends [never, never] ? true : [Missing, MissingBeta] = true;
