// Awards (khen thưởng): the catalogue (forms, authorities, coefficients, base salary — all data with
// effective dates), decisions, recipients, totals and ceremony batches.

export const RECIPIENT_KINDS = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};
/** Order of kinds within one form on lists and on stage: collectives first. */
export const RECIPIENT_KIND_ORDER: Record<RecipientKind, number> = { tap_the: 0, ca_nhan: 1, ho_gia_dinh: 2 };

/**
 * How a coefficient row turns into money:
 * - ca_nhan: coefficient × base salary for an individual or household; a collective gets twice that;
 * - tap_the: coefficient × base salary for the collective itself (Cờ thi đua), no doubling;
 * - co_dinh: a fixed amount in đồng (gifts, own budget), the same for every recipient.
 */
export const COEFFICIENT_BASES = ['ca_nhan', 'tap_the', 'co_dinh'] as const;
export type CoefficientBasis = (typeof COEFFICIENT_BASES)[number];
export const COEFFICIENT_BASIS_LABELS: Record<CoefficientBasis, string> = {
  ca_nhan: 'Hệ số cho cá nhân (tập thể gấp đôi)',
  tap_the: 'Hệ số cho tập thể',
  co_dinh: 'Số tiền cố định',
};

export interface AwardForm {
  id: number;
  name: string;
  /** Smaller = higher form: ordered first on lists and on stage. */
  rank: number;
  allowsCollective: boolean;
  allowsIndividual: boolean;
  allowsHousehold: boolean;
  /** False for gifts (quà, phần thưởng): not a form under the emulation law. */
  isLegalForm: boolean;
  active: boolean;
}

/**
 * How an authority decides and signs (Decree 30, Appendix I item 7):
 * - uy_ban: a People's Committee (collective): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
 * - ban_chi_dao: a steering committee (collective): "TM. BAN CHỈ ĐẠO …" / "TRƯỞNG BAN", or "KT. TRƯỞNG BAN";
 * - thu_truong: the head of an agency (ministry, police, department): "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC".
 */
export const AUTHORITY_KINDS = ['uy_ban', 'ban_chi_dao', 'thu_truong'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];
export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  uy_ban: 'Ủy ban nhân dân (ký TM. Ủy ban hoặc KT. Chủ tịch)',
  ban_chi_dao: 'Ban Chỉ đạo (ký TM. Ban Chỉ đạo hoặc KT. Trưởng ban)',
  thu_truong: 'Thủ trưởng cơ quan, đơn vị (ký trực tiếp hoặc KT.)',
};

export interface AwardAuthority {
  id: number;
  kind: AuthorityKind;
  /** "Chủ tịch UBND tỉnh" — who signs ("của Chủ tịch UBND tỉnh"). */
  name: string;
  /** Issuing body for the decision header, UPPER: "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH". */
  issuingBody: string;
  /** Parent body line above it (may be empty): "BỘ CÔNG AN" above "CÔNG AN TỈNH …". */
  parentBody: string;
  /** Signer's position in the signature block, UPPER: "CHỦ TỊCH". */
  signerPosition: string;
  /** Place on the decision's date line ("Hà Nội"); empty = the committee's locality. */
  place: string;
  /** Rank of the authority: smaller = higher (ministry before province before commune). */
  rank: number;
  active: boolean;
  /** The head's title printed under "QUYẾT ĐỊNH": "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"; '' = position + issuing body. */
  signerTitle: string;
  /** Default signer for new decisions: "Nguyễn Văn A" and, for police signers, the rank "Đại tá". */
  signerName: string;
  signerRank: string;
  /** The committee itself issues (header, name and signer from Cài đặt → Ban Chỉ đạo). */
  isCommittee: boolean;
}

/** What a decision of an authority cites, in force from a date (a change of law is a new row). */
export interface AwardAuthorityBasis {
  id: number;
  authorityId: number;
  effectiveFrom: string;
  /** "Căn cứ …;" lines, one per line, printed in italics under the signer's title. */
  legalBases: string;
  /** Who proposes ("Xét đề nghị của …"): "Giám đốc Công an tỉnh và Giám đốc Sở Nội vụ". */
  advisoryBody: string;
}

