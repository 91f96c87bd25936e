// The document register: each committee numbers its documents itself, per type, from 01 every 1 January.
// Documents call `offerNumber` to propose the next number, then `registerNumber` inside the transaction
// that records the document; reusing a number in the same year and type is refused.
import { AppError } from '../../../../shared/api/result';
import { formatDocumentNumber } from '../../../../shared/domain/document-number';
import { DOCUMENT_TYPE_CODES, type RegisteredNumber } from '../../../../shared/domain/document-register';
import type { Db } from '../../db/open';
import { getCommittee } from './handlers';
import { many, one, single } from '../../db/rows';

const SELECT = `SELECT r.id, r.committee_id AS committeeId, r.year, r.type_code AS typeCode, r.number, r.title,
  r.conference_id AS conferenceId, r.issued_on AS issuedOn, r.created_at AS createdAt, c.doc_code AS docCode
  FROM document_number r JOIN committee c ON c.id = r.committee_id`;

type Row = Omit<RegisteredNumber, 'formatted'> & { docCode: string };
const withFormatted = ({ docCode, ...row }: Row): RegisteredNumber => ({
  ...row,
  formatted: formatDocumentNumber(row.number, row.typeCode, docCode),
});

/** The next free number: one more than the highest used this year for this type. */
export function offerNumber(db: Db, committeeId: number, year: number, typeCode: string): { number: number; formatted: string } {
  const committee = getCommittee(db, committeeId);
  const { top } = single<{ top: number }>(
    db,
    'SELECT coalesce(max(number), 0) AS top FROM document_number WHERE committee_id = ? AND year = ? AND type_code = ?',
    committeeId,
    year,
    typeCode,
  );
  return { number: top + 1, formatted: formatDocumentNumber(top + 1, typeCode, committee.docCode) };
}

export function registerNumber(
  db: Db,
  entry: { committeeId: number; issuedOn: string; typeCode: string; number?: number; title: string; conferenceId?: number | null; now: string },
): RegisteredNumber {
  const year = Number(entry.issuedOn.slice(0, 4));
  const committee = getCommittee(db, entry.committeeId);
  const number = entry.number ?? offerNumber(db, entry.committeeId, year, entry.typeCode).number;
  const taken = one<{ title: string }>(
    db,
    'SELECT title FROM document_number WHERE committee_id = ? AND year = ? AND type_code = ? AND number = ?',
    entry.committeeId,
    year,
    entry.typeCode,
    number,
  );
  if (taken) {
    const kind = DOCUMENT_TYPE_CODES[entry.typeCode as keyof typeof DOCUMENT_TYPE_CODES] ?? 'văn bản';
    throw new AppError(
      'CONFLICT',
      `Số ${formatDocumentNumber(number, entry.typeCode, committee.docCode)} năm ${year} đã được dùng cho ${kind.toLowerCase()} “${taken.title}”. Hãy chọn số khác.`,
    );
  }
  const info = db
    .prepare(
      `INSERT INTO document_number (committee_id, year, type_code, number, title, conference_id, issued_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(entry.committeeId, year, entry.typeCode, number, entry.title, entry.conferenceId ?? null, entry.issuedOn, entry.now);
  return withFormatted(single<Row>(db, `${SELECT} WHERE r.id = ?`, Number(info.lastInsertRowid)));
}

export function listRegister(db: Db, committeeId: number, year: number): RegisteredNumber[] {
  return many<Row>(db, `${SELECT} WHERE r.committee_id = ? AND r.year = ? ORDER BY r.type_code, r.number`, committeeId, year).map(withFormatted);
}

/** Every number a conference's documents took, newest first. */
export function conferenceNumbers(db: Db, conferenceId: number): RegisteredNumber[] {
  return many<Row>(db, `${SELECT} WHERE r.conference_id = ? ORDER BY r.id DESC`, conferenceId).map(withFormatted);
}

/** The number a conference's set of this type already has (its latest): a reprint of the set reuses it. */
export function conferenceNumber(db: Db, conferenceId: number, typeCode: string): RegisteredNumber | null {
  const row = one<Row>(db, `${SELECT} WHERE r.conference_id = ? AND r.type_code = ? ORDER BY r.id DESC LIMIT 1`, conferenceId, typeCode);
  return row ? withFormatted(row) : null;
}
