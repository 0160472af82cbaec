// The config overlay (`spec/<api>.config.yaml`): what a spec cannot say, as plain data.
// The planner reads this; it never sees YAML.
import type { Loc, Pagination, Param, ResponseKind, BodyMediaType } from '../ir/types.js';

export interface Overlay {
  file?: string;
  client: ClientOverlay;
  /** Keyed by resource path as the SDK spells it: `beta.files`, `skills.versions`. */
  resources: ResourceOverlay[];
  /** Keyed by endpoint: `POST /v1/files` (both variants) or `POST /v1/files?beta=true` (that one only). */
  operations: OperationOverlay[];
  /** Hand-written modules under the package's `src/lib/` exposed by the package. */
  lib: LibOverlay;
  /** Extra names for the package's types (`MessageParam` for `InputMessage`): type aliases beside them. */
  types: TypeAlias[];
}

export interface TypeAlias {
  name: string;
  target: string;
  loc: Loc;
}

export interface ClientOverlay {
  /** Class name of the client, e.g. `Anthropic`. */
  name?: string;
  /** npm package name of the generated package. */
  packageName?: string;
  apiKeyEnv?: string;
  baseUrlEnv?: string;
  /** Environment variable holding the webhook signing key (default `<NAME>_WEBHOOK_KEY`). */
  webhookKeyEnv?: string;
  /** The header that carries the API key, when the spec declares no security scheme for it. */
  apiKeyHeader?: string;
  /** Headers the client sends on every request unless a request overrides them. */
  headers: { name: string; value: string; loc: Loc }[];
  /** A header param replaced by a `string[]` param that the runtime comma-joins (e.g. `betas` → `anthropic-beta`). */
  betas?: { header: string; param: string };
  /** Response headers every APIError exposes as a property (`workspaceID` ← `anthropic-workspace-id`). */
  errorHeaders: { property: string; header: string; loc: Loc }[];
}

export interface ResourceOverlay {
  path: string;
  betas: string[];
  /** Members wired in from hand-written code: `stream: lib/message-stream#stream`. */
  methods: ExtensionMethodOverlay[];
  loc: Loc;
}

export interface ExtensionMethodOverlay {
  /** Member name on the resource class. */
  name: string;
  /** Module under the package's `src/`, without extension: `lib/message-stream`. */
  module: string;
  /** The exported function; it receives the resource as `this`. */
  exportName: string;
  loc: Loc;
}

export interface LibOverlay {
  /** Modules re-exported (`export *`) from the package root. */
  entry: { module: string; loc: Loc }[];
  /** Extra package.json subpaths (`./helpers/zod`, or a pattern `./lib/*`) → modules under `src/`. */
  exports: { subpath: string; module: string; loc: Loc }[];
  /** Optional peers the helpers import: peerDependencies, optional in peerDependenciesMeta, and a dev dependency. */
  peerDependencies: { name: string; range: string; loc: Loc }[];
}

export interface OperationOverlay {
  key: string;
  /** Dotted SDK name: `files.upload`; `beta.` is added for the beta variant. */
  name?: string;
  response?: ResponseKind;
  /** Name for the success response type; `Beta` is prefixed for the beta variant. */
  responseType?: string;
  /** Names the item type of a list response by a type another endpoint names. */
  itemType?: string;
  /** `stream: true` in the request switches the response to this kind. */
  stream?: ResponseKind;
  body?: BodyMediaType;
  /** Multipart file parts keep their directory names instead of the base name. */
  keepFilePaths?: boolean;
  /** Params the spec lacks (multipart fields) or whose location it gets wrong. */
  params: Param[];
  pagination?: Pagination | 'none';
  betas: string[];
  loc: Loc;
}

export const emptyOverlay = (): Overlay => ({ client: { headers: [], errorHeaders: [] }, resources: [], operations: [], types: [], lib: { entry: [], exports: [], peerDependencies: [] } });
