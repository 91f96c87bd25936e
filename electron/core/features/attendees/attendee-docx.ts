// Documents made from a conference's invitee list: Giấy mời (Mẫu 1.7) as a mail merge, one page per
// invitee; name cards (biển tên) as folded tents; the sign-in sheet (danh sách đại biểu ký nhận).
// Pure builders: data in, docx Document out. Numbering and saving happen in the service.
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import { personPhrase, positionWithAgency } from '../../../../shared/rules/naming';
import { committeeSigningName } from '../../../../shared/domain/committee';
import { formatLongDate, formatWeekday } from '../../../../shared/text/dates';
import { formatThousands } from '../../../../shared/text/money';
import {
  A4_MM,
  bodyParagraph,
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  centredLine,
  contentColumnWidths,
  createDecree30Document,
  decree30Section,
  fixedTable,
  LAYOUT_CELL_PADDING,
  mmToTwip,
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
  /** "Liên hệ: …" on invitations (may be empty). */
  contactName?: string;
  contactPhone?: string;
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
  // personPhrase: "Đồng chí" once even when the name was typed with it, the rank once, the agency once.
  return { name: personPhrase(a, { nameOnly: true, sentenceStart: true }), detail: positionWithAgency(a.position, a.agencyName) };
}

/** "08 giờ 00, Thứ Năm, ngày 15 tháng 01 năm 2026". */
export function invitationTime(date: Date): string {
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${hh} giờ ${mm}, ${formatWeekday(date)}, ${formatLongDate(date)}`;
}

/** "Liên hệ: đồng chí Đỗ Thị Thu Hà, điện thoại 0229 3871 234." or '' without a contact. */
export function contactLine(committee: Pick<CommitteeForDocs, 'contactName' | 'contactPhone'>): string {
  const name = committee.contactName?.trim().replace(/[.;,]+$/u, '') ?? '';
  const phone = committee.contactPhone?.trim() ?? '';
  if (!name && !phone) return '';
  const who = name && !/^(đồng chí|ông|bà|đ\/c)\s/iu.test(name) && !/^(Đại|Thượng|Trung|Thiếu)\s(tướng|tá|úy|uý)\s/u.test(name) ? `đồng chí ${name}` : name;
  return `Liên hệ: ${[who, phone ? `điện thoại ${phone}` : ''].filter(Boolean).join(', ')}.`;
}

/** The notes line as a sentence ("Trang phục: …; xe đỗ tại …."). */
function notesLine(notes: string | undefined): string {
  const t = notes?.replace(/\s+/g, ' ').trim() ?? '';
  return t && !/[.!?]$/u.test(t) ? `${t}.` : t;
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
        {
          parentBody: committee.parentBody,
          issuingBody: committee.issuingBody,
          number: data.number,
          placeDate: { place: committee.locality, date: data.issuedOn },
        },
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
      bodyParagraph(`Địa điểm: ${conference.venue || 'sẽ thông báo sau'}.`, settings, { keepNext: true, keepLines: true }),
      ...(notesLine(data.notes) ? [bodyParagraph(notesLine(data.notes), settings, { keepNext: true, keepLines: true })] : []),
      ...(contactLine(committee) ? [bodyParagraph(contactLine(committee), settings, { keepNext: true, keepLines: true })] : []),
      // The closing line stays whole and with the signature block.
      bodyParagraph(
        withClosingMark(a.representative ? 'Đề nghị quý cơ quan cử đại diện lãnh đạo đến dự đúng thời gian' : 'Rất mong đồng chí đến dự đúng thời gian'),
        settings,
        { keepNext: true, keepLines: true },
      ),
      spacer(12, true),
      buildSignatureBlock(
        {
          signature: {
            prefix: (committee.signerPrefix || undefined) as SignaturePrefix | undefined,
            authority: committeeSigningName(committee),
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
// Name cards: A4 portrait folded along its vertical centre line into a tent standing on its long edges, the
// fold on top. Each half is one face: the text runs along the page's height, turned so that the tops of the
// letters point toward the fold. Then both faces read upright once folded: the left half is set top-to-bottom
// (w:textDirection tbRl, letter tops to the right), the right half bottom-to-top (btLr, letter tops to the left).
// Word and LibreOffice both turn cell text by 90° and 270° only, which is exactly what a tent card needs.

export interface NameCard {
  /** "Đại tá Nguyễn Văn A", or for an agency invited as such "Đại diện Sở Tư pháp". */
  name: string;
  position: string;
}

/** The card of an invitee: a named person, or the agency when it is invited to send a representative. */
export function nameCardOf(a: Addressee): NameCard {
  if (a.representative) return { name: `Đại diện ${a.agencyName}`, position: '' };
  return { name: personPhrase(a, { honorific: '', nameOnly: true }), position: positionWithAgency(a.position, a.agencyName) };
}

/** Text direction of each half (left, right): letter tops toward the fold between them. */
export const NAME_CARD_DIRECTIONS = [TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT, TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT] as const;

/** Largest size (pt, step 2) at which `text` fits in `widthPt` on one line, within [min, max]. */
function fitSize(text: string, widthPt: number, bold: boolean, max: number, min: number): number {
  for (let size = max; size > min; size -= 2) if (textWidthPt(text, size, bold) <= widthPt) return size;
  return min;
}

export function buildNameCards(cards: NameCard[], settings: DocumentSettings) {
  const { top, bottom, left, right } = settings.marginsMm;
  // The fold is the page's centre line: both halves as wide as the larger side margin allows.
  const side = Math.max(left, right);
  const halfMm = A4_MM.width / 2 - side;
  const half = mmToTwip(halfMm);
  const rowMm = A4_MM.height - top - bottom - 10;
  const lineWidthPt = ((rowMm - 20) / 25.4) * 72; // the text runs along the page's height
  const sections = cards.map((card) => {
    const nameSize = fitSize(card.name, lineWidthPt, true, 60, 28);
    // The position may wrap to two lines; it stays well below the name.
    const positionSize = fitSize(card.position, lineWidthPt * 1.8, false, 34, 18);
    const face = (direction: (typeof NAME_CARD_DIRECTIONS)[number]) =>
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
    const table = new Table({
      rows: [
        new TableRow({
          // Leaves room for the empty paragraph Word and LibreOffice keep after a table, so no blank page follows.
          height: { value: mmToTwip(rowMm), rule: HeightRule.EXACT },
          cantSplit: true,
          children: NAME_CARD_DIRECTIONS.map(face),
        }),
      ],
      columnWidths: [half, half],
      width: { size: 2 * half, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      // From the left margin to where the left half starts, so the line between the halves is the page's centre.
      indent: { size: mmToTwip(side - left), type: WidthType.DXA },
      margins: { left: LAYOUT_CELL_PADDING, right: LAYOUT_CELL_PADDING, top: 0, bottom: 0 },
    });
    return decree30Section({ children: [table], pageNumbers: false }, settings);
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

/** Room for a signature, and for the invitation's QR code when the rows carry one. */
const SIGNATURE_COLUMN_MM = 28;
const CODE_COLUMN_MM = 18;

export function buildSignInSheet(data: { committee: CommitteeForDocs; conference: ConferenceForDocs; rows: SignInRow[] }, settings: DocumentSettings) {
  const coded = data.rows.some((r) => r.codeImages);
  const cellMargins = { left: 80, right: 80, top: 40, bottom: 40 };
  const size = 13;
  const values = data.rows.map((r, i) => [formatThousands(i + 1), r.fullName, r.position, r.agencyName, '', ...(coded ? [''] : [])]);
  const headers = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ký', ...(coded ? ['Mã'] : [])];
  const widths = contentColumnWidths(
    headers.map((header, i) => ({
      header,
      nowrap: i === 0,
      texts: values.map((v) => v[i]!),
      ...(i === 4 ? { minTwips: mmToTwip(SIGNATURE_COLUMN_MM) } : {}),
      ...(i === 5 ? { minTwips: mmToTwip(CODE_COLUMN_MM) } : {}),
    })),
    textWidthTwip(settings),
    size,
    cellMargins.left + cellMargins.right,
  );
  const cell = (text: string, w: number, opts: { bold?: boolean; center?: boolean; keepNext?: boolean } = {}) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: cellMargins,
      children: [
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          keepNext: opts.keepNext || undefined,
          children: [textRun(text, { sizePt: size, bold: opts.bold })],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => cell(h, widths[i]!, { bold: true, center: true, keepNext: true })),
  });
  // Rows are short: all kept whole; the last two stay with the total line after the table.
  const body = values.map(
    (v, i) =>
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwip(11), rule: HeightRule.ATLEAST },
        children: v.map((text, c) =>
          c === 5 ? invitationCodeCell(data.rows[i]!.codeImages, widths[c]!) : cell(text, widths[c]!, { center: c === 0, keepNext: i >= values.length - 2 }),
        ),
      }),
  );
  const date = data.conference.startsAt;
  const children: FileChild[] = [
    ...(data.committee.parentBody.trim() ? [centredLine(upper(data.committee.parentBody), { sizePt: 13 })] : []),
    centredLine(upper(data.committee.issuingBody), { sizePt: 13, bold: true }),
    spacer(12),
    ...buildTitle({ typeName: 'DANH SÁCH ĐẠI BIỂU', summary: `Dự ${data.conference.title}` }, settings),
    centredLine(
      `Thời gian: ${invitationTime(date)}${data.conference.venue ? `; địa điểm: ${data.conference.venue}` : ''}`,
      { sizePt: 13, italics: true },
      { spacing: { after: 200 } },
    ),
    fixedTable(widths, [header, ...body], false, cellMargins),
    new Paragraph({ spacing: { before: 160 }, children: [textRun(`Tổng số: ${formatThousands(data.rows.length)} đại biểu.`, { sizePt: 13, italics: true })] }),
  ];
  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Danh sách đại biểu — ${data.conference.title}` });
}
