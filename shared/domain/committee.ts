// A steering committee (Ban Chỉ đạo): the body that holds conferences and signs their documents.

export const COMMITTEE_LEVELS = ['trung_uong', 'tinh', 'xa', 'huyen'] as const;
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];
export const COMMITTEE_LEVEL_LABELS: Record<CommitteeLevel, string> = {
  trung_uong: 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  xa: 'Xã, phường, đặc khu',
  huyen: 'Huyện (dữ liệu cũ, trước 01/7/2025)',
};

/** Signing prefixes of Decree 30: on behalf of the collective, for the head, acting, by order, by authorisation. */
export const SIGNER_PREFIXES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.', ''] as const;
export type SignerPrefix = (typeof SIGNER_PREFIXES)[number];
export const SIGNER_PREFIX_LABELS: Record<SignerPrefix, string> = {
  'TM.': 'TM. — thay mặt tập thể (Trưởng ban ký)',
  'KT.': 'KT. — ký thay Trưởng ban (Phó Trưởng ban ký)',
  'Q.': 'Q. — quyền',
  'TL.': 'TL. — thừa lệnh',
  'TUQ.': 'TUQ. — thừa ủy quyền',
  '': 'Không có tiền tố (ký trực tiếp)',
};

export interface Committee {
  id: number;
  /** Full name: "Ban Chỉ đạo 138 tỉnh Nam Định". */
  name: string;
  /** Parent body printed above the issuing body: "UBND TỈNH NAM ĐỊNH" (may be empty). */
  parentBody: string;
  /** Issuing body as printed in document headers: "BAN CHỈ ĐẠO 138". */
  issuingBody: string;
  /** Place name used in the date line: "Nam Định". */
  locality: string;
  level: CommitteeLevel;
  /** Code in document numbers: "BCĐ" in "05/BB-BCĐ". */
  docCode: string;
  headName: string;
  headPosition: string;
  signerName: string;
  signerPrefix: SignerPrefix;
  /** The signer's own position: "TRƯỞNG BAN" or "PHÓ TRƯỞNG BAN". */
  signerPosition: string;
  secretaryName: string;
  /** Contact person and phone printed on invitations ("Liên hệ: đồng chí …, điện thoại …"). */
  contactName: string;
  contactPhone: string;
  /** Who signs the conclusion notice for the chair: "TL." + "TRƯỞNG BAN" / "CHÁNH VĂN PHÒNG" + name. */
  noticeSignerPrefix: SignerPrefix;
  /** The head the office signs for (TL., TUQ.): "TRƯỞNG BAN". With TM. the committee's signing name is used. */
  noticeSignerFor: string;
  noticeSignerPosition: string;
  noticeSignerName: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The committee's name as it signs, the same on every document: "BAN CHỈ ĐẠO 138" in "TM. BAN CHỈ ĐẠO 138".
 * The issuing body as printed in the header, upper case.
 */
export function committeeSigningName(committee: Pick<Committee, 'issuingBody' | 'name'>): string {
  return (committee.issuingBody.trim() || committee.name.trim()).normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/g, ' ');
}
