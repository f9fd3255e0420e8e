// The `crosscheck` command: check, extract, lsp. See USAGE in run.ts, or run `crosscheck --help`.
import { runCli } from './run';

// A reader that stops early (`crosscheck check | head`) is normal: stop quietly. A full disk is not.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`crosscheck: cannot write the report: ${error.code ?? error.message}\n`);
  process.exit(2);
});

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `crosscheck: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
