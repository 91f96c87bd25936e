// The minutes (BB), the MC script and the conclusion notice (TB) as Decree 30 documents: gather the data,
// build, pack, then (numbered documents) take or reuse the number in the register in one short transaction.
import type { GeneratedFile } from '../../../../shared/api/files';
import { AppError } from '../../../../shared/api/result';
import { formatDocumentNumber } from '../../../../shared/domain/document-number';
import { buildConclusionNotice } from '../../../../shared/rules/conclusion-notice';
import { buildMcScript } from '../../../../shared/rules/mc-script';
import { generateMinutes, roleHolders } from '../../../../shared/rules/minutes';
import { committeeSigningName } from '../../../../shared/domain/committee';
import { formatClockWords, formatLongDate, formatWeekday, parseLocalDateTime } from '../../../../shared/text/dates';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import { recordAudit } from '../../audit/record';
import type { ServiceContext } from '../../context';
import type { SignaturePrefix } from '../../decree30';
import { buildConclusionNoticeDocument, buildMcScriptDocument, buildMinutesDocument } from './minutes-docx';
import { writeDocx } from '../committees';
import { offerNumber, registerNumber } from '../committees';
import { conclusionNoticeData, gatherConference, mcScriptData, minutesGapsOf, type ConferenceRecord } from './minutes-data';
import { many, one } from '../../db/rows';

type ExportInput = { conferenceId: number; number?: number | undefined; issuedOn?: string | undefined };

/** The number this conference's document of a type already has, to print the same one again. */
function existingNumber(ctx: ServiceContext, conferenceId: number, typeCode: string): { number: number; year: number } | null {
  return (
    one<{ number: number; year: number }>(
      ctx.db,
      'SELECT number, year FROM document_number WHERE conference_id = ? AND type_code = ? ORDER BY id DESC LIMIT 1',
      conferenceId,
      typeCode,
    ) ?? null
  );
}

function chooseNumber(
  ctx: ServiceContext,
  record: ConferenceRecord,
  typeCode: string,
  input: ExportInput,
): { number: number; issuedOn: string; reuse: boolean; formatted: string } {
  const issuedOn = input.issuedOn ?? record.conference.startsAt.slice(0, 10);
  const year = Number(issuedOn.slice(0, 4));
  const previous = existingNumber(ctx, record.conference.id, typeCode);
  if (previous && previous.year === year && (input.number === undefined || input.number === previous.number)) {
    return { number: previous.number, issuedOn, reuse: true, formatted: formatDocumentNumber(previous.number, typeCode, record.committee.docCode) };
  }
  const offer = offerNumber(ctx.db, record.committee.id, year, typeCode);
  const number = input.number ?? offer.number;
  return { number, issuedOn, reuse: false, formatted: formatDocumentNumber(number, typeCode, record.committee.docCode) };
}

function register(
  ctx: ServiceContext,
  record: ConferenceRecord,
  typeCode: string,
  chosen: { number: number; issuedOn: string; reuse: boolean },
  title: string,
  after?: () => void,
): string {
  return ctx.db
    .transaction(() => {
      let formatted: string;
      if (chosen.reuse) {
        formatted = formatDocumentNumber(chosen.number, typeCode, record.committee.docCode);
      } else {
        const entry = registerNumber(ctx.db, {
          committeeId: record.committee.id,
          issuedOn: chosen.issuedOn,
          typeCode,
          number: chosen.number,
          title,
          conferenceId: record.conference.id,
          now: ctx.now().toISOString(),
        });
        formatted = entry.formatted;
        recordAudit(ctx.db, {
          at: ctx.now().toISOString(),
          op: `${typeCode === 'BB' ? 'minutes' : 'conclusionNotice'}:export`,
          entity: 'document_number',
          entityId: entry.id,
          conferenceId: record.conference.id,
          summary: `Cấp số ${formatted}: ${title}`,
        });
      }
      after?.();
      return formatted;
    })
    .immediate();
}

/** Who signs the minutes: the chair and the secretary of this conference (roles in the invitation list); blank when none. */
function people(record: ConferenceRecord) {
  const chair = roleHolders(record.data.attendees, ['chu_tri'])[0]?.fullName ?? '';
  const secretary = roleHolders(record.data.attendees, ['thu_ky'])[0]?.fullName ?? record.committee.secretaryName;
  return { chair: chair.trim() || BLANK_NAME, secretary: secretary.trim() || BLANK_NAME };
}
const BLANK_NAME = '……………………………';

