// The programme DOCX exported through the real API: Decree 30 layout checked in word/document.xml, the
// text checked in LibreOffice's PDF, the number taken from the register (and reused on re-export).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSpaces, docxToPdf, pdfText, pdfToPngs, readDocxXml } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let committeeId: number;
let conferenceId: number;

beforeAll(async () => {
  app = await openTempApp({ now: () => new Date('2025-01-06T02:00:00Z') });
  committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
  conferenceId = (
    await app.must('conference:create', {
      committeeId,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết năm 2024 và phát động năm 2025',
      startsAt: '2025-01-15T07:30',
      endsAt: '2025-01-15T11:30',
      venue: 'Hội trường Công an tỉnh Nam Định',
    })
  ).id;
});
afterAll(() => app.close());

const decode = (b64: string) => Buffer.from(b64, 'base64');

describe('programme export', () => {
  let docx: Buffer;
  let xml: string;

  it('numbers the first programme of the year 01/CTr-BCĐ and names the file without diacritics', async () => {
    const file = await app.must('programme:export', { conferenceId, issuedOn: '2025-01-06' });
    expect(file.number).toBe('01/CTr-BCĐ');
    expect(file.fileName).toBe('Chuong-trinh-Hoi-nghi-tong-ket-nam-2024-va-phat-dong-nam-2025.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    docx = decode(file.dataBase64);
    xml = await readDocxXml(docx);
  });

  it('lays the page out per Decree 30: A4, margins, Times New Roman, 13/14 pt', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)[^"]+"/);
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain('<w:sz w:val="26"/>');
  });

  it('writes the header, the number, the date line, the title and the programme rows', () => {
    for (const text of [
      'UBND TỈNH NAM ĐỊNH',
      'BAN CHỈ ĐẠO 138',
      'Số: 01/CTr-BCĐ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nam Định, ngày 06 tháng 01 năm 2025',
      'CHƯƠNG TRÌNH',
      'Hội nghị tổng kết năm 2024 và phát động năm 2025',
      '07:30 - 07:45',
      'Chương trình văn nghệ chào mừng',
      'Ký giao ước thi đua',
      'TM. BAN CHỈ ĐẠO',
      'Trần Anh Dũng',
    ])
      expect(xml).toContain(text);
  });

  it('opens in LibreOffice with the exact Vietnamese text, in order', async () => {
    const pdf = await docxToPdf(docx, 'programme');
    const text = collapseSpaces(await pdfText(pdf));
    expect(text).toContain('Số: 01/CTr-BCĐ');
    expect(text).toContain('Nam Định, ngày 06 tháng 01 năm 2025');
    expect(text).toContain('Thời gian: 07 giờ 30, Thứ Tư, ngày 15 tháng 01 năm 2025');
    expect(text).toContain('Địa điểm: Hội trường Công an tỉnh Nam Định');
    expect(text).toContain('Chủ trì: Đồng chí Trần Anh Dũng, Phó Chủ tịch Thường trực UBND tỉnh');
    expect(text).toContain('07:30 - 07:45 Chương trình văn nghệ chào mừng');
    const order = ['Chào cờ', 'Báo cáo tổng kết', 'Tham luận', 'Phát biểu chỉ đạo', 'Bế mạc hội nghị', 'TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'].map((t) =>
      text.indexOf(t),
    );
    order.push(text.lastIndexOf('Trần Anh Dũng'));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    mkdirSync('/tmp/shots-planning', { recursive: true });
    await pdfToPngs(pdf, '/tmp/shots-planning', { dpi: 70, prefix: 'programme-docx' });
  });

  it('re-export keeps its number; another conference gets the next; an overridden number already used is refused', async () => {
    expect((await app.must('programme:export', { conferenceId, issuedOn: '2025-01-07' })).number).toBe('01/CTr-BCĐ');
    const other = await app.must('conference:create', {
      committeeId,
      kind: 'so_ket',
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2025',
      startsAt: '2025-07-10T14:00',
    });
    expect((await app.must('programme:export', { conferenceId: other.id, issuedOn: '2025-07-01' })).number).toBe('02/CTr-BCĐ');
    const third = await app.must('conference:create', { committeeId, kind: 'khac', title: 'Hội nghị chuyên đề', startsAt: '2025-09-10T08:00' });
    const refused = await app.call('programme:export', { conferenceId: third.id, issuedOn: '2025-09-01', number: 2 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refused.ok)
      expect(refused.error.message).toBe('Số 02/CTr-BCĐ năm 2025 đã được dùng cho chương trình “Hội nghị sơ kết 6 tháng đầu năm 2025”. Hãy chọn số khác.');
    expect((await app.must('register:list', { committeeId, year: 2025 })).map((r) => r.formatted)).toEqual(['01/CTr-BCĐ', '02/CTr-BCĐ']);
    expect((await app.must('programme:export', { conferenceId: third.id, issuedOn: '2026-01-05' })).number).toBe('01/CTr-BCĐ');
  });

  it("uses the committee's settings: 13 pt body and wider margins", async () => {
    await app.must('documentSettings:save', {
      committeeId,
      marginTopMm: 25,
      marginBottomMm: 20,
      marginLeftMm: 35,
      marginRightMm: 20,
      bodyFontPt: 13,
      lineSpacing: 1,
    });
    const file = await app.must('programme:export', { conferenceId, issuedOn: '2025-01-07' });
    const x = await readDocxXml(decode(file.dataBase64));
    expect(x).toMatch(/<w:pgMar[^>]*w:top="1417"[^>]*w:right="1134"[^>]*w:bottom="1134"[^>]*w:left="1984"/);
  });
});
