// Scripted Messages API event streams, as the API sends them (SSE frames), for the MessageStream
// tests: each builder returns the frames of one response.

export type Frame = [event: string, data: Record<string, unknown>];

export const sse = (frames: Frame[]): string =>
  frames.map(([event, data]) => `event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`).join('');

export function messageStart(extra: Record<string, unknown> = {}): Frame {
  return [
    'message_start',
    {
      message: {
        id: 'msg_01',
        type: 'message',
        role: 'assistant',
        model: 'claude-sonnet-4-5',
        content: [],
        container: null,
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        usage: { input_tokens: 25, output_tokens: 1, cache_creation_input_tokens: null, cache_read_input_tokens: 4, server_tool_use: null },
        ...extra,
      },
    },
  ];
}

export const ping: Frame = ['ping', {}];
export const blockStart = (index: number, block: Record<string, unknown>): Frame => ['content_block_start', { index, content_block: block }];
export const delta = (index: number, d: Record<string, unknown>): Frame => ['content_block_delta', { index, delta: d }];
export const blockStop = (index: number): Frame => ['content_block_stop', { index }];
export const messageStop: Frame = ['message_stop', {}];
export function messageDelta(stop_reason = 'end_turn', usage: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Frame {
  return ['message_delta', { delta: { stop_reason, stop_sequence: null, ...extra }, usage: { output_tokens: 42, ...usage } }];
}

/** A text block streamed one piece per delta. */
export function textBlock(index: number, pieces: string[]): Frame[] {
  return [blockStart(index, { type: 'text', text: '', citations: null }), ...pieces.map((text) => delta(index, { type: 'text_delta', text })), blockStop(index)];
}

/** A tool-use block whose input JSON is cut into `pieces` of `size` characters. */
export function toolBlock(index: number, type: string, input: unknown, size: number, extra: Record<string, unknown> = {}): Frame[] {
  const json = JSON.stringify(input);
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += size) pieces.push(json.slice(i, i + size));
  return [
    blockStart(index, { type, id: `toolu_${index}`, name: 'get_weather', input: {}, ...extra }),
    delta(index, { type: 'input_json_delta', partial_json: '' }),
    ...pieces.map((partial_json) => delta(index, { type: 'input_json_delta', partial_json })),
    blockStop(index),
  ];
}

export const scripts = {
  text: (): Frame[] => [
    messageStart(),
    ping,
    ...textBlock(0, ['Hello', ',', ' wor', 'ld', '! ', 'Ünïcødé ', '😀', ' done.']),
    ...textBlock(1, ['Second ', 'block.']),
    ping,
    messageDelta('end_turn', { input_tokens: 30, cache_read_input_tokens: 8 }),
    messageStop,
  ],
  toolUse: (): Frame[] => [
    messageStart(),
    ...textBlock(0, ['Let me check.']),
    ...toolBlock(1, 'tool_use', { location: 'Zürich, CH', unit: 'celsius', days: [1, 2, 3], detail: { hourly: true, note: 'ünï "q" \\' } }, 3),
    messageDelta('tool_use'),
    messageStop,
  ],
  thinking: (): Frame[] => [
    messageStart(),
    blockStart(0, { type: 'thinking', thinking: '', signature: '' }),
    delta(0, { type: 'thinking_delta', thinking: 'Let me think' }),
    delta(0, { type: 'thinking_delta', thinking: ' step by step.' }),
    delta(0, { type: 'signature_delta', signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds' }),
    blockStop(0),
    blockStart(1, { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' }),
    blockStop(1),
    ...textBlock(2, ['The answer', ' is 42.']),
    messageDelta('end_turn'),
    messageStop,
  ],
  citations: (): Frame[] => [
    messageStart(),
    blockStart(0, { type: 'text', text: '', citations: null }),
    delta(0, { type: 'text_delta', text: 'The grass is green' }),
    delta(0, { type: 'citations_delta', citation: { type: 'char_location', cited_text: 'The grass is green.', document_index: 0, document_title: 'Doc', start_char_index: 0, end_char_index: 20, file_id: null } }),
    delta(0, { type: 'citations_delta', citation: { type: 'page_location', cited_text: 'Green.', document_index: 1, document_title: null, start_page_number: 2, end_page_number: 3, file_id: null } }),
    delta(0, { type: 'text_delta', text: ' and the sky blue.' }),
    blockStop(0),
    messageDelta('end_turn'),
    messageStop,
  ],
  serverTools: (): Frame[] => [
    messageStart(),
    ...toolBlock(0, 'server_tool_use', { query: 'weather in Paris' }, 5, { name: 'web_search' }),
    blockStart(1, {
      type: 'web_search_tool_result',
      tool_use_id: 'toolu_0',
      content: [{ type: 'web_search_result', title: 'Paris', url: 'https://example.com', encrypted_content: 'abc', page_age: null }],
    }),
    blockStop(1),
    ...textBlock(2, ['Sunny in Paris.']),
    messageDelta('end_turn', { server_tool_use: { web_search_requests: 1, web_fetch_requests: 0 } }, { container: { id: 'c_1', expires_at: '2026-01-01T00:00:00Z' } }),
    messageStop,
  ],
  unknownKinds: (): Frame[] => [
    messageStart(),
    ['future_event', { payload: 1 }],
    blockStart(0, { type: 'future_block', data: { x: 1 } }),
    delta(0, { type: 'future_delta', stuff: 'y' }),
    blockStop(0),
    ...textBlock(1, ['Still ', 'fine.']),
    delta(1, { type: 'future_delta', stuff: 'z' }),
    messageDelta('end_turn'),
    messageStop,
  ],
  midStreamError: (): Frame[] => [
    messageStart(),
    ...textBlock(0, ['Partial']).slice(0, 2),
    ['error', { error: { type: 'overloaded_error', message: 'Overloaded' } }],
  ],
  /** Cut off by the server before message_stop (the connection is dropped after these). */
  partial: (): Frame[] => [messageStart(), ...textBlock(0, ['Hello', ' there']).slice(0, 2)],
  /** Ends cleanly, but without message_stop: no message is complete. */
  noStop: (): Frame[] => [messageStart(), ...textBlock(0, ['Hi'])],
  beta: (): Frame[] => [
    messageStart({ context_management: null }),
    blockStart(0, { type: 'compaction', content: '' }),
    ['content_block_delta', { index: 0, delta: { type: 'compaction_delta', content: 'Summary of the ', encrypted_content: null } }],
    ['content_block_delta', { index: 0, delta: { type: 'compaction_delta', content: 'conversation.', encrypted_content: 'enc_1' } }],
    blockStop(0),
    ...toolBlock(1, 'mcp_tool_use', { repo: 'a/b', limit: 5 }, 4, { name: 'search', server_name: 'gh' }),
    ...textBlock(2, ['Beta ', 'text.']),
    ['message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 9, iterations: [{ type: 'message', input_tokens: 1, output_tokens: 2 }] }, context_management: { applied_edits: [] } }],
    messageStop,
  ],
};
