// The VS Code versions the editor tests run on, and where scripts/e2e/install.sh puts them.
export const VSCODE_VERSIONS = [
  // code-server 4.100.3 on the project's node 20
  { vscode: '1.100.3', step: 'vscode-1.100.3', node: undefined },
  // code-server 4.139.1 on node 24 from the registry's `node` package
  { vscode: '1.139.1', step: 'vscode-1.139.1', node: 'node_modules/node/bin/node' },
] as const;
