// Speeches, the live control view, conclusions and the minutes (biên bản), the MC script and the
// conclusion notice.
import { z } from 'zod';
import { SPEECH_KINDS, SPEECH_STATUSES, type ControlView, type MinutesView, type Speech } from '../domain/speeches';
import { command, query, task } from './define';
import { byId, entityId, localDate, longText, oneOf, optionalText, requiredText } from './fields';
import { uploadedFile, type GeneratedFile } from './files';

const conferenceId = entityId('Hội nghị');
const allotted = z
  .number({ error: 'Thời gian phát biểu: phải là số phút.' })
  .int({ error: 'Thời gian phát biểu: phải là số phút nguyên.' })
  .min(0, { error: 'Thời gian phát biểu không được âm.' })
  .max(600, { error: 'Thời gian phát biểu quá dài (tối đa 600 phút).' });

const speechFields = {
  kind: oneOf('Loại phát biểu', SPEECH_KINDS),
  invitationId: entityId('Người phát biểu').nullable().default(null),
  speakerName: optionalText('Người phát biểu', 120),
  speakerRank: optionalText('Cấp bậc', 40),
  speakerPosition: optionalText('Chức vụ', 300),
  unitName: optionalText('Đơn vị', 300),
  title: requiredText('Tên bài phát biểu', 500),
  allottedMin: allotted,
  programmeItemId: entityId('Mục chương trình').nullable().default(null),
};

const speechInput = z
  .object({
    conferenceId,
    ...speechFields,
    status: oneOf('Trạng thái', SPEECH_STATUSES).default('dang_ky'),
    notes: longText('Tóm tắt nội dung', 20_000),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((v) => v.invitationId !== null || v.speakerName !== '' || v.unitName !== '', {
    error: 'Chưa chọn người phát biểu (hoặc nhập tên đơn vị).',
    path: ['speakerName'],
  });

const exportInput = z.object({
  conferenceId,
  /** Override of the offered number. */
  number: z
    .number({ error: 'Số văn bản phải là số.' })
    .int({ error: 'Số văn bản phải là số nguyên.' })
    .min(1, { error: 'Số văn bản phải từ 1 trở lên.' })
    .max(99_999)
    .optional(),
  issuedOn: localDate('Ngày ban hành').optional(),
});

export const speechOps = {
  'speech:list': query<Speech[]>()(z.object({ conferenceId })),
  'speech:create': command<Speech>()(speechInput),
  'speech:update': command<Speech>()(
    z.object({ id: entityId('Bài phát biểu'), ...speechFields }).refine((v) => v.invitationId !== null || v.speakerName !== '' || v.unitName !== '', {
      error: 'Chưa chọn người phát biểu (hoặc nhập tên đơn vị).',
      path: ['speakerName'],
    }),
  ),
  /** Approve (đã duyệt), decline (hủy), back to registered, or mark as given. */
  'speech:setStatus': command<Speech>()(z.object({ id: entityId('Bài phát biểu'), status: oneOf('Trạng thái', SPEECH_STATUSES) })),
  /** Every registered (đăng ký) speech of the conference approved at once: one step in the history, undone as one. */
  'speech:approveAll': command<{ approved: number; conferenceId: number }>()(z.object({ conferenceId })),
  /** Moves a speech to a new place in the conference's list (0-based). */
  'speech:move': command<Speech[]>()(
    z.object({
      id: entityId('Bài phát biểu'),
      index: z.number({ error: 'Vị trí không hợp lệ.' }).int({ error: 'Vị trí không hợp lệ.' }).min(0, { error: 'Vị trí không hợp lệ.' }).max(10_000),
    }),
  ),
  /** Returns the removed speech so the screen can offer "Hoàn tác" (through the history). */
  'speech:delete': command<Speech>()(byId('Bài phát biểu')),
  /** The summary typed live during the conference (autosaved). */
  'speech:saveNotes': command<{ id: number; savedAt: string }>()(z.object({ id: entityId('Bài phát biểu'), notes: longText('Tóm tắt nội dung', 20_000) })),
  'speech:attachFile': command<Speech>()(z.object({ id: entityId('Bài phát biểu'), file: uploadedFile })),
  'speech:removeFile': command<Speech>()(byId('Bài phát biểu')),
  'speech:downloadFile': query<GeneratedFile>()(byId('Bài phát biểu')),

  // Live control (Điều hành)
  'control:get': query<ControlView>()(z.object({ conferenceId })),
  /** Next (+1) or previous (-1) step: records the actual end of the current one and the start of the next. */
  'control:step': command<ControlView>()(
    z.object({ conferenceId, direction: z.union([z.literal(1), z.literal(-1)], { error: 'Hướng chuyển không hợp lệ.' }) }),
  ),
  'control:restartTimer': command<ControlView>()(z.object({ conferenceId })),
  /**
   * Rehearsal (false) or the real conference (true). Going live starts the control from the beginning and
   * clears the times a rehearsal may have left, so the minutes hold only the day's actual times.
   */
  'control:setLive': command<ControlView>()(z.object({ conferenceId, live: z.boolean({ error: 'Giá trị không hợp lệ.' }) })),
  'conclusions:save': command<{ savedAt: string }>()(z.object({ conferenceId, text: longText('Kết luận', 50_000) })),

  // Minutes
  'minutes:get': query<MinutesView>()(z.object({ conferenceId })),
  /** (Re)generates from the data: sections the secretary edited are kept unless `overwriteEdits`. */
  'minutes:generate': command<MinutesView>()(z.object({ conferenceId, overwriteEdits: z.boolean({ error: 'Giá trị không hợp lệ.' }).default(false) })),
  'minutes:saveSection': command<MinutesView>()(z.object({ conferenceId, key: requiredText('Phần biên bản', 40), text: longText('Nội dung', 100_000) })),
  /** Approving the minutes closes the conference (read-only until reopened). */
  'minutes:approve': command<MinutesView>()(z.object({ conferenceId })),
  /** Refused with the list of what is missing (no check-in, no conclusions, …) unless `allowIncomplete`: then blanks to fill by hand. */
  'minutes:export': task<GeneratedFile & { number: string }>()(
    exportInput.extend({ allowIncomplete: z.boolean({ error: 'Giá trị không hợp lệ.' }).default(false) }),
  ),
  'mcScript:export': task<GeneratedFile>()(z.object({ conferenceId })),
  'conclusionNotice:export': task<GeneratedFile & { number: string }>()(exportInput),
};
