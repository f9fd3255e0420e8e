// The Claims view in Crosscheck's activity bar container: findings, each with the claims it involves
// (each claim with its outlet and file, see claimRow.ts).
// A click on a claim opens it; the view's title bar filters the findings by kind.
import * as vscode from 'vscode';
import { claimRow } from './claimRow';
import { compareFindings, FINDING_KINDS } from './findingOrder';
import { placeLabel, revealLocation } from './locations';
import type { FindingLocation, FindingView } from './protocol';
import type { CrosscheckSession } from './session';

export const CLAIMS_VIEW_ID = 'crosscheck.claims';

const HIDDEN_KINDS_KEY = 'crosscheck.claims.hiddenKinds';

type Node =
  { type: 'finding'; finding: FindingView } | { type: 'claim'; finding: FindingView; location: FindingLocation };

const SEVERITY_ICONS: Record<FindingView['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  information: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

class ClaimsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly session: CrosscheckSession,
    private readonly state: vscode.Memento,
  ) {}

  get hiddenKinds(): readonly string[] {
    return this.state.get<string[]>(HIDDEN_KINDS_KEY, []);
  }

  async setHiddenKinds(kinds: readonly string[]): Promise<void> {
    await this.state.update(HIDDEN_KINDS_KEY, [...kinds]);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire();
  }

  visibleFindings(): FindingView[] {
    const hidden = new Set(this.hiddenKinds);
    return this.session.currentFindings.filter((finding) => !hidden.has(finding.kind)).sort(compareFindings);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.visibleFindings().map((finding) => ({ type: 'finding', finding }));
    if (node.type === 'finding')
      return node.finding.locations.map((location) => ({ type: 'claim', finding: node.finding, location }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'finding') {
      const { finding } = node;
      const item = new vscode.TreeItem(finding.subject || finding.message, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = finding.id;
      item.description = `${finding.kind} · ${finding.locations.length} ${finding.locations.length === 1 ? 'claim' : 'claims'}`;
      item.tooltip = new vscode.MarkdownString().appendText(finding.message);
      item.iconPath = SEVERITY_ICONS[finding.severity];
      item.contextValue = 'finding';
      return item;
    }
    const { location } = node;
    const row = claimRow(location, placeLabel(location));
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.finding.id}/${location.claimId}`;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.resourceUri = vscode.Uri.parse(location.uri);
    item.iconPath = new vscode.ThemeIcon('symbol-number');
    item.contextValue = 'claim';
    item.command = { title: 'Open Claim', command: 'crosscheck.openClaim', arguments: [location] };
    return item;
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'claim' ? { type: 'finding', finding: node.finding } : undefined;
  }
}

/** Node of the Claims view as commands receive it from its menus. */
export type ClaimsViewNode = Node;

export function registerClaimsView(context: vscode.ExtensionContext, session: CrosscheckSession): vscode.Disposable {
  const tree = new ClaimsTree(session, context.workspaceState);
  const view = vscode.window.createTreeView(CLAIMS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const describe = (): void => {
    const hidden = tree.hiddenKinds.length;
    view.description = hidden > 0 ? `${hidden} ${hidden === 1 ? 'kind' : 'kinds'} hidden` : undefined;
    const total = session.currentFindings.length;
    view.badge =
      total > 0 ? { value: total, tooltip: `${total} Crosscheck ${total === 1 ? 'finding' : 'findings'}` } : undefined;
    const hiddenFindings = total - tree.visibleFindings().length;
    view.message =
      hiddenFindings > 0
        ? `${hiddenFindings} of ${total} ${total === 1 ? 'finding is' : 'findings are'} hidden by the kind filter.`
        : undefined;
  };
  describe();
  return vscode.Disposable.from(
    view,
    session.onDidChangeFindings(() => {
      tree.refresh();
      describe();
    }),
    vscode.commands.registerCommand('crosscheck.openClaim', (location: FindingLocation) => revealLocation(location)),
    vscode.commands.registerCommand('crosscheck.filterKinds', async (kinds?: readonly string[]) => {
      const shown = kinds ?? (await pickShownKinds(tree.hiddenKinds));
      if (!shown) return;
      await tree.setHiddenKinds(FINDING_KINDS.filter((kind) => !shown.includes(kind)));
      describe();
    }),
  );
}

async function pickShownKinds(hidden: readonly string[]): Promise<string[] | undefined> {
  const picked = await vscode.window.showQuickPick(
    FINDING_KINDS.map((kind) => ({ label: kind, picked: !hidden.includes(kind) })),
    { canPickMany: true, title: 'Crosscheck: kinds of finding to show in the Claims view' },
  );
  return picked?.map((item) => item.label);
}
