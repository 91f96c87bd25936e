// Messages that more than one operation answers with, written once.
export const NOT_FOUND = {
  conference: 'Không tìm thấy hội nghị này (có thể đã bị xoá).',
  committee: 'Không tìm thấy Ban Chỉ đạo này (có thể đã bị xoá).',
  invitation: 'Không tìm thấy đại biểu này trong danh sách mời (có thể đã bị xoá).',
  speechFile: 'Bài phát biểu này chưa có tệp đính kèm.',
} as const;
