// Extension points other capabilities plug into, so planning does not need to know about them:
// - COPY_STEPS: what "Tạo từ hội nghị năm trước" copies. Delegates add the invitee list, speeches the speech
//   slots: append a step that copies your rows from `sourceId` to `targetId` (new rows, never shared),
//   shifting dates by `dayShift` and years in titles with shiftYearsInText(…, yearShift).
// - DASHBOARD_COUNTS: figures shown on a conference's "Tổng quan" (e.g. "Đại biểu đã xác nhận: 42/60").
// Both run inside the calling command's transaction.
import type { DashboardCount } from '../../../shared/domain/planning';
import type { Db } from '../db/open';
import { copyPlanning, type CopyContext } from './planning-store';

export type CopyStep = (context: CopyContext) => void;
export const COPY_STEPS: CopyStep[] = [copyPlanning];

export type DashboardCountSource = (db: Db, conferenceId: number) => DashboardCount[];
export const DASHBOARD_COUNTS: DashboardCountSource[] = [];
