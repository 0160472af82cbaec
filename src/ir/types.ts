// The intermediate representation: plain JSON-serialisable data, the only thing the planner sees.
// Nothing here knows whether the spec was LAP or OpenAPI.

/** Where a node came from: a line/column in a text spec, or a JSON pointer in a structured one. */
export type Loc = { file: string; line: number; col: number } | { file: string; pointer: string };

export type Severity = 'error' | 'warning';

/** The single diagnostic shape every stage returns; only the CLI prints them. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  loc: Loc;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/** `beta` for endpoints whose path carries `?beta=true`. */
export type Variant = 'stable' | 'beta';

export type ParamLocation = 'path' | 'query' | 'header' | 'body';

export type PrimitiveName = 'string' | 'integer' | 'number' | 'boolean';

export type TypeRef =
  | { kind: 'primitive'; name: PrimitiveName; format?: string }
  | { kind: 'enum'; values: (string | number)[] }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'array'; items: TypeRef }
  | { kind: 'object'; properties: Property[]; additionalProperties?: TypeRef }
  | { kind: 'union'; variants: TypeRef[]; discriminator?: string }
  /** All of the parts at once (JSON Schema `allOf`). */
  | { kind: 'intersection'; parts: TypeRef[] }
  | { kind: 'ref'; name: string }
  | { kind: 'null' }
  | { kind: 'unknown' };

export interface Property {
  name: string;
  type: TypeRef;
  required: boolean;
  /** Set by the server only (JSON Schema `readOnly`). */
  readOnly?: boolean;
  /** Sent by the client only, never returned (JSON Schema `writeOnly`). */
  writeOnly?: boolean;
  description?: string;
  default?: string | number | boolean | null;
  loc: Loc;
}

export interface Param {
  name: string;
  location: ParamLocation;
  required: boolean;
  type: TypeRef;
  description?: string;
  default?: string | number | boolean | null;
  loc: Loc;
}

export type BodyMediaType = 'json' | 'multipart' | 'form' | 'binary';

export interface RequestBody {
  mediaType: BodyMediaType;
  /** Body fields also appear as `Param`s with location `body`; this names a whole-body type when the spec gives one. */
  typeName?: string;
  /** When the body is not an object of fields (an array, a union, raw bytes), the one param that holds it. */
  wholeBodyParam?: string;
}

export type ResponseKind = 'json' | 'sse' | 'jsonl' | 'binary' | 'empty';

export interface Response {
  /** HTTP status as written: `200`, `204`, `4XX`. */
  status: string;
  kind: ResponseKind;
  type?: TypeRef;
  description?: string;
  loc: Loc;
}

/** How a list pages. `itemsField` is where the items are; `''` means the body is the array itself. */
export type Pagination =
  | { kind: 'id-cursor'; itemsField: string; beforeParam: string; afterParam: string; firstField: string; lastField: string; hasMoreField: string }
  | { kind: 'page-token'; itemsField: string; pageParam: string; nextField: string }
  /** Stripe style: `starting_after` = the last item's id, `ending_before` = the first's. */
  | { kind: 'item-cursor'; itemsField: string; afterParam: string; beforeParam?: string }
  | { kind: 'offset'; itemsField: string; offsetParam: string }
  | { kind: 'page-number'; itemsField: string; pageParam: string };

export interface Operation {
  method: HttpMethod;
  /** Path without the query suffix, e.g. `/v1/messages`. */
  path: string;
  /** Literal query the spec fixes in the path key, e.g. `beta=true`; kept on the wire. */
  fixedQuery?: string;
  /** A `#name` suffix some specs use to tell apart two operations on one path (`#stream`); never sent. */
  fragment?: string;
  variant: Variant;
  group?: string;
  /** The spec's own name for the operation (OpenAPI `operationId`), a naming hint. */
  operationId?: string;
  summary?: string;
  description?: string;
  params: Param[];
  body?: RequestBody;
  responses: Response[];
  pagination?: Pagination;
  loc: Loc;
}

/**
 * A request the API sends to the user's server (OpenAPI 3.1 `webhooks`): the client verifies and
 * types it, it never sends it.
 */
export interface Webhook {
  /** The key the document gives it: `newPet`, `session.created`. */
  name: string;
  method: HttpMethod;
  /** `beta` where the document marks the webhook beta (README: "Webhooks"). */
  variant: Variant;
  operationId?: string;
  summary?: string;
  description?: string;
  /** The body the API sends; `unknown` when the document gives no schema. */
  payload: TypeRef;
  loc: Loc;
}

export interface NamedType {
  name: string;
  type: TypeRef;
  description?: string;
  loc: Loc;
}

export interface AuthScheme {
  kind: 'apiKey' | 'bearer' | 'basic' | 'oauth2' | 'other';
  /** Header or query name for apiKey schemes. */
  name?: string;
  in?: 'header' | 'query' | 'cookie';
  raw: string;
}

export interface Api {
  title: string;
  version?: string;
  baseUrl?: string;
  auth: AuthScheme[];
  /** Fields the spec says apply to every endpoint (LAP `@common_fields`). */
  commonParams: Param[];
  types: NamedType[];
  operations: Operation[];
  /** Left out when the document has none. */
  webhooks?: Webhook[];
  loc: Loc;
}

/** Identity of an endpoint, as written in the overlay: `POST /v1/files?beta=true`. */
export function operationKey(op: Pick<Operation, 'method' | 'path' | 'fixedQuery' | 'fragment'>): string {
  return `${op.method} ${op.path}${op.fixedQuery ? `?${op.fixedQuery}` : ''}${op.fragment ? `#${op.fragment}` : ''}`;
}
