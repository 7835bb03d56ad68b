import { defineConfig } from '@playwright/test';

// Tests run against the production build served by `vite preview`, in Debian's Chromium.
// The flags keep Chromium from calling home: this machine (and a trainer's) has no network.
// E2E_PORT lets a second checkout run its tests while another preview holds 4173.
const port = Number(process.env.E2E_PORT ?? 4173);
const subfolderPort = port + 1;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check',
      ],
    },
  },
  webServer: [
    {
      command: `npm run build && npm run preview -- --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // The same build from a subfolder, as a static host serves it (started once dist/ exists).
      command: 'node scripts/serve-subfolder.mjs',
      url: `http://127.0.0.1:${subfolderPort}/training/s3-playground/`,
      env: { SUBFOLDER_PORT: String(subfolderPort) },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
