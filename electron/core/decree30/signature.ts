// Signature and recipients (Decree 30/2020, Appendix I, items 7–9).
import { AlignmentType, Paragraph, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { centredLine, spacer, textRun, upper } from './runs';
import { textWidthTwip, type DocumentSettings, type PageOrientationName } from './settings';
import { fixedTable, splitWidths } from './table-basics';

export type SignaturePrefix = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface SignatureSpec {
  prefix?: SignaturePrefix;
  /** The collective or the head the signer acts for, e.g. "BAN CHỈ ĐẠO" (TM.) or "TRƯỞNG BAN" (TL./TUQ.). */
  authority: string;
  /** The signer's own position, e.g. "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN". */
  position: string;
  signerName: string;
  /** Head's position for KT.; defaults to `position` without its leading "PHÓ". */
  headPosition?: string;
}

/** Height left blank for the handwritten signature and the seal (about 3 cm). */
const SIGNATURE_ROOM_PT = 80;

/** "PHÓ TRƯỞNG BAN" → "TRƯỞNG BAN": the head a deputy signs for. */
function headOf(position: string): string {
  return position.replace(/^PHÓ\s+/u, '');
}

/**
 * Authority and position lines above the signature, following Decree 30 Appendix I item 7:
 * - TM. (on behalf of a collective):   "TM. BAN CHỈ ĐẠO" / "TRƯỞNG BAN";
 *   when a deputy signs for the collective: "TM. BAN CHỈ ĐẠO" / "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN".
 * - KT. (deputy signs for the head):    "KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN".
 * - Q. (acting head):                   "Q. TRƯỞNG BAN" (the position being held in acting capacity).
 * - TL. / TUQ. (by order / by authorisation of the head): "TL. TRƯỞNG BAN" / "CHÁNH VĂN PHÒNG";
 *   here `authority` names the head signed for.
 * - no prefix (the head signs in their own name): "TRƯỞNG BAN".
 * Everything is upper case; the signer's name goes below with no title or rank before it.
 */
export function signatureTitleLines(spec: SignatureSpec): string[] {
  const authority = upper(spec.authority).trim();
  const position = upper(spec.position).trim();
  const head = upper(spec.headPosition ?? headOf(position)).trim();
  const isDeputy = head !== position;
  switch (spec.prefix) {
    case 'TM.':
      return isDeputy ? [`TM. ${authority}`, `KT. ${head}`, position] : [`TM. ${authority}`, position];
    case 'KT.':
      return [`KT. ${head}`, position];
    case 'Q.':
      return [`Q. ${position}`];
    case 'TL.':
    case 'TUQ.':
      return [`${spec.prefix} ${authority}`, position];
    default:
      return [position];
  }
}

/**
 * Centred lines, room for the signature and seal, then the signer's name (all 14 pt bold). `keepWithNext`: the
 * name too is kept with what follows the table (the minutes' recipients come after their signature table).
 */
export function signerParagraphs(titleLines: string[], signerName: string, keepWithNext = false): Paragraph[] {
  return [
    // 1.15 lines: stacked capital diacritics (Ở, Ỉ) touch the line above at single spacing.
    ...titleLines.map((line) => centredLine(line, { sizePt: 14, bold: true }, { keepNext: true, spacing: { before: 0, after: 0, line: 276 } })),
    spacer(SIGNATURE_ROOM_PT, true),
    centredLine(signerName.trim(), { sizePt: 14, bold: true }, keepWithNext ? { keepNext: true } : {}),
  ];
}

/** Recipient lines: "- X;" for each, the last "- Lưu: VT, …." (added as "- Lưu: VT." when missing). */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•]\s*/u, '')
        .replace(/[.;,]+$/u, ''),
    )
    .filter(Boolean);
  const filing = clean.filter((r) => /^Lưu\b/u.test(r));
  const others = clean.filter((r) => !/^Lưu\b/u.test(r));
  const last = filing[filing.length - 1] ?? 'Lưu: VT';
  return [...others.map((r) => `- ${r};`), `- ${last}.`];
}

/** "Nơi nhận:" and its lines, kept together on one page. */
export function recipientParagraphs(recipients: readonly string[]): Paragraph[] {
  const lines = recipientLines(recipients);
  const line = (text: string, sizePt: number, bold: boolean, italics: boolean, keepNext: boolean) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      keepNext,
      spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' },
      children: [textRun(text, { sizePt, bold, italics })],
    });
  return [line('Nơi nhận:', 12, true, true, true), ...lines.map((r, i) => line(r, 11, false, false, i < lines.length - 1))];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP });
}

/** Recipients on the left, authority / signature / name on the right, in a borderless table. */
export function buildSignatureBlock(
  options: { signature: SignatureSpec; recipients: readonly string[] },
  settings: DocumentSettings,
  orientation: PageOrientationName = 'portrait',
) {
  const widths = splitWidths(textWidthTwip(settings, orientation), [45, 55]);
  return fixedTable(
    widths,
    [
      new TableRow({
        cantSplit: true,
        children: [
          cell(recipientParagraphs(options.recipients), widths[0]!),
          cell(signerParagraphs(signatureTitleLines(options.signature), options.signature.signerName), widths[1]!),
        ],
      }),
    ],
    true,
  );
}

export interface SideSigner {
  /** Lines above the signature, e.g. ["THƯ KÝ"] or ["CHỦ TỌA"]. */
  titleLines: string[];
  signerName: string;
}

/**
 * Two signers side by side (minutes: THƯ KÝ left, CHỦ TỌA right). `keepWithNext`: the table stays on the page of
 * the paragraph after it (the minutes' "Nơi nhận").
 */
export function buildTwoSignerBlock(
  left: SideSigner,
  right: SideSigner,
  settings: DocumentSettings,
  orientation: PageOrientationName = 'portrait',
  keepWithNext = false,
) {
  const widths = splitWidths(textWidthTwip(settings, orientation), [1, 1]);
  const side = (s: SideSigner) => signerParagraphs(s.titleLines.map(upper), s.signerName, keepWithNext);
  return fixedTable(widths, [new TableRow({ cantSplit: true, children: [cell(side(left), widths[0]!), cell(side(right), widths[1]!)] })], true);
}
