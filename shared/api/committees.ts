import { z } from 'zod';
import { COMMITTEE_LEVELS, SIGNER_PREFIXES, type Committee } from '../domain/committee';
import { command, query } from './define';
import { byId, emptyInput, entityId, oneOf, optionalText, requiredText } from './fields';

const committeeFields = {
  name: requiredText('Tên Ban Chỉ đạo', 300),
  parentBody: optionalText('Cơ quan chủ quản', 200),
  issuingBody: requiredText('Tên cơ quan ban hành (in trên văn bản)', 200),
  locality: requiredText('Địa danh ghi ngày tháng', 100),
  level: oneOf('Cấp', COMMITTEE_LEVELS),
  docCode: requiredText('Ký hiệu viết tắt trên văn bản', 30).refine((v) => !/[\s/]/.test(v), {
    error: 'Ký hiệu viết tắt không được chứa dấu cách hoặc dấu "/" (ví dụ: BCĐ).',
  }),
  headName: optionalText('Họ tên Trưởng ban', 120),
  headPosition: optionalText('Chức vụ của Trưởng ban', 200),
  signerName: optionalText('Người ký văn bản', 120),
  signerPrefix: oneOf('Thẩm quyền ký', SIGNER_PREFIXES).default('TM.'),
  signerPosition: optionalText('Chức danh người ký', 100),
  secretaryName: optionalText('Thư ký', 120),
  contactName: optionalText('Người liên hệ (in trên giấy mời)', 200),
  contactPhone: optionalText('Số điện thoại liên hệ', 40),
  noticeSignerPrefix: oneOf('Thẩm quyền ký thông báo kết luận', SIGNER_PREFIXES).default('TL.'),
  noticeSignerFor: optionalText('Ký thừa lệnh/thừa ủy quyền của', 100).transform((v) => v || 'TRƯỞNG BAN'),
  noticeSignerPosition: optionalText('Chức danh người ký thông báo kết luận', 100).transform((v) => v || 'CHÁNH VĂN PHÒNG'),
  noticeSignerName: optionalText('Người ký thông báo kết luận', 120),
};

export const committeeInput = z.object(committeeFields);
export type CommitteeInput = z.input<typeof committeeInput>;

export const committeeOps = {
  'committee:list': query<Committee[]>()(emptyInput),
  'committee:get': query<Committee>()(byId('Ban Chỉ đạo')),
  'committee:create': command<Committee>()(committeeInput),
  'committee:update': command<Committee>()(committeeInput.extend({ id: entityId('Ban Chỉ đạo') })),
  'committee:delete': command<{ id: number }>()(byId('Ban Chỉ đạo')),
};
