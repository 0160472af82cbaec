// The base error class takes the client's name (`AnthropicError`), in the plan and in the copied runtime.
import { describe, expect, it } from 'vitest';
import { emitPackage } from '../../../src/emit/index.js';
import { readRuntimeFiles } from '../../../src/emit/runtime-files.js';
import { lapDoc } from '../../helpers/lap.js';
import { planFrom } from '../../helpers/pipeline.js';

describe('the base error class is named after the client', () => {
  const spec = lapDoc('@type AnthropicError {message: str}\n@endpoint GET /v1/things\n@returns(200) AnthropicError');
  it('AnthropicError for Anthropic, and a spec type of that name steps aside', () => {
    const { plan } = planFrom(spec, 'client:\n  name: Anthropic\n');
    expect(plan.errorBaseName).toBe('AnthropicError');
    expect(plan.errorClasses[0]).toBe('AnthropicError');
    expect(plan.errorClasses).not.toContain('ClientError');
    expect(plan.types.map((t) => t.name)).toContain('AnthropicErrorModel');
  });

  it('a client whose <Name>Error is a runtime class gets <Name>BaseError', () => {
    expect(planFrom(spec, 'client:\n  name: API\n').plan.errorBaseName).toBe('APIBaseError');
    expect(planFrom(spec, 'client:\n  name: Client\n').plan.errorBaseName).toBe('ClientError');
  });

  it('the copied runtime declares the class under that name, and nothing under the placeholder', () => {
    const files = emitPackage(planFrom(spec, 'client:\n  name: Widget\n').plan, readRuntimeFiles());
    const errorsModule = files.get('src/core/errors.ts')!;
    expect(errorsModule).toContain('export class WidgetError extends Error {');
    expect(errorsModule).toContain("override readonly name: string = 'WidgetError';");
    for (const [file, text] of files) if (file.startsWith('src/')) expect(text, file).not.toMatch(/\bClientError\b/);
  });
});
