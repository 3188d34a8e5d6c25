import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Two at a time: most integration tests wait on a practice marketplace's simulated processing, not the CPU, and
    // each runs its own station and marketplace on a fresh folder and port (on two cores the default is one).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
