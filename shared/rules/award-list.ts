// Wording of award lists (danh sách khen thưởng), shared by the print view and the Word documents.
import { formatThousands } from '../text/money';
import type { AwardDecision, AwardRecipient, RecipientKind } from '../domain/awards';
import { formatLongDate, parseLocalDateTime } from '../text/dates';

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const SECTION_LABEL: Record<RecipientKind, string> = { tap_the: 'TẬP THỂ', ca_nhan: 'CÁ NHÂN', ho_gia_dinh: 'HỘ GIA ĐÌNH' };
const SUBJECT: Record<RecipientKind, string> = { tap_the: 'tập thể', ca_nhan: 'cá nhân', ho_gia_dinh: 'hộ gia đình' };

export interface AwardListSection<R> {
  kind: RecipientKind;
  /** "I. TẬP THỂ (3)" */
  heading: string;
  items: R[];
}

/** Sections in list order (collectives, individuals, households), numbered I, II, III, skipping empty ones. */
export function awardListSections<R extends Pick<AwardRecipient, 'kind'>>(recipients: readonly R[]): Array<AwardListSection<R>> {
  const kinds: RecipientKind[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];
  return kinds
    .map((kind) => ({ kind, items: recipients.filter((r) => r.kind === kind) }))
    .filter((s) => s.items.length > 0)
    .map((s, i) => ({ ...s, heading: `${ROMAN[i]}. ${SECTION_LABEL[s.kind]} (${formatThousands(s.items.length)})` }));
}

/** "Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh" */
export function awardListSubtitle(decision: Pick<AwardDecision, 'formName' | 'authorityName'>, kinds: readonly RecipientKind[]): string {
  const order: RecipientKind[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];
  const present = order.filter((k) => kinds.includes(k));
  const subject = (present.length ? present : ['tap_the', 'ca_nhan']).map((k) => SUBJECT[k as RecipientKind]).join(', ');
  const form = /^(Quà|Phần thưởng)/.test(decision.formName) ? decision.formName.charAt(0).toLowerCase() + decision.formName.slice(1) : decision.formName;
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} được tặng ${form} của ${decision.authorityName}`;
}

/** "ngày 10 tháng 01 năm 2024" from "2024-01-10". */
export function longDate(iso: string): string {
  const date = parseLocalDateTime(iso.slice(0, 10));
  return date ? formatLongDate(date) : iso;
}

/** "(Kèm theo Quyết định số 123/QĐ-UBND ngày 10 tháng 01 năm 2024 của Chủ tịch UBND tỉnh)" */
export function attachmentLine(decision: Pick<AwardDecision, 'number' | 'decidedOn' | 'authorityName'>): string {
  return `(Kèm theo Quyết định số ${decision.number} ${longDate(decision.decidedOn)} của ${decision.authorityName})`;
}

/** Printed name of a recipient: rank before an individual's name ("Đại úy Nguyễn Văn An"). */
export function recipientDisplayName(r: Pick<AwardRecipient, 'kind' | 'rank' | 'name'>): string {
  return r.kind === 'ca_nhan' && r.rank ? `${r.rank} ${r.name}` : r.name;
}

/** A collective as printed in the one-column list: "Phòng Tham mưu, Công an tỉnh Nam Định". */
export function collectiveLine(r: Pick<AwardRecipient, 'name' | 'agency'>): string {
  return r.agency && !r.name.includes(r.agency) ? `${r.name}, ${r.agency}` : r.name;
}

export interface AwardListColumns {
  birthYear: boolean;
  achievement: boolean;
  amount: boolean;
}

/** Landscape when the optional columns would squeeze the individuals' table on a portrait page. */
export function awardListIsWide(columns: AwardListColumns): boolean {
  const optional = [columns.birthYear, columns.achievement, columns.amount].filter(Boolean).length;
  return columns.achievement || optional >= 2;
}
