import { describe, expect, it } from 'vitest';
import { defaultDocumentSettings, mmToTwip, packDocx } from '../../electron/core/decree30';
import { buildProgrammeDocument, programmeFileName } from '../../electron/core/features/planning/programme-docx';
import { longProgramme, sampleProgramme } from '../fixtures/programme-sample';
import { collapseSpaces, docxToPdf, pdfPageCount, pdfPagesText, pdfText, readDocxXml } from '../helpers/docx';

describe('programme DOCX (XML)', () => {
  it('lays out Mẫu 1.4 with a timetable of fixed widths, repeated header row and unsplittable rows', async () => {
    const xml = await readDocxXml(await packDocx(buildProgrammeDocument(sampleProgramme, defaultDocumentSettings)));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const text of [
      'CHƯƠNG TRÌNH',
      'Hội nghị tổng kết công tác năm 2024 và',
      'phát động phong trào thi đua năm 2025',
      'Số: 05/CTr-BCĐ',
      'Nam Định, ngày 16 tháng 01 năm 2024',
      'Thời gian: ',
      'Địa điểm: ',
      'Người thực hiện',
      'PHẦN LỄ',
      'TM. BAN CHỈ ĐẠO',
      'TRƯỞNG BAN',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    // Every timetable row (header + 2 part titles + 12 items) is unsplittable; header and signature rows too.
    expect(xml.match(/<w:cantSplit\/>/g)!.length).toBeGreaterThanOrEqual(15);
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/);
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])));
    const timetable = grids.find((g) => g.length === 3)!;
    expect(timetable.reduce((a, b) => a + b, 0)).toBe(mmToTwip(165));
    expect(xml).toContain('15 phút./.</w:t>');
  });

  it('puts ./. after the table when there are no notes', async () => {
    const xml = await readDocxXml(await packDocx(buildProgrammeDocument({ ...sampleProgramme, notes: [] }, defaultDocumentSettings)));
    expect(xml).toContain('>./.</w:t>');
  });

  it('names the file without diacritics', () => {
    expect(programmeFileName('Hội nghị tổng kết 2024')).toBe('Chuong-trinh-Hoi-nghi-tong-ket-2024.docx');
  });
});

describe('programme rendered by LibreOffice', () => {
  it('keeps the Vietnamese text intact', async () => {
    const pdf = await docxToPdf(await packDocx(buildProgrammeDocument(sampleProgramme, defaultDocumentSettings)));
    const text = collapseSpaces(await pdfText(pdf));
    for (const phrase of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/CTr-BCĐ',
      'Nam Định, ngày 16 tháng 01 năm 2024',
      'CHƯƠNG TRÌNH',
      'Hội nghị tổng kết công tác năm 2024 và',
      'phát động phong trào thi đua năm 2025',
      'Báo cáo tổng kết công tác phòng,',
      'Đại tá Nguyễn Thế Chi,',
      'Trần Anh Dũng',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('spreads a 40-item programme over pages with the header row on each', async () => {
    const pdf = await docxToPdf(await packDocx(buildProgrammeDocument(longProgramme(40), defaultDocumentSettings)));
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    const pages = await pdfPagesText(pdf);
    const withTable = pages.filter((p) => /Tham luận số \d+/.test(p));
    expect(withTable.length).toBeGreaterThanOrEqual(2);
    for (const page of withTable) expect(collapseSpaces(page)).toMatch(/Thời gian Nội dung Người thực hiện/);
    // Page numbers start on page 2.
    expect(pages[0]!.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
    expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2');
  });
});

describe('programme with many speakers on one item', () => {
  it('lets a row taller than a page split instead of cutting its speaker cell, and keeps every speaker', async () => {
    const speakers = Array.from({ length: 60 }, (_, i) => `Đồng chí Nguyễn Văn Người ${i + 1}, Chủ tịch UBND xã số ${i + 1}`);
    const data = {
      ...sampleProgramme,
      parts: [
        {
          items: [
            ...sampleProgramme.parts[0]!.items.slice(0, 2),
            { start: '08:00', end: '09:30', content: 'Tham luận của các xã, phường', performer: speakers.join('\n') },
          ],
        },
      ],
    };
    const buffer = await packDocx(buildProgrammeDocument(data, defaultDocumentSettings));
    const xml = await readDocxXml(buffer);
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const tall = rows.find((r) => r.includes('Người 60'))!;
    expect(tall).not.toContain('<w:cantSplit/>');
    expect(xml).not.toMatch(/w:hRule="exact"/);
    // Each speaker a paragraph of the cell; short rows still do not split.
    expect(tall.match(/Đồng chí Nguyễn Văn Người/g)).toHaveLength(60);
    expect(rows.find((r) => r.includes('Chào cờ'))).toContain('<w:cantSplit/>');
    const text = collapseSpaces(await pdfText(await docxToPdf(buffer, 'many-speakers')));
    for (const n of [1, 30, 60]) expect(text).toContain(`Đồng chí Nguyễn Văn Người ${n},`);
  });
});
