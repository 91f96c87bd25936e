// SQLite failures, as a secretary should read them.
import { AppError } from '../../../shared/api/result';

export const DB_MESSAGES = {
  newer: 'Tệp dữ liệu này được tạo bởi phiên bản Thư ký Hội nghị mới hơn. Hãy cập nhật phần mềm rồi mở lại; tệp không bị thay đổi.',
  notOurs: 'Tệp này không phải tệp dữ liệu của Thư ký Hội nghị; tệp không bị thay đổi.',
  corrupt: 'Tệp dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt). Hãy khôi phục từ bản sao lưu; tệp không bị thay đổi.',
  busy: 'Chưa lưu được: tệp dữ liệu đang được một chương trình khác ghi (có thể phần mềm đang mở ở cửa sổ hoặc máy khác, hoặc một chương trình sao chép, đồng bộ tệp). Thay đổi này chưa được lưu; hãy đóng chương trình kia hoặc đợi giây lát rồi thử lại.',
  readonly: 'Không ghi được vào tệp dữ liệu (tệp hoặc thư mục chỉ cho phép đọc). Thay đổi chưa được lưu.',
  full: 'Ổ đĩa đã đầy, không ghi được dữ liệu. Thay đổi chưa được lưu; hãy giải phóng dung lượng rồi thử lại.',
  readonlyFolder:
    'Tệp dữ liệu hoặc thư mục chứa nó chỉ cho phép đọc (ví dụ đĩa CD, thư mục chia sẻ chỉ đọc), nên không mở được để làm việc. Hãy chép tệp vào một thư mục khác (ví dụ Tài liệu) rồi mở lại; tệp không bị thay đổi.',
  cantOpen: 'Không mở được tệp dữ liệu (đường dẫn không tồn tại hoặc không có quyền truy cập).',
  conferenceClosed: 'Hội nghị này đã kết thúc hồ sơ nên chỉ được xem, không sửa được. Muốn sửa, hãy bấm “Mở lại hồ sơ” ở mục Tổng quan.',
} as const;

/** Raised by the closed-conference guard triggers (migration 008). */
const CONFERENCE_CLOSED_SIGNAL = 'THUKY_CONFERENCE_CLOSED';
/** Raised by the agency level/bloc triggers (migration 012). */
const AGENCY_CLASS_SIGNAL = 'THUKY_AGENCY_CLASS';

/** Maps a better-sqlite3 error to an AppError, or returns null when it is not a known SQLite condition. */
export function fromSqliteError(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('DB_BUSY', DB_MESSAGES.busy);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return new AppError('DB_READONLY', DB_MESSAGES.readonly);
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') return new AppError('DISK_FULL', DB_MESSAGES.full);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new AppError('DB_CORRUPT', DB_MESSAGES.corrupt);
  if (code.startsWith('SQLITE_CANTOPEN')) return new AppError('DB_READONLY', DB_MESSAGES.cantOpen);
  if (code.startsWith('SQLITE_CONSTRAINT') && String((error as Error).message).includes(CONFERENCE_CLOSED_SIGNAL))
    return new AppError('CONFLICT', DB_MESSAGES.conferenceClosed);
  if (code.startsWith('SQLITE_CONSTRAINT') && String((error as Error).message).includes(AGENCY_CLASS_SIGNAL))
    return new AppError('VALIDATION', 'Cấp hoặc khối của cơ quan, đơn vị không hợp lệ (cấp: Trung ương, tỉnh, huyện, xã, cơ sở).');
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('CONFLICT', 'Dữ liệu bị trùng hoặc đang được dùng ở nơi khác, không thể lưu thay đổi này.');
  return null;
}
