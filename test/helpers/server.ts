// A real HTTP server on 127.0.0.1 that records every request and answers with whatever the test says.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  path: string;
  query: Record<string, string[]>;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export type Handler = (req: RecordedRequest, res: http.ServerResponse, raw: http.IncomingMessage) => unknown;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the next requests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_test', ...headers });
  res.end(JSON.stringify(body));
};

export async function startServer(handler: Handler = (_req, res) => json(res, 200, {})): Promise<TestServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server = http.createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const url = new URL(raw.url ?? '/', 'http://127.0.0.1');
      const query: Record<string, string[]> = {};
      // Own keys only: a query key may be `toString`.
      for (const [k, v] of url.searchParams) (Object.hasOwn(query, k) ? query[k]! : (query[k] = [])).push(v);
      const req: RecordedRequest = { method: raw.method ?? '', url: raw.url ?? '', path: url.pathname, query, headers: raw.headers, body: Buffer.concat(chunks) };
      requests.push(req);
      Promise.resolve(current(req, res, raw)).catch((err: unknown) => {
        res.writeHead(599);
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (h) => (current = h),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Parses a recorded multipart body with the platform's own parser. */
export async function formParts(req: RecordedRequest): Promise<{ name: string; value: string; filename?: string; type?: string }[]> {
  const form = await new Response(new Uint8Array(req.body), { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
  const parts: { name: string; value: string; filename?: string; type?: string }[] = [];
  for (const [name, value] of form) {
    if (typeof value === 'string') parts.push({ name, value });
    else parts.push({ name, value: await value.text(), filename: value.name, type: value.type });
  }
  return parts;
}
