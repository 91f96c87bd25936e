// Awards: catalogue (Cài đặt → Khen thưởng), decisions and recipients, import from Excel, totals,
// ceremony batches, and the award documents.
import { z } from 'zod';
import {
  AUTHORITY_KINDS,
  COEFFICIENT_BASES,
  RECIPIENT_KINDS,
  type AwardBatchesView,
  type AwardCatalog,
  type AwardDecisionDetail,
  type AwardDecisionListItem,
  type AwardRecipient,
  type AwardTotalsReport,
} from '../domain/awards';
import { SIGNER_PREFIXES } from '../domain/committee';
import { command, query, task } from './define';
import { byId, emptyInput, entityId, localDate, longText, oneOf, optionalText, requiredText, yearNumber } from './fields';
import { uploadedFile, type GeneratedFile } from './files';

const flag = (label: string) => z.boolean({ error: `${label}: giá trị không hợp lệ.` });
const money = (label: string) =>
  z
    .number({ error: `${label}: phải là số tiền.` })
    .int({ error: `${label}: phải là số tiền nguyên (đồng).` })
    .min(0, { error: `${label} không được âm.` })
    .max(100_000_000_000, { error: `${label} quá lớn.` });
const rankNumber = z.number({ error: 'Thứ bậc: phải là số.' }).int({ error: 'Thứ bậc: phải là số nguyên.' }).min(0).max(10_000);

export const formInput = z
  .object({
    id: entityId('Hình thức khen thưởng').optional(),
    name: requiredText('Tên hình thức', 200),
    rank: rankNumber,
    allowsCollective: flag('Tập thể'),
    allowsIndividual: flag('Cá nhân'),
    allowsHousehold: flag('Hộ gia đình'),
    isLegalForm: flag('Hình thức theo Luật Thi đua, khen thưởng'),
    active: flag('Đang dùng').default(true),
  })
  .refine((f) => f.allowsCollective || f.allowsIndividual || f.allowsHousehold, {
    error: 'Hãy chọn ít nhất một đối tượng được khen (tập thể, cá nhân hoặc hộ gia đình).',
    path: ['allowsCollective'],
  });

export const authorityInput = z.object({
  id: entityId('Cấp khen thưởng').optional(),
  name: requiredText('Người/cơ quan khen thưởng', 200),
  issuingBody: requiredText('Cơ quan ban hành', 200),
  parentBody: optionalText('Cơ quan chủ quản', 200),
  signerPosition: optionalText('Chức vụ người ký', 200),
  place: optionalText('Địa danh', 100),
  rank: rankNumber,
  active: flag('Đang dùng').default(true),
  signerTitle: optionalText('Chức danh thủ trưởng (dòng dưới QUYẾT ĐỊNH)', 300),
  signerName: optionalText('Người ký mặc định', 120),
  signerRank: optionalText('Cấp bậc người ký', 60),
  isCommittee: flag('Ban Chỉ đạo tự ban hành').default(false),
  /** How it decides and signs; missing: guessed from the issuing body (a committee is always ban_chi_dao). */
  kind: oneOf('Loại cấp khen thưởng', AUTHORITY_KINDS).optional(),
});

export const authorityFormsInput = z.object({
  authorityId: entityId('Cấp khen thưởng', 'Chọn cấp khen thưởng.'),
  formIds: z.array(entityId('Hình thức khen thưởng'), { error: 'Danh sách hình thức không hợp lệ.' }).max(500),
});

export const authorityBasisInput = z.object({
  authorityId: entityId('Cấp khen thưởng'),
  effectiveFrom: localDate('Ngày áp dụng'),
  legalBases: longText('Các dòng “Căn cứ …”', 5_000),
  advisoryBody: optionalText('Cơ quan đề nghị (Xét đề nghị của …)', 300),
});

export const coefficientInput = z
  .object({
    formId: entityId('Hình thức khen thưởng'),
    authorityId: entityId('Cấp khen thưởng').nullable().default(null),
    basis: oneOf('Cách tính', COEFFICIENT_BASES),
    value: z
      .number({ error: 'Hệ số/số tiền: phải là số.' })
      .int({ error: 'Hệ số/số tiền không hợp lệ.' })
      .positive({ error: 'Hệ số/số tiền phải lớn hơn 0.' })
      .max(100_000_000_000, { error: 'Hệ số/số tiền quá lớn.' }),
    effectiveFrom: localDate('Ngày áp dụng'),
    legalBasis: optionalText('Căn cứ', 300),
  })
  .refine((c) => c.basis === 'co_dinh' || c.value <= 100_000, { error: 'Hệ số quá lớn (tối đa 100).', path: ['value'] });

