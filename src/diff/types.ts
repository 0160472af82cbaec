// The diff stage's data: what changed between two SDK plans, how much it matters, which version.

export type Level = 'breaking' | 'feature' | 'fix';
export type Bump = 'major' | 'minor' | 'patch' | 'none';
/** Which side a change shows on: the wire only, the SDK surface only, or both. */
export type Surface = 'wire' | 'sdk' | 'both';

export type ChangeKind =
  | 'method-added'
  | 'method-removed'
  | 'method-renamed'
  | 'endpoint-moved'
  | 'positional-changed'
  | 'params-type-renamed'
  | 'request-field-added-required'
  | 'request-field-added-optional'
  | 'request-field-removed'
  | 'request-field-made-required'
  | 'request-field-made-optional'
  | 'request-type-narrowed'
  | 'request-type-widened'
  | 'request-type-changed'
  | 'request-field-moved'
  | 'body-encoding-changed'
  | 'response-field-added'
  | 'response-field-removed'
  | 'response-field-made-optional'
  | 'response-field-made-required'
  | 'response-type-widened'
  | 'response-type-narrowed'
  | 'response-type-changed'
  | 'response-kind-changed'
  | 'pagination-changed'
  | 'streaming-added'
  | 'streaming-removed'
  | 'type-format-changed'
  | 'type-added'
  | 'type-removed'
  | 'type-renamed'
  | 'client-renamed'
  | 'auth-changed'
  | 'client-default-changed'
  | 'description-changed'
  | 'checker-incompatible';

export interface Where {
  /** SDK path: `messages.create params.max_tokens`, `Message.usage`, `client`. */
  sdk: string;
  /** Spec location: the endpoint (`POST /v1/messages`) or the type (`#/components/schemas/Message`). */
  spec: string;
  /** The place in the spec file, when the plan knows it: `spec.json#/paths/…` or `spec.lap:12:3`. */
  loc?: string;
}

export interface Change {
  kind: ChangeKind;
  level: Level;
  surface: Surface;
  where: Where;
  message: string;
  /** The SDK method or exported type the change belongs to (what a changelog line names). */
  subject: string;
}

/** One verdict the TypeScript checker looked at: is the old surface still usable against the new? */
export interface CheckResult {
  /** `params messages.create`, `response messages.create`, `type Message (response)`. */
  subject: string;
  rules: 'breaking' | 'compatible';
  checker: 'breaking' | 'compatible';
  /** The checker's first diagnostic, when it found the surfaces incompatible. */
  detail?: string;
}

export interface DiffReport {
  bump: Bump;
  currentVersion: string;
  nextVersion: string;
  changes: Change[];
  counts: { byLevel: Record<Level, number>; byKind: Partial<Record<ChangeKind, number>> };
  /** Present when the checker ran: how many verdicts it checked and where it disagreed with the rules. */
  checks?: { checked: number; agreed: number; disagreements: CheckResult[] };
}
