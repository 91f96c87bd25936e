// The programme as a Decree 30 document (Mẫu 1.4 style): built from the conference's own data, numbered from
// the committee's register, laid out with the committee's document settings. Build and pack first, then
// take the number in one short transaction: a failure anywhere leaves the register unchanged.
import type { GeneratedFile } from '../../../../shared/api/files';
import { committeeSigningName } from '../../../../shared/domain/committee';
import { AppError } from '../../../../shared/api/result';
import type { SignerPrefix } from '../../../../shared/domain/committee';
import { formatDocumentNumber } from '../../../../shared/domain/document-number';
import { formatClockWords, formatLongDate, formatWeekday, parseLocalDateTime } from '../../../../shared/text/dates';
import { isoNow, type ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import type { SignaturePrefix } from '../../decree30';
import { writeDocx } from '../committees';
import { buildProgrammeDocument, programmeFileName, type ProgrammeDocumentData } from './programme-docx';
import { getCommittee } from '../committees';
import { getConference } from './conference-handlers';
import { offerNumber, registerNumber } from '../committees';
import { programmeView } from './repo';
import { one } from '../../db/rows';

export const PROGRAMME_TYPE_CODE = 'CTr';

/** The document data of a conference's programme: everything comes from the conference and its committee. */
export function programmeDocumentData(db: Db, conferenceId: number, numberText: string, issuedOn: Date): ProgrammeDocumentData {
  const conference = getConference(db, conferenceId);
  const committee = getCommittee(db, conference.committeeId);
  const view = programmeView(db, conferenceId);
  const start = parseLocalDateTime(conference.startsAt)!;
  const multiPart = view.parts.length > 1;
  const prefix: SignerPrefix = committee.signerPrefix;
  return {
    header: {
      parentBody: committee.parentBody || undefined,
      issuingBody: committee.issuingBody,
      number: numberText,
      place: committee.locality,
      date: issuedOn,
    },
    summary: conference.title,
    timeText: `${formatClockWords(start)}, ${formatWeekday(start)}, ${formatLongDate(start)}`,
    venue: conference.venue,
    chair: committee.headName ? `Đồng chí ${committee.headName}${committee.headPosition ? `, ${committee.headPosition}` : ''}` : undefined,
    parts: view.parts.map((part, i) => ({
      title: multiPart || part.title ? part.title || `Phần ${i + 1}` : undefined,
      items: part.items.map((item) => ({
        start: item.dayOffset > 0 ? `${item.start} (+${item.dayOffset})` : item.start,
        end: item.end,
        content: item.title,
        performer: item.performer,
      })),
    })),
    signature: {
      prefix: (prefix || undefined) as SignaturePrefix | undefined,
      authority: prefix === 'TM.' ? committeeSigningName(committee) : 'TRƯỞNG BAN',
      position: committee.signerPosition || 'TRƯỞNG BAN',
      signerName: committee.signerName || committee.headName,
    },
    recipients: ['Thành viên Ban Chỉ đạo', 'Các đại biểu dự hội nghị', 'Lưu: VT'],
  };
}

export async function exportProgramme(
  ctx: ServiceContext,
  input: { conferenceId: number; number?: number | undefined; issuedOn: string },
): Promise<GeneratedFile & { number: string }> {
  const conference = getConference(ctx.db, input.conferenceId);
  const committee = getCommittee(ctx.db, conference.committeeId);
  const issuedOn = parseLocalDateTime(input.issuedOn)!;
  const year = issuedOn.getFullYear();
  const own = one<{ number: number }>(
    ctx.db,
    'SELECT number FROM document_number WHERE committee_id = ? AND conference_id = ? AND type_code = ? AND year = ? ORDER BY id DESC LIMIT 1',
    committee.id,
    conference.id,
    PROGRAMME_TYPE_CODE,
    year,
  );
  const number = input.number ?? own?.number ?? offerNumber(ctx.db, committee.id, year, PROGRAMME_TYPE_CODE).number;
  const reuse = own?.number === number;
  if (!reuse) {
    const taken = one<{ title: string }>(
      ctx.db,
      'SELECT title FROM document_number WHERE committee_id = ? AND year = ? AND type_code = ? AND number = ?',
      committee.id,
      year,
      PROGRAMME_TYPE_CODE,
      number,
    );
    if (taken)
      throw new AppError(
        'CONFLICT',
        `Số ${formatDocumentNumber(number, PROGRAMME_TYPE_CODE, committee.docCode)} năm ${year} đã được dùng cho chương trình “${taken.title}”. Hãy chọn số khác.`,
      );
  }
  const formatted = formatDocumentNumber(number, PROGRAMME_TYPE_CODE, committee.docCode);
  const data = programmeDocumentData(ctx.db, conference.id, formatted, issuedOn);
  const file = await writeDocx(ctx.db, {
    committeeId: committee.id,
    build: (settings) => buildProgrammeDocument(data, settings),
    fileName: programmeFileName(conference.title),
  });
  if (!reuse)
    ctx.db
      .transaction(() =>
        registerNumber(ctx.db, {
          committeeId: committee.id,
          issuedOn: input.issuedOn,
          typeCode: PROGRAMME_TYPE_CODE,
          number,
          title: conference.title,
          conferenceId: conference.id,
          now: isoNow(ctx),
        }),
      )
      .immediate();
  return { ...file, number: formatted };
}
