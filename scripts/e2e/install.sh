#!/usr/bin/env bash
# Installs everything the real-editor tests need, into .e2e/ (git-ignored), from Debian and the npm
# registry only. Idempotent: each step checks what is already there and says what it does.
# Usage: scripts/e2e/install.sh [apt] [tools] [vscode-1.100.3] [vscode-1.139.1]   (no argument = all)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E=${CROSSCHECK_E2E_DIR:-$ROOT/.e2e}   # another folder only to measure a cold install
mkdir -p "$E2E/tmp"
exec 9>"$E2E/install.lock"
flock 9 # one install at a time, whoever asks (parallel test runs, several suites)

CODE_SERVER_OLD=4.100.3   # VS Code 1.100.3, last code-server release for node 20
CODE_SERVER_NEW=4.139.1   # VS Code 1.139.1, needs node 24 (from the registry's `node` package)
PLAYWRIGHT_CORE=1.65.1

say() { printf '[e2e-install] %s\n' "$*"; }
elapsed() { say "$1 done in $(( $(date +%s) - $2 )) s"; }

# Run from `npm test`, npm's own variables would leak into the nested installs: code-server's postinstall reads
# the node version from npm_config_user_agent, which then names the node 20 that runs the tests.
for variable in $(compgen -v npm_); do unset "$variable"; done
unset NODE

# Everything npm runs (node-pty's `npx node-gyp`, code-server's postinstall) stays inside .e2e/.
export TMPDIR=$E2E/tmp
export npm_config_yes=true                         # node-pty's postinstall runs `npx node-gyp`
export npm_config_dangerously_allow_all_scripts=true # npm 11 blocks dependency install scripts by default
export npm_config_unsafe_perm=true                 # scripts as root
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
NPM_INSTALL=(npm install --no-audit --no-fund --no-save --no-package-lock --loglevel=error)

step_apt() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v rg >/dev/null || missing+=(ripgrep)
  command -v nvim >/dev/null || missing+=(neovim)
  command -v emacs >/dev/null || missing+=(emacs-nox)
  compgen -G '/usr/share/emacs/site-lisp/elpa/eglot-*' >/dev/null || missing+=(elpa-eglot)
  [ -f /usr/include/krb5.h ] || missing+=(libkrb5-dev)
  if [ ${#missing[@]} -eq 0 ]; then say "apt: chromium, ripgrep, neovim, emacs-nox, elpa-eglot, libkrb5-dev already installed"; return; fi
  local t=$(date +%s)
  say "apt: installing ${missing[*]} (apt-get update first)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elapsed apt "$t"
}

# A folder of .e2e/ with its own package.json, so that its node_modules never mix with the project's.
npm_folder() {
  mkdir -p "$1"
  [ -f "$1/package.json" ] || printf '{ "name": "crosscheck-e2e-%s", "private": true }\n' "$(basename "$1")" >"$1/package.json"
}

step_tools() {
  local dir=$E2E/tools
  if [ -f "$dir/node_modules/playwright-core/package.json" ] && grep -q "\"version\": \"$PLAYWRIGHT_CORE\"" "$dir/node_modules/playwright-core/package.json"; then
    say "tools: playwright-core@$PLAYWRIGHT_CORE already in $dir"; return
  fi
  local t=$(date +%s)
  say "tools: npm install playwright-core@$PLAYWRIGHT_CORE into $dir (drives Debian's chromium; downloads no browser)"
  npm_folder "$dir"
  (cd "$dir" && "${NPM_INSTALL[@]}" "playwright-core@$PLAYWRIGHT_CORE")
  elapsed tools "$t"
}

# code-server 4.100.3's @vscode/ripgrep@1.15.11 downloads rg from GitHub in its postinstall:
# seed its download cache (under $TMPDIR) with Debian's rg so that it never goes online.
seed_ripgrep_cache() {
  local cache=$TMPDIR/vscode-ripgrep-cache-1.15.11 seed=$E2E/tmp/rgseed
  [ -f "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ] && return
  say "ripgrep: seeding @vscode/ripgrep's download cache with /usr/bin/rg"
  mkdir -p "$cache" "$seed"
  cp /usr/bin/rg "$seed/rg"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$seed" rg
}

code_server_ready() { [ -f "$1/node_modules/code-server/lib/vscode/out/server-main.js" ] && [ -f "$1/.installed" ]; }

# A folder without its .installed mark is what an interrupted or failed install left: npm does not
# always roll back cleanly (bins linked to packages it removed), so start that folder afresh.
start_afresh() {
  if [ -d "$1" ]; then say "$(basename "$1"): removing the unfinished install in $1"; rm -rf "$1"; fi
}

step_vscode_old() {
  local dir=$E2E/vscode-1.100.3
  if code_server_ready "$dir"; then say "vscode-1.100.3: code-server@$CODE_SERVER_OLD already in $dir"; return; fi
  local t=$(date +%s)
  start_afresh "$dir"
  seed_ripgrep_cache
  say "vscode-1.100.3: npm install code-server@$CODE_SERVER_OLD into $dir on $(node --version) (builds native modules)"
  npm_folder "$dir"
  (cd "$dir" && npm_config_nodedir=/usr "${NPM_INSTALL[@]}" "code-server@$CODE_SERVER_OLD")
  echo "code-server@$CODE_SERVER_OLD node $(node --version)" >"$dir/.installed"
  elapsed vscode-1.100.3 "$t"
}

step_vscode_new() {
  local dir=$E2E/vscode-1.139.1
  if code_server_ready "$dir"; then say "vscode-1.139.1: code-server@$CODE_SERVER_NEW already in $dir"; return; fi
  local t=$(date +%s)
  start_afresh "$dir"
  npm_folder "$dir"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    say "vscode-1.139.1: npm install node@24 into $dir (the registry's node binary package)"
    (cd "$dir" && "${NPM_INSTALL[@]}" "node@24")
  fi
  local node_bin=$dir/node_modules/node/bin
  say "vscode-1.139.1: node $("$node_bin/node" --version) at $node_bin"
  say "vscode-1.139.1: npm install code-server@$CODE_SERVER_NEW into $dir, run on that node"
  # npm and every install script run on node 24. The registry's node package has no headers, so native
  # modules build against the Debian node headers (/usr/include/node): VS Code's native modules use
  # N-API, whose ABI is the same on node 20 and 24.
  (cd "$dir" && PATH=$node_bin:$PATH npm_config_nodedir=/usr "${NPM_INSTALL[@]}" "code-server@$CODE_SERVER_NEW" "node@24")
  echo "code-server@$CODE_SERVER_NEW node $("$node_bin/node" --version)" >"$dir/.installed"
  elapsed vscode-1.139.1 "$t"
}

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(apt tools vscode-1.100.3 vscode-1.139.1)
start=$(date +%s)
for s in "${steps[@]}"; do
  case $s in
    apt) step_apt ;;
    tools) step_tools ;;
    vscode-1.100.3) step_vscode_old ;;
    vscode-1.139.1) step_vscode_new ;;
    *) echo "unknown step: $s (apt, tools, vscode-1.100.3, vscode-1.139.1)" >&2; exit 2 ;;
  esac
done
elapsed "install (${steps[*]})" "$start"
