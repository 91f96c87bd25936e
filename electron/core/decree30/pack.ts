import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { rawXmlSlots, spliceRawXml } from './raw-xml';

const DOCUMENT_PART = 'word/document.xml';

/**
 * Serialises a document to DOCX bytes. A document holding XML written as text (long tables, see raw-xml.ts) is
 * packed twice: docx writes it with a slot for each table, the slots are filled, and docx packs it again with
 * that document part. The document around the tables is small, so the second pass costs little.
 */
export async function packDocx(doc: Document): Promise<Buffer> {
  const shell = (await Packer.toBuffer(doc)) as Buffer;
  const slots = rawXmlSlots(doc);
  if (slots.size === 0) return shell;
  const part = unzipSync(shell, { filter: (f) => f.name === DOCUMENT_PART })[DOCUMENT_PART];
  if (!part) throw new Error(`docx wrote no ${DOCUMENT_PART}`);
  const xml = spliceRawXml(strFromU8(part), slots);
  return (await Packer.toBuffer(doc, false, [{ path: DOCUMENT_PART, data: xml }])) as Buffer;
}
