// The templates are compiled ahead of time into src/emit/templates.generated.ts; that file must be
// what templates/*.hbs compile to today (run this test with --update to rewrite it).
import { describe, expect, it } from 'vitest';
import { precompiledTemplatesModule } from '../../../src/emit/templates-precompile.js';
import { renderTemplate } from '../../../src/emit/templates.js';

describe('precompiled templates', () => {
  it('are the current templates', async () => {
    await expect(precompiledTemplatesModule()).toMatchFileSnapshot('../../../src/emit/templates.generated.ts');
  });

  it('render with the helpers', () => {
    expect(renderTemplate('finish-cjs.cjs', { clientName: 'Client', packageName: 'pkg' })).toContain("require('pkg')");
  });
});
