import { Packer, type Document } from 'docx';

/** Serialises a document to DOCX bytes. */
export function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc) as Promise<Buffer>;
}
