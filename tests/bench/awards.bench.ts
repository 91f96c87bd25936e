// Issue 6 figures: an award list of 2,000 recipients — reading it, printing its print view to PDF in
// Chromium (what "Lưu PDF" does), and generating the Word list beside the zip-only floor.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { dispatch } from '../../electron/core/api/dispatch';
import { createContext } from '../../electron/core/context';
import { DataStore } from '../../electron/core/data-file/data-store';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium';
import { ROOT, startServe } from '../helpers/serve-process';
import { createDecree30Document, dataTable, decree30Section, defaultDocumentSettings, packDocx, RawXml } from '../../electron/core/decree30';
import { decisionDetail } from '../../electron/core/features/awards/repo';
import { awardListChildren, listOrientation, recipientTableSpec } from '../../electron/core/features/awards/list-docx';
import { awardListSections } from '../../shared/rules/award-list';
import { docxFloors } from './docx-floor';
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

  // Word: the list DOCX through the real operation (read, build, pack), beside the zip-only floors (zipping
  // what it wrote, which no DOCX writer can beat) and beside the same document with its tables built from docx
  // objects, as every table was before the long tables were written as XML text (issue 14).
  const columns = { birthYear: false, achievement: false, amount: true };
  const first = await dispatch(ctx, 'award:listDocx', { decisionId, columns });
  if (!first.ok) bench.add({ name: 'award list DOCX', value: NaN, note: `skipped: ${first.error.message}` });
  else {
    const docx = Buffer.from((first.value as { dataBase64: string }).dataBase64, 'base64');
    const floors = docxFloors(docx);
    const mb = (floors.documentChars / 1e6).toFixed(1);
    const floor = `zip-only floor, fflate (document.xml, ${mb} MB)`;
    const jszipFloor = `zip-only floor, JSZip (document.xml, ${mb} MB)`;
    bench.add({ name: floor, timing: await measure(floors.fflateDocument, 15, 2) });
    bench.add({ name: jszipFloor, timing: await measure(floors.jszipDocument, 15, 2) });
    bench.add({ name: 'zip-only floor, fflate (every part)', timing: await measure(floors.fflatePackage, 15, 2) });
    const listDocx = await measure(() => dispatch(ctx, 'award:listDocx', { decisionId, columns }), 15, 2);
    bench.add({ name: `award list DOCX, ${N} recipients (award:listDocx)`, timing: listDocx, baseline: floor });
    bench.add({ name: '… the same figures against JSZip', timing: listDocx, baseline: jszipFloor });

    const detail = decisionDetail(ctx.db, decisionId);
    const orientation = listOrientation(columns);
    const withDocxTables = () => {
      const sections = awardListSections(detail.recipients);
      let k = 0;
      const children = awardListChildren(detail, columns, defaultDocumentSettings, orientation).map((child) => {
        if (!(child instanceof RawXml)) return child;
        const s = sections[k++]!;
        return dataTable(recipientTableSpec(s.kind, s.items, columns, defaultDocumentSettings, orientation));
      });
      return packDocx(createDecree30Document([decree30Section({ children, orientation }, defaultDocumentSettings)], defaultDocumentSettings));
    };
    bench.add({ name: '… its tables built from docx objects (before)', timing: await measure(withDocxTables, 8, 1), baseline: floor });
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
