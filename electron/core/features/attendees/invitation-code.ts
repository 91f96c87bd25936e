// The code printed on each giấy mời: opaque (eleven random digits and a Luhn check digit, no personal
// data), one per invitation, made on first need and kept. Printed as a QR code for phone cameras and a
// Code 128 under it for cheap USB scanners, with the digits in clear for typing by hand.
import { randomInt } from 'node:crypto';
import { AlignmentType, ImageRun, Paragraph, TableCell, VerticalAlign, WidthType } from 'docx';
import { toBuffer as barcodeToBuffer } from 'bwip-js/node';
import QRCode from 'qrcode';
import { formatInvitationCode, INVITATION_CODE_LENGTH, luhnCheckDigit } from '../../../../shared/domain/desks';
import type { Db } from '../../db/open';
import { textRun } from '../../decree30';
import { many, one, values } from '../../db/rows';

export function newInvitationCode(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < INVITATION_CODE_LENGTH - 1; i++) body += String(random(10));
  // Never all zeros: that is the test code of the pairing page.
  if (/^0+$/.test(body)) body = `1${body.slice(1)}`;
  return body + String(luhnCheckDigit(body));
}

/** Gives every invitation of the conference a code (those without one); returns code per invitation id. */
export function ensureInvitationCodes(db: Db, conferenceId: number): Map<number, string> {
  const missing = values<number>(
    db,
    'SELECT i.id FROM invitation i LEFT JOIN invitation_code c ON c.invitation_id = i.id WHERE i.conference_id = ? AND c.code IS NULL',
    conferenceId,
  );
  if (missing.length) {
    const insert = db.prepare('INSERT OR IGNORE INTO invitation_code (invitation_id, code) VALUES (?, ?)');
    db.transaction(() => {
      for (const id of missing) {
        // A collision in 10^11 is rare; try again with another code until the row exists.
        for (let attempt = 0; attempt < 5 && insert.run(id, newInvitationCode()).changes === 0; attempt++);
      }
    })();
  }
  const rows = many<{ id: number; code: string }>(
    db,
    'SELECT c.invitation_id AS id, c.code FROM invitation_code c JOIN invitation i ON i.id = c.invitation_id WHERE i.conference_id = ?',
    conferenceId,
  );
  return new Map(rows.map((r) => [r.id, r.code]));
}

/** The invitation of this conference carrying `code`, or null (unknown code, or another conference's). */
export function invitationIdByCode(db: Db, conferenceId: number, code: string): number | null {
  const row = one<{ id: number }>(
    db,
    'SELECT i.id FROM invitation_code c JOIN invitation i ON i.id = c.invitation_id WHERE c.code = ? AND i.conference_id = ?',
    code,
    conferenceId,
  );
  return row?.id ?? null;
}

export interface CodeImages {
  code: string;
  /** QR code, PNG, square. */
  qrPng: Buffer;
  /** Code 128, PNG (the digits are printed under it as text). */
  barcodePng: Buffer;
  barcodeWidth: number;
  barcodeHeight: number;
}

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function invitationCodeImages(code: string): Promise<CodeImages> {
  const qrPng = await QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 2, scale: 8, type: 'png' });
  const barcodePng = await barcodeToBuffer({
    bcid: 'code128',
    text: code,
    scale: 3,
    height: 10,
    paddingwidth: 10,
    paddingheight: 2,
  });
  const size = pngSize(barcodePng);
  return { code, qrPng, barcodePng, barcodeWidth: size.width, barcodeHeight: size.height };
}

const MM_TO_PX = 96 / 25.4;

/** The block printed at the foot of a giấy mời: the QR code, the Code 128 under it. */
export function invitationCodeParagraphs(images: CodeImages): Paragraph[] {
  const qr = Math.round(26 * MM_TO_PX);
  const barWidth = Math.round(46 * MM_TO_PX);
  const barHeight = Math.round((barWidth * images.barcodeHeight) / images.barcodeWidth);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: images.qrPng,
          transformation: { width: qr, height: qr },
          altText: { name: 'QR', description: 'Mã giấy mời (QR)', title: 'Mã giấy mời' },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: images.barcodePng,
          transformation: { width: barWidth, height: barHeight },
          altText: { name: 'Code128', description: 'Mã giấy mời (mã vạch)', title: 'Mã giấy mời' },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [textRun(`Mã giấy mời: ${formatInvitationCode(images.code)}`, { sizePt: 10 })],
    }),
  ];
}

/** A sign-in sheet cell holding the invitation's QR code (14 mm), empty for rows without a code. */
export function invitationCodeCell(images: CodeImages | undefined, widthTwip: number): TableCell {
  const size = Math.round(14 * MM_TO_PX);
  return new TableCell({
    width: { size: widthTwip, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 40, right: 40, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: images
          ? [
              new ImageRun({
                type: 'png',
                data: images.qrPng,
                transformation: { width: size, height: size },
                altText: { name: 'QR', description: 'Mã giấy mời (QR)', title: 'Mã giấy mời' },
              }),
            ]
          : [],
      }),
    ],
  });
}
