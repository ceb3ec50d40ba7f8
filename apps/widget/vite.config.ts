import { defineConfig } from 'vite';

// One classic script, dist/widget.js, that a page includes with <script src async>: an IIFE, so it
// needs no module support from the host page and leaks no globals.
export default defineConfig({
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    sourcemap: false,
    emptyOutDir: true,
    lib: {
      entry: 'src/main.ts',
      formats: ['iife'],
      name: 'ChorusWidget',
      fileName: () => 'widget.js',
    },
  },
});
