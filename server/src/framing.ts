// The base protocol's framing of standard input, checked before vscode-jsonrpc reads it. A stream whose framing
// is broken (a header without Content-Length, a length that is not a number, a header that never ends) cannot be
// read further: vscode-jsonrpc reports it and then waits, alive and mute, so the client never restarts the server.
// The guard reports it on stderr and exits instead (status 1, so that the client's restart policy applies), and
// refuses a Content-Length above the limit before any of its body is buffered.
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';

/** Far above any real message (an open 10 MB document is about 20 MB of JSON); far below what exhausts memory. */
export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;
/** The headers of one message: "Content-Length" and "Content-Type" take less than 100 bytes. */
export const MAX_HEADER_BYTES = 8 * 1024;

export class FramingError extends Error {}

/**
 * Passes the bytes through unchanged while they are well framed; on the first framing error it calls `onError`
 * and passes nothing more. Time linear in the input: bodies are skipped by their length, only headers are read.
 */
export class FramingGuard extends Transform {
  /** Bytes of the current body still to pass through; 0 while reading headers. */
  private bodyLeft = 0;
  /** The bytes read so far of the next message's headers, and how far "\r\n\r\n" is matched at their end. */
  private header: Buffer[] = [];
  private headerLength = 0;
  private matched = 0;
  private failed = false;

  constructor(
    private readonly onError: (error: FramingError) => void,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.failed) return callback();
    try {
      this.scan(chunk);
      this.push(chunk);
    } catch (error) {
      if (!(error instanceof FramingError)) return callback(error as Error);
      this.failed = true;
      this.onError(error);
    }
    callback();
  }

  private scan(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - at);
        this.bodyLeft -= take;
        at += take;
        continue;
      }
      const start = at;
      while (at < chunk.length && this.matched < 4) {
        const byte = chunk[at++];
        this.matched = byte === (this.matched % 2 === 0 ? 13 : 10) ? this.matched + 1 : byte === 13 ? 1 : 0;
      }
      this.header.push(chunk.subarray(start, at));
      this.headerLength += at - start;
      if (this.headerLength > MAX_HEADER_BYTES)
        throw new FramingError(`message headers longer than ${MAX_HEADER_BYTES} bytes (no "\\r\\n\\r\\n" ends them)`);
      if (this.matched < 4) return;
      const headers = Buffer.concat(this.header).toString('ascii');
      this.header = [];
      this.headerLength = 0;
      this.matched = 0;
      this.bodyLeft = this.contentLength(headers);
    }
  }

  /** The Content-Length of a message's headers (ending with "\r\n\r\n"), or a FramingError. */
  private contentLength(headers: string): number {
    let length: number | null = null;
    for (const line of headers.slice(0, -4).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) throw new FramingError(`a message header without ":" (${JSON.stringify(line.slice(0, 80))})`);
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,15}$/.test(value))
        throw new FramingError(`Content-Length is not a number (${JSON.stringify(value.slice(0, 80))})`);
      length = Number(value);
    }
    if (length === null)
      throw new FramingError(`a message without Content-Length (headers ${JSON.stringify(headers.slice(0, 200))})`);
    if (length > this.maxMessageBytes)
      throw new FramingError(`Content-Length ${length} is over the limit of ${this.maxMessageBytes} bytes`);
    return length;
  }
}
