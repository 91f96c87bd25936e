// The minutes (biên bản, Mẫu 1.9), the MC script (kịch bản điều hành, a working paper) and the conclusion
// notice (thông báo kết luận, Mẫu 1.4 style) as Decree 30 documents. Pure builders: text in, Document out.
import { AlignmentType, Paragraph, type FileChild } from 'docx';
import type { ScriptSection } from '../../../../shared/rules/mc-script';
import {
  bodyParagraph,
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  buildTwoSignerBlock,
  closingBodyParagraphs,
  createDecree30Document,
  decree30Section,
  keepNextSpacer,
  KEEP_WITH_SIGNATURE,
  recipientParagraphs,
  textRun,
  withClosingMark,
  type DocumentSettings,
  type SignaturePrefix,
} from '../../decree30';

/** Lines that open with a label the template prints in bold: "Thời gian bắt đầu: …". */
const LABEL =
  /^(Thời gian bắt đầu|Địa điểm|Thành phần tham dự|Chủ trì \(chủ tọa\)|Thư ký \(người ghi biên bản\)|Tổng số đại biểu có mặt|Vắng mặt(?: \(\d+ đồng chí\))?|Kết luận của đồng chí chủ trì hội nghị|Các ý kiến phát biểu khác):(.*)$/u;
/** Paragraphs of an edited text section; `headline`: its first line is a programme item's title ("3. Báo cáo …"), in bold. */
export function textParagraphs(text: string, settings: DocumentSettings, options: { headline?: boolean; closing?: boolean } = {}): Paragraph[] {
  const size = settings.bodyFontPt;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, index) => {
    // The content's last paragraphs stay whole and with the signature block after them.
    const closing = options.closing === true && index >= lines.length - KEEP_WITH_SIGNATURE ? { keepNext: true, keepLines: true } : {};
    const label = LABEL.exec(line);
    if (label)
      return bodyParagraph([textRun(`${label[1]}:`, { sizePt: size, bold: true }), textRun(label[2]!, { sizePt: size })], settings, {
        keepNext: label[2]!.trim() === '',
        ...closing,
      });
    if (options.headline && index === 0) return bodyParagraph(line, settings, { bold: true, keepNext: true, ...closing });
    return bodyParagraph(line, settings, closing);
  });
}

export interface MinutesDocumentData {
  parentBody?: string;
  issuingBody: string;
  /** "05/BB-BCĐ". */
  number: string;
  /** Trích yếu: the conference's title. */
  summary: string;
  sections: Array<{ key: string; text: string }>;
  secretaryName: string;
  chairName: string;
  recipients: string[];
}

export function buildMinutesDocument(data: MinutesDocumentData, settings: DocumentSettings) {
  const children: FileChild[] = [
    // Mẫu 1.9: no place-and-date line in the header.
    buildHeader({ parentBody: data.parentBody, issuingBody: data.issuingBody, number: data.number }, settings),
    ...buildTitle({ typeName: 'BIÊN BẢN', summary: data.summary }, settings),
  ];
  let contentHeading = false;
  const last = data.sections.length - 1;
  data.sections.forEach((s, i) => {
    if (!contentHeading && (s.key.startsWith('item:') || s.key === 'other' || s.key === 'conclusions')) {
      children.push(bodyParagraph([textRun('Nội dung (theo diễn biến hội nghị):', { sizePt: settings.bodyFontPt, bold: true })], settings, { keepNext: true }));
      contentHeading = true;
    }
    children.push(...textParagraphs(i === last ? withClosingMark(s.text) : s.text, settings, { headline: s.key.startsWith('item:'), closing: i === last }));
  });
  // The end of the content, both signatures and "Nơi nhận" on one page.
  children.push(keepNextSpacer());
  children.push(
    buildTwoSignerBlock(
      { titleLines: ['THƯ KÝ'], signerName: data.secretaryName },
      { titleLines: ['CHỦ TỌA'], signerName: data.chairName },
      settings,
      'portrait',
      true,
    ),
  );
  children.push(keepNextSpacer(0, 240));
  children.push(...recipientParagraphs(data.recipients));
  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Biên bản ${data.summary}` });
}

export interface McScriptDocumentData {
  issuingBody: string;
  conferenceTitle: string;
  timeText: string;
  venue: string;
  sections: ScriptSection[];
}

/** A working paper: no number, no signature; programme order with the MC's lines. */
export function buildMcScriptDocument(data: McScriptDocumentData, settings: DocumentSettings) {
  const size = settings.bodyFontPt;
  const children: FileChild[] = [
    new Paragraph({ alignment: AlignmentType.LEFT, children: [textRun(data.issuingBody.toLocaleUpperCase('vi'), { sizePt: 13, bold: true })] }),
    ...buildTitle({ typeName: 'KỊCH BẢN ĐIỀU HÀNH', summary: data.conferenceTitle }, settings),
    bodyParagraph([textRun('Thời gian: ', { sizePt: size, bold: true }), textRun(data.timeText, { sizePt: size })], settings),
    bodyParagraph([textRun('Địa điểm: ', { sizePt: size, bold: true }), textRun(data.venue || '…', { sizePt: size })], settings),
  ];
  for (const section of data.sections) {
    children.push(
      bodyParagraph(
        [textRun(section.time ? `${section.time}: ` : '', { sizePt: size, bold: true }), textRun(section.heading, { sizePt: size, bold: true })],
        settings,
        {
          firstLineIndent: false,
          keepNext: true,
        },
      ),
    );
    for (const line of section.lines) {
      const direction = /^\(.*\)$/u.test(line);
      // Stage directions in italics; the lines of a list ("- Đồng chí …") start at the indent like the rest.
      children.push(bodyParagraph([textRun(line, { sizePt: size, italics: direction })], settings));
    }
  }
  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Kịch bản điều hành ${data.conferenceTitle}` });
}

export interface ConclusionNoticeDocumentData {
  parentBody?: string;
  issuingBody: string;
  number: string;
  place: string;
  date: Date;
  summary: string;
  paragraphs: string[];
  signature: { prefix?: SignaturePrefix; authority: string; position: string; signerName: string };
  recipients: string[];
}

export function buildConclusionNoticeDocument(data: ConclusionNoticeDocumentData, settings: DocumentSettings) {
  const children: FileChild[] = [
    buildHeader(
      { parentBody: data.parentBody, issuingBody: data.issuingBody, number: data.number, placeDate: { place: data.place, date: data.date } },
      settings,
    ),
    ...buildTitle({ typeName: 'THÔNG BÁO', summary: data.summary }, settings),
    ...closingBodyParagraphs(data.paragraphs, settings),
    keepNextSpacer(),
    buildSignatureBlock({ signature: data.signature, recipients: data.recipients }, settings),
  ];
  return createDecree30Document([decree30Section({ children }, settings)], settings, { title: `Thông báo ${data.summary}` });
}
