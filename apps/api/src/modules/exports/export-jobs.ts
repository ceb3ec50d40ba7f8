// The streamed CSV exports, described as plain data so that a worker thread can run them as well as
// the request's own thread: what to export and for whom, never a connection or a key.
import type { Viewer } from '../access/viewer.js';
import type { Secrets } from '../privacy/secrets.js';
import type { ServiceContext } from '../service-context.js';
import { appealSignaturesCsv, supportersCsv } from '../signatures/supporters.service.js';

export type ExportJob =
  | { kind: 'appealSignatures'; appeal: { id: string; slug: string } }
  | {
      kind: 'supporters';
      organisationId: string;
      filter: { appealSlug: string | null; confirmedOnly: boolean };
    };

/** Who asked, as the export's audit record names them. */
export interface ExportRequester {
  viewer: Viewer;
  requestId: string;
}

/** The export's CSV text, a header line and then a chunk per page of rows. */
export function exportLines(ctx: ServiceContext, secrets: Secrets, job: ExportJob): AsyncGenerator<string> {
  switch (job.kind) {
    case 'appealSignatures':
      return appealSignaturesCsv(ctx, secrets, job.appeal);
    case 'supporters':
      return supportersCsv(ctx, secrets, job.organisationId, job.filter);
  }
}
