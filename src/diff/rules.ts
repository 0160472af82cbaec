// THE table: every change kind's level and surface. The comparers decide only what kind a change
// is; how much it matters is decided here and nowhere else.
import type { ChangeKind, Level, Surface } from './types.js';

interface Rule {
  level: Level;
  surface: Surface;
  /** Why the level is what it is, for the README and for review. */
  why: string;
}

export const RULES: Readonly<Record<ChangeKind, Rule>> = {
  'method-added': { level: 'feature', surface: 'both', why: 'a new call; nothing existing changes' },
  'method-removed': { level: 'breaking', surface: 'both', why: 'calls to it no longer compile' },
  'method-renamed': { level: 'breaking', surface: 'sdk', why: 'same endpoint, but calls by the old name no longer compile' },
  'endpoint-moved': { level: 'fix', surface: 'wire', why: 'the same SDK method now sends another HTTP method or path; app code is unchanged' },
  'positional-changed': { level: 'breaking', surface: 'both', why: 'the positional argument appeared, went or changed' },
  'params-type-renamed': { level: 'breaking', surface: 'sdk', why: 'app code that imports the params type by name no longer compiles' },
  'request-field-added-required': { level: 'breaking', surface: 'both', why: 'existing calls lack it' },
  'request-field-added-optional': { level: 'feature', surface: 'both', why: 'existing calls still compile' },
  'request-field-removed': { level: 'breaking', surface: 'both', why: 'calls that pass it fail the excess-property check' },
  'request-field-made-required': { level: 'breaking', surface: 'both', why: 'calls that leave it out no longer compile' },
  'request-field-made-optional': { level: 'feature', surface: 'both', why: 'existing calls still compile' },
  'request-type-narrowed': { level: 'breaking', surface: 'both', why: 'some values app code sends are no longer accepted' },
  'request-type-widened': { level: 'feature', surface: 'both', why: 'every value app code sends is still accepted' },
  'request-type-changed': { level: 'breaking', surface: 'both', why: 'the accepted values changed incompatibly' },
  'request-field-moved': { level: 'fix', surface: 'wire', why: 'the SDK sends it elsewhere (query, header, body); the call is unchanged' },
  'body-encoding-changed': { level: 'fix', surface: 'wire', why: 'the body is encoded differently (JSON, multipart); the call is unchanged' },
  'response-field-added': { level: 'feature', surface: 'both', why: 'app code that reads the result still compiles' },
  'response-field-removed': { level: 'breaking', surface: 'both', why: 'app code that reads it no longer compiles' },
  'response-field-made-optional': { level: 'breaking', surface: 'both', why: 'app code that reads it must now handle its absence' },
  'response-field-made-required': { level: 'fix', surface: 'both', why: 'app code that handled its absence still compiles' },
  'response-type-widened': { level: 'breaking', surface: 'both', why: 'values app code does not handle can now arrive' },
  'response-type-narrowed': { level: 'fix', surface: 'both', why: 'every value that can arrive was already handled' },
  'response-type-changed': { level: 'breaking', surface: 'both', why: 'the values that arrive changed incompatibly' },
  'response-kind-changed': { level: 'breaking', surface: 'both', why: 'the method returns another kind of result (JSON, stream, bytes)' },
  'pagination-changed': { level: 'breaking', surface: 'both', why: 'the method returns another page type, or pages no longer' },
  'streaming-added': { level: 'feature', surface: 'both', why: 'a stream: true overload was added' },
  'streaming-removed': { level: 'breaking', surface: 'both', why: 'stream: true calls no longer compile' },
  'type-format-changed': { level: 'fix', surface: 'wire', why: 'the wire format changed (integer/number, a string format); the TypeScript type is the same' },
  'type-added': { level: 'feature', surface: 'sdk', why: 'a new exported type' },
  'type-removed': { level: 'breaking', surface: 'sdk', why: 'app code that imports it no longer compiles' },
  'type-renamed': { level: 'breaking', surface: 'sdk', why: 'the same shape under a new name: imports of the old name no longer compile' },
  'client-renamed': { level: 'breaking', surface: 'sdk', why: 'the client class is imported by name' },
  'auth-changed': { level: 'breaking', surface: 'both', why: 'the credentials app code configures changed' },
  'client-default-changed': { level: 'fix', surface: 'wire', why: 'a default the client sends (base URL, headers) changed' },
  'description-changed': { level: 'fix', surface: 'sdk', why: 'only documentation changed' },
  'checker-incompatible': { level: 'breaking', surface: 'sdk', why: 'the TypeScript checker rejects the old surface against the new where the rules saw no break' },
};

export const LEVEL_ORDER: readonly Level[] = ['breaking', 'feature', 'fix'];
