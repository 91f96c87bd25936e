// SIGKILL during a 10,000-row import and a long series of edits: after every kill the file opens,
// passes integrity_check, keeps every acknowledged write and each transaction whole or absent.
// `npm test` runs a short seeded variant; `npm run test:fault` runs ≥ 50 kills (THUKY_FAULT_KILLS).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../fault/crash-runner';
import { tempDir } from '../helpers/temp-db';

const KILLS = Number(process.env.THUKY_FAULT_KILLS ?? 10);
const SEED = Number(process.env.THUKY_FAULT_SEED ?? 20251121);

describe('crash safety', () => {
  it(
    `survives ${KILLS} SIGKILLs at seeded random moments with nothing acknowledged lost`,
    async () => {
      const path = join(tempDir('thuky-crash-'), 'thu-ky-hoi-nghi.sqlite');
      const report = await runCrashTest({ path, kills: KILLS, seed: SEED, log: process.env.THUKY_FAULT_VERBOSE ? console.log : undefined });
      console.log(
        `[crash] seed ${SEED}: ${report.kills} kills, ${report.acknowledged} acknowledged writes all present, ` +
          `${report.batchesImported} imports of 10,000 rows acknowledged, in-flight transactions: ${report.inFlightCommitted} whole, ` +
          `${report.inFlightRolledBack} absent, 0 partial; ${report.rows} rows at the end; integrity_check ok after every kill.`,
      );
      expect(report.kills).toBe(KILLS);
      expect(report.acknowledged).toBeGreaterThan(KILLS);
      // The child sometimes dies between commit and acknowledgement: the long run must have met that case.
      if (KILLS >= 50) expect(report.inFlightCommitted).toBeGreaterThan(0);
    },
    30_000 + KILLS * 8_000,
  );
});
