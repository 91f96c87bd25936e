// Documents made from a conference's invitee list (need the Decree 30 document engine).
import { z } from 'zod';
import { task } from './define';
import { entityId, localDate } from './fields';
import type { GeneratedFile } from './files';

export interface InvitationsFile extends GeneratedFile {
  /** As printed after "Số:", e.g. "05/GM-BCĐ138". */
  number: string;
  count: number;
  /** True when the conference's invitations already had this number (a reprint of the same set). */
  reused: boolean;
  /** The date printed on the invitations: the registered one when the number is reused. */
  issuedOn: string;
  /** How many invitations went from "chưa gửi" to "đã gửi". */
  marked: number;
}

export const attendeeDocumentOps = {
  /**
   * Giấy mời (Mẫu 1.7), one page per invitee; marks unsent ones as sent. A conference's invitations are one set:
   * the first printing takes a number in the register, later ones (a reprint, a latecomer) reuse it with its
   * date, unless `newNumber` (or another `number`) asks for a new one.
   */
  'attendeeDoc:invitations': task<InvitationsFile>()(
    z.object({
      conferenceId: entityId('Hội nghị'),
      which: z.enum(['unsent', 'all'], { error: 'Phạm vi in giấy mời không hợp lệ.' }).default('all'),
      issuedOn: localDate('Ngày ký giấy mời'),
      number: z
        .number({ error: 'Số giấy mời chỉ gồm chữ số (VD: 5).' })
        .int({ error: 'Số giấy mời phải là số nguyên (VD: 5).' })
        .min(1, { error: 'Số giấy mời phải từ 1 trở lên.' })
        .max(99999, { error: 'Số giấy mời quá lớn (tối đa 99999).' })
        .optional(),
      newNumber: z.boolean({ error: 'Cấp số mới: giá trị không hợp lệ.' }).default(false),
      /** The conference's notes line ("Trang phục: …; xe đỗ tại …"): kept with the conference; omitted = the one kept. */
      notes: z
        .string({ error: 'Ghi chú trên giấy mời: phải là chữ.' })
        .max(500, { error: 'Ghi chú trên giấy mời quá dài (tối đa 500 ký tự).' })
        .transform((s) => s.replace(/\s+/g, ' ').trim())
        .optional(),
    }),
  ),
  /** Name cards (biển tên), folded tents, for the seating plan (or every attendee). */
  'attendeeDoc:nameCards': task<GeneratedFile & { count: number }>()(
    z.object({ conferenceId: entityId('Hội nghị'), scope: z.enum(['seating', 'all'], { error: 'Phạm vi in biển tên không hợp lệ.' }).default('seating') }),
  ),
  /** Sign-in sheet: STT, họ tên, chức vụ, đơn vị, ký; in protocol order. */
  'attendeeDoc:signInSheet': task<GeneratedFile & { count: number }>()(z.object({ conferenceId: entityId('Hội nghị') })),
};
