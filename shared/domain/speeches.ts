// Speeches (phát biểu), the live control of a conference (điều hành), the chair's conclusions and the
// minutes (biên bản) as an editable text model. Pure TypeScript.

import { DEFAULT_TEMPLATES } from './programme-templates';

export const SPEECH_KINDS = ['bao_cao', 'dien_van', 'tham_luan', 'chi_dao', 'tiep_thu', 'thao_luan'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];
export const SPEECH_KIND_LABELS: Record<SpeechKind, string> = {
  bao_cao: 'Báo cáo',
  dien_van: 'Diễn văn',
  tham_luan: 'Tham luận',
  chi_dao: 'Phát biểu chỉ đạo',
  tiep_thu: 'Phát biểu tiếp thu',
  thao_luan: 'Ý kiến thảo luận',
};

export const SPEECH_STATUSES = ['dang_ky', 'da_duyet', 'da_trinh_bay', 'huy'] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];
export const SPEECH_STATUS_LABELS: Record<SpeechStatus, string> = {
  dang_ky: 'Đăng ký',
  da_duyet: 'Đã duyệt',
  da_trinh_bay: 'Đã trình bày',
  huy: 'Hủy',
};

/** Kinds given by several speakers in one programme item (its minutes are shared): a talk takes this long. */
const SHARED_ITEM_KINDS: readonly SpeechKind[] = ['tham_luan', 'thao_luan'];
export const TALK_MINUTES = 7;

/**
 * Minutes offered for a new speech: a talk in a block of talks (tham luận, thảo luận) 7; a report, an address,
 * the leaders' speeches take their programme item's minutes (báo cáo 25, chỉ đạo 20, tiếp thu 10 in the
 * templates), from the conference's own programme when it has that item, else from the default templates.
 */
export function defaultSpeechMinutes(kind: SpeechKind, programmeItemMinutes: number | null = null): number {
  if (SHARED_ITEM_KINDS.includes(kind)) return TALK_MINUTES;
  if (programmeItemMinutes !== null && programmeItemMinutes > 0) return programmeItemMinutes;
  for (const { body } of Object.values(DEFAULT_TEMPLATES))
    for (const part of body.parts) {
      const item = part.items.find((i) => i.kind === kind);
      if (item) return item.durationMin;
    }
  return TALK_MINUTES;
}

/** Statuses that take time on the programme (the talk is given or will be). */
export const SCHEDULED_SPEECH_STATUSES: readonly SpeechStatus[] = ['da_duyet', 'da_trinh_bay'];

export interface SpeechFileInfo {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

export interface Speech {
  id: number;
  conferenceId: number;
  /** Order within the conference (0-based). */
  position: number;
  kind: SpeechKind;
  /** The attendee who speaks, when known. */
  invitationId: number | null;
  /** As printed: the speaker's name (empty for a unit that has not named its speaker yet). */
  speakerName: string;
  speakerRank: string;
  speakerPosition: string;
  /** The unit the talk is given for ("Công an xã Hải Hậu"). */
  unitName: string;
  title: string;
  allottedMin: number;
  status: SpeechStatus;
  programmeItemId: number | null;
  /** Summary of what was said (typed live by the secretary); goes into the minutes. */
  notes: string;
  /** "08:35" or "". */
  actualStart: string;
  actualEnd: string;
  file: SpeechFileInfo | null;
  updatedAt: string;
}

// ---- Live control ----

export interface ControlStep {
  itemId: number;
  speechId: number | null;
  /** "Báo cáo tổng kết …" or "Tham luận: Công an xã Hải Hậu". */
  label: string;
  /** Who is on: the item's performer or the speaker's line. */
  who: string;
  allottedMin: number;
}

export interface ControlView {
  conferenceId: number;
  steps: ControlStep[];
  /** Index into steps; -1 before the conference starts, steps.length after the last one. */
  current: number;
  /** ISO timestamp when the current step started, "" when none. */
  startedAt: string;
  /** Server clock when this view was made (ISO), so the screen can correct its own clock. */
  serverNow: string;
  conclusions: string;
  readOnly: boolean;
  /**
   * The conference has started for real ("Bắt đầu hội nghị thật"): steps record actual times for the minutes.
   * False is a rehearsal (diễn tập): the view moves through the steps and times them but writes no actual time.
   */
  live: boolean;
}

// ---- Minutes ----

export interface MinutesSection {
  key: string;
  heading: string;
  /** The text in the minutes (the secretary's edit, or the generated text). */
  text: string;
  /** What the app generated last time. */
  generated: string;
  /** The secretary changed this section since it was generated. */
  edited: boolean;
  /** The conference's data would now generate something different from `generated`. */
  stale: boolean;
}

export interface MinutesView {
  conferenceId: number;
  /** False until the first generation. */
  exists: boolean;
  sections: MinutesSection[];
  approvedAt: string;
  /** "05/BB-BCĐ" once exported, "". */
  number: string;
  readOnly: boolean;
  /** Labels of edited sections kept by the last regeneration. */
  keptEdits: string[];
  /** What the minutes cannot state yet (no check-in, no conclusions, …): export refuses unless allowIncomplete. */
  gaps: string[];
}
