import { Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  balancedLines,
  buildHeader,
  buildSignatureBlock,
  buildTwoSignerBlock,
  createDecree30Document,
  decree30Section,
  defaultDocumentSettings,
  mmToTwip,
  packDocx,
  recipientLines,
  signatureTitleLines,
  withClosingMark,
  type DocumentSettings,
} from '../../electron/core/decree30';
import { formatDocumentNumber } from '../../shared/domain/document-number';
import { readDocxXml } from '../helpers/docx';

async function xmlOf(
  children: Parameters<typeof decree30Section>[0]['children'],
  settings: DocumentSettings = defaultDocumentSettings,
  orientation: 'portrait' | 'landscape' = 'portrait',
) {
  const doc = createDecree30Document([decree30Section({ children, orientation }, settings)], settings);
  const buffer = await packDocx(doc);
  return { document: await readDocxXml(buffer), styles: await readDocxXml(buffer, 'word/styles.xml'), buffer };
}

const header = (withDate: boolean, settings = defaultDocumentSettings) =>
  buildHeader(
    {
      parentBody: 'UBND TỈNH NAM ĐỊNH',
      issuingBody: 'BAN CHỈ ĐẠO 138 TỈNH NAM ĐỊNH',
      number: formatDocumentNumber(5, 'CTr', 'BCĐ'),
      placeDate: withDate ? { place: 'Nam Định', date: new Date(2024, 0, 16) } : undefined,
    },
    settings,
  );

describe('units', () => {
  it('rounds millimetres to twips (A4 = 11906 × 16838)', () => {
    expect(mmToTwip(210)).toBe(11906);
    expect(mmToTwip(297)).toBe(16838);
    expect(mmToTwip(30)).toBe(1701);
  });
});

