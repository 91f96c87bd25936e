// Documents made from a conference's invitee list: Giấy mời (Mẫu 1.7) as a mail merge, one page per
// invitee; name cards (biển tên) as folded tents; the sign-in sheet (danh sách đại biểu ký nhận).
// Pure builders: data in, docx Document out. Numbering and saving happen in the service.
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  TableCell,
  TableRow,
  TextDirection,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { positionAtAgency } from '../../../../shared/domain/attendees';
import { formatDelegateName } from '../../../../shared/rules/protocol';
import { formatLongDate, formatWeekday } from '../../../../shared/text/dates';
import {
  bodyParagraph,
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  centredLine,
  createDecree30Document,
  decree30Section,
  fixedTable,
  mmToTwip,
  splitWidths,
  spacer,
  textRun,
  textWidthPt,
  textWidthTwip,
  upper,
  withClosingMark,
  type DocumentSettings,
  type SignaturePrefix,
} from '../../decree30';
import { invitationCodeCell, invitationCodeParagraphs, type CodeImages } from './invitation-code';

export interface CommitteeForDocs {
  parentBody: string;
  issuingBody: string;
  name: string;
  locality: string;
  headName: string;
  headPosition: string;
  signerName: string;
  signerPrefix: string;
  signerPosition: string;
}

export interface ConferenceForDocs {
  title: string;
  startsAt: Date;
  venue: string;
}

export interface Addressee {
  fullName: string;
  rank: string;
  position: string;
  agencyName: string;
  /** "mời đại diện": the agency is invited, not a named person. */
  representative: boolean;
  /** The invitation's code as images (QR + Code 128), printed at the foot of the page. */
  codeImages?: CodeImages;
}

/** The "kính mời" line of an invitation: "Đồng chí Đại tá Nguyễn Thế Chi" or "Đại diện lãnh đạo …". */
export function addresseeLines(a: Addressee): { name: string; detail: string } {
  if (a.representative) return { name: `Đại diện lãnh đạo ${a.agencyName}`, detail: '' };
  return { name: `Đồng chí ${formatDelegateName(a)}`, detail: positionAtAgency(a.position, a.agencyName) };
}

