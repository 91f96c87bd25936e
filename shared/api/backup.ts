// Backups (sao lưu) and restore (khôi phục). Backups are identified by their file name in the "sao-luu"
// folder beside the data file: the page never sends a path, only a name the host itself listed.
import { z } from 'zod';
import type { AppInfo } from './app';
import { command, query, task } from './define';
import { emptyInput } from './fields';
import type { GeneratedFile } from './files';

export const BACKUP_KINDS = ['tu-dong', 'thu-cong', 'truoc-nhap', 'truoc-khoi-phuc', 'truoc-nang-cap'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  'tu-dong': 'Tự động hằng ngày',
  'thu-cong': 'Sao lưu thủ công',
  'truoc-nhap': 'Trước khi nhập dữ liệu',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  'truoc-nang-cap': 'Trước khi nâng cấp phần mềm',
};

export interface BackupInfo {
  /** The file name: the only thing the page sends back to restore it. */
  id: string;
  kind: BackupKind;
  /** Local time the backup was made, "2024-01-16T08:00:00". */
  createdAt: string;
  sizeBytes: number;
  /** Passed integrity_check and is a Thư ký Hội nghị file of a version this app can open. */
  ok: boolean;
  /** Why it cannot be restored, in Vietnamese. */
  problem: string | null;
  counts: { conferences: number; people: number; awards: number | null } | null;
}

export interface BackupOverview {
  /** The backups folder (shown, never sent back). */
  folder: string;
  backups: BackupInfo[];
  keepDaily: number;
  keepMonthly: number;
}

export const DEFAULT_KEEP_DAILY = 10;
export const DEFAULT_KEEP_MONTHLY = 12;

/** A backup file name as the host lists it: no folder, no "..", ends in .sqlite. */
export const backupId = z
  .string({ error: 'Bản sao lưu không hợp lệ.' })
  .max(200, { error: 'Bản sao lưu không hợp lệ.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, { error: 'Bản sao lưu không hợp lệ.' })
  .refine((v) => !v.includes('..'), { error: 'Bản sao lưu không hợp lệ.' });

const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}: phải là số.` })
    .int({ error: `${label}: phải là số nguyên.` })
    .min(min, { error: `${label}: tối thiểu ${min}.` })
    .max(max, { error: `${label}: tối đa ${max}.` });

export const backupOps = {
  'backup:list': query<BackupOverview>()(emptyInput),
  /** "Sao lưu ngay": a backup now, kept until deleted by hand. */
  'backup:create': task<BackupInfo>()(emptyInput),
  /** "Sao lưu ra tệp…": a fresh copy of the data file as bytes, saved where the user chooses. */
  'backup:export': task<GeneratedFile>()(emptyInput),
  /** Backs up the current file, replaces it with the chosen backup, and reopens it. */
  'backup:restore': task<AppInfo>()(z.object({ id: backupId })),
  'backup:setRetention': command<{ keepDaily: number; keepMonthly: number }>()(
    z.object({ keepDaily: count('Số ngày giữ bản sao lưu', 1, 60), keepMonthly: count('Số tháng giữ bản sao lưu', 0, 120) }),
  ),
};
