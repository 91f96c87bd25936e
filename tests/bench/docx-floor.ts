// The zip-only floors a DOCX writer is measured against: zipping what it wrote, with no building at all.
// docx zips with fflate (DEFLATE, level 6); JSZip was the floor before docx moved to fflate and stays for
// comparison with earlier figures.
import { strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';

export interface DocxFloors {
  /** Size of word/document.xml, characters. */
  documentChars: number;
  /** word/document.xml alone, zipped by JSZip. */
  jszipDocument: () => Promise<unknown>;
  /** word/document.xml alone, zipped by fflate. */
  fflateDocument: () => unknown;
  /** Every part of the package, zipped by fflate: what packing costs before any XML is written. */
  fflatePackage: () => unknown;
}

export function docxFloors(docx: Uint8Array): DocxFloors {
  const parts = Object.entries(unzipSync(docx)).map(([path, bytes]) => [path, new TextDecoder().decode(bytes)] as const);
  const xml = parts.find(([path]) => path === 'word/document.xml')![1];
  return {
    documentChars: xml.length,
    jszipDocument: async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', xml);
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
    fflateDocument: () => zipSync({ 'word/document.xml': strToU8(xml) }),
    fflatePackage: () => zipSync(Object.fromEntries(parts.map(([path, text]) => [path, strToU8(text)]))),
  };
}
