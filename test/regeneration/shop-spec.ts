// A small API in both input formats, with the knobs the regeneration tests turn: a new endpoint,
// a new optional param on the hand-edited resource, and descriptions.
export interface ShopVersion {
  widgetListDesc: string;
  gadgetListDesc: string;
  /** GET /v1/widgets/{id} gains an optional `fields` query param. */
  fieldsParam: boolean;
  /** POST /v1/gadgets exists. */
  gadgetCreate: boolean;
}

export const SHOP_V1: ShopVersion = { widgetListDesc: 'List widgets', gadgetListDesc: 'List gadgets', fieldsParam: false, gadgetCreate: false };

export function shopLap(v: ShopVersion): string {
  const gadgets = [
    `@endpoint GET /v1/gadgets\n@desc ${v.gadgetListDesc}\n@returns(200) {data: [map{id!: str}]}\n`,
    ...(v.gadgetCreate ? ['@endpoint POST /v1/gadgets\n@desc Create a gadget\n@required {name: str # Its name.}\n@returns(201) {id: str, name: str}\n'] : []),
  ];
  return [
    '@lap v0.3',
    '@api Shop API',
    '@base https://api.shop.test',
    '@version 1',
    `@endpoints ${2 + gadgets.length}`,
    `@toc widgets(2), gadgets(${gadgets.length})`,
    '',
    '@group widgets',
    `@endpoint GET /v1/widgets\n@desc ${v.widgetListDesc}\n@optional {limit: int # Page size.}\n@returns(200) {data: [map{id!: str}]}\n`,
    `@endpoint GET /v1/widgets/{widget_id}\n@desc Get a widget\n@required {widget_id: str # The widget.}${v.fieldsParam ? '\n@optional {fields: str # Fields to include.}' : ''}\n@returns(200) {id: str, name: str}\n`,
    '@endgroup',
    '',
    '@group gadgets',
    ...gadgets,
    '@endgroup',
    '',
    '@end',
    '',
  ].join('\n');
}

export function shopOpenApi(v: ShopVersion): string {
  const list = (summary: string) => ({ summary, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } } } } } } } });
  const widgetParams: unknown[] = [{ name: 'widget_id', in: 'path', required: true, description: 'The widget.', schema: { type: 'string' } }];
  if (v.fieldsParam) widgetParams.push({ name: 'fields', in: 'query', description: 'Fields to include.', schema: { type: 'string' } });
  const item = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } };
  const gadgets: Record<string, unknown> = { get: list(v.gadgetListDesc) };
  if (v.gadgetCreate) {
    gadgets['post'] = {
      summary: 'Create a gadget',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', description: 'Its name.' } } } } } },
      responses: { 201: { description: 'ok', content: { 'application/json': { schema: item } } } },
    };
  }
  const widgetList = list(v.widgetListDesc);
  (widgetList as unknown as { parameters: unknown[] }).parameters = [{ name: 'limit', in: 'query', description: 'Page size.', schema: { type: 'integer' } }];
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Shop API', version: '1' },
    servers: [{ url: 'https://api.shop.test' }],
    paths: {
      '/v1/widgets': { get: widgetList },
      '/v1/widgets/{widget_id}': { get: { summary: 'Get a widget', parameters: widgetParams, responses: { 200: { description: 'ok', content: { 'application/json': { schema: item } } } } } },
      '/v1/gadgets': gadgets,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
