// Standard input for the LSP connection on the node host.
import * as fs from 'node:fs';
import { format } from 'node:util';
import { FramingGuard } from '../framing';

/**
 * Standard input through the framing guard: a broken stream ends the process (status 1) instead of leaving it
 * mute. What vscode-languageserver does for --stdio is kept: console output goes to stderr, never into the
 * protocol, and the end of the input (of the guard's output) ends the process.
 */
export function guardedStdin(): NodeJS.ReadableStream {
  const guard = new FramingGuard((error) => {
    try {
      fs.writeSync(
        2,
        `crosscheck: the input stream is broken (${error.message}); exiting so that the client restarts the server\n`,
      );
    } finally {
      process.exit(1);
    }
  });
  process.stdin.pipe(guard);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[method] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  }
  return guard;
}