export interface AwardCoefficient {
  id: number;
  formId: number;
  /** Null: applies to the form whoever issues it; otherwise only to this authority (wins over null). */
  authorityId: number | null;
  basis: CoefficientBasis;
  /** Coefficient × 1000 (1,5 → 1500), or the fixed amount in đồng for basis co_dinh. */
  value: number;
  effectiveFrom: string;
  legalBasis: string;
}

export interface BaseSalary {
  id: number;
  amount: number;
  effectiveFrom: string;
  legalBasis: string;
}

export interface AwardCatalog {
  forms: AwardForm[];
  authorities: AwardAuthority[];
  coefficients: AwardCoefficient[];
  baseSalaries: BaseSalary[];
  authorityBases: AwardAuthorityBasis[];
  /** Which authority may give which form (Luật Thi đua, khen thưởng 2022, Điều 79–80): one row per allowed pair. */
  authorityForms: AwardAuthorityForm[];
}

export interface AwardAuthorityForm {
  authorityId: number;
  formId: number;
}

export interface AwardTotals {
  collectives: number;
  individuals: number;
  households: number;
  count: number;
  amount: number;
}

export interface AwardDecision {
  id: number;
  conferenceId: number | null;
  committeeId: number | null;
  number: string;
  decidedOn: string;
  authorityId: number;
  formId: number;
  /** Snapshots taken when the decision is saved, so later catalogue changes never rewrite it. */
  authorityName: string;
  formName: string;
  issuingBody: string;
  parentBody: string;
  place: string;
  signerPrefix: string;
  signerPosition: string;
  signerName: string;
  /** Police or military rank printed before the signer's name ("Đại tá"), '' for civilians. */
  signerRank: string;
  /** Snapshot of the head's title under "QUYẾT ĐỊNH" ('' = position + issuing body). */
  signerTitle: string;
  citation: string;
  /** Base salary and coefficient in force on the decision date (snapshot). 0 / null when none was in force. */
  baseSalary: number;
  coefficientBasis: CoefficientBasis | null;
  coefficientValue: number;
  createdAt: string;
  updatedAt: string;
}

export interface AwardDecisionListItem extends AwardDecision {
  conferenceTitle: string | null;
  formRank: number;
  authorityRank: number;
  totals: AwardTotals;
}

export interface AwardRecipient {
  id: number;
  decisionId: number;
  kind: RecipientKind;
  personId: number | null;
  name: string;
  rank: string;
  position: string;
  /** Individuals: their agency; collectives: the parent agency; households: the address. */
  agency: string;
  birthYear: number | null;
  achievement: string;
  sortOrder: number;
  /** Computed from the decision's snapshot. */
  computedAmount: number;
  overrideAmount: number | null;
  overrideReason: string;
  /** What is paid: the override when there is one. */
  amount: number;
}

export interface DuplicateWarning {
  recipientId: number;
  kind: 'same_decision' | 'same_achievement';
  message: string;
}

export interface AwardDecisionDetail {
  decision: AwardDecisionListItem;
  recipients: AwardRecipient[];
  warnings: DuplicateWarning[];
}

export interface AwardTotalsReport {
  overall: AwardTotals;
  byForm: Array<{ formId: number; formName: string } & AwardTotals>;
  byConference: Array<{ conferenceId: number | null; conferenceTitle: string } & AwardTotals>;
}

export interface BatchRecipient {
  recipientId: number;
  decisionId: number;
  decisionNumber: string;
  formName: string;
  authorityName: string;
  kind: RecipientKind;
  name: string;
  rank: string;
  position: string;
  agency: string;
  /** null: no check-in data for this conference (or the person is not in the directory). */
  present: boolean | null;
}

export interface AwardBatch {
  id: number;
  seq: number;
  title: string;
  presenterName: string;
  presenterPersonId: number | null;
  maxSize: number;
  items: BatchRecipient[];
}

export interface PresenterCandidate {
  /** Null for an attendee not linked to the directory. */
  personId: number | null;
  label: string;
}

export interface AwardBatchesView {
  batches: AwardBatch[];
  unassigned: BatchRecipient[];
  /** True when the conference has check-in data, so `present` is meaningful. */
  hasCheckIn: boolean;
  /** People who may present, in protocol order when the attendees capability provides it. */
  presenters: PresenterCandidate[];
}

/** Human label of a coefficient value: "1,5" or "500.000 đ". */
export function coefficientLabel(basis: CoefficientBasis, value: number): string {
  if (basis === 'co_dinh') return `${value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
  return (value / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });
}
