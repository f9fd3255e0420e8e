// The analysis core's public surface: text to claims, claims to findings. No LSP or VS Code imports
// anywhere under core/: the server, the CLI, the benchmark and the tests all call these.
export * from './types';
export { LineIndex } from './text/lineIndex';
export { analyzeDocument } from './extract';
export { detectFindings } from './conflicts';
