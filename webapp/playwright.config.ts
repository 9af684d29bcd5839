import { defineConfig, devices } from '@playwright/test';

// Runs against the real stack: the API and Keycloak URLs come from the environment (see e2e/README in
// webapp/README.md); the SPA's built files are served by e2e/serve.mjs on port 4173.
const port = Number(process.env.LHH_E2E_PORT ?? 4173);

// Specs that change the run's own association (LHH_E2E_ASSOC_OWN_ID) run one at a time: an edit in one
// would be a concurrent edit for the other. Every other spec makes its own records and runs beside them.
const ownAssociationSpecs = ['**/conflict.spec.ts', '**/officer.spec.ts', '**/association-structure.spec.ts'];
// The screenshot comparisons run last, after the specs that change shared things (the union's logo...), on records
// of their own (e2e/support/screens-data.ts).
const screenSpecs = ['**/screens.spec.ts'];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // Two browsers keep both cores busy while the other waits for the API or Keycloak.
  workers: Number(process.env.LHH_E2E_WORKERS ?? 2),
  projects: [
    { name: 'own-association', testMatch: ownAssociationSpecs, workers: 1 },
    { name: 'independent', testIgnore: [...ownAssociationSpecs, ...screenSpecs] },
    // Not yet in the default run: the baselines are Vietnamese at desktop width only, and their stability over a
    // full suite's data is not proven yet. LHH_E2E_SCREENS=1 adds them (with -Dlhh.e2e.specs="screens --no-deps").
    ...(process.env.LHH_E2E_SCREENS
      ? [{ name: 'screens', testMatch: screenSpecs, dependencies: ['own-association', 'independent'] }]
      : []),
  ],
  // Baselines of the screenshot comparisons, one per page, language and width; no platform suffix: CI is a
  // machine of the same kind (Debian's Chromium, the fonts .ci/run installs).
  snapshotPathTemplate: '{testDir}/screens/{arg}{ext}',
  // One retry: with two browsers on two cores a step can outlast its timeout; a retried pass is reported as flaky.
  retries: 1,
  forbidOnly: true,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.LHH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `http://localhost:${port}/config.json`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
    env: {
      ...(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >),
      LHH_E2E_PORT: String(port),
    },
  },
});
