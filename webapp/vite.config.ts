/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('./src', import.meta.url));

// Test files that vi.mock a module get a module registry of their own: in a shared one, a module another file
// loaded first stays as it was loaded (real, or another file's mock).
const mockingTests = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.test\.tsx?$/.test(f) && readFileSync(`${src}/${f}`, 'utf8').includes('vi.mock('))
  .map((f) => `src/${f}`);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': src },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    // scripts/bench.mjs reads the manifest to size the public home page's initial JavaScript.
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    projects: [
      // One environment and module registry per worker instead of per file: the suite takes about 15 s instead
      // of 110 s on two cores.
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: mockingTests, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: mockingTests } },
    ],
  },
});
