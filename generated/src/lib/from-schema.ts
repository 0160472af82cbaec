// The TypeScript type a JSON Schema literal describes, so `jsonSchemaOutputFormat({...} as const)` and
// `betaTool({ inputSchema })` give typed results without a type dependency (the official SDK uses
// json-schema-to-ts; the package keeps zero dependencies). Covers what structured outputs and tool
// inputs use: type (and type lists), properties/required, additionalProperties, items, enum, const,
// anyOf/oneOf/allOf, nullable. Anything else is `unknown`.

export type JSONSchemaTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export interface JSONSchemaObject {
  type?: JSONSchemaTypeName | readonly JSONSchemaTypeName[];
  properties?: { readonly [key: string]: JSONSchema };
  required?: readonly string[];
  additionalProperties?: JSONSchema;
  items?: JSONSchema;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: readonly JSONSchema[];
  oneOf?: readonly JSONSchema[];
  allOf?: readonly JSONSchema[];
  nullable?: boolean;
  description?: string;
  title?: string;
  [key: string]: unknown;
}

export type JSONSchema = boolean | JSONSchemaObject;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type FromSchema<S> = S extends true
  ? unknown
  : S extends false
    ? never
    : S extends JSONSchemaObject
      ? Nullable<S, FromObjectSchema<S>>
      : unknown;

type Nullable<S, T> = S extends { nullable: true } ? T | null : T;

type FromObjectSchema<S extends JSONSchemaObject> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { anyOf: readonly JSONSchema[] }
      ? FromEach<S['anyOf']>
      : S extends { oneOf: readonly JSONSchema[] }
        ? FromEach<S['oneOf']>
        : S extends { allOf: readonly JSONSchema[] }
          ? FromAll<S['allOf']>
          : S extends { type: readonly JSONSchemaTypeName[] }
            ? FromType<S, S['type'][number]>
            : S extends { type: JSONSchemaTypeName }
              ? FromType<S, S['type']>
              : unknown;

type FromEach<L extends readonly JSONSchema[]> = { [I in keyof L]: FromSchema<L[I]> }[number];

type FromAll<L extends readonly JSONSchema[]> = L extends readonly [
  infer H,
  ...infer R extends readonly JSONSchema[],
]
  ? FromSchema<H> & FromAll<R>
  : unknown;

// Distributes over the names of a type list.
type FromType<S extends JSONSchemaObject, N> = N extends 'string'
  ? string
  : N extends 'number' | 'integer'
    ? number
    : N extends 'boolean'
      ? boolean
      : N extends 'null'
        ? null
        : N extends 'array'
          ? S extends { items: infer I }
            ? FromSchema<I>[]
            : unknown[]
          : N extends 'object'
            ? FromProperties<S>
            : never;

type FromProperties<S extends JSONSchemaObject> = Simplify<
  (S extends { properties: infer P extends { readonly [key: string]: JSONSchema } }
    ? { -readonly [K in keyof P as K extends RequiredOf<S> ? K : never]: FromSchema<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredOf<S> ? never : K]?: FromSchema<P[K]>;
      }
    : {}) &
    (S extends { additionalProperties: false } ? {} : { [key: string]: unknown })
>;

type RequiredOf<S> = S extends { required: readonly (infer R extends string)[] } ? R : never;
