// Packaging: build generated/ as a user would (its own `npm run build`, tsc found on PATH), pack it,
// install the tarball into a fresh project, then call it through `import` and through `require`,
// and type-check a TypeScript consumer against the installed declarations.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { rootPath } from '../helpers/pipeline.js';
import { json, startServer, type TestServer } from '../helpers/server.js';

const run = promisify(execFile);
let server: TestServer;
let app: string;
const env = () => ({ ...process.env, PATH: `${rootPath('node_modules/.bin')}${path.delimiter}${process.env['PATH']}`, BASE_URL: server.url, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });

beforeAll(async () => {
  server = await startServer((req, res) => json(res, 200, { id: 'msg_1', type: 'message', path: req.path, beta: req.headers['anthropic-beta'] ?? null }, { 'request-id': 'req_c' }));
  const work = tempDir('consumer');
  const pkg = path.join(work, 'pkg');
  fs.cpSync(rootPath('generated'), pkg, { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$/.test(src) });
  // The lib helpers type-check against zod, an optional peer and dev dependency of the package: give the
  // build this project's copy, as `npm install` in the package would.
  fs.mkdirSync(path.join(pkg, 'node_modules'), { recursive: true });
  fs.symlinkSync(rootPath('node_modules/zod'), path.join(pkg, 'node_modules/zod'), 'dir');
  await run('npm', ['run', 'build'], { cwd: pkg, env: env() });
  const { stdout } = await run('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: pkg, env: env() });
  const tarball = path.join(work, stdout.trim().split('\n').pop()!);
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }));
  await run('npm', ['install', tarball, '--offline', '--no-package-lock'], { cwd: app, env: env() });
}, 180_000);
afterAll(() => server.close());

