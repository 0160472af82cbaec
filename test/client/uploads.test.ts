// Multipart uploads against a real server: every accepted input, file names, and retries resending the body.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Anthropic, toFile } from '../helpers/client-under-test.js';
import { tempDir } from '../helpers/cli.js';
import { formParts, json, startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let client: Anthropic;
let dir: string;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, 200, { id: 'file_1' }));
  client = new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 1 });
  dir = tempDir('upload');
  fs.mkdirSync(path.join(dir, 'my-skill'));
  fs.writeFileSync(path.join(dir, 'my-skill/SKILL.md'), '# Skill');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'notes');
});
afterAll(() => server.close());

const lastParts = () => formParts(server.requests.at(-1)!);

describe('files.upload accepts', () => {
  it.each([
    ['a File', () => new File(['abc'], 'a.txt', { type: 'text/plain' }), { filename: 'a.txt', value: 'abc', type: 'text/plain' }],
    ['a Blob (via toFile)', () => toFile(new Blob(['blob!'], { type: 'text/plain' }), 'b.txt'), { filename: 'b.txt', value: 'blob!', type: 'text/plain' }],
    ['a fetch Response (via toFile)', () => toFile(new Response('from response', { headers: { 'content-type': 'text/csv' } }), 'r.csv'), { filename: 'r.csv', value: 'from response', type: 'text/csv' }],
    ['a Buffer (via toFile, with a type)', () => toFile(Buffer.from('buf'), 'dir/buf.bin', { type: 'application/x-bin' }), { filename: 'buf.bin', value: 'buf', type: 'application/x-bin' }],
    ['an async iterable (via toFile)', () => toFile((async function* () { yield 'chunk1-'; yield new TextEncoder().encode('chunk2'); })(), 'it.txt'), { filename: 'it.txt', value: 'chunk1-chunk2', type: 'application/octet-stream' }],
  ] as const)('%s', async (_name, make, want) => {
    await client.files.upload({ file: await make() });
    expect(await lastParts()).toEqual([{ name: 'file', ...want }]);
  });

  it('an fs.ReadStream, sent under its base name', async () => {
    await client.files.upload({ file: fs.createReadStream(path.join(dir, 'notes.txt')) });
    expect(await lastParts()).toEqual([{ name: 'file', filename: 'notes.txt', value: 'notes', type: 'application/octet-stream' }]);
  });

  it('a Response directly', async () => {
    await client.beta.files.upload({ file: new Response('direct') });
    expect((await lastParts())[0]).toMatchObject({ name: 'file', value: 'direct' });
  });
});

describe('skills uploads keep directory names', () => {
  it('File names and ReadStream paths keep their directory part', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await client.beta.skills.create({ display_title: 'My skill', files: [fs.createReadStream('my-skill/SKILL.md'), new File(['x'], 'my-skill/extra.md')] });
    } finally {
      process.chdir(cwd);
    }
    expect(await lastParts()).toEqual([
      { name: 'display_title', value: 'My skill' },
      { name: 'files[]', filename: 'my-skill/SKILL.md', value: '# Skill', type: 'application/octet-stream' },
      { name: 'files[]', filename: 'my-skill/extra.md', value: 'x', type: 'application/octet-stream' },
    ]);
    expect(server.requests.at(-1)!.headers['anthropic-beta']).toBe('skills-2025-10-02');
  });
});

describe('retries resend the same multipart body', () => {
  it('a stream is read once and the second attempt carries the same file', async () => {
    let n = 0;
    server.handle((_req, res) => (++n === 1 ? json(res, 500, {}, { 'retry-after-ms': '1' }) : json(res, 200, { id: 'ok' })));
    const start = server.requests.length;
    await client.files.upload({ file: fs.createReadStream(path.join(dir, 'notes.txt')) });
    const [first, second] = server.requests.slice(start);
    expect(await formParts(second!)).toEqual(await formParts(first!));
    expect((await formParts(second!))[0]).toMatchObject({ value: 'notes' });
  });
});
