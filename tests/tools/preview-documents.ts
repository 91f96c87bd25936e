// Renders sample documents to PNG for a visual check: npm run preview:docs [outDir] (default /tmp/docs-preview).
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildProgrammeDocument } from '../../electron/core/features/planning/programme-docx';
import { defaultDocumentSettings, packDocx } from '../../electron/core/decree30';
import { longProgramme, sampleProgramme } from '../fixtures/programme-sample';
import { docxToPdf, pdfToPngs } from '../helpers/docx';

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? '/tmp/docs-preview';
  await mkdir(outDir, { recursive: true });

  const samples = {
    'programme-sample': buildProgrammeDocument(sampleProgramme, defaultDocumentSettings),
    'programme-40-items': buildProgrammeDocument(longProgramme(40), defaultDocumentSettings),
  };
  for (const [name, doc] of Object.entries(samples)) {
    const pdf = await docxToPdf(await packDocx(doc), name);
    await copyFile(pdf, join(outDir, `${name}.pdf`));
    const pngs = await pdfToPngs(pdf, outDir, { prefix: name, dpi: Number(process.env.PREVIEW_DPI ?? 80) });
    console.log(`${name}: ${pngs.join(', ')}`);
  }
}

// tsx compiles this file as CommonJS (no "type": "module"), so no top-level await.
void main();
