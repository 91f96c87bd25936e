// Issue 6 figures: an award list of 2,000 recipients — reading it, printing its print view to PDF in
// Chromium (what "Lưu PDF" does), and generating the Word list beside the zip-only floor.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import JSZip from 'jszip';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { ROOT, startServe } from '../helpers/serve-process';
import { generatePeople } from './generate';
import { measure, timeOnce, type Bench } from './harness';

export const suite = 'Awards: a list of 2,000 recipients (read, print to PDF, Word)';

const N = 2000;

async function buildFile(path: string): Promise<{ decisionId: number; conferenceId: number }> {
  const store = await DataStore.open(path);
  const ctx = createContext(store, 'browser', 'bench');
  const must = async (op: string, input: unknown) => {
    const r = await dispatch(ctx, op, input, () => {});
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value as any;
  };
  const committee = await must('committee:create', {
    name: 'Ban Chỉ đạo 138 tỉnh Ninh Bình',
    issuingBody: 'BAN CHỈ ĐẠO 138',
    parentBody: 'UBND TỈNH NINH BÌNH',
    locality: 'Ninh Bình',
    level: 'tinh',
    docCode: 'BCĐ138',
  });
  const conference = await must('conference:create', {
    committeeId: committee.id,
    kind: 'tong_ket',
    title: 'Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ năm 2025',
    startsAt: '2026-01-15T08:00',
  });
  const catalog = await must('award:catalog', {});
  const decision = await must('award:createDecision', {
    conferenceId: conference.id,
    number: '123/QĐ-UBND',
    decidedOn: '2026-01-10',
    authorityId: catalog.authorities.find((a: { name: string }) => a.name === 'Chủ tịch UBND tỉnh').id,
    formId: catalog.forms.find((f: { name: string }) => f.name === 'Bằng khen').id,
    citation: 'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2025',
  });
  const { insertRecipient } = await import('../../electron/core/features/awards/repo');
  const { matchKey } = await import('../../electron/core/features/awards/repo');
  const now = new Date().toISOString();
  const people = generatePeople(N, 6);
  ctx.db.transaction(() => {
    people.forEach((p, i) => {
      const r = {
        kind: i % 5 === 0 ? ('tap_the' as const) : ('ca_nhan' as const),
        personId: null,
        name: i % 5 === 0 ? `${p.agencyName} (${i})` : `${p.fullName} ${i}`,
        rank: i % 5 === 0 ? '' : (p.rank ?? ''),
        position: i % 5 === 0 ? '' : p.position,
        agency: p.agencyName,
        birthYear: p.birthYear,
        achievement: '',
        overrideAmount: null,
        overrideReason: '',
      };
      insertRecipient(ctx.db, decision.decision, r, matchKey(r), now);
    });
  })();
  store.close();
  return { decisionId: decision.decision.id, conferenceId: conference.id };
}

export async function run(bench: Bench): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'thuky-bench-awards-')), 'thu-ky-hoi-nghi.sqlite');
  const { decisionId } = await buildFile(path);

  const store = await DataStore.open(path);
  const ctx = createContext(store, 'browser', 'bench');
  bench.add({
    name: `award:getDecision, ${N} recipients (amounts, duplicates)`,
    timing: await measure(() => dispatch(ctx, 'award:getDecision', { id: decisionId }), 20),
  });

  // Word: the list DOCX through the real operation (build + pack), beside the zip-only floor: zipping just
  // its word/document.xml with the same compression, which no DOCX writer can beat.
  const first = await dispatch(ctx, 'award:listDocx', { decisionId, columns: { amount: true } });
  if (!first.ok) bench.add({ name: 'award list DOCX', value: NaN, note: `skipped: ${first.error.message}` });
  else {
    const docx = Buffer.from((first.value as { dataBase64: string }).dataBase64, 'base64');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    bench.add({
      name: `zip-only floor (document.xml, ${(xml.length / 1e6).toFixed(1)} MB)`,
      timing: await measure(
        async () => {
          const zip = new JSZip();
          zip.file('word/document.xml', xml);
          await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
        },
        10,
        1,
      ),
    });
    bench.add({
      name: `award list DOCX, ${N} recipients (award:listDocx)`,
      timing: await measure(() => dispatch(ctx, 'award:listDocx', { decisionId, columns: { amount: true } }), 10, 1),
      baseline: `zip-only floor (document.xml, ${(xml.length / 1e6).toFixed(1)} MB)`,
    });
    bench.add({ name: `… DOCX size`, value: docx.length / 1024, unit: 'KiB' });
  }
  store.close();

  // Print to PDF: the real print view in Chromium, served by the real browser host.
  if (!existsSync(join(ROOT, 'out/main/serve.js'))) {
    bench.add({ name: 'print view → PDF', value: NaN, note: 'skipped: run "npx electron-vite build" first' });
    return;
  }
  const app = await startServe({ dataPath: path });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(app.url);
    const open = await timeOnce(async () => {
      await page.evaluate((id) => (window.location.hash = `/in/quyet-dinh/${id}`), decisionId);
      await page
        .locator('.print-table tbody tr')
        .nth(N - 1)
        .waitFor();
    });
    bench.add({ name: `print view render, ${N} rows (first load)`, value: open });
    let pages = 0;
    bench.add({
      name: `print view → PDF (page.pdf, A4), ${N} rows`,
      timing: await measure(
        async () => {
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
          pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        },
        5,
        1,
      ),
    });
    bench.add({ name: '… pages in that PDF', value: pages, unit: 'pages' });
  } finally {
    await browser.close();
    await app.stop();
  }
}
