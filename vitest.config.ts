import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/documents/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine. Most files
    // wait on child processes (LibreOffice, killed writers, served hosts), so two keep both cores busy.
    maxWorkers: 2,
    // Each worker evaluates the app's modules once instead of once per file: importing them was 44–63 % of
    // the run. Tests share no module state (services take their context; helpers make their own temp files).
    isolate: false,
  },
});
