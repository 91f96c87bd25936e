// The programme as a Decree 30 document (wired to the document engine once it is merged).
import { AppError } from '../../../shared/api/result';
import type { GeneratedFile } from '../../../shared/api/files';
import type { ServiceContext } from '../context';

export async function exportProgramme(_ctx: ServiceContext, _input: { conferenceId: number; number?: number | undefined; issuedOn: string }): Promise<GeneratedFile & { number: string }> {
  throw new AppError('INTERNAL', 'Chức năng xuất chương trình chưa sẵn sàng.');
}