export const baseSalaryInput = z.object({
  amount: money('Mức lương cơ sở').refine((v) => v >= 100_000, { error: 'Mức lương cơ sở không hợp lệ.' }),
  effectiveFrom: localDate('Ngày áp dụng'),
  legalBasis: optionalText('Căn cứ', 300),
});

const decisionFields = {
  conferenceId: entityId('Hội nghị').nullable().default(null),
  committeeId: entityId('Ban Chỉ đạo').nullable().default(null),
  // An empty number has its own message (from requiredText), not the pattern's as well.
  number: requiredText('Số quyết định', 60).refine((v) => v === '' || /^[0-9]{1,6}\/[^\s/]+/.test(v), {
    error: 'Số quyết định phải có dạng “123/QĐ-UBND”.',
  }),
  decidedOn: localDate('Ngày quyết định'),
  authorityId: entityId('Cấp khen thưởng', 'Chọn cấp khen thưởng.'),
  formId: entityId('Hình thức khen thưởng', 'Chọn hình thức khen thưởng.'),
  place: optionalText('Địa danh', 100),
  /** Missing: the authority's usual way (the committee's own prefix for its decisions, else the head signs). */
  signerPrefix: oneOf('Thẩm quyền ký', SIGNER_PREFIXES).optional(),
  signerPosition: optionalText('Chức vụ người ký', 200),
  signerName: optionalText('Người ký', 200),
  signerRank: optionalText('Cấp bậc người ký', 60),
  citation: longText('Thành tích (lý do khen)', 2_000),
};

export const decisionInput = z.object(decisionFields);
export type DecisionInput = z.input<typeof decisionInput>;

const recipientFields = {
  kind: oneOf('Đối tượng', RECIPIENT_KINDS),
  personId: entityId('Người trong danh bạ').nullable().default(null),
  name: requiredText('Tên tập thể/cá nhân', 300),
  rank: optionalText('Cấp bậc', 60),
  position: optionalText('Chức vụ', 300),
  agency: optionalText('Đơn vị', 300),
  birthYear: yearNumber('Năm sinh').nullable().default(null),
  achievement: longText('Thành tích', 2_000),
  overrideAmount: money('Số tiền điều chỉnh').nullable().default(null),
  overrideReason: optionalText('Lý do điều chỉnh', 500),
};
const overrideNeedsReason = (r: { overrideAmount: number | null; overrideReason: string }) => r.overrideAmount === null || r.overrideReason.length > 0;
const overrideError = { error: 'Khi sửa số tiền, hãy ghi lý do điều chỉnh.', path: ['overrideReason'] };

export const recipientInput = z.object({ ...recipientFields, decisionId: entityId('Quyết định') }).refine(overrideNeedsReason, overrideError);
export type RecipientInput = z.input<typeof recipientInput>;

export const RECIPIENT_IMPORT_FIELDS = ['kind', 'name', 'rank', 'position', 'agency', 'birthYear', 'achievement'] as const;
export type RecipientImportField = (typeof RECIPIENT_IMPORT_FIELDS)[number];

/** A pasted list is at most this many characters (about 2,000 rows of a full table). */
export const PASTED_MAX_CHARS = 200_000;

export const importInput = z
  .object({
    decisionId: entityId('Quyết định'),
    /** Exactly one of the two: an Excel file, or rows pasted from Excel/Word (tab-separated cells). */
    file: uploadedFile.optional(),
    pasted: z
      .string({ error: 'Danh sách dán không hợp lệ.' })
      .max(PASTED_MAX_CHARS, { error: 'Danh sách dán quá dài (tối đa 200.000 ký tự). Hãy dán từng phần hoặc nhập từ tệp Excel.' })
      .optional(),
    /** Sheet column (1-based) per field, 0 for "not in the file"; missing fields are guessed from the header row. */
    mapping: z.partialRecord(z.enum(RECIPIENT_IMPORT_FIELDS), z.number().int().min(0).max(200)).default({}),
    /** Kind for rows whose kind column is empty or absent. */
    defaultKind: oneOf('Đối tượng mặc định', RECIPIENT_KINDS).default('tap_the'),
  })
  .refine((v) => (v.file === undefined) !== (v.pasted === undefined), {
    error: 'Hãy chọn một tệp Excel hoặc dán một danh sách (chỉ một trong hai).',
    path: ['pasted'],
  });

export interface ImportRowProblem {
  /** Row number in the sheet (1-based, as Excel shows it). */
  row: number;
  column: string;
  message: string;
}

