/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The app lives in web/; the build goes where Quarkus serves static files from (META-INF/resources).
export default defineConfig({
  root: 'web',
  base: '/',
  build: {
    outDir: '../target/classes/META-INF/resources',
    emptyOutDir: true,
    // one bundle per page load is fine for the portal's size; no source maps shipped to the field
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  // Unit tests (npm test): web/test/*.test.ts in Node; a file that needs a DOM asks for happy-dom in its first line.
  // The browser tests in e2e/ are not Vitest's: they run against the whole platform (npm run e2e).
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    unstubGlobals: true,
    // the machine's zone is never Dhaka's, so a time shown in Asia/Dhaka cannot pass by the machine's own zone
    env: { TZ: 'UTC' },
  },
});
