// The server's custom method names, checked against server/src/protocol.ts by type only, so that the
// client bundle pulls in no server code.
import type { Methods as ServerMethods } from '../../server/src/protocol';

export type {
  FindingLocation,
  FindingView,
  FindingsParams,
  FindingsResult,
  ReportParams,
  ReportResult,
  StatusParams,
} from '../../server/src/protocol';

export const Methods: typeof ServerMethods = {
  findings: 'crosscheck/findings',
  report: 'crosscheck/report',
  reindex: 'crosscheck/reindex',
  status: 'crosscheck/status',
};
