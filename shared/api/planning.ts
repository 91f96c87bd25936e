// Conference planning: programme, preparation tasks, templates, lifecycle, reuse, dashboard. (The document
// register and the document settings are the committee's: shared/api/document-register.ts.)
import { z } from 'zod';
import { CONFERENCE_KINDS, CONFERENCE_STATUSES, type Conference } from '../domain/conference';
import {
  DUE_MODES,
  PROGRAMME_ITEM_KINDS,
  TASK_STATUSES,
  type ConferenceDashboard,
  type InspectionDetails,
  type PrepTask,
  type PrepTaskView,
  type ProgrammeItem,
  type ProgrammePart,
  type ProgrammeTemplate,
  type ProgrammeView,
} from '../domain/planning';
import { isClockTime } from '../rules/schedule';
import { command, query, task } from './define';
import { byId, entityId, localDate, localDateTime, longText, oneOf, optionalText, requiredText } from './fields';
import type { GeneratedFile } from './files';

/** "07:30" (24-hour clock). */
export const clockTime = (label: string) =>
  z
    .string({ error: `${label}: phải là giờ.` })
    .trim()
    .refine(isClockTime, { error: `${label}: giờ không hợp lệ (ví dụ 07:30).` });
const optionalClock = (label: string) => z.union([z.literal(''), clockTime(label)]).default('');

/** A programme item lasts 1 to 600 minutes: 0 would put two items at one clock time, 9999 is a typo. */
const minutes = (label: string) =>
  z
    .number({ error: `${label}: phải là số phút.` })
    .int({ error: `${label}: phải là số phút nguyên.` })
    .min(1, { error: `${label} phải từ 1 đến 600 phút.` })
    .max(600, { error: `${label} phải từ 1 đến 600 phút.` });

const conferenceRef = z.object({ conferenceId: entityId('Hội nghị') });

const itemFields = {
  kind: oneOf('Loại mục', PROGRAMME_ITEM_KINDS),
  title: requiredText('Nội dung', 500),
  performer: optionalText('Người thực hiện', 300),
  durationMin: minutes('Thời lượng'),
  notes: longText('Ghi chú', 2_000),
};

const templateBody = z.object({
  parts: z
    .array(
      z.object({
        title: optionalText('Tên phần', 200),
        startTime: clockTime('Giờ bắt đầu của phần'),
        items: z
          .array(z.object({ kind: itemFields.kind, title: itemFields.title, performer: itemFields.performer, durationMin: itemFields.durationMin }))
          .max(200, { error: 'Mẫu có quá nhiều mục (tối đa 200).' }),
      }),
    )
    .min(1, { error: 'Mẫu chương trình phải có ít nhất một phần.' })
    .max(10, { error: 'Mẫu có quá nhiều phần (tối đa 10).' }),
  tasks: z
    .array(
      z.object({
        title: requiredText('Tên công việc', 300),
        owner: optionalText('Người phụ trách', 200),
        daysBefore: z.number({ error: 'Số ngày: phải là số.' }).int({ error: 'Số ngày: phải là số nguyên.' }).min(-365).max(365),
      }),
    )
    .max(200, { error: 'Mẫu có quá nhiều công việc (tối đa 200).' }),
});

const taskFields = z
  .object({
    conferenceId: entityId('Hội nghị'),
    title: requiredText('Tên công việc', 300),
    owner: optionalText('Người phụ trách', 200),
    dueMode: oneOf('Cách tính hạn', DUE_MODES).default('relative'),
    daysBefore: z
      .number({ error: 'Số ngày trước hội nghị: phải là số.' })
      .int({ error: 'Số ngày trước hội nghị: phải là số nguyên.' })
      .min(-365, { error: 'Số ngày quá lớn (tối đa 365).' })
      .max(365, { error: 'Số ngày quá lớn (tối đa 365).' })
      .default(0),
    dueDateFixed: z.union([z.literal(''), localDate('Hạn hoàn thành')]).default(''),
    status: oneOf('Trạng thái', TASK_STATUSES).default('todo'),
    notes: longText('Ghi chú', 2_000),
    /** Where to put it (0-based); missing: at the end. Used by undo to put a deleted task back. */
    position: z.number().int().min(0).optional(),
  })
  .refine((t) => t.dueMode === 'relative' || t.dueDateFixed !== '', { error: 'Hạn hoàn thành: chưa nhập ngày.', path: ['dueDateFixed'] });

