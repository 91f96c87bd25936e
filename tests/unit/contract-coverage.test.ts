// A new operation lives in three places: the contract (shared/api), its capability's handlers (TypeScript
// refuses a contract without a handler, see electron/core/handlers.ts) and a screen. This test catches the
// third: an operation no screen calls is a promise wired to nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';

const renderer = join(__dirname, '..', '..', 'renderer', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Operations a person never triggers from a screen, each with the reason. */
const NOT_ON_A_SCREEN: Record<string, string> = {};

describe('contract coverage', () => {
  it('every operation in the contract is called by some screen (or says why not)', () => {
    const text = sources(renderer)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = Object.keys(contract).filter((op) => !text.includes(`'${op}'`) && !(op in NOT_ON_A_SCREEN));
    expect(missing).toEqual([]);
  });
});