export async function exportMinutes(ctx: ServiceContext, input: ExportInput & { allowIncomplete?: boolean }): Promise<GeneratedFile & { number: string }> {
  const record = gatherConference(ctx, input.conferenceId);
  const stored = many<{
    key: string;
    text: string;
  }>(ctx.db, 'SELECT key, text FROM minutes_section WHERE conference_id = ? ORDER BY position, id', input.conferenceId);
  const sections = stored.length ? stored : generateMinutes(record.data).map((s) => ({ key: s.key, text: s.text }));
  const gaps = minutesGapsOf(record.data, sections);
  if (gaps.length && !input.allowIncomplete)
    throw new AppError(
      'CONFLICT',
      `Biên bản còn thiếu: ${gaps.map((g) => g.replace(/\.$/u, '')).join('; ')}. Hãy bổ sung, hoặc chọn “Vẫn xuất bản thiếu” để in với chỗ trống điền tay.`,
    );
  const chosen = chooseNumber(ctx, record, 'BB', input);
  const { chair, secretary } = people(record);
  const doc: Parameters<typeof buildMinutesDocument>[0] = {
    parentBody: record.committee.parentBody,
    issuingBody: record.committee.issuingBody,
    number: chosen.formatted,
    summary: record.conference.title,
    sections,
    secretaryName: secretary,
    chairName: chair,
    recipients: ['Các thành viên Ban Chỉ đạo', 'Lưu: VT, Hồ sơ hội nghị'],
  };
  const file = await writeDocx(ctx.db, {
    committeeId: record.committee.id,
    fileName: `Bien-ban-${fileNameSlug(record.conference.title)}.docx`,
    build: (settings) => buildMinutesDocument(doc, settings),
  });
  const number = register(ctx, record, 'BB', chosen, `Biên bản ${record.conference.title}`, () =>
    ctx.db
      .prepare(
        `INSERT INTO minutes (conference_id, number, updated_at) VALUES (?, ?, ?) ON CONFLICT(conference_id) DO UPDATE SET number = excluded.number, updated_at = excluded.updated_at`,
      )
      .run(record.conference.id, formatDocumentNumber(chosen.number, 'BB', record.committee.docCode), ctx.now().toISOString()),
  );
  return { ...file, number };
}

export async function exportMcScript(ctx: ServiceContext, input: { conferenceId: number }): Promise<GeneratedFile> {
  const { record, data } = mcScriptData(ctx, input.conferenceId);
  const start = parseLocalDateTime(record.conference.startsAt);
  const doc: Parameters<typeof buildMcScriptDocument>[0] = {
    issuingBody: record.committee.issuingBody,
    conferenceTitle: record.conference.title,
    timeText: start ? `${formatClockWords(start)}, ${formatWeekday(start)}, ${formatLongDate(start)}` : '',
    venue: record.conference.venue,
    sections: buildMcScript(data),
  };
  return writeDocx(ctx.db, {
    committeeId: record.committee.id,
    fileName: `Kich-ban-dieu-hanh-${fileNameSlug(record.conference.title)}.docx`,
    build: (settings) => buildMcScriptDocument(doc, settings),
  });
}

export async function exportConclusionNotice(ctx: ServiceContext, input: ExportInput): Promise<GeneratedFile & { number: string }> {
  const { record, data } = conclusionNoticeData(ctx, input.conferenceId);
  if (!data.conclusions.trim()) throw new AppError('CONFLICT', 'Chưa có kết luận của chủ trì: hãy ghi kết luận ở thẻ “Điều hành” trước khi xuất thông báo.');
  const chosen = chooseNumber(ctx, record, 'TB', input);
  const text = buildConclusionNotice(data);
  const c = record.committee;
  const doc: Parameters<typeof buildConclusionNoticeDocument>[0] = {
    parentBody: c.parentBody,
    issuingBody: c.issuingBody,
    number: chosen.formatted,
    place: c.locality,
    date: parseLocalDateTime(chosen.issuedOn) ?? new Date(),
    summary: text.summary,
    paragraphs: text.paragraphs,
    // Issued by the office on the chair's behalf (TL. TRƯỞNG BAN / CHÁNH VĂN PHÒNG), as the committee sets it.
    signature: noticeSignature(c),
    recipients: ['Các thành viên Ban Chỉ đạo', 'Các cơ quan, đơn vị dự hội nghị', 'Lưu: VT'],
  };
  const file = await writeDocx(ctx.db, {
    committeeId: c.id,
    fileName: `Thong-bao-ket-luan-${fileNameSlug(record.conference.title)}.docx`,
    build: (settings) => buildConclusionNoticeDocument(doc, settings),
  });
  const number = register(ctx, record, 'TB', chosen, `Thông báo ${text.summary}`);
  return { ...file, number };
}

/** The conclusion notice's signature: the committee's setting; with TM. the committee signs under its own name. */
export function noticeSignature(c: ConferenceRecord['committee']): { prefix?: SignaturePrefix; authority: string; position: string; signerName: string } {
  const prefix = (c.noticeSignerPrefix || undefined) as SignaturePrefix | undefined;
  const authority = prefix === 'TM.' ? committeeSigningName(c) : c.noticeSignerFor.trim() || 'TRƯỞNG BAN';
  return {
    ...(prefix ? { prefix } : {}),
    authority,
    position: c.noticeSignerPosition.trim() || 'CHÁNH VĂN PHÒNG',
    signerName: c.noticeSignerName.trim() || BLANK_NAME,
  };
}
