import { defineConfig } from 'vitest/config';

// Two projects: everything against the committed generated/ (built from the OpenAPI document), and
// the client behaviour tests again against the committed LAP build, generated-lap/.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['test/helpers/build-generator.ts'],
    projects: [
      { extends: true, test: { name: 'generated', include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } },
      { extends: true, test: { name: 'generated-lap', include: ['test/client/**/*.test.ts'], env: { CLIENT_BUILD: 'lap' } } },
    ],
  },
});
