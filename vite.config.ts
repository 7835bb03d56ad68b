import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

const PURE_MODULES =
  /[\\/]src[\\/]engine[\\/]|[\\/]node_modules[\\/](@aws-crypto|@aws-sdk|@smithy|@noble)[\\/]/;

// base './' makes the built app work from any subfolder of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // The engine is pure (no module runs code on import: the lint and the design keep it so), and so
      // are the checksum and hash libraries. Saying so lets the bundler keep only what the page uses
      // from the engine's barrel; otherwise every table the barrel reaches (the policy catalog, CRC
      // tables) is kept in a shared chunk that the first load must fetch (issue 10: ≤ 150 KiB).
      treeshake: { moduleSideEffects: (id: string) => !PURE_MODULES.test(id) },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/state/testing/codec-setup.ts'],
  },
});