export const planningOps = {
  // Programme
  'programme:get': query<ProgrammeView>()(conferenceRef),
  'programme:savePart': command<ProgrammePart>()(
    z.object({
      conferenceId: entityId('Hội nghị'),
      id: entityId('Phần').optional(),
      title: optionalText('Tên phần', 200),
      startTime: clockTime('Giờ bắt đầu'),
    }),
  ),
  'programme:deletePart': command<{ id: number }>()(byId('Phần')),
  'programme:addItem': command<ProgrammeItem>()(
    z.object({
      partId: entityId('Phần'),
      /** 0-based position in the part; missing: at the end. */
      index: z.number().int().min(0).optional(),
      ...itemFields,
      actualStart: optionalClock('Giờ bắt đầu thực tế'),
      actualEnd: optionalClock('Giờ kết thúc thực tế'),
    }),
  ),
  'programme:updateItem': command<ProgrammeItem>()(z.object({ id: entityId('Mục chương trình'), ...itemFields })),
  /** Returns the removed item and where it was, so the screen can offer "Hoàn tác". */
  'programme:deleteItem': command<ProgrammeItem & { index: number }>()(byId('Mục chương trình')),
  'programme:moveItem': command<ProgrammeView>()(
    z.object({ id: entityId('Mục chương trình'), partId: entityId('Phần'), index: z.number({ error: 'Vị trí không hợp lệ.' }).int().min(0) }),
  ),
  'programme:recordActual': command<ProgrammeItem>()(
    z.object({ id: entityId('Mục chương trình'), actualStart: optionalClock('Giờ bắt đầu thực tế'), actualEnd: optionalClock('Giờ kết thúc thực tế') }),
  ),
  'programme:setBreak': command<ProgrammeView>()(
    z
      .object({ conferenceId: entityId('Hội nghị'), lunchStart: optionalClock('Nghỉ trưa từ'), lunchEnd: optionalClock('Nghỉ trưa đến') })
      .refine((v) => (v.lunchStart === '') === (v.lunchEnd === ''), {
        error: 'Nhập cả giờ bắt đầu và giờ kết thúc nghỉ trưa, hoặc để trống cả hai.',
        path: ['lunchEnd'],
      })
      .refine((v) => v.lunchStart === '' || v.lunchEnd > v.lunchStart, { error: 'Giờ kết thúc nghỉ trưa phải sau giờ bắt đầu.', path: ['lunchEnd'] }),
  ),
  /** Replaces the programme and the checklist with the kind's template. */
  'programme:applyTemplate': command<ProgrammeView>()(conferenceRef),
  /** The programme as a Decree 30 document; takes (or reuses) its number in the register. */
  'programme:export': task<GeneratedFile & { number: string }>()(
    z.object({
      conferenceId: entityId('Hội nghị'),
      /** Override of the offered number (the "05" of "05/CTr-BCĐ"). */
      number: z
        .number({ error: 'Số văn bản phải là số.' })
        .int({ error: 'Số văn bản phải là số nguyên.' })
        .min(1, { error: 'Số văn bản phải từ 1 trở lên.' })
        .max(99_999)
        .optional(),
      issuedOn: localDate('Ngày ban hành'),
    }),
  ),

  // Preparation tasks
  'prep:list': query<PrepTaskView[]>()(conferenceRef),
  'prep:create': command<PrepTask>()(taskFields),
  'prep:update': command<PrepTask>()(z.intersection(taskFields, z.object({ id: entityId('Công việc') }))),
  'prep:setStatus': command<PrepTask>()(z.object({ id: entityId('Công việc'), status: oneOf('Trạng thái', TASK_STATUSES) })),
  'prep:delete': command<PrepTask & { position: number }>()(byId('Công việc')),

  // Templates (Cài đặt → Mẫu chương trình)
  'template:list': query<ProgrammeTemplate[]>()(z.object({}).default({})),
  'template:save': command<ProgrammeTemplate>()(
    z.object({ kind: oneOf('Loại hội nghị', CONFERENCE_KINDS), name: requiredText('Tên mẫu', 200) }).and(templateBody),
  ),
  'template:reset': command<ProgrammeTemplate>()(z.object({ kind: oneOf('Loại hội nghị', CONFERENCE_KINDS) })),

  // Lifecycle, reuse, dashboard
  'conference:setStatus': command<Conference>()(z.object({ id: entityId('Hội nghị'), status: oneOf('Trạng thái', CONFERENCE_STATUSES) })),
  'conference:reopen': command<Conference>()(byId('Hội nghị')),
  'conference:copy': command<Conference>()(
    z
      .object({
        sourceId: entityId('Hội nghị năm trước'),
        title: requiredText('Tên hội nghị', 500),
        startsAt: localDateTime('Thời gian bắt đầu'),
        endsAt: z.union([z.literal(''), localDateTime('Thời gian kết thúc dự kiến')]).default(''),
        venue: optionalText('Địa điểm', 300),
      })
      .refine((v) => v.endsAt === '' || v.endsAt > v.startsAt, { error: 'Thời gian kết thúc phải sau thời gian bắt đầu.', path: ['endsAt'] }),
  ),
  'conference:dashboard': query<ConferenceDashboard>()(byId('Hội nghị')),
  'inspection:get': query<InspectionDetails>()(conferenceRef),
  'inspection:save': command<InspectionDetails>()(
    z.object({
      conferenceId: entityId('Hội nghị'),
      teamHead: optionalText('Trưởng đoàn', 300),
      teamMembers: longText('Thành viên đoàn', 5_000),
      inspectedUnit: optionalText('Đơn vị được kiểm tra', 300),
      basisDocuments: longText('Văn bản làm căn cứ kiểm tra', 5_000),
    }),
  ),
};
