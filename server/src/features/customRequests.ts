// Crosscheck's own requests (server/src/protocol.ts): crosscheck/findings and crosscheck/report answer from the
// service (server/src/service/findings.ts); crosscheck/status is sent whenever the counts change.
import type { StatusParams } from '../protocol';
import { Methods } from '../protocol';

/** Sends crosscheck/status when the counts differ from the last one sent. */
export class StatusNotifier {
  private last = '';

  constructor(private readonly send: (method: string, status: StatusParams) => void) {}

  notify(status: StatusParams): void {
    const signature = JSON.stringify(status);
    if (signature === this.last) return;
    this.last = signature;
    this.send(Methods.status, status);
  }
}
