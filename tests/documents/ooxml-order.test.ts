// The schema-order check used on every generated part, and the engine's own output checked with it; plus the
// engine's language, title wrapping and keep-together rules.
import { describe, expect, it } from 'vitest';
import {
  buildHeader,
  buildSignatureBlock,
  buildTitle,
  closingBodyParagraphs,
  contentColumnWidths,
  createDecree30Document,
  decree30Section,
  defaultDocumentSettings,
  keepNextSpacer,
  packDocx,
  textWidthTwip,
} from '../../electron/core/decree30';
import { buildProgrammeDocument } from '../../electron/core/features/planning/programme-docx';
import { sampleProgramme } from '../fixtures/programme-sample';
import { readDocxXml, readDocxXmlParts } from '../helpers/docx';
import { checkElementOrder } from '../helpers/ooxml-order';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('schema order check', () => {
  it('accepts properties in schema order', () => {
    const xml = `<w:document ${W}><w:body><w:p><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="0"/><w:ind w:left="0"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:b/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr><w:t>Được</w:t></w:r></w:p></w:body></w:document>`;
    expect(checkElementOrder(xml)).toEqual([]);
  });

  it('catches a misordered w:pPr (w:jc before w:keepNext), w:rPr, w:tblPr and w:sectPr', () => {
    const p = `<w:p><w:pPr><w:jc w:val="center"/><w:keepNext/></w:pPr></w:p>`;
    expect(checkElementOrder(`<w:body ${W}>${p}</w:body>`).map((x) => x.message)).toEqual(['w:keepNext comes after w:jc in w:pPr (order: w:jc, w:keepNext)']);
    expect(checkElementOrder(`<w:r ${W}><w:rPr><w:sz w:val="28"/><w:b/></w:rPr></w:r>`)).toHaveLength(1);
    expect(checkElementOrder(`<w:tbl ${W}><w:tblPr><w:tblLayout w:type="fixed"/><w:tblW w:w="0"/></w:tblPr></w:tbl>`)).toHaveLength(1);
    expect(checkElementOrder(`<w:sectPr ${W}><w:pgMar w:top="1"/><w:pgSz w:w="1"/></w:sectPr>`)).toHaveLength(1);
    // Properties must open their container.
    expect(checkElementOrder(`<w:p ${W}><w:r/><w:pPr/></w:p>`)[0]!.message).toMatch(/w:pPr must be the first child of w:p/);
    // A child the schema does not allow there.
    expect(checkElementOrder(`<w:pPr ${W}><w:b/></w:pPr>`)[0]!.message).toBe('w:b is not a child of w:pPr');
  });

  it('passes every part of the documents the engine builds', async () => {
    const settings = defaultDocumentSettings;
    const doc = createDecree30Document(
      [
        decree30Section(
          {
            children: [
              buildHeader(
                {
                  parentBody: 'UBND TỈNH NAM ĐỊNH',
                  issuingBody: 'BAN CHỈ ĐẠO 138 TỈNH NAM ĐỊNH',
                  number: '05/TB-BCĐ',
                  placeDate: { place: 'Nam Định', date: new Date(2024, 0, 16) },
                },
                settings,
              ),
              ...buildTitle({ typeName: 'THÔNG BÁO', summary: 'Kết luận của đồng chí Trưởng Ban Chỉ đạo tại hội nghị tổng kết công tác năm 2024' }, settings),
              ...closingBodyParagraphs(['Một.', 'Hai.', 'Ba./.'], settings),
              keepNextSpacer(),
              buildSignatureBlock(
                { signature: { prefix: 'TM.', authority: 'BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', signerName: 'Trần Anh Dũng' }, recipients: ['Bộ Công an'] },
                settings,
              ),
            ],
          },
          settings,
        ),
      ],
      settings,
    );
    for (const buffer of [await packDocx(doc), await packDocx(buildProgrammeDocument(sampleProgramme, settings))]) {
      for (const [part, xml] of await readDocxXmlParts(buffer)) expect(checkElementOrder(xml, part), part).toEqual([]);
    }
  });
});

describe('engine rules', () => {
  it('labels the run defaults Vietnamese', async () => {
    const styles = await readDocxXml(await packDocx(buildProgrammeDocument(sampleProgramme, defaultDocumentSettings)), 'word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="vi-VN" w:eastAsia="vi-VN"\/>[\s\S]*<\/w:rPrDefault>/);
  });

  it('wraps titles and body names by themselves: no manual line breaks, the measure narrowed to even lines', async () => {
    const xml = await readDocxXml(await packDocx(buildProgrammeDocument(sampleProgramme, defaultDocumentSettings)));
    expect(xml).not.toContain('<w:br/>');
    expect(xml).toContain('>Hội nghị tổng kết công tác năm 2024 và phát động phong trào thi đua năm 2025</w:t>');
    // The summary's paragraph has equal indents leaving about the width of its longer line.
    const summary = xml.match(/<w:p>(?:(?!<\/w:p>).)*?Hội nghị tổng kết công tác năm 2024 và phát động/)![0];
    const [, left, right] = summary.match(/<w:ind w:left="(\d+)" w:right="(\d+)"\/>/)!;
    expect(left).toBe(right);
    expect(Number(left)).toBeGreaterThan(500);
  });

  it('keeps the end of the content with the signature: last paragraphs keepNext + keepLines, the gap keepNext, the row unsplittable', async () => {
    const settings = defaultDocumentSettings;
    const doc = createDecree30Document(
      [
        decree30Section(
          {
            children: [
              ...closingBodyParagraphs(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba./.'], settings),
              keepNextSpacer(),
              buildSignatureBlock(
                { signature: { prefix: 'TM.', authority: 'BAN CHỈ ĐẠO', position: 'TRƯỞNG BAN', signerName: 'A' }, recipients: [] },
                settings,
              ),
            ],
          },
          settings,
        ),
      ],
      settings,
    );
    const xml = await readDocxXml(await packDocx(doc));
    const pPrOf = (text: string) => xml.match(new RegExp(`<w:p><w:pPr>((?:(?!</w:pPr>).)*)</w:pPr>(?:(?!</w:p>).)*${text}`))?.[1] ?? '';
    expect(pPrOf('Đoạn một.')).not.toContain('<w:keepNext/>');
    for (const t of ['Đoạn hai.', 'Đoạn ba./.']) expect(pPrOf(t)).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    expect(xml).toMatch(/<w:p><w:pPr><w:keepNext\/><w:spacing w:after="120" w:before="0"\/><\/w:pPr><\/w:p><w:tbl>/);
    expect(xml.slice(xml.lastIndexOf('<w:tbl>'))).toContain('<w:cantSplit/>');
  });

  it('sizes columns from their content: one-line numbers exact, long texts wider, no word broken', () => {
    const total = textWidthTwip(defaultDocumentSettings);
    const long = 'Có nhiều đóng góp trong xây dựng mô hình tự quản về an ninh trật tự ở cơ sở, phát hiện và tố giác tội phạm';
    const widths = contentColumnWidths(
      [
        { header: 'STT', texts: ['1', '2', '1.780'], nowrap: true },
        { header: 'Tên tập thể', texts: ['Công an xã Hải Hậu', 'Phòng Tham mưu'] },
        { header: 'Thành tích', texts: [long, long] },
        { header: 'Số tiền (đồng)', texts: ['1.800.000', '12.600.000'], nowrap: true },
      ],
      total,
      13,
      170,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
    expect(widths[2]!).toBeGreaterThan(widths[1]!);
    expect(widths[0]!).toBeLessThan(widths[1]!);
  });
});
