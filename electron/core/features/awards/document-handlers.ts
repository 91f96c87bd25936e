// Award documents: build with the Decree 30 engine, pack, return the file.
import type { awardDocumentOps } from '../../../../shared/api/award-documents';
import type { HandlersFor } from '../../../../shared/api/define';
import { DOCX_MIME, type GeneratedFile } from '../../../../shared/api/files';
import { AppError } from '../../../../shared/api/result';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import { decisionDetail, loadCatalog } from './repo';
import { basisInForce, completeBody, legalBasisLines } from '../../../../shared/rules/award-authority';
import type { ServiceContext } from '../../context';
import { buildAwardDecisionDocument } from './decision-docx';
import { buildAwardListDocument, buildConferenceListDocument } from './list-docx';
import { defaultDocumentSettings, packDocx } from '../../decree30';
import { conferenceDetails } from './handlers';

/** An ASCII file-name part cut at a word boundary ("…-nam-2023", never "…-nam-2023-v"). */
function slugWords(value: string, max: number): string {
  const slug = fileNameSlug(value, 400);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return slug.slice(0, cut > 10 ? cut : max);
}

async function docxFile(doc: Parameters<typeof packDocx>[0], fileName: string): Promise<GeneratedFile> {
  const bytes = await packDocx(doc);
  return { fileName: `${fileName}.docx`, mimeType: DOCX_MIME, dataBase64: Buffer.from(bytes).toString('base64') };
}

export const awardDocumentHandlers: HandlersFor<typeof awardDocumentOps, ServiceContext> = {
  'award:listDocx': async (ctx, { decisionId, columns }) => {
    const detail = decisionDetail(ctx.db, decisionId);
    return docxFile(buildAwardListDocument(detail, columns, defaultDocumentSettings), `Danh-sach-khen-thuong-QD-${fileNameSlug(detail.decision.number, 40)}`);
  },
  'award:conferenceListDocx': async (ctx, { conferenceId, columns }) => {
    const conference = ctx.db.prepare('SELECT title FROM conference WHERE id = ?').get(conferenceId) as { title: string } | undefined;
    if (!conference) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này (có thể đã bị xoá).');
    const details = conferenceDetails(ctx.db, conferenceId);
    if (details.length === 0) throw new AppError('VALIDATION', 'Hội nghị chưa có quyết định khen thưởng nào để lập danh sách.');
    return docxFile(buildConferenceListDocument(conference.title, details, columns, defaultDocumentSettings), `Danh-sach-khen-thuong-${slugWords(conference.title, 60)}`);
  },
  'award:decisionDocx': async (ctx, { decisionId, columns }) => {
    const detail = decisionDetail(ctx.db, decisionId);
    const committee = detail.decision.committeeId
      ? (ctx.db.prepare('SELECT name, locality FROM committee WHERE id = ?').get(detail.decision.committeeId) as { name: string; locality: string } | undefined)
      : undefined;
    const catalog = loadCatalog(ctx.db);
    const authority = catalog.authorities.find((a) => a.id === detail.decision.authorityId);
    const basis = basisInForce(catalog.authorityBases, detail.decision.authorityId, detail.decision.decidedOn);
    // A decision saved before the catalogue named the province ("CÔNG AN TỈNH") is completed from its committee.
    const d = detail.decision;
    const decision = committee && !authority?.isCommittee ? { ...d, issuingBody: completeBody(d.issuingBody, committee.locality), signerTitle: completeBody(d.signerTitle, committee.locality) } : d;
    const doc = buildAwardDecisionDocument({ ...detail, decision }, columns, defaultDocumentSettings, {
      ...(committee ? { proposer: committee.name } : {}),
      ...(authority?.signerPosition ? { headPosition: authority.signerPosition } : {}),
      ...(basis ? { legalBases: legalBasisLines(basis.legalBases), advisoryBody: basis.advisoryBody } : {}),
    });
    return docxFile(doc, `Quyet-dinh-khen-thuong-${fileNameSlug(detail.decision.number, 40)}`);
  },

};
