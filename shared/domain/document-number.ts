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
