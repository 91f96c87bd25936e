// A conference (hội nghị) or other event the secretariat organises.

export const CONFERENCE_KINDS = ['tong_ket', 'so_ket', 'phat_dong', 'tong_ket_phat_dong', 'ngay_hoi', 'kiem_tra', 'khac'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, string> = {
  tong_ket: 'Hội nghị tổng kết',
  so_ket: 'Hội nghị sơ kết',
  phat_dong: 'Hội nghị phát động thi đua',
  tong_ket_phat_dong: 'Tổng kết và phát động',
  ngay_hoi: 'Ngày hội toàn dân bảo vệ ANTQ',
  kiem_tra: 'Đoàn kiểm tra, làm việc',
  khac: 'Khác',
};

export const CONFERENCE_STATUSES = ['draft', 'planned', 'held', 'closed'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];
export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  draft: 'Dự thảo',
  planned: 'Đã lên kế hoạch',
  held: 'Đã tổ chức',
  closed: 'Đã kết thúc hồ sơ',
};

export interface Conference {
  id: number;
  committeeId: number;
  kind: ConferenceKind;
  title: string;
  /** Local start, "2024-01-16T08:00". */
  startsAt: string;
  /** Planned end, local, or "" when not set. */
  endsAt: string;
  venue: string;
  status: ConferenceStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface ConferenceListItem extends Conference {
  committeeName: string;
}
