// The minutes (BB), the MC script and the conclusion notice (TB) as Decree 30 documents.
// Wired to the document engine once it is merged into main.
import { AppError } from '../../../shared/api/result';
import type { GeneratedFile } from '../../../shared/api/files';
import type { ServiceContext } from '../context';
import { getConference } from '../services/conferences';

type ExportInput = { conferenceId: number; number?: number | undefined; issuedOn?: string | undefined };
const notYet = () => new AppError('CONFLICT', 'Chức năng xuất văn bản Word đang được hoàn thiện trong phiên bản này.');

export async function exportMinutes(ctx: ServiceContext, input: ExportInput): Promise<GeneratedFile & { number: string }> {
  getConference(ctx.db, input.conferenceId);
  throw notYet();
}
export async function exportMcScript(ctx: ServiceContext, input: { conferenceId: number }): Promise<GeneratedFile> {
  getConference(ctx.db, input.conferenceId);
  throw notYet();
}
export async function exportConclusionNotice(ctx: ServiceContext, input: ExportInput): Promise<GeneratedFile & { number: string }> {
  getConference(ctx.db, input.conferenceId);
  throw notYet();
}
