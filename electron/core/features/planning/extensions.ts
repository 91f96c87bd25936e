// Extension points other capabilities plug into, so planning does not need to know their internals:
// - COPY_STEPS: what "Tạo từ hội nghị năm trước" copies. Append a step that copies your rows from `sourceId`
//   to `targetId` (new rows, never shared), shifting dates by `dayShift` and years in titles with
//   shiftYearsInText(…, yearShift). Speeches add their speech slots here when they arrive.
// - DASHBOARD_COUNTS: figures shown on a conference's "Tổng quan" (e.g. "Đại biểu xác nhận: 42/60").
// Both run inside the calling command's transaction.
import { countsAsConfirmed, hasArrived, isInvitee } from '../../../../shared/domain/attendees';
import type { DashboardCount } from '../../../../shared/domain/planning';
import type { Db } from '../../db/open';
import { copyPlanning, type CopyContext } from './repo';
import { many, single } from '../../db/rows';

export type CopyStep = (context: CopyContext) => void;

/**
 * Invitees (attendees capability): last year's list as this year's starting point. The people and their
 * group, role and protocol data are copied; everything that happened last year (sent, confirmed,
 * substitutes, walk-ins, check-in, absence) is not.
 */
export function copyInvitees({ db, sourceId, targetId, now }: CopyContext): void {
  const columns = many<{ name: string }>(db, "SELECT name FROM pragma_table_info('invitation')").map((c) => c.name);
  if (columns.length === 0) return;
  const fresh: Record<string, string> = {
    conference_id: '@targetId',
    status: "'chua_gui'",
    attendance: "''",
    checked_in_at: "''",
    absence_reason: "''",
    substitute_for_id: 'NULL',
    walk_in: '0',
    created_at: '@now',
    updated_at: '@now',
  };
  const copied = columns.filter((c) => c !== 'id');
  db.prepare(
    `INSERT INTO invitation (${copied.join(', ')})
     SELECT ${copied.map((c) => fresh[c] ?? c).join(', ')} FROM invitation
     WHERE conference_id = @sourceId AND substitute_for_id IS NULL AND walk_in = 0 ORDER BY id`,
  ).run({ sourceId, targetId, now });
}

export const COPY_STEPS: CopyStep[] = [copyPlanning, copyInvitees];

export type DashboardCountSource = (db: Db, conferenceId: number) => DashboardCount[];

const hasTable = (db: Db, name: string) => Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));

function invitationCounts(db: Db, conferenceId: number): DashboardCount[] {
  if (!hasTable(db, 'invitation')) return [];
  // The same rules as the check-in tab's counts (shared/domain/attendees): whoever came counts as confirmed.
  const lines = many<{ status: string; attendance: string; walkIn: number; substituteForId: number | null }>(
    db,
    'SELECT status, attendance, walk_in AS walkIn, substitute_for_id AS substituteForId FROM invitation WHERE conference_id = ?',
    conferenceId,
  );
  const invited = lines.filter(isInvitee);
  if (invited.length === 0) return [{ label: 'Đại biểu mời', value: 'chưa có' }];
  const total = invited.length;
  const notSent = invited.filter((l) => l.status === 'chua_gui' && !hasArrived(l.attendance)).length;
  const confirmed = invited.filter(countsAsConfirmed).length;
  const declined = invited.filter((l) => l.status === 'tu_choi' && !countsAsConfirmed(l)).length;
  const present = lines.filter((l) => hasArrived(l.attendance)).length;
  const out = [
    { label: 'Đại biểu mời', value: `${total} (chưa gửi giấy mời: ${notSent})` },
    { label: 'Đã xác nhận dự', value: `${confirmed}/${total}${declined ? `, từ chối ${declined}` : ''}` },
  ];
  if (present) out.push({ label: 'Có mặt', value: `${present}/${total}` });
  return out;
}

function awardCounts(db: Db, conferenceId: number): DashboardCount[] {
  if (!hasTable(db, 'award_decision') || !hasTable(db, 'award_recipient')) return [];
  const r = single<{ decisions: number; recipients: number }>(
    db,
    `SELECT count(DISTINCT d.id) AS decisions, count(r.id) AS recipients FROM award_decision d
       LEFT JOIN award_recipient r ON r.decision_id = d.id WHERE d.conference_id = ?`,
    conferenceId,
  );
  return r.decisions ? [{ label: 'Khen thưởng', value: `${r.decisions} quyết định, ${r.recipients} tập thể/cá nhân` }] : [];
}

export const DASHBOARD_COUNTS: DashboardCountSource[] = [invitationCounts, awardCounts];
