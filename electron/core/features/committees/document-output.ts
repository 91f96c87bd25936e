// The one output path of every Word document the app writes: the committee's document settings (margins,
// body size, line spacing) are read here and handed to the builder, so no document can be laid out without
// them; then the document is packed and named.
import type { Document } from 'docx';
import { DEFAULT_COMMITTEE_DOCUMENT_SETTINGS } from '../../../../shared/domain/document-settings';
import { DOCX_MIME, type GeneratedFile } from '../../../../shared/api/files';
import type { Db } from '../../db/open';
import { getDocumentSettings } from './document-settings';
import { fromCommitteeSettings, packDocx, type DocumentSettings } from '../../decree30';

/**
 * The settings a committee's documents are laid out with. A document not tied to any committee (an award
 * decision entered on its own) uses the decree's usual values.
 */
export function committeeDocumentSettings(db: Db, committeeId: number | null): DocumentSettings {
  return fromCommitteeSettings(committeeId === null ? DEFAULT_COMMITTEE_DOCUMENT_SETTINGS : getDocumentSettings(db, committeeId));
}

export interface DocxOutput {
  /** Whose settings apply (null: none, the decree's usual values). */
  committeeId: number | null;
  /** Builds the document with the settings it is given. */
  build: (settings: DocumentSettings) => Document;
  /** File name including ".docx", ASCII. */
  fileName: string;
}

/** Builds with the committee's settings and packs: the only way a service produces a DOCX. */
export async function writeDocx(db: Db, output: DocxOutput): Promise<GeneratedFile> {
  const settings = committeeDocumentSettings(db, output.committeeId);
  const bytes = await packDocx(output.build(settings));
  return { fileName: output.fileName, mimeType: DOCX_MIME, dataBase64: bytes.toString('base64') };
}
