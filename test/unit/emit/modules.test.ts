import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPath, relativeModule } from '../../../src/emit/modules.js';

describe('relativeModule is path.posix.relative from the importing module’s folder', () => {
  const modules = ['index', 'client', 'core/index', 'resources/shared', 'resources/messages', 'resources/messages/batches', 'resources/beta/messages/batches', 'resources/beta', 'resources/beta/files', 'resourcesx/a'];
  it.each(modules.flatMap((from) => modules.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(relativeModule(from, to)).toBe(path.posix.relative(path.posix.dirname(from), to));
  });

  it('gives import specifiers', () => {
    expect(importPath('resources/beta/files', 'core/index')).toBe('../../core/index.js');
    expect(importPath('client', 'resources/messages')).toBe('./resources/messages.js');
    expect(importPath('resources/messages', 'resources/messages/batches')).toBe('./messages/batches.js');
  });
});
