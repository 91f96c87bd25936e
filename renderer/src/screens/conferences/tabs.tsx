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

export interface ConferenceTab {
  path: ConferenceTabPath;
  label: string;
  component: ComponentType<ConferenceTabProps>;
}

export const CONFERENCE_TABS: ConferenceTab[] = [
  { path: 'tong-quan', label: 'Tổng quan', component: DashboardTab },
  { path: 'thong-tin', label: 'Thông tin chung', component: ({ conference }) => <ConferenceEditor id={conference.id} embedded /> },
  { path: 'chuong-trinh', label: 'Chương trình', component: ProgrammeTab },
  { path: 'chuan-bi', label: 'Chuẩn bị', component: TasksTab },
  { path: 'dai-bieu', label: 'Đại biểu', component: InvitationsTab },
  { path: 'diem-danh', label: 'Điểm danh', component: CheckinTab },
  { path: 'cho-ngoi', label: 'Chỗ ngồi', component: SeatingTab },
  { path: 'khen-thuong', label: 'Khen thưởng', component: ConferenceAwardsTab },
  { path: 'phat-bieu', label: 'Phát biểu', component: SpeechesTab },
  { path: 'dieu-hanh', label: 'Điều hành', component: ControlTab },
  { path: 'bien-ban', label: 'Biên bản', component: MinutesTab },
  {
    path: 'lich-su',
    label: 'Lịch sử thay đổi',
    component: ({ conference }) => <AuditHistory conferenceId={conference.id} emptyText="Chưa có thay đổi nào của hội nghị này." />,
  },
];
