// Award documents: build with the Decree 30 engine, pack, return the file.
import type { awardDocumentOps } from '../../../../shared/api/award-documents';
import type { HandlersFor } from '../../../../shared/api/define';
import { AppError } from '../../../../shared/api/result';
import { fileNameSlug } from '../../../../shared/text/vietnamese';
import { decisionDetail, loadCatalog } from './repo';
import { basisInForce, completeBody, legalBasisLines } from '../../../../shared/rules/award-authority';
import { collectiveName } from '../../../../shared/rules/award-signing';
import type { ServiceContext } from '../../context';
import { buildAwardDecisionDocument } from './decision-docx';
import { buildAwardListDocument, buildConferenceListDocument } from './list-docx';
import { writeDocx } from '../committees';
import type { Db } from '../../db/open';
import { conferenceDetails } from './handlers';
import { NOT_FOUND } from '../../../../shared/api/messages';
import { one } from '../../db/rows';

/** An ASCII file-name part cut at a word boundary ("…-nam-2023", never "…-nam-2023-v"). */
function slugWords(value: string, max: number): string {
  const slug = fileNameSlug(value, 400);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return slug.slice(0, cut > 10 ? cut : max);
}

/** Whose document settings a decision's documents use: its committee's, else its conference's committee's. */
function decisionCommittee(db: Db, decision: { committeeId: number | null; conferenceId: number | null }): number | null {
  if (decision.committeeId !== null) return decision.committeeId;
  if (decision.conferenceId === null) return null;
  return one<{ id: number }>(db, 'SELECT committee_id AS id FROM conference WHERE id = ?', decision.conferenceId)?.id ?? null;
}

export const awardDocumentHandlers: HandlersFor<typeof awardDocumentOps, ServiceContext> = {
  'award:listDocx': async (ctx, { decisionId, columns }) => {
    const detail = decisionDetail(ctx.db, decisionId);
    return writeDocx(ctx.db, {
      committeeId: decisionCommittee(ctx.db, detail.decision),
      build: (settings) => buildAwardListDocument(detail, columns, settings),
      fileName: `Danh-sach-khen-thuong-QD-${fileNameSlug(detail.decision.number, 40)}.docx`,
    });
  },
  'award:conferenceListDocx': async (ctx, { conferenceId, columns }) => {
    const conference = one<{ title: string; committeeId: number }>(
      ctx.db,
      'SELECT title, committee_id AS committeeId FROM conference WHERE id = ?',
      conferenceId,
    );
    if (!conference) throw new AppError('NOT_FOUND', NOT_FOUND.conference);
    const details = conferenceDetails(ctx.db, conferenceId);
    if (details.length === 0) throw new AppError('VALIDATION', 'Hội nghị chưa có quyết định khen thưởng nào để lập danh sách.');
    return writeDocx(ctx.db, {
      committeeId: conference.committeeId,
      build: (settings) => buildConferenceListDocument(conference.title, details, columns, settings),
      fileName: `Danh-sach-khen-thuong-${slugWords(conference.title, 60)}.docx`,
    });
  },
  'award:decisionDocx': async (ctx, { decisionId, columns }) => {
    const detail = decisionDetail(ctx.db, decisionId);
    const committee = detail.decision.committeeId
      ? one<{ name: string; locality: string }>(ctx.db, 'SELECT name, locality FROM committee WHERE id = ?', detail.decision.committeeId)
      : undefined;
    const catalog = loadCatalog(ctx.db);
    const authority = catalog.authorities.find((a) => a.id === detail.decision.authorityId);
    const basis = basisInForce(catalog.authorityBases, detail.decision.authorityId, detail.decision.decidedOn);
    // A decision saved before the catalogue named the province ("CÔNG AN TỈNH") is completed from its committee.
    const d = detail.decision;
    const decision =
      committee && !authority?.isCommittee
        ? { ...d, issuingBody: completeBody(d.issuingBody, committee.locality), signerTitle: completeBody(d.signerTitle, committee.locality) }
        : d;
    return writeDocx(ctx.db, {
      committeeId: decisionCommittee(ctx.db, detail.decision),
      build: (settings) =>
        buildAwardDecisionDocument({ ...detail, decision }, columns, settings, {
          ...(committee ? { proposer: committee.name } : {}),
          ...(authority?.signerPosition ? { headPosition: authority.signerPosition } : {}),
          ...(authority?.kind === 'uy_ban' ? { collective: collectiveName('uy_ban', decision.issuingBody) } : {}),
          ...(basis ? { legalBases: legalBasisLines(basis.legalBases), advisoryBody: basis.advisoryBody } : {}),
        }),
      fileName: `Quyet-dinh-khen-thuong-${fileNameSlug(detail.decision.number, 40)}.docx`,
    });
  },
};
