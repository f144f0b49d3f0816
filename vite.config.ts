import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { runEarly } from './scripts/build/early-script.ts';
import { precompress } from './scripts/build/precompress.ts';

// Chunks named here; each page is split off by the router (src/web/app/pages.ts).
// The early start (src/web/app/early-start.ts) alone, so that it runs before React is
// read. Libraries in chunks of their own, so that a new version of the app's code
// leaves them in the browser's cache: React, the router, and Radix (dialogs) with its
// helpers, which only the pages that open a dialog load.
const CHUNK_GROUPS = [
  {
    name: 'early-start',
    test: /src[\\/]web[\\/](app[\\/](early-start|pages)|features[\\/]auth[\\/](early-me|api)|lib[\\/](api|api-error|csrf|lang)|config[\\/]paths)\.tsx?$|preload-helper/,
    priority: 2,
  },
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/ },
  { name: 'router', test: /node_modules[\\/]@tanstack[\\/]/ },
  {
    name: 'radix',
    test: /node_modules[\\/](radix-ui|@radix-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|aria-hidden|get-nonce|detect-node-es|tslib)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react(), tailwindcss(), runEarly('early-start'), precompress()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 300,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
