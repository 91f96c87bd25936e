// Word fidelity (issue 14): every part of every document the app generates from the demo, and of a
// 2,000-recipient decision, validates with Microsoft's Open XML SDK validator against the ECMA-376 transitional
// schemas — Word refuses or "repairs" what LibreOffice silently accepts. The validator is shown to catch a
// misordered w:pPr in the document and a misordered w:rPr in the styles.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/core/demo';
import { generatePerson, mulberry32 } from '../../electron/core/demo/generate';
import { decisionDetail, insertRecipient, matchKey } from '../../electron/core/features/awards/repo';
import type { GeneratedFile } from '../../shared/api/files';
import type { Result } from '../../shared/api/result';
import { describeOoxmlErrors, validateOoxml } from '../helpers/ooxml-validator';
import { openTempApp, type TempApp } from '../helpers/temp-db';

const now = new Date('2026-11-21T08:00:00');
const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');
const ALL_COLUMNS = { birthYear: true, achievement: true, amount: true };

let app: TempApp;
let bigDecisionId: number;

beforeAll(async () => {
  app = await openTempApp({ now: () => now });
  app.ctx.db.transaction(() => seedDemo(app.ctx, now)).immediate();

  // A decision of 2,000 recipients (collectives and individuals, a few very long achievements), written
  // straight into the data file as an import would: adding them one by one would take most of the test.
  const [conference] = await app.must('conference:list', {});
  const catalog = await app.must('award:catalog', {});
  const created = await app.must('award:createDecision', {
    conferenceId: conference!.id,
    number: '999/QĐ-UBND',
    decidedOn: '2026-11-10',
    authorityId: catalog.authorities.find((a) => a.name === 'Chủ tịch UBND tỉnh')!.id,
    formId: catalog.forms.find((f) => f.name === 'Bằng khen')!.id,
    citation: 'Đã có thành tích xuất sắc trong phong trào toàn dân bảo vệ ANTQ năm 2026',
  });
  bigDecisionId = created.decision.id;
  const rng = mulberry32(14);
  const people = Array.from({ length: 2000 }, () => generatePerson(rng));
  const stamp = now.toISOString();
  app.ctx.db.transaction(() => {
    people.forEach((p, i) => {
      const collective = i % 5 === 0;
      const r = {
        kind: collective ? ('tap_the' as const) : ('ca_nhan' as const),
        personId: null,
        name: collective ? `${p.agencyName} (${i})` : `${p.fullName} ${i}`,
        rank: collective ? '' : (p.rank ?? ''),
        position: collective ? '' : p.position,
        agency: p.agencyName,
        birthYear: collective ? null : p.birthYear,
        achievement:
          i % 400 === 7 ? 'Tham gia bắt giữ nhiều đối tượng trộm cắp tài sản & "cướp giật" <đêm>; '.repeat(40) : 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
        overrideAmount: null,
        overrideReason: '',
      };
      insertRecipient(app.ctx.db, created.decision, r, matchKey(r), stamp);
    });
  })();
  expect(decisionDetail(app.ctx.db, bigDecisionId).recipients).toHaveLength(2000);
}, 120_000);
afterAll(() => app.close());

type Doc = { kind: string; name: string; file: GeneratedFile };

/**
 * Every document a secretary can export from the demo: each conference's, each decision's, the import template.
 * A document the app refuses for a conference (a notice with no conclusions yet) is left out; every kind must
 * still come out of some conference.
 */
async function demoDocuments(): Promise<Doc[]> {
  const docs: Doc[] = [];
  const add = async (kind: string, name: string, produce: () => Promise<Result<GeneratedFile>>) => {
    const result = await produce();
    if (result.ok) docs.push({ kind, name, file: result.value });
    else expect(result.error.code, `${name}: ${result.error.message}`).toMatch(/^(CONFLICT|VALIDATION)$/);
  };
  for (const c of await app.must('conference:list', {})) {
    const conferenceId = c.id;
    const at = `${c.title} (${conferenceId})`;
    await add('programme', at, () => app.call('programme:export', { conferenceId, issuedOn: '2026-11-02' }));
    await add('invitations', at, () => app.call('attendeeDoc:invitations', { conferenceId, which: 'all', issuedOn: '2026-11-02' }));
    await add('name cards', at, () => app.call('attendeeDoc:nameCards', { conferenceId, scope: 'all' }));
    await add('sign-in sheet', at, () => app.call('attendeeDoc:signInSheet', { conferenceId }));
    await add('MC script', at, () => app.call('mcScript:export', { conferenceId }));
    await add('minutes', at, () => app.call('minutes:export', { conferenceId, allowIncomplete: true }));
    await add('conclusion notice', at, () => app.call('conclusionNotice:export', { conferenceId }));
    await add('combined list', at, () => app.call('award:conferenceListDocx', { conferenceId, columns: ALL_COLUMNS }));
  }
  for (const d of await app.must('award:listDecisions', {})) {
    if (d.id === bigDecisionId) continue;
    await add('award list', d.number, () => app.call('award:listDocx', { decisionId: d.id }));
    await add('award decision', d.number, () => app.call('award:decisionDocx', { decisionId: d.id, columns: ALL_COLUMNS }));
  }
  await add('award import template', '', () => app.call('award:importTemplate', {}));
  return docs;
}

