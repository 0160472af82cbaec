// The SDK plan: every decision about the shape of the generated package, as plain data.
// Emitters turn this into files and decide nothing about names or structure.
import type { BodyMediaType, HttpMethod, Loc, Pagination, ParamLocation, ResponseKind, TypeRef } from '../ir/types.js';

export interface SdkPlan {
  title: string;
  clientName: string;
  packageName: string;
  packageVersion: string;
  description: string;
  baseUrl: string;
  generator: { name: string; version: string };
  specHash: string;
  configHash: string;
  auth: ClientAuth;
  apiKeyEnv: string;
  baseUrlEnv: string;
  /** Headers every request carries unless overridden (`anthropic-version`). */
  defaultHeaders: { name: string; value: string }[];
  betas?: { header: string; param: string };
  /** The base error class, named after the client (`AnthropicError`). */
  errorBaseName: string;
  /** The runtime's error classes as this package exports them (the base one renamed). */
  errorClasses: string[];
  /** Response headers every APIError exposes as a property, beside `requestID`. */
  errorHeaders: { property: string; header: string }[];
  /** Environment variable with the webhook signing key; set when the API has webhooks. */
  webhookKeyEnv?: string;
  resources: ResourcePlan[];
  /** Declared types, each owned by one resource file (by resource id). */
  types: TypeDecl[];
  /** Hand-written modules the package exposes (from the overlay's `lib`). */
  lib: LibPlan;
}

export interface LibPlan {
  /** Modules under `src/` re-exported from the package root. */
  entry: string[];
  /** package.json subpaths → modules under `src/` (`*` patterns kept). */
  exports: { subpath: string; module: string }[];
  /** Optional peer dependencies, sorted by name. */
  peerDependencies: { name: string; range: string }[];
}

/** A member of a resource class that is a hand-written function from `src/lib/`. */
export interface ExtensionMethodPlan {
  name: string;
  /** Module relative to `src/`, without extension: `lib/message-stream`. */
  module: string;
  exportName: string;
}

export type ClientAuth = { kind: 'header'; header: string; scheme?: 'Bearer' | 'Basic' } | { kind: 'query'; name: string } | { kind: 'none' };

export interface ResourcePlan {
  /** Dotted SDK path: `beta.messages.batches`. */
  id: string;
  /** Property name on the parent: `batches`. */
  property: string;
  className: string;
  /** Module path relative to `src/`, without extension: `resources/beta/messages/batches`. */
  module: string;
  methods: MethodPlan[];
  /** Members wired in from hand-written code, in overlay order. */
  extensions: ExtensionMethodPlan[];
  children: ResourcePlan[];
  /** A `webhooks` resource's `unwrap` and `unsafeUnwrap`. */
  webhooks?: WebhooksPlan;
}

/** What `unwrap` returns: the union of every payload the API sends, declared under `eventType`. */
export interface WebhooksPlan {
  eventType: string;
  /** The webhooks it covers, by the document's names (`session.created`), for the docs. */
  events: string[];
}

export interface MethodPlan {
  name: string;
  /** `beta.files.upload`, for docs and diagnostics. */
  fullName: string;
  httpMethod: HttpMethod;
  /** Path template in spec syntax: `/v1/skills/{skill_id}/versions/{version}`. */
  path: string;
  fixedQuery?: string;
  operationKey: string;
  summary?: string;
  /** The last path param, passed positionally. */
  positional?: { name: string; identifier: string; type: TypeRef; description?: string };
  params: PlannedParam[];
  paramsTypeName?: string;
  paramsRequired: boolean;
  bodyKind: BodyMediaType | 'none';
  /** The param that is the whole body, when the body is not an object of fields. */
  bodyParam?: string;
  /** Multipart file names keep their directories (`my-skill/SKILL.md`). */
  keepFilePaths: boolean;
  response: PlannedResponse;
  pagination?: Pagination;
  /** Item type name (or type) for paginated lists. */
  itemType?: TypeRef;
  /**
   * When `stream: true` is sent, the response becomes this. The params type is then a union of a
   * streaming and a non-streaming variant of one base, so overloads can pick the return type.
   */
  stream?: { kind: ResponseKind; eventType: TypeRef; paramsBase: string; paramsStreaming: string; paramsNonStreaming: string };
  defaultBetas: string[];
  loc: Loc;
}

export interface PlannedParam {
  /** Key in the params object, as the spec spells it. */
  name: string;
  location: ParamLocation | 'betas';
  /** Wire name: the header or query name (differs from `name` for `betas`). */
  wireName: string;
  required: boolean;
  type: TypeRef;
  description?: string;
  default?: string | number | boolean | null;
}

export interface PlannedResponse {
  kind: ResponseKind;
  /** The result type: a `ref` to a declared type, an inline type, or `unknown`. */
  type: TypeRef;
}

export interface TypeDecl {
  name: string;
  type: TypeRef;
  description?: string;
  /** Resource id whose file declares it. */
  owner: string;
  /** The params interface of a method, whose properties come with docs. */
  role: 'params' | 'response' | 'model';
  /** Interfaces this one extends (an object type's extra members are its own properties). */
  extends?: string[];
}
