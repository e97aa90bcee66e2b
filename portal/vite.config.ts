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
});
