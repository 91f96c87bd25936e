import { formatThousands } from '../../../../shared/text/money';

/** "16/01/2024" from "2024-01-16". */
export { formatIsoDate as shortDate } from '../../../../shared/text/dates';
/** "3.510.000 đ" on screens. */
export const dong = (amount: number): string => `${formatThousands(amount)} đ`;

/** Reads a picked file as base64 for an `uploadedFile` input. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
