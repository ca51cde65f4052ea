import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web UI: plain TypeScript modules bundled into web/dist, which `newsgraph serve` serves. */
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // cytoscape alone is ~450 kB minified; it is one local file, not a network cost worth warning about.
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
});
