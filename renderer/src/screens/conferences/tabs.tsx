// The tabs of a conference page, in order. A capability adds one entry and one component.
import type { ComponentType } from 'react';
import type { Conference } from '../../../../shared/domain/conference';
import { ConferenceEditor } from './ConferenceEditor';
import { AuditHistory } from '../../components/AuditHistory';

export interface ConferenceTabProps {
  conference: Conference;
  /** Reload the conference after a change made in the tab. */
  changed: () => void;
}

export interface ConferenceTab {
  path: string;
  label: string;
  component: ComponentType<ConferenceTabProps>;
}

export const CONFERENCE_TABS: ConferenceTab[] = [
  { path: 'thong-tin', label: 'Thông tin chung', component: ({ conference, changed }) => <ConferenceEditor id={conference.id} onSaved={changed} embedded /> },
  {
    path: 'lich-su',
    label: 'Lịch sử thay đổi',
    component: ({ conference, changed }) => <AuditHistory conferenceId={conference.id} onUndone={changed} emptyText="Chưa có thay đổi nào của hội nghị này." />,
  },
];
