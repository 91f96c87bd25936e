// Desks: reception check-in desks and hall screens, each with a long random token for one conference and
// one role. Only the token's SHA-256 is stored; the token itself is handed out once, in the desk's address.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../../shared/api/result';
import type { Desk, DeskRole } from '../../../../shared/domain/desks';
import type { Db } from '../../db/open';
import { columns, many, one } from '../../db/rows';

const DESK_COLUMNS = columns<Desk>({
  id: 'id',
  conferenceId: 'conference_id',
  role: 'role',
  label: 'label',
  createdAt: 'created_at',
  revokedAt: 'revoked_at',
  lastSeenAt: 'last_seen_at',
});

/** 32 random bytes, URL-safe: fits in a QR code the phone can read at a glance. */
export const newDeskToken = (): string => randomBytes(32).toString('base64url');

export const hashDeskToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function insertDesk(db: Db, input: { conferenceId: number; role: DeskRole; label: string }, now: string): { desk: Desk; token: string } {
  const token = newDeskToken();
  const id = Number(
    db
      .prepare('INSERT INTO desk (conference_id, role, label, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.conferenceId, input.role, input.label, hashDeskToken(token), now).lastInsertRowid,
  );
  return { desk: getDesk(db, id), token };
}

export function getDesk(db: Db, id: number): Desk {
  const row = one<Desk>(db, `SELECT ${DESK_COLUMNS} FROM desk WHERE id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy bàn này (có thể hội nghị đã bị xoá).');
  return row;
}

export function listDesks(db: Db, conferenceId: number): Desk[] {
  return many<Desk>(db, `SELECT ${DESK_COLUMNS} FROM desk WHERE conference_id = ? ORDER BY id`, conferenceId);
}

export function revokeDesk(db: Db, id: number, now: string): Desk {
  const desk = getDesk(db, id);
  if (!desk.revokedAt) db.prepare('UPDATE desk SET revoked_at = ? WHERE id = ?').run(now, id);
  return getDesk(db, id);
}

/**
 * The desk a token names (revoked ones too: the host says so), or null. The lookup is by hash, so the stored value never
 * meets the offered one; the final comparison is constant-time anyway.
 */
export function deskForToken(db: Db, token: string): Desk | null {
  if (token.length < 20 || token.length > 200) return null;
  const hash = hashDeskToken(token);
  const row = one<Desk & { tokenHash: string }>(db, `SELECT ${DESK_COLUMNS}, token_hash AS tokenHash FROM desk WHERE token_hash = ?`, hash);
  if (!row) return null;
  const a = Buffer.from(row.tokenHash);
  const b = Buffer.from(hash);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  const { tokenHash: _hash, ...desk } = row;
  return desk;
}

export function touchDesk(db: Db, id: number, now: string): void {
  db.prepare('UPDATE desk SET last_seen_at = ? WHERE id = ?').run(now, id);
}
