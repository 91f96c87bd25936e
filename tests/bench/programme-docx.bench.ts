// Issue 3 figure: generating the programme DOCX of a 40-item programme, time per document (p50/p95 over
// 50 runs), beside the floor: zipping the same word/document.xml alone. Also the whole export operation
// through the API (read the conference, build, pack, register the number).
import JSZip from 'jszip';
import { Packer } from 'docx';
import { defaultDocumentSettings, packDocx } from '../../electron/core/decree30';
import { buildProgrammeDocument } from '../../electron/core/features/planning/programme-docx';
import { longProgramme } from '../fixtures/programme-sample';
import { openTempApp, SAMPLE_COMMITTEE } from '../helpers/temp-db';
import { measure, type Bench } from './harness';

export const suite = 'Planning: programme DOCX (40 items)';

export async function run(bench: Bench): Promise<void> {
  const data = longProgramme(40);
  const xml = await (
    await JSZip.loadAsync(await Packer.toBuffer(buildProgrammeDocument(data, defaultDocumentSettings)))
  )
    .file('word/document.xml')!
    .async('string');
  bench.add({
    name: 'floor: zip document.xml alone',
    timing: await measure(async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', xml);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }, 50),
  });
  bench.add({
    name: 'build + pack programme DOCX',
    baseline: 'floor: zip document.xml alone',
    timing: await measure(() => packDocx(buildProgrammeDocument(data, defaultDocumentSettings)), 50),
  });

  const app = await openTempApp({ now: () => new Date('2025-01-06T02:00:00Z') });
  try {
    const committeeId = (await app.must('committee:create', SAMPLE_COMMITTEE)).id;
    const c = await app.must('conference:create', {
      committeeId,
      kind: 'tong_ket_phat_dong',
      title: 'Hội nghị tổng kết năm 2024 và phát động năm 2025',
      startsAt: '2025-01-15T07:30',
    });
    const part = (await app.must('programme:get', { conferenceId: c.id })).parts[0]!;
    for (let i = part.items.length; i < 40; i++)
      await app.must('programme:addItem', { partId: part.id, kind: 'tham_luan', title: `Tham luận số ${i}`, performer: 'Đại diện đơn vị', durationMin: 5 });
    bench.add({
      name: 'programme:export through the API (re-export)',
      baseline: 'floor: zip document.xml alone',
      timing: await measure(() => app.must('programme:export', { conferenceId: c.id, issuedOn: '2025-01-06' }), 50),
    });
  } finally {
    app.close();
  }
}
