#!/usr/bin/env bash
# Builds a self-contained cba for Linux: target/app/cba, with its own Java runtime (made by jlink
# through jpackage), so a user's machine needs no Java. Run from anywhere:
#   packaging/app-image.sh            # builds target/cba.jar first when it is missing
#   target/app/cba/bin/cba --version
# Copy the whole target/app/cba folder; bin/cba inside it is the command. See docs/install.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -f target/cba.jar ] || mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true package
for tool in jpackage jlink; do
  command -v "$tool" >/dev/null || { echo "app-image: $tool not found (it comes with a full JDK 17 or later)" >&2; exit 1; }
done
input="$(mktemp -d)"
trap 'rm -rf "$input"' EXIT
cp target/cba.jar "$input/"
rm -rf target/app
# The modules cba needs: from `jdeps --print-module-deps --ignore-missing-deps target/cba.jar`, plus
# those only reached by service lookup (zip file systems for the bundled generator profile, TLS
# ciphers for database connections, the locale data dates are printed with).
modules="java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.sql,java.xml.crypto,jdk.zipfs,jdk.crypto.ec,jdk.localedata"
jpackage --type app-image --name cba --dest target/app --input "$input" --main-jar cba.jar \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto" \
  --app-version "$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
echo "built target/app/cba ($(du -sh target/app/cba | cut -f1)); run target/app/cba/bin/cba"
