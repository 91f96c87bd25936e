/** Type codes of Decree 30 (Appendix III) for the documents the secretariat numbers. */
export const DOCUMENT_TYPE_CODES = {
  CTr: 'Chương trình',
  GM: 'Giấy mời',
  BB: 'Biên bản',
  TB: 'Thông báo',
  QĐ: 'Quyết định',
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
} as const;
export type DocumentTypeCode = keyof typeof DOCUMENT_TYPE_CODES;

export interface RegisteredNumber {
  id: number;
  committeeId: number;
  year: number;
  typeCode: string;
  number: number;
  /** As printed after "Số:", e.g. "05/CTr-BCĐ". */
  formatted: string;
  title: string;
  conferenceId: number | null;
  issuedOn: string;
  createdAt: string;
}
