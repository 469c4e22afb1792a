#!/usr/bin/env bash
# Makes the API baseline of org.wfed.core from a built core jar (default: the one in org.wfed.core/target):
# its exported packages and manifest, with Bundle-Version 0.0.0, as the Maven artifact org.wfed:org.wfed.core:0.0.0
# in the file repository beside this script. The build baselines core's exported API against it (bnd-baseline-maven-plugin
# in org.wfed.core/pom.xml). Run it when a wfed version is released, so that the next changes are checked against it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${1:-$here/../../org.wfed.core/target/org.wfed.core-1.0.0-SNAPSHOT.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$jar" 'org/wfed/core/*' 'META-INF/MANIFEST.MF' -x 'org/wfed/core/internal/*')
sed -i 's/^Bundle-Version: .*/Bundle-Version: 0.0.0/' "$work/META-INF/MANIFEST.MF"
out=$here/repository/org/wfed/org.wfed.core/0.0.0
mkdir -p "$out"
rm -f "$out/org.wfed.core-0.0.0.jar"
(cd "$work" && jar --create --file "$out/org.wfed.core-0.0.0.jar" --manifest META-INF/MANIFEST.MF org)
cat >"$out/org.wfed.core-0.0.0.pom" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.wfed</groupId>
  <artifactId>org.wfed.core</artifactId>
  <version>0.0.0</version>
  <description>The API baseline of org.wfed.core (cnf/baseline/make-baseline.sh); never a runtime bundle.</description>
</project>
POM
echo "baseline written: $out"
