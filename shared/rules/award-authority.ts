// How an award authority's catalogue row becomes the text of a decision: the issuing body completed with
// the committee's locality, the legal bases ("Căn cứ …") and the advisory body ("Xét đề nghị của …") in
// force on the decision date. Pure.
import type { AwardAuthorityBasis } from '../domain/awards';
import { rowInForce } from './award-money';

const upperVi = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();

/** A body that stops at its level ("ỦY BAN NHÂN DÂN TỈNH", "CÔNG AN XÃ") lacks its place name. */
const ENDS_AT_LEVEL = /(?:^|\s)(TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU|HUYỆN|THỊ XÃ|QUẬN)$/u;

export function lacksPlaceName(body: string): boolean {
  return ENDS_AT_LEVEL.test(upperVi(body));
}

/** "ỦY BAN NHÂN DÂN TỈNH" + "Nam Định" → "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"; a whole body is kept as it is. */
export function completeBody(body: string, locality: string): string {
  const b = upperVi(body);
  const place = upperVi(locality);
  if (!b || !place || !lacksPlaceName(b)) return b;
  return `${b} ${place}`;
}

/** "CHỦ TỊCH" + "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" → "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"; "TRƯỞNG BAN" + "BAN CHỈ ĐẠO 138" → "TRƯỞNG BAN CHỈ ĐẠO 138". */
export function authorityTitle(signerPosition: string, issuingBody: string): string {
  const position = upperVi(signerPosition);
  const body = upperVi(issuingBody);
  if (!position) return body;
  const last = position.split(' ').pop()!;
  return body.startsWith(`${last} `) ? `${position}${body.slice(last.length)}` : `${position} ${body}`;
}

/** The bases row in force on `date` for the authority, if any. */
export function basisInForce(rows: readonly AwardAuthorityBasis[], authorityId: number, date: string): AwardAuthorityBasis | undefined {
  return rowInForce(
    rows.filter((r) => r.authorityId === authorityId),
    date,
  );
}

/** The stored lines as printed: one "Căn cứ …;" per non-empty line. */
export function legalBasisLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
