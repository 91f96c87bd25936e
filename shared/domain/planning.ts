// Conference planning: the programme (chương trình) in parts and items, preparation tasks (công tác chuẩn bị),
// the editable templates a conference of a kind starts from, and the inspection-visit details.
import type { ConferenceKind } from './conference';

export const PROGRAMME_ITEM_KINDS = [
  'van_nghe',
  'chao_co',
  'khai_mac',
  'bao_cao',
  'dien_van',
  'tham_luan',
  'khen_thuong',
  'chi_dao',
  'tiep_thu',
  'phat_dong',
  'giao_uoc',
  'thao_luan',
  'ket_luan',
  'giai_lao',
  'hoat_dong',
  'be_mac',
  'khac',
] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];
export const PROGRAMME_ITEM_KIND_LABELS: Record<ProgrammeItemKind, string> = {
  van_nghe: 'Văn nghệ chào mừng',
  chao_co: 'Chào cờ',
  khai_mac: 'Tuyên bố lý do, giới thiệu đại biểu',
  bao_cao: 'Báo cáo',
  dien_van: 'Diễn văn',
  tham_luan: 'Tham luận',
  khen_thuong: 'Công bố quyết định, trao khen thưởng',
  chi_dao: 'Phát biểu chỉ đạo',
  tiep_thu: 'Phát biểu tiếp thu',
  phat_dong: 'Phát động thi đua',
  giao_uoc: 'Ký giao ước thi đua',
  thao_luan: 'Thảo luận, trao đổi',
  ket_luan: 'Kết luận',
  giai_lao: 'Nghỉ giải lao',
  hoat_dong: 'Hoạt động (phần hội)',
  be_mac: 'Bế mạc',
  khac: 'Khác',
};

export interface ProgrammeItem {
  id: number;
  partId: number;
  conferenceId: number;
  position: number;
  kind: ProgrammeItemKind;
  title: string;
  /** Người thực hiện: a person's name and position, or free text such as "Đội văn nghệ xã". */
  performer: string;
  durationMin: number;
  /** Actual times recorded during the conference ("08:05"), "" when not recorded; kept for the minutes. */
  actualStart: string;
  actualEnd: string;
  notes: string;
}

export interface ProgrammePart {
  id: number;
  conferenceId: number;
  position: number;
  /** "" for a single-part programme; "Phần lễ", "Buổi chiều" … */
  title: string;
  /** "07:30": each part has its own start time. */
  startTime: string;
  items: ProgrammeItem[];
}

export interface ScheduledItem extends ProgrammeItem {
  /** "07:30" */
  start: string;
  /** "07:45" */
  end: string;
  /** "07:30 – 07:45", with "(+1 ngày)" when it ends after midnight. */
  label: string;
  /** Days after the conference date the item starts (0 normally; 1 after midnight). */
  dayOffset: number;
  overrun: boolean;
  inLunch: boolean;
}

export interface ScheduledPart extends Omit<ProgrammePart, 'items'> {
  items: ScheduledItem[];
  end: string;
  /** The part starts before the previous one has finished. */
  overlapsPrevious: boolean;
}

export interface ProgrammeView {
  conferenceId: number;
  /** Conference date, "2025-01-15". */
  date: string;
  /** Planned end of the conference "11:30" or "". */
  plannedEnd: string;
  lunchStart: string;
  lunchEnd: string;
  parts: ScheduledPart[];
  totalMinutes: number;
  /** Clock time the last item ends. */
  end: string;
  overrunMinutes: number;
  lunchOverlap: boolean;
  /** Human-readable problems, in Vietnamese, for the flags above the table. */
  warnings: string[];
  readOnly: boolean;
}

// ---- Preparation tasks ----

export const TASK_STATUSES = ['todo', 'doing', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  todo: 'Chưa làm',
  doing: 'Đang làm',
  done: 'Đã xong',
};

export const DUE_MODES = ['relative', 'absolute'] as const;
export type DueMode = (typeof DUE_MODES)[number];

export interface PrepTask {
  id: number;
  conferenceId: number;
  position: number;
  title: string;
  owner: string;
  dueMode: DueMode;
  /** Relative mode: days before the conference date (negative: after it). */
  daysBefore: number;
  /** Absolute mode: the due date as entered; relative mode: "" (computed). */
  dueDateFixed: string;
  status: TaskStatus;
  notes: string;
}

export interface PrepTaskView extends PrepTask {
  /** Effective due date "2025-01-08": recomputed from the conference date for relative tasks. */
  dueDate: string;
  /** "7 ngày trước", "Ngày tổ chức", "3 ngày sau" or the date. */
  dueLabel: string;
  overdue: boolean;
  /** Due within the next 7 days and not done. */
  dueSoon: boolean;
}

// ---- Templates ----

export interface TemplateItem {
  kind: ProgrammeItemKind;
  title: string;
  performer: string;
  durationMin: number;
}
export interface TemplatePart {
  title: string;
  startTime: string;
  items: TemplateItem[];
}
export interface TemplateTask {
  title: string;
  owner: string;
  daysBefore: number;
}
export interface TemplateBody {
  parts: TemplatePart[];
  tasks: TemplateTask[];
}
export interface ProgrammeTemplate extends TemplateBody {
  id: number;
  kind: ConferenceKind;
  name: string;
  updatedAt: string;
}

// ---- Inspection visits ----

export interface InspectionDetails {
  conferenceId: number;
  /** Trưởng đoàn: name and position. */
  teamHead: string;
  /** One member per line. */
  teamMembers: string;
  inspectedUnit: string;
  /** Documents inspected against, one per line ("Chỉ thị số 09-CT/TW …"). */
  basisDocuments: string;
}

// ---- Dashboard ----

export interface DashboardCount {
  label: string;
  value: string;
}

export interface ConferenceDashboard {
  conferenceId: number;
  startsAt: string;
  status: string;
  programme: { items: number; totalMinutes: number; end: string; warnings: string[] };
  tasks: { total: number; done: number; overdue: PrepTaskView[]; dueSoon: PrepTaskView[] };
  /** Numbers taken in the register for this conference ("05/CTr-BCĐ"). */
  documents: Array<{ formatted: string; title: string; issuedOn: string }>;
  /** Counts other capabilities add (delegates, speeches, awards …). */
  counts: DashboardCount[];
}
