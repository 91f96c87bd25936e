// The tabs of a conference page, in order. A capability adds one entry and one component.
import type { ComponentType } from 'react';
import type { Conference } from '../../../../shared/domain/conference';
import type { ConferenceTabPath } from '../../routes';
import { ConferenceAwardsTab } from '../awards/ConferenceAwardsTab';
import { ConferenceEditor } from './ConferenceEditor';
import { DashboardTab } from '../planning/DashboardTab';
import { ProgrammeTab } from '../planning/ProgrammeTab';
import { TasksTab } from '../planning/TasksTab';
import { CheckinTab } from '../attendees/CheckinTab';
import { InvitationsTab } from '../attendees/InvitationsTab';
import { SeatingTab } from '../attendees/SeatingTab';
import { AuditHistory } from '../../components/AuditHistory';
import { SpeechesTab } from '../speeches/SpeechesTab';
import { ControlTab } from '../speeches/ControlTab';
import { MinutesTab } from '../speeches/MinutesTab';

export interface ConferenceTabProps {
  conference: Conference;
  /** The tab's print view (routes.conference({ …, print: true })), for tabs that have one. */
  print: boolean;
}

/** When in the conference's life a tab is used: the tab strip groups them so they fit one row at 1366 px. */
export type ConferencePhase = 'truoc' | 'trong' | 'sau';
export const PHASE_LABELS: Record<ConferencePhase, string> = { truoc: 'Trước hội nghị', trong: 'Trong hội nghị', sau: 'Sau hội nghị' };

export interface ConferenceTab {
  path: ConferenceTabPath;
  label: string;
  phase: ConferencePhase;
  component: ComponentType<ConferenceTabProps>;
}

export const CONFERENCE_TABS: ConferenceTab[] = [
  { path: 'tong-quan', phase: 'truoc', label: 'Tổng quan', component: DashboardTab },
  { path: 'thong-tin', phase: 'truoc', label: 'Thông tin chung', component: ({ conference }) => <ConferenceEditor id={conference.id} embedded /> },
  { path: 'chuong-trinh', phase: 'truoc', label: 'Chương trình', component: ProgrammeTab },
  { path: 'chuan-bi', phase: 'truoc', label: 'Chuẩn bị', component: TasksTab },
  { path: 'dai-bieu', phase: 'truoc', label: 'Đại biểu', component: InvitationsTab },
  { path: 'cho-ngoi', phase: 'truoc', label: 'Chỗ ngồi', component: SeatingTab },
  { path: 'khen-thuong', phase: 'truoc', label: 'Khen thưởng', component: ConferenceAwardsTab },
  { path: 'phat-bieu', phase: 'truoc', label: 'Phát biểu', component: SpeechesTab },
  { path: 'diem-danh', phase: 'trong', label: 'Điểm danh', component: CheckinTab },
  { path: 'dieu-hanh', phase: 'trong', label: 'Điều hành', component: ControlTab },
  { path: 'bien-ban', phase: 'sau', label: 'Biên bản', component: MinutesTab },
  {
    path: 'lich-su',
    phase: 'sau',
    label: 'Lịch sử',
    component: ({ conference }) => <AuditHistory conferenceId={conference.id} emptyText="Chưa có thay đổi nào của hội nghị này." />,
  },
];
