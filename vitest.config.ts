import { defineConfig } from 'vitest/config';

// Two projects: everything against the committed LAP build, and the client behaviour tests again
// against the client generated from the Anthropic OpenAPI document.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['test/helpers/build-generator.ts'],
    projects: [
      { extends: true, test: { name: 'lap', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } },
      { extends: true, test: { name: 'openapi', include: ['test/client/**/*.test.ts'], env: { CLIENT_BUILD: 'openapi' }, globalSetup: ['test/helpers/build-generator.ts', 'test/helpers/openapi-build.ts'] } },
    ],
  },
});