export interface ImportPreview {
  sheetName: string;
  headerRow: number;
  /** Sheet columns (1-based) → header text. */
  columns: Array<{ index: number; header: string }>;
  mapping: Partial<Record<RecipientImportField, number>>;
  rows: Array<{
    row: number;
    kind: string;
    name: string;
    rank: string;
    position: string;
    agency: string;
    birthYear: number | null;
    achievement: string;
    amount: number;
  }>;
  problems: ImportRowProblem[];
  /** Not blocking: rows whose recipient was already rewarded for the same achievement by another decision. */
  warnings: ImportRowProblem[];
  /** True when every row is valid and the import may be committed. */
  ready: boolean;
}

const listFilter = z
  .object({
    conferenceId: entityId('Hội nghị').optional(),
    year: yearNumber('Năm').optional(),
  })
  .default({});

export const batchesSaveInput = z.object({
  conferenceId: entityId('Hội nghị'),
  batches: z
    .array(
      z.object({
        title: optionalText('Tên đợt', 200),
        presenterName: optionalText('Người trao', 300),
        presenterPersonId: entityId('Người trao').nullable().default(null),
        maxSize: z.number().int().min(1, { error: 'Số người mỗi đợt phải từ 1.' }).max(100, { error: 'Số người mỗi đợt tối đa 100.' }).default(10),
        recipientIds: z.array(entityId('Người được khen')).max(5000),
      }),
    )
    .max(500),
});

export const documentOptions = {
  /** Optional columns of the individual table. */
  columns: z
    .object({
      birthYear: z.boolean().default(false),
      achievement: z.boolean().default(false),
      amount: z.boolean().default(false),
    })
    .default({ birthYear: false, achievement: false, amount: false }),
};

export const awardOps = {
  'award:catalog': query<AwardCatalog>()(emptyInput),
  'award:saveForm': command<AwardCatalog>()(formInput),
  'award:deleteForm': command<AwardCatalog>()(byId('Hình thức khen thưởng')),
  'award:saveAuthority': command<AwardCatalog>()(authorityInput),
  'award:deleteAuthority': command<AwardCatalog>()(byId('Cấp khen thưởng')),
  /** The forms an authority may give (checked on every new or changed decision). */
  'award:setAuthorityForms': command<AwardCatalog>()(authorityFormsInput),
  /** The "Căn cứ …" lines and advisory body of an authority from a date: one row per date, saved over. */
  'award:saveAuthorityBasis': command<AwardCatalog>()(authorityBasisInput),
  'award:deleteAuthorityBasis': command<AwardCatalog>()(byId('Căn cứ')),
  'award:addCoefficient': command<AwardCatalog>()(coefficientInput),
  'award:deleteCoefficient': command<AwardCatalog>()(byId('Hệ số')),
  'award:addBaseSalary': command<AwardCatalog>()(baseSalaryInput),
  'award:deleteBaseSalary': command<AwardCatalog>()(byId('Mức lương cơ sở')),

  'award:listDecisions': query<AwardDecisionListItem[]>()(listFilter),
  'award:getDecision': query<AwardDecisionDetail>()(byId('Quyết định')),
  'award:createDecision': command<AwardDecisionDetail>()(decisionInput),
  'award:updateDecision': command<AwardDecisionDetail>()(z.object({ ...decisionFields, id: entityId('Quyết định') })),
  'award:deleteDecision': command<{ id: number }>()(byId('Quyết định')),
  'award:totals': query<AwardTotalsReport>()(listFilter),
  /** Every decision of a conference with its recipients: the print view and the combined list. */
  'award:conferenceLists': query<AwardDecisionDetail[]>()(z.object({ conferenceId: entityId('Hội nghị') })),

  'award:addRecipient': command<AwardRecipient>()(recipientInput),
  'award:updateRecipient': command<AwardRecipient>()(
    z.object({ ...recipientFields, id: entityId('Người được khen') }).refine(overrideNeedsReason, overrideError),
  ),
  'award:deleteRecipient': command<{ id: number }>()(byId('Người được khen')),
  'award:reorderRecipients': command<{ ok: true }>()(z.object({ decisionId: entityId('Quyết định'), ids: z.array(entityId('Người được khen')).max(5000) })),

  'award:importTemplate': task<GeneratedFile>()(emptyInput),
  'award:importPreview': task<ImportPreview>()(importInput),
  'award:importCommit': task<{ imported: number }>()(importInput),

  'award:batches': query<AwardBatchesView>()(z.object({ conferenceId: entityId('Hội nghị') })),
  'award:generateBatches': command<AwardBatchesView>()(z.object({ conferenceId: entityId('Hội nghị'), maxSize: z.number().int().min(1).max(100).default(10) })),
  'award:saveBatches': command<AwardBatchesView>()(batchesSaveInput),
};