describe('the built package, installed in a consumer project', () => {
  it('ships dist/ with ESM, CJS and declarations, and no runtime dependencies', () => {
    const installed = path.join(app, 'node_modules/anthropic-client');
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies']).toBeUndefined();
    for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json']) {
      expect(fs.existsSync(path.join(installed, file))).toBe(true);
    }
  });

  it('works through import (ESM)', async () => {
    fs.writeFileSync(
      path.join(app, 'esm.mjs'),
      `import Anthropic, { Anthropic as Named, APIError, toFile } from 'anthropic-client';
const client = new Anthropic({ apiKey: 'k', baseURL: process.env.BASE_URL });
const msg = await client.beta.messages.batches.retrieve('mb_1');
const statics = [Anthropic.APIError === APIError, Anthropic.toFile === toFile, Anthropic.NotFoundError.name, Anthropic.Messages.name, Anthropic.Messages.Batches.name, Anthropic.Beta.Messages.name];
console.log(JSON.stringify({ msg, rid: msg._request_id, same: Anthropic === Named, err: typeof APIError, toFile: typeof toFile, statics }));`,
    );
    const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: app, env: env() });
    expect(JSON.parse(stdout)).toEqual({
      msg: { id: 'msg_1', type: 'message', path: '/v1/messages/batches/mb_1', beta: 'message-batches-2024-09-24' },
      rid: 'req_c',
      same: true,
      err: 'function',
      toFile: 'function',
      statics: [true, true, 'NotFoundError', 'Messages', 'MessagesBatches', 'BetaMessages'],
    });
  });

  it('works through require (CJS), as the default and as a named export', async () => {
    fs.writeFileSync(
      path.join(app, 'cjs.cjs'),
      `const Anthropic = require('anthropic-client');
const { Anthropic: Named, NotFoundError } = require('anthropic-client');
(async () => {
  const a = new Anthropic({ apiKey: 'k', baseURL: process.env.BASE_URL });
  const b = new Named({ apiKey: 'k', baseURL: process.env.BASE_URL });
  const m = await a.models.retrieve('claude-x');
  const n = await b.messages.create({ model: 'm', max_tokens: 1, messages: [] });
  const statics = [Anthropic.NotFoundError === NotFoundError, Anthropic.APIError.name, typeof Anthropic.toFile, Anthropic.Beta.Messages.name];
  console.log(JSON.stringify({ m: m.path, n: n.path, nf: typeof NotFoundError, statics }));
})();`,
    );
    const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: app, env: env() });
    expect(JSON.parse(stdout)).toEqual({ m: '/v1/models/claude-x', n: '/v1/messages', nf: 'function', statics: [true, 'APIError', 'function', 'BetaMessages'] });
  });

  // The client's type namespace, as code written for the official SDK names types: the same file
  // is checked as an ES module (the import condition's .d.ts) and as CommonJS (the require one's).
  const consumer = `import Anthropic, { type Message, type MessageCreateParams, NotFoundError } from 'anthropic-client';
const client = new Anthropic({ apiKey: 'k' });
export async function main(): Promise<string> {
  // As in the official SDK, a params object without \`stream\` narrows to the non-streaming overload.
  const params: MessageCreateParams = { model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'hi' }] };
  const message: Message = await client.messages.create(params);
  for await (const model of client.models.list()) void model.id;
  const stream = await client.messages.create({ ...params, stream: true });
  for await (const event of stream) void event;
  // @ts-expect-error: a required param is missing
  await client.skills.versions.retrieve('v1', {});
  return message.id + String(NotFoundError.name);
}

// Anthropic.<Type> for every exported type, and nested per resource; the official SDK's names too.
const turn: Anthropic.MessageParam = { role: 'user', content: 'hi' };
const same: Anthropic.InputMessage = turn;
const nestedTurn: Anthropic.Messages.MessageParam = same;
const result: Anthropic.ToolResultBlockParam = { type: 'tool_result', tool_use_id: 'tu_1', content: '15 degrees' };
const betaTurn: Anthropic.Beta.Messages.BetaMessageParam = { role: 'user', content: [result] };
const tools: Anthropic.Tool[] = [{ name: 'get_weather', input_schema: { type: 'object' } }];
const create: Anthropic.MessageCreateParams = { model: 'm', max_tokens: 1, messages: [turn], tools };
const nested: Anthropic.Messages.MessageCreateParamsNonStreaming = { ...create, stream: false };
export async function typed(): Promise<Anthropic.Message> {
  const reply: Anthropic.Message = await client.messages.create(nested);
  const texts = reply.content.filter((b): b is Anthropic.TextBlock => b.type === 'text').map((b) => b.text);
  const uses = reply.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use').map((b) => b.name);
  void [uses, nestedTurn, betaTurn];
  const stream: Anthropic.Stream<Anthropic.MessageStreamEvent> = await client.messages.create({ ...create, stream: true });
  for await (const event of stream) if (event.type === 'message_start') void event.message.id;
  const batch: Anthropic.MessageBatch = await client.messages.batches.retrieve('mb_1');
  const list: Anthropic.Messages.Batches.BatchListParams = { limit: 1 };
  const beta: Anthropic.Beta.Messages.BetaMessage | Anthropic.Beta.BetaMessage | Anthropic.BetaMessage = await client.beta.messages.create({ model: 'm', max_tokens: 1, messages: [] });
  const options: Anthropic.RequestOptions = { timeout: 1 };
  void [texts, batch, list, beta, options];
  return reply;
}
export function classify(err: unknown): string {
  // The error classes are statics (values) and, under the same names, types.
  if (err instanceof Anthropic.NotFoundError) return \`missing \${err.status}\`;
  const api: Anthropic.APIError | undefined = err instanceof Anthropic.APIError ? err : undefined;
  // @ts-expect-error: no such type
  const none: Anthropic.NoSuchType = 1;
  void none;
  return api ? String(api.status) : 'other';
}
`;

  it.each([
    ['ESM', 'check.ts', { type: 'module' }],
    ['CommonJS', 'check.cts', { type: 'commonjs' }],
  ])('type-checks a strict TypeScript consumer (%s) against the installed declarations', async (_kind, file, manifest) => {
    const dir = path.join(app, file.replace('.', '-'));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
    fs.writeFileSync(path.join(dir, file), consumer);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }, files: [file] }));
    const result = await run(process.execPath, [rootPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, env: env() }).then(
      () => '',
      (err: { stdout: string }) => err.stdout,
    );
    expect(result).toBe('');
  });
});
