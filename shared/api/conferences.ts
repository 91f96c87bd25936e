import { z } from 'zod';
import { CONFERENCE_KINDS, CONFERENCE_STATUSES, type Conference, type ConferenceListItem } from '../domain/conference';
import { command, query } from './define';
import { byId, entityId, localDateTime, longText, oneOf, optionalText, requiredText, yearNumber } from './fields';

const conferenceFields = {
  committeeId: entityId('Ban Chỉ đạo'),
  kind: oneOf('Loại hội nghị', CONFERENCE_KINDS),
  title: requiredText('Tên hội nghị', 500),
  startsAt: localDateTime('Thời gian bắt đầu'),
  endsAt: z.union([z.literal(''), localDateTime('Thời gian kết thúc dự kiến')]).default(''),
  venue: optionalText('Địa điểm', 300),
  status: oneOf('Trạng thái', CONFERENCE_STATUSES).default('draft'),
  notes: longText('Ghi chú', 5_000),
};

const endAfterStart = (v: { startsAt: string; endsAt: string }) => v.endsAt === '' || v.endsAt > v.startsAt;
const endAfterStartError = { error: 'Thời gian kết thúc phải sau thời gian bắt đầu.', path: ['endsAt'] };

export const conferenceInput = z.object(conferenceFields).refine(endAfterStart, endAfterStartError);
export type ConferenceInput = z.input<typeof conferenceInput>;

export const conferenceListInput = z
  .object({
    committeeId: entityId('Ban Chỉ đạo').optional(),
    year: yearNumber('Năm').optional(),
    kind: oneOf('Loại hội nghị', CONFERENCE_KINDS).optional(),
    query: z.string({ error: 'Từ khoá tìm kiếm phải là chữ.' }).max(200, { error: 'Từ khoá tìm kiếm quá dài.' }).optional(),
  })
  .default({});

export const conferenceOps = {
  'conference:list': query<ConferenceListItem[]>()(conferenceListInput),
  'conference:get': query<Conference>()(byId('Hội nghị')),
  'conference:create': command<Conference>()(conferenceInput),
  'conference:update': command<Conference>()(z.object({ ...conferenceFields, id: entityId('Hội nghị') }).refine(endAfterStart, endAfterStartError)),
  'conference:delete': command<{ id: number }>()(byId('Hội nghị')),
};