describe('page setup', () => {
  it('A4 portrait, default margins, Times New Roman, page numbers from page 2', async () => {
    const { document, styles } = await xmlOf([header(true)]);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(document).toContain('<w:titlePg/>');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/);
    const fonts = [...document.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('puts a centred PAGE field in the default header and leaves the first-page header empty', async () => {
    const { buffer } = await xmlOf([header(true)]);
    const rels = await readDocxXml(buffer, 'word/_rels/document.xml.rels');
    const headerParts = [...rels.matchAll(/Target="(header\d+\.xml)"/g)].map((m) => m[1]!);
    const headers = await Promise.all(headerParts.map((p) => readDocxXml(buffer, `word/${p}`)));
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
    expect(headers.find((h) => /PAGE/.test(h))).toContain('<w:jc w:val="center"/>');
  });

  it('follows the settings: 13 pt body, other margins', async () => {
    const settings: DocumentSettings = { marginsMm: { top: 25, bottom: 22, left: 35, right: 20 }, bodyFontPt: 13, lineSpacing: 1.5 };
    const { document, styles } = await xmlOf([header(true, settings)], settings);
    expect(document).toMatch(/<w:pgMar w:top="1417" w:right="1134" w:bottom="1247" w:left="1984"/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="26"\/>/);
    // Header table fills the narrower text width (210 − 35 − 20 = 155 mm).
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[0]! + grid[1]!).toBe(mmToTwip(155));
  });

  it('landscape swaps the page size', async () => {
    const { document } = await xmlOf([new Paragraph('x')], defaultDocumentSettings, 'landscape');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });
});

describe('header', () => {
  it('writes the national name, motto, number and place-date with the decree sizes', async () => {
    const { document } = await xmlOf([header(true)]);
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/CTr-BCĐ',
      'Nam Định, ngày 16 tháng 01 năm 2024',
      'UBND TỈNH NAM ĐỊNH',
    ]) {
      expect(document).toContain(text);
    }
    const runWith = (text: string) => document.match(new RegExp(`<w:r>((?:(?!</w:r>).)*?)<w:t[^>]*>${text}</w:t>`))?.[1] ?? '';
    expect(runWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    expect(runWith('Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runWith('Nam Định, ngày 16 tháng 01 năm 2024')).toMatch(/<w:i\/>[\s\S]*<w:sz w:val="28"\/>/);
    expect(runWith('Số: 05/CTr-BCĐ')).toMatch(/<w:sz w:val="26"\/>/);
    // Borderless table with explicit widths (65 mm | 100 mm of the 165 mm text width).
    expect(document).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect([...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([mmToTwip(165) - mmToTwip(100), mmToTwip(100)]);
    // Rules under the issuing body and the motto.
    expect(document.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  it('omits the place-date line for the minutes', async () => {
    const { document } = await xmlOf([header(false)]);
    expect(document).not.toContain('ngày 16 tháng 01 năm 2024');
    expect(document).toContain('Số: 05/CTr-BCĐ');
  });

  it('breaks a long body name into even lines', () => {
    expect(balancedLines('BAN CHỈ ĐẠO 138 TỈNH NAM ĐỊNH', 13, true, mmToTwip(63))).toEqual(['BAN CHỈ ĐẠO 138', 'TỈNH NAM ĐỊNH']);
    expect(balancedLines('UBND TỈNH NAM ĐỊNH', 13, false, mmToTwip(63))).toEqual(['UBND TỈNH NAM ĐỊNH']);
  });
});

describe('signature and recipients', () => {
  it('builds authority lines for each prefix', () => {
    expect(signatureTitleLines({ prefix: 'TM.', authority: 'Ban Chỉ đạo', position: 'Trưởng ban', signerName: 'A' })).toEqual([
      'TM. BAN CHỈ ĐẠO',
      'TRƯỞNG BAN',
    ]);
    expect(signatureTitleLines({ prefix: 'KT.', authority: 'BAN CHỈ ĐẠO', position: 'PHÓ TRƯỞNG BAN', signerName: 'A' })).toEqual([
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
    ]);
    expect(signatureTitleLines({ prefix: 'TM.', authority: 'BAN CHỈ ĐẠO', position: 'PHÓ TRƯỞNG BAN', signerName: 'A' })).toEqual([
      'TM. BAN CHỈ ĐẠO',
      'KT. TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
    ]);
    expect(signatureTitleLines({ prefix: 'TL.', authority: 'TRƯỞNG BAN', position: 'CHÁNH VĂN PHÒNG', signerName: 'A' })).toEqual([
      'TL. TRƯỞNG BAN',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signatureTitleLines({ prefix: 'Q.', authority: 'BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', signerName: 'A' })).toEqual(['Q. TRƯỞNG BAN']);
    expect(signatureTitleLines({ authority: 'BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', signerName: 'A' })).toEqual(['TRƯỞNG BAN']);
  });

  it('formats recipient lines and always files a copy', () => {
    expect(recipientLines(['Bộ Công an', '- Thường trực Tỉnh ủy;', 'Lưu: VT, BCĐ'])).toEqual(['- Bộ Công an;', '- Thường trực Tỉnh ủy;', '- Lưu: VT, BCĐ.']);
    expect(recipientLines(['Bộ Công an'])).toEqual(['- Bộ Công an;', '- Lưu: VT.']);
  });

  it('writes recipients 12/11 pt and the signer 14 pt bold; two-signer variant', async () => {
    const { document } = await xmlOf([
      buildSignatureBlock(
        { signature: { prefix: 'TM.', authority: 'BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', signerName: 'Trần Anh Dũng' }, recipients: ['Bộ Công an'] },
        defaultDocumentSettings,
      ),
      buildTwoSignerBlock(
        { titleLines: ['Thư ký'], signerName: 'Lê Thị Hoa' },
        { titleLines: ['Chủ tọa'], signerName: 'Trần Anh Dũng' },
        defaultDocumentSettings,
      ),
    ]);
    expect(document).toMatch(/<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/>[\s\S]*?<w:t[^>]*>Nơi nhận:<\/w:t>/);
    expect(document).toMatch(/<w:sz w:val="22"\/>[\s\S]*?<w:t[^>]*>- Bộ Công an;<\/w:t>/);
    for (const text of ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'Trần Anh Dũng', 'THƯ KÝ', 'CHỦ TỌA', 'Lê Thị Hoa']) expect(document).toContain(`>${text}</w:t>`);
  });
});

describe('closing mark', () => {
  it('ends content with ./. once', () => {
    expect(withClosingMark('có mặt trước 15 phút.')).toBe('có mặt trước 15 phút./.');
    expect(withClosingMark('xong./.')).toBe('xong./.');
    expect(withClosingMark('xong;')).toBe('xong./.');
  });
});

describe('document numbers', () => {
  it('pads below 10 and round-trips', () => {
    expect(formatDocumentNumber(5, 'CTr', 'BCĐ')).toBe('05/CTr-BCĐ');
    expect(formatDocumentNumber(12, 'CTr', 'BCĐ')).toBe('12/CTr-BCĐ');
    expect(formatDocumentNumber(123, 'QĐ', 'UBND')).toBe('123/QĐ-UBND');
    expect(formatDocumentNumber(1000, 'GM', 'BCĐ-CAT')).toBe('1000/GM-BCĐ-CAT');
    expect(() => formatDocumentNumber(0, 'CTr', 'BCĐ')).toThrow();
  });
});