describe('generated documents against the ECMA-376 schemas', () => {
  it('every part of every demo document validates', async () => {
    const docs = await demoDocuments();
    expect(new Set(docs.map((d) => d.kind))).toEqual(
      new Set([
        'programme',
        'invitations',
        'name cards',
        'sign-in sheet',
        'MC script',
        'minutes',
        'conclusion notice',
        'combined list',
        'award list',
        'award decision',
        'award import template',
      ]),
    );
    const failures: string[] = [];
    for (const { kind, name, file } of docs) {
      const errors = await validateOoxml(bytes(file), file.fileName);
      if (errors.length) failures.push(`${kind} ${name} (${file.fileName}):\n${describeOoxmlErrors(errors)}`);
    }
    expect(failures.join('\n\n')).toBe('');
  }, 300_000);

  it('a 2,000-recipient decision, its list and the combined list validate (tables written as XML text)', async () => {
    const { conferenceId } = (await app.must('award:getDecision', { id: bigDecisionId })).decision;
    const files = [
      await app.must('award:decisionDocx', { decisionId: bigDecisionId, columns: ALL_COLUMNS }),
      await app.must('award:listDocx', { decisionId: bigDecisionId, columns: { birthYear: false, achievement: false, amount: true } }),
      await app.must('award:conferenceListDocx', { conferenceId: conferenceId!, columns: ALL_COLUMNS }),
    ];
    for (const file of files) {
      const errors = await validateOoxml(bytes(file), file.fileName);
      expect(describeOoxmlErrors(errors), file.fileName).toBe('');
    }
  }, 120_000);

  it('catches a misordered w:pPr in the document and a misordered w:rPr in the styles', async () => {
    const file = await app.must('award:listDocx', { decisionId: (await app.must('award:listDecisions', {}))[0]!.id });
    const parts = unzipSync(bytes(file));
    const document = strFromU8(parts['word/document.xml']!);
    // The first paragraph kept with the next and centred: w:jc moved before w:keepNext.
    const pPr = /<w:pPr><w:keepNext\/>(<w:spacing [^>]*\/>)(<w:jc w:val="center"\/>)<\/w:pPr>/.exec(document)!;
    expect(pPr).not.toBeNull();
    parts['word/document.xml'] = strToU8(document.replace(pPr[0], `<w:pPr>${pPr[2]}<w:keepNext/>${pPr[1]}</w:pPr>`));
    const styles = strFromU8(parts['word/styles.xml']!);
    // The document defaults' run properties: the size moved before the fonts.
    const rPr = /<w:rPrDefault><w:rPr>(<w:rFonts [^>]*\/>)(.*?)(<w:sz w:val="\d+"\/>)/.exec(styles)!;
    expect(rPr).not.toBeNull();
    parts['word/styles.xml'] = strToU8(styles.replace(rPr[0], `<w:rPrDefault><w:rPr>${rPr[3]}${rPr[1]}${rPr[2]}`));

    const errors = await validateOoxml(zipSync(parts), 'misordered.docx');
    expect(errors.map((e) => [e.path, e.id])).toEqual([
      ['/word/document.xml', 'Sch_UnexpectedElementContentExpectingComplex'],
      ['/word/styles.xml', 'Sch_UnexpectedElementContentExpectingComplex'],
    ]);
    expect(errors[0]!.xPath).toMatch(/\/w:p\[1\]\/w:pPr\[1\]$/);
    expect(errors[0]!.description).toContain('keepNext');
    // The untouched file is valid: the findings are the two swaps.
    expect(await validateOoxml(bytes(file), file.fileName)).toEqual([]);
  }, 60_000);
});
