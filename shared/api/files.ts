// Files travel as bytes, never as paths: the API returns generated documents as base64, and imports
// receive the bytes the user picked. Where a file is saved is chosen by the user (save dialog/download).
import { z } from 'zod';

export interface GeneratedFile {
  /** ASCII file name without diacritics, e.g. "Chuong-trinh-Hoi-nghi-tong-ket-2024.docx". */
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An uploaded file: its name (for messages and type detection only) and its bytes. */
export const uploadedFile = z.object({
  fileName: z.string({ error: 'Tên tệp không hợp lệ.' }).min(1, { error: 'Tên tệp không hợp lệ.' }).max(255, { error: 'Tên tệp quá dài.' }),
  dataBase64: z
    .string({ error: 'Nội dung tệp không hợp lệ.' })
    .max(30 * 1024 * 1024, { error: 'Tệp quá lớn (tối đa khoảng 20 MB).' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Nội dung tệp không hợp lệ.' }),
});
export type UploadedFile = z.infer<typeof uploadedFile>;
