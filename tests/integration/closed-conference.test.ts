import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../helpers/fuzz';
import { openTempApp, type TempApp } from '../helpers/temp-db';

// "A closed conference is read-only until reopened" holds for every capability's data, enforced by the
// data file's guard triggers (migration 008), not only by the services that remember to check.
let app: TempApp;
let closedId: number;

beforeAll(async () => {
  app = await openTempApp();
  await app.must('data:openDemo', {});
  // The demo's held summary conference has invitations, awards and speeches: close it.
  const held = (await app.must('conference:list', {})).find((c) => c.status === 'held' && c.kind === 'tong_ket_phat_dong');
  closedId = held!.id;
  await app.must('conference:setStatus', { id: closedId, status: 'closed' });
});
afterAll(() => app.close());

const CLOSED_MESSAGE = 'Hội nghị này đã kết thúc hồ sơ nên chỉ được xem, không sửa được.';

describe('a closed conference', () => {
  it('refuses changes to its invitations, award recipients and speeches, and changes nothing', async () => {
    const invitations = await app.must('invitation:list', { conferenceId: closedId });
    const decisions = (await app.must('award:listDecisions', {})).filter((d) => d.conferenceId === closedId);
    const speeches = await app.must('speech:list', { conferenceId: closedId });
    expect(invitations.length).toBeGreaterThan(0);
    expect(decisions.length).toBeGreaterThan(0);
    expect(speeches.length).toBeGreaterThan(0);
    const decision = await app.must('award:getDecision', { id: decisions[0]!.id });

    const before = contentHash(app.ctx.db);
    for (const [op, input] of [
      ['invitation:remove', { id: invitations[0]!.id }],
      ['award:deleteRecipient', { id: decision.recipients[0]!.id }],
      ['award:deleteDecision', { id: decisions[0]!.id }],
      ['speech:delete', { id: speeches[0]!.id }],
    ] as const) {
      const result = await app.call(op as 'invitation:remove', input as { id: number });
      expect(result.ok, op).toBe(false);
      if (!result.ok) expect(result.error.message, op).toContain(CLOSED_MESSAGE);
    }
    expect(contentHash(app.ctx.db)).toBe(before);
  });

  it('accepts the same change once reopened', async () => {
    await app.must('conference:reopen', { id: closedId });
    const invitations = await app.must('invitation:list', { conferenceId: closedId });
    await app.must('invitation:remove', { id: invitations[0]!.id });
    expect(await app.must('invitation:list', { conferenceId: closedId })).toHaveLength(invitations.length - 1);
  });
});
