// Printed giấy mời carry a scannable code: render the invitations as LibreOffice prints them (PDF → PNG),
// decode the QR code from each page and check that a desk's search resolves it to that page's invitee.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newInvitationCode } from '../../electron/core/features/attendees/invitation-code';
import { formatInvitationCode, luhnCheckDigit, parseInvitationCode, TEST_SCAN_CODE } from '../../shared/domain/desks';
import { docxToPdf, pdfPagesText, pdfPageCount, pdfToPngs } from '../helpers/docx';
import { openTempApp, SAMPLE_COMMITTEE, type TempApp } from '../helpers/temp-db';

let app: TempApp;
let conferenceId: number;
const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];

beforeAll(async () => {
  app = await openTempApp({ now: () => new Date('2026-01-05T02:00:00Z') });
  const committee = await app.must('committee:create', SAMPLE_COMMITTEE);
  conferenceId = (
    await app.must('conference:create', {
      committeeId: committee.id,
      kind: 'tong_ket',
      title: 'Hội nghị tổng kết công tác năm 2025',
      startsAt: '2026-01-15T07:30',
      venue: 'Hội trường UBND tỉnh',
      status: 'planned',
    })
  ).id;
  const ids: number[] = [];
  for (const fullName of names) ids.push((await app.must('person:create', { fullName, position: 'Chủ tịch UBND xã' })).id);
  await app.must('invitation:add', { conferenceId, personIds: ids });
});
afterAll(() => app.close());

describe('invitation codes', () => {
  it('are twelve digits with a Luhn check digit; a misread digit is refused', () => {
    for (let i = 0; i < 200; i++) {
      const code = newInvitationCode();
      expect(code).toMatch(/^\d{12}$/);
      expect(code).not.toBe(TEST_SCAN_CODE);
      expect(parseInvitationCode(code)).toBe(code);
      const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10) + code.slice(6);
      expect(parseInvitationCode(wrong)).toBeNull();
    }
    expect(parseInvitationCode(' 4821 9930 117\n')).toBeNull();
    expect(luhnCheckDigit('7992739871')).toBe(3); // the textbook example
    expect(parseInvitationCode(TEST_SCAN_CODE)).toBe(TEST_SCAN_CODE);
  });

  it('prints a QR code (and a Code 128) on every giấy mời that decodes to the invitation of that page', async () => {
    const file = await app.must('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-01-05' });
    const pdf = await docxToPdf(Buffer.from(file.dataBase64, 'base64'), 'giay-moi-ma');
    // Still one page per invitee: the code fits under the signature.
    expect(await pdfPageCount(pdf)).toBe(names.length);
    const texts = await pdfPagesText(pdf);
    const pngs = await pdfToPngs(pdf, mkdtempSync(join(tmpdir(), 'giay-moi-')), { dpi: 150 });
    if (process.env.THUKY_KEEP_PREVIEW) copyFileSync(pngs[0]!, process.env.THUKY_KEEP_PREVIEW);
    const invitations = await app.must('invitation:list', { conferenceId });
    const codes = new Map((await app.must('invitation:codes', { conferenceId })).map((c) => [c.code, c.invitationId]));
    for (const [page, path] of pngs.entries()) {
      const png = PNG.sync.read(readFileSync(path));
      const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
      expect(found, `page ${page + 1}`).not.toBeNull();
      const code = parseInvitationCode(found!.data);
      expect(code, found!.data).not.toBeNull();
      // The code resolves, through the desk's search, to the person this page invites.
      const hits = await app.must('checkin:search', { conferenceId, query: code! });
      expect(hits).toHaveLength(1);
      expect(hits[0]!.id).toBe(codes.get(code!));
      expect(texts[page]).toContain(invitations.find((i) => i.id === hits[0]!.id)!.fullName);
      // The digits are printed in clear under the barcode, for typing by hand.
      expect(texts[page]).toContain(`Mã giấy mời: ${formatInvitationCode(code!)}`);
    }
  }, 180_000);

  it("puts each invitee's QR code on the sign-in sheet (danh sách đại biểu)", async () => {
    const file = await app.must('attendeeDoc:signInSheet', { conferenceId });
    const pdf = await docxToPdf(Buffer.from(file.dataBase64, 'base64'), 'danh-sach-ma');
    const [path] = await pdfToPngs(pdf, mkdtempSync(join(tmpdir(), 'danh-sach-')), { dpi: 200 });
    if (process.env.THUKY_KEEP_PREVIEW) copyFileSync(path!, `${process.env.THUKY_KEEP_PREVIEW}.sheet.png`);
    const png = PNG.sync.read(readFileSync(path!));
    const codes = new Map((await app.must('invitation:codes', { conferenceId })).map((c) => [c.code, c.invitationId]));
    // One QR per row: read the strip of the last column, row by row (jsQR finds one code per image).
    const found = new Set<string>();
    const columnX = Math.floor(png.width * 0.78);
    const stripWidth = png.width - columnX;
    const step = Math.floor(png.height / 100);
    for (let y = 0; y + step * 8 < png.height; y += step) {
      const h = step * 8;
      const strip = new Uint8ClampedArray(stripWidth * h * 4);
      for (let row = 0; row < h; row++)
        strip.set(png.data.subarray(((y + row) * png.width + columnX) * 4, ((y + row) * png.width + png.width) * 4), row * stripWidth * 4);
      const hit = jsQR(strip, stripWidth, h);
      if (hit) found.add(hit.data);
    }
    expect([...found].filter((c) => codes.has(c)).length).toBe(names.length);
  }, 180_000);
});
