// The web UI's bundle: everything from the package (fonts, charts, the world outline), nothing from
// a CDN, so `isnad serve` works on a machine with no network.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // Fonts stay files (cached, immutable) rather than data: URLs.
    assetsInlineLimit: 0,
  },
});
