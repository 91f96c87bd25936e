// Page setup and the document shell: A4, margins from the settings, Times New Roman as the document default,
// page numbers centred at the top from page 2 (first page has its own, empty header).
import { AlignmentType, Document, Header, PageNumber, PageOrientation, Paragraph, TextRun, type FileChild, type ISectionOptions } from 'docx';
import { A4_MM, FONT_FAMILY, mmToTwip, ptToHalfPoints, type DocumentSettings, type PageOrientationName } from './settings';

/** Distance from the page edge to the page-number line; inside the 20 mm top margin. */
const HEADER_DISTANCE_MM = 10;

function pageNumberHeader(settings: DocumentSettings): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_FAMILY, size: ptToHalfPoints(settings.bodyFontPt) })],
      }),
    ],
  });
}

export interface SectionOptions {
  children: FileChild[];
  orientation?: PageOrientationName;
  /** Default true. */
  pageNumbers?: boolean;
  /**
   * Starts this section's page numbers again at 1 (an appendix after the decision: its first page is 1, unnumbered,
   * then 2, 3 …) instead of continuing the previous section's.
   */
  restartNumbering?: boolean;
}

/** One section of a Decree 30 document. Landscape is for sections holding a wide table. */
export function decree30Section(options: SectionOptions, settings: DocumentSettings): ISectionOptions {
  const { top, bottom, left, right } = settings.marginsMm;
  const withNumbers = options.pageNumbers !== false;
  return {
    properties: {
      // docx swaps width and height itself for landscape: always pass the portrait size.
      page: {
        size: {
          width: mmToTwip(A4_MM.width),
          height: mmToTwip(A4_MM.height),
          orientation: options.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(top),
          bottom: mmToTwip(bottom),
          left: mmToTwip(left),
          right: mmToTwip(right),
          header: mmToTwip(HEADER_DISTANCE_MM),
          footer: mmToTwip(HEADER_DISTANCE_MM),
        },
        ...(options.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
      titlePage: withNumbers,
    },
    headers: withNumbers ? { default: pageNumberHeader(settings), first: new Header({ children: [new Paragraph({ children: [] })] }) } : undefined,
    children: options.children,
  };
}

export interface DocumentMeta {
  title?: string;
  creator?: string;
}

/** Vietnamese for spelling and grammar; East Asian text is labelled Vietnamese too (there is none). */
export const DOCUMENT_LANGUAGE = { value: 'vi-VN', eastAsia: 'vi-VN' } as const;

/**
 * Paragraph style of the cells of long data tables (award lists): one point smaller than the body, single
 * spacing, nothing before or after. Cells then carry only their style and alignment, which keeps a
 * 2,000-row list small and fast to write; Word shows the style as "Table Text".
 */
export const TABLE_TEXT_STYLE = 'TableText';
export const tableTextPt = (settings: DocumentSettings) => settings.bodyFontPt - 1;

/**
 * The document shell: default run font, size and language (so Word spell-checks Vietnamese), no spacing after
 * paragraphs unless a builder asks for it. The settings are required: every document gets the committee's.
 */
export function createDecree30Document(sections: ISectionOptions[], settings: DocumentSettings, meta: DocumentMeta = {}): Document {
  return new Document({
    creator: meta.creator ?? 'Thư ký Hội nghị',
    title: meta.title,
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: ptToHalfPoints(settings.bodyFontPt), language: DOCUMENT_LANGUAGE },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [
        {
          id: TABLE_TEXT_STYLE,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: FONT_FAMILY, size: ptToHalfPoints(tableTextPt(settings)) },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
        },
      ],
    },
    sections,
  });
}
