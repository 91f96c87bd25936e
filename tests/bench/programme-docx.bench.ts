// Programme DOCX: build + pack a 40-item programme, against the floor of zipping its document.xml alone.
import JSZip from 'jszip';
import { packDocx } from '../../electron/core/documents/decree30';
import { buildProgrammeDocument } from '../../electron/core/documents/programme';
import { longProgramme } from '../fixtures/programme-sample';
import { readDocxXml } from '../helpers/docx';
import { measure, type Bench } from './harness';

export const suite = 'Programme DOCX (40 items)';

const RUNS = 50;

export async function run(bench: Bench): Promise<void> {
  const data = longProgramme(40);
  const xml = await readDocxXml(await packDocx(buildProgrammeDocument(data)));
  const floor = 'zip document.xml only (jszip DEFLATE)';
  bench.add({
    name: floor,
    timing: await measure(async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', xml);
      await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }, RUNS),
    note: `${Math.round(xml.length / 1024)} KiB of XML`,
  });
  bench.add({
    name: 'build + pack programme DOCX',
    timing: await measure(() => packDocx(buildProgrammeDocument(data)), RUNS),
    baseline: floor,
  });
}
