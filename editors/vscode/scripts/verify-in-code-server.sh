#!/usr/bin/env bash
# Checks the extension in a real VS Code: code-server (VS Code in a browser, from npm) with the
# packaged extension installed and the repository as its workspace, driven by headless Chromium
# (scripts/verify/verify.mjs). It opens contracts/lausd-utla/utla-2025-06-17/article-18-class-size.cba,
# checks the highlighting, hovers counselor_ratio, types a unit error and measures how long the
# error takes to be underlined, and takes the screenshots of docs/editors.md.
#
# Not run by CI: code-server is a large download (~300 MB installed) and builds native modules.
#
# Usage: editors/vscode/scripts/verify-in-code-server.sh [--update-docs]
#   --update-docs   copy the screenshots to docs/images/editor-{highlight,hover,diagnostic}.png
# Environment:
#   CBA_VERIFY_DIR   where code-server, its profile and the screenshots go (default /tmp/cba-code-server)
#   CODE_SERVER      code-server version (default 4.100.3, VS Code 1.100.3: the last for Node 20)
#   CHROMIUM         the browser (default /usr/bin/chromium; never downloaded)
#   CS_PORT          the port code-server listens on, on 127.0.0.1 (default 8765)
# Needs: Node.js 20 with its headers (include/node), npm, a C++ toolchain, python3, pkg-config,
# libsecret-1-dev and libkrb5-dev (native modules), ripgrep, Chromium, Java 17 and Maven. On Debian:
#   apt-get install -y build-essential python3 pkg-config libsecret-1-dev libkrb5-dev ripgrep chromium
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ext="$(cd "$here/.." && pwd)"
repo="$(cd "$ext/../.." && pwd)"
work="${CBA_VERIFY_DIR:-/tmp/cba-code-server}"
version="${CODE_SERVER:-4.100.3}"
port="${CS_PORT:-8765}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
update_docs=false
[ "${1:-}" = "--update-docs" ] && update_docs=true
mkdir -p "$work"
say() { echo "verify: $*" >&2; }
for tool in node npm g++ make python3 pkg-config rg curl java mvn; do
  command -v "$tool" >/dev/null || { say "needs $tool on the PATH (see the top of this script)"; exit 1; }
done
[ -x "$CHROMIUM" ] || { say "no browser at $CHROMIUM (set CHROMIUM)"; exit 1; }

# Native modules are built against the headers of the Node.js that runs code-server, from disk:
# node-gyp would otherwise download them.
node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ ! -f "$node_prefix/include/node/node.h" ]; then
  say "no Node.js headers in $node_prefix/include/node (install Node.js with its headers)"; exit 1
fi
export npm_config_nodedir="$node_prefix"
gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
cs="$work/code-server/node_modules/code-server"

# 1. code-server, installed by hand: its postinstall step would download ripgrep and prebuilt
#    modules, so scripts are skipped and the native modules are built here; ripgrep comes from PATH.
if [ ! -f "$cs/.cba-installed-$version" ]; then
  say "installing code-server $version in $work/code-server"
  rm -rf "$work/code-server" && mkdir -p "$work/code-server"
  (cd "$work/code-server" && npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >/dev/null)
  (cd "$work/code-server" && npm_config_build_from_source=true npm rebuild argon2 >/dev/null)
  (cd "$cs/lib/vscode" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
  for m in @vscode/spdlog @vscode/deviceid native-watchdog node-pty kerberos; do
    say "building $m"
    (cd "$cs/lib/vscode/node_modules/$m" && node "$gyp" rebuild >/dev/null 2>&1)
  done
  mkdir -p "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  # What postinstall.sh does besides: the links VS Code looks for.
  ln -sfn node_modules "$cs/lib/vscode/node_modules.asar"
  ln -sf code-linux.sh "$cs/lib/vscode/bin/remote-cli/code-server"
  ln -sf browser-linux.sh "$cs/lib/vscode/bin/helpers/browser.sh"
  (cd "$cs/lib/vscode/extensions" && npm install --no-audit --no-fund --omit=dev >/dev/null)
  touch "$cs/.cba-installed-$version"
fi
code_server="$work/code-server/node_modules/.bin/code-server"
say "$("$code_server" --version | tail -1)"

# 2. cba's jar, and the extension as a .vsix, installed in a profile of its own.
say "building cba"
(cd "$repo" && { mvn -B -ntp -o -q -DskipTests package 2>/dev/null || mvn -B -ntp -q -DskipTests package; })
say "packaging the extension"
(cd "$ext" && npm ci --no-audit --no-fund >/dev/null \
  && npx @vscode/vsce package --skip-license --allow-missing-repository -o "$work/cba.vsix" >/dev/null)
rm -rf "$work/profile" "$work/extensions"
mkdir -p "$work/profile/User"
"$code_server" --config "$work/config.yaml" --user-data-dir "$work/profile" --extensions-dir "$work/extensions" \
  --install-extension "$work/cba.vsix" >/dev/null
# files.autoSave: VS Code in a browser saves after a delay unless told not to, and the walk types
# an error into a contract file that must stay as it is on disk.
# No cba.server.path: the extension finds the repository's own ./cba, as for anyone who opens a
# clone of cba (a cba on the PATH would come first).
cat > "$work/profile/User/settings.json" <<EOF
{
  "workbench.colorTheme": "Default Dark Modern",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "editor.minimap.enabled": false,
  "editor.stickyScroll.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "files.autoSave": "off",
  "git.enabled": false
}
EOF

# 3. The puppeteer driver (puppeteer-core: it uses the installed Chromium, downloads none).
(cd "$here/verify" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)

# 4. code-server on loopback, without a password, until the check is done.
"$code_server" --config "$work/config.yaml" --auth none --bind-addr "127.0.0.1:$port" \
  --user-data-dir "$work/profile" --extensions-dir "$work/extensions" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override "$repo" \
  >"$work/code-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
  sleep 0.5
done

status=0
contract="$repo/contracts/lausd-utla/utla-2025-06-17/article-18-class-size.cba"
cp "$contract" "$work/contract-before.cba"
CS_URL="http://127.0.0.1:$port" REPO="$repo" OUT="$work/shots" node "$here/verify/verify.mjs" || status=$?
if ! cmp -s "$contract" "$work/contract-before.cba"; then
  cp "$work/contract-before.cba" "$contract"
  say "the editor saved the typed error into $contract: restored it"; status=1
fi
say "screenshots in $work/shots; code-server's log in $work/code-server.log"
if $update_docs && [ "$status" = 0 ]; then
  for f in editor-highlight editor-hover editor-diagnostic; do
    cp "$work/shots/$f.png" "$repo/docs/images/$f.png"
  done
  say "copied the screenshots to docs/images"
fi
exit "$status"