/** "08 giờ 00, Thứ Năm, ngày 15 tháng 01 năm 2026". */
export function invitationTime(date: Date): string {
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${hh} giờ ${mm}, ${formatWeekday(date)}, ${formatLongDate(date)}`;
}

/** "Ban Chỉ đạo 138 tỉnh Ninh Bình" as the subject of "trân trọng kính mời". */
function issuerSentence(committee: CommitteeForDocs): string {
  return committee.name.trim() || committee.issuingBody.trim();
}

export function buildInvitations(
  data: { committee: CommitteeForDocs; conference: ConferenceForDocs; number: string; issuedOn: Date; addressees: Addressee[]; notes?: string },
  settings: DocumentSettings,
) {
  const { committee, conference } = data;
  const chair = [committee.headName, committee.headPosition].filter((s) => s.trim()).join(', ');
  const sections = data.addressees.map((a) => {
    const who = addresseeLines(a);
    const children: FileChild[] = [
      buildHeader(
        { parentBody: committee.parentBody, issuingBody: committee.issuingBody, number: data.number, placeDate: { place: committee.locality, date: data.issuedOn } },
        settings,
      ),
      ...buildTitle({ typeName: 'GIẤY MỜI', summary: `Dự ${conference.title.replace(/^Hội nghị/u, 'Hội nghị')}` }, settings),
      bodyParagraph(`${issuerSentence(committee)} trân trọng kính mời:`, settings),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 0 },
        children: [textRun(who.name, { sizePt: settings.bodyFontPt, bold: true })],
      }),
      ...(who.detail ? [centredLine(who.detail, { sizePt: settings.bodyFontPt })] : []),
      spacer(6),
      bodyParagraph(`Tới dự: ${conference.title}.`, settings),
      ...(chair ? [bodyParagraph(`Chủ trì: Đồng chí ${chair}.`, settings)] : []),
      bodyParagraph(`Thời gian: ${invitationTime(conference.startsAt)}.`, settings),
      bodyParagraph(`Địa điểm: ${conference.venue || 'sẽ thông báo sau'}.`, settings),
      bodyParagraph(
        withClosingMark(data.notes?.trim() || (a.representative ? 'Đề nghị quý cơ quan cử đại diện lãnh đạo đến dự đúng thời gian' : 'Rất mong đồng chí đến dự đúng thời gian')),
        settings,
      ),
      spacer(12),
      buildSignatureBlock(
        {
          signature: {
            prefix: (committee.signerPrefix || undefined) as SignaturePrefix | undefined,
            authority: committee.issuingBody,
            position: committee.signerPosition || 'TRƯỞNG BAN',
            signerName: committee.signerName,
          },
          recipients: ['Như trên', 'Lưu: VT'],
        },
        settings,
      ),
      ...(a.codeImages ? invitationCodeParagraphs(a.codeImages) : []),
    ];
    return decree30Section({ children, pageNumbers: false }, settings);
  });
  return createDecree30Document(sections, settings, { title: `Giấy mời — ${conference.title}` });
}

// ---------------------------------------------------------------------------------------------
// Name cards: A4 portrait folded along its vertical centre line into a tent. The two halves carry the
// same card, turned so that each face reads upright once folded: the left half runs bottom-to-top, the
// right half top-to-bottom.

export interface NameCard {
  /** "Đại tá Nguyễn Văn A". */
  name: string;
  position: string;
}

const CARD_MARGIN_MM = 12;

/** Largest size (pt, step 2) at which `text` fits in `widthPt` on one line, within [min, max]. */
function fitSize(text: string, widthPt: number, bold: boolean, max: number, min: number): number {
  for (let size = max; size > min; size -= 2) if (textWidthPt(text, size, bold) <= widthPt) return size;
  return min;
}

export function buildNameCards(cards: NameCard[], settings: DocumentSettings) {
  const pageW = 210 - 2 * CARD_MARGIN_MM;
  const pageH = 297 - 2 * CARD_MARGIN_MM;
  const half = mmToTwip(pageW / 2);
  const lineWidthPt = ((pageH - 30) / 25.4) * 72; // the text runs along the page's height
  const sections = cards.map((card) => {
    const nameSize = fitSize(card.name, lineWidthPt, true, 60, 28);
    // The position may wrap to two lines; it stays well below the name.
    const positionSize = fitSize(card.position, lineWidthPt * 1.8, false, 34, 18);
    const face = (direction: (typeof TextDirection)[keyof typeof TextDirection]) =>
      new TableCell({
        width: { size: half, type: WidthType.DXA },
        textDirection: direction,
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [textRun(card.name, { sizePt: nameSize, bold: true })] }),
          ...(card.position
            ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [textRun(card.position, { sizePt: positionSize })] })]
            : []),
        ],
      });
    const table = fixedTable(
      [half, half],
      [
        new TableRow({
          // Leaves room for the empty paragraph Word and LibreOffice keep after a table, so no blank page follows.
          height: { value: mmToTwip(pageH - 10), rule: HeightRule.EXACT },
          cantSplit: true,
          children: [face(TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT), face(TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT)],
        }),
      ],
      false,
    );
    return {
      properties: {
        page: {
          size: { width: mmToTwip(210), height: mmToTwip(297) },
          margin: { top: mmToTwip(CARD_MARGIN_MM), bottom: mmToTwip(CARD_MARGIN_MM), left: mmToTwip(CARD_MARGIN_MM), right: mmToTwip(CARD_MARGIN_MM) },
        },
      },
      children: [table],
    };
  });
  return createDecree30Document(sections, settings, { title: 'Biển tên đại biểu' });
}

// ---------------------------------------------------------------------------------------------
// Sign-in sheet: a working paper (no number), same page and fonts.

export interface SignInRow {
  fullName: string;
  position: string;
  agencyName: string;
  /** The invitation's code: a small QR in the last column, scanned at the desk instead of typing the name. */
  codeImages?: CodeImages;
}

export function buildSignInSheet(data: { committee: CommitteeForDocs; conference: ConferenceForDocs; rows: SignInRow[] }, settings: DocumentSettings) {
  const width = textWidthTwip(settings);
  const coded = data.rows.some((r) => r.codeImages);
  const widths = splitWidths(width, coded ? [7, 27, 28, 16, 11, 11] : [7, 33, 28, 20, 12]);
  const cellMargins = { left: 80, right: 80, top: 40, bottom: 40 };
  const cell = (text: string, w: number, opts: { bold?: boolean; center?: boolean } = {}) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: cellMargins,
      children: [new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [textRun(text, { sizePt: 13, bold: opts.bold })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ký', ...(coded ? ['Mã'] : [])].map((h, i) => cell(h, widths[i]!, { bold: true, center: true })),
  });
  const body = data.rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwip(11), rule: HeightRule.ATLEAST },
        children: [
          cell(String(i + 1), widths[0]!, { center: true }),
          cell(r.fullName, widths[1]!),
          cell(r.position, widths[2]!),
          cell(r.agencyName, widths[3]!),
          cell('', widths[4]!),
          ...(coded ? [invitationCodeCell(r.codeImages, widths[5]!)] : []),
        ],
      }),
  );
  const date = data.conference.startsAt;
  const children: FileChild[] = [
    ...(data.committee.parentBody.trim() ? [centredLine(upper(data.committee.parentBody), { sizePt: 13 })] : []),
    centredLine(upper(data.committee.issuingBody), { sizePt: 13, bold: true }),
    spacer(12),
    ...buildTitle({ typeName: 'DANH SÁCH ĐẠI BIỂU', summary: `Dự ${data.conference.title}` }, settings),
    centredLine(`Thời gian: ${invitationTime(date)}${data.conference.venue ? `; địa điểm: ${data.conference.venue}` : ''}`, { sizePt: 13, italics: true }, { spacing: { after: 200 } }),
    fixedTable(widths, [header, ...body], false, cellMargins),
    new Paragraph({ spacing: { before: 160 }, children: [textRun(`Tổng số: ${data.rows.length} đại biểu.`, { sizePt: 13, italics: true })] }),
  ];
  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Danh sách đại biểu — ${data.conference.title}` });
}
