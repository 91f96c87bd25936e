// Document numbers as printed after "Số:": "05/CTr-BCĐ" (Decree 30: leading zero below 10, "/" before the
// type code, "-" before the issuing body's code, no spaces). Pure: used by the renderer and the documents.
import { normalizeText } from '../text/vietnamese';

export interface DocumentNumber {
  n: number;
  typeCode: string;
  bodyCode: string;
}

export function formatDocumentNumber(n: number, typeCode: string, bodyCode: string): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số văn bản phải là số nguyên dương: ${n}`);
  const type = normalizeText(typeCode).replace(/\s+/g, '');
  const body = normalizeText(bodyCode).replace(/\s+/g, '');
  if (!type || !body) throw new RangeError('Thiếu mã loại văn bản hoặc mã cơ quan');
  return `${n < 10 ? `0${n}` : n}/${type}-${body}`;
}

/**
 * Parses "05/CTr-BCĐ" (also "Số: 05/CTr-BCĐ" and stray spaces); null when it is not a number of that form.
 * The body code may itself contain hyphens ("BCĐ-CAT"): only the first hyphen after the type code splits.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const compact = normalizeText(text).replace(/^\s*Số\s*:?\s*/iu, '').replace(/\s+/g, '');
  const match = /^(\d{1,6})\/([^/-]+)-(.+)$/u.exec(compact);
  if (!match) return null;
  const n = Number(match[1]);
  if (n < 1) return null;
  return { n, typeCode: match[2]!, bodyCode: match[3]! };
}
