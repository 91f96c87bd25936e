// The committee's document register (numbers per type and year) and its document settings (margins, body
// size): both belong to the committee, whatever document takes a number or a layout from them.
import { z } from 'zod';
import type { RegisteredNumber } from '../domain/document-register';
import type { CommitteeDocumentSettings } from '../domain/document-settings';
import { command, query } from './define';
import { entityId, requiredText, yearNumber } from './fields';

const settingsInput = z.object({
  committeeId: entityId('Ban Chỉ đạo'),
  marginTopMm: z
    .number({ error: 'Lề trên: phải là số.' })
    .min(20, { error: 'Lề trên phải từ 20 đến 25 mm.' })
    .max(25, { error: 'Lề trên phải từ 20 đến 25 mm.' }),
  marginBottomMm: z
    .number({ error: 'Lề dưới: phải là số.' })
    .min(20, { error: 'Lề dưới phải từ 20 đến 25 mm.' })
    .max(25, { error: 'Lề dưới phải từ 20 đến 25 mm.' }),
  marginLeftMm: z
    .number({ error: 'Lề trái: phải là số.' })
    .min(30, { error: 'Lề trái phải từ 30 đến 35 mm.' })
    .max(35, { error: 'Lề trái phải từ 30 đến 35 mm.' }),
  marginRightMm: z
    .number({ error: 'Lề phải: phải là số.' })
    .min(15, { error: 'Lề phải phải từ 15 đến 20 mm.' })
    .max(20, { error: 'Lề phải phải từ 15 đến 20 mm.' }),
  bodyFontPt: z.union([z.literal(13), z.literal(14)], { error: 'Cỡ chữ nội dung phải là 13 hoặc 14.' }),
  lineSpacing: z
    .number({ error: 'Giãn dòng: phải là số.' })
    .min(1, { error: 'Giãn dòng phải từ 1,0 đến 1,5.' })
    .max(1.5, { error: 'Giãn dòng phải từ 1,0 đến 1,5.' }),
});

export const documentRegisterOps = {
  'register:list': query<RegisteredNumber[]>()(z.object({ committeeId: entityId('Ban Chỉ đạo'), year: yearNumber('Năm') })),
  'register:offer': query<{ number: number; formatted: string }>()(
    z.object({ committeeId: entityId('Ban Chỉ đạo'), year: yearNumber('Năm'), typeCode: requiredText('Loại văn bản', 10) }),
  ),
  /** The numbers a conference's documents took, newest first (a reprint of the same set reuses its number). */
  'register:ofConference': query<RegisteredNumber[]>()(z.object({ conferenceId: entityId('Hội nghị') })),
  'documentSettings:get': query<CommitteeDocumentSettings>()(z.object({ committeeId: entityId('Ban Chỉ đạo') })),
  'documentSettings:save': command<CommitteeDocumentSettings>()(settingsInput),
};
