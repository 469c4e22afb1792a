#!/usr/bin/env bash
# Builds wfed (without running the tests) and starts it with embedded Derby.
# Defaults: port 8080, data in ./wfed-data, demo district loaded on the first start.
# The first start prints the generated password of the 'admin' user (or set WFED_ADMIN_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")"
export WFED_PORT="${WFED_PORT:-8080}"
export WFED_DATA="${WFED_DATA:-$PWD/wfed-data}"
export WFED_DEMO="${WFED_DEMO:-1}"
if [ ! -f org.wfed.app/target/wfed.jar ] || [ -n "$(find . -path ./wfed-data -prune -o -newer org.wfed.app/target/wfed.jar \( -name '*.java' -o -name '*.bnd*' -o -name 'pom.xml' -o -path '*/resources/*' \) -print -quit)" ]; then
  mvn -B -q -DskipTests package
fi
jar="$PWD/org.wfed.app/target/wfed.jar"
mkdir -p "$WFED_DATA"
WFED_DATA=$(cd "$WFED_DATA" && pwd)
cd "$(dirname "$WFED_DATA")"
# Class-data sharing: the first run records the classes it loads into an archive when it exits
# (Ctrl-C); later runs map it and start about a quarter faster. One archive per build of the jar.
build=$(sha1sum "$jar" | cut -c1-12)
cds="$PWD/wfed-$build.jsa"
if [ -f "$cds" ]; then cds_opt="-XX:SharedArchiveFile=$cds"; else cds_opt="-XX:ArchiveClassesAtExit=$cds"; fi
# The Felix bundle cache is kept between starts in the data folder, one per build of the jar (a new jar starts on a
# fresh one, the old one is removed): installing the ~60 bundles into a fresh cache is the first second of every
# start otherwise. WFED_KEEP_CACHE=0 starts on a fresh cache each time, as `java -jar wfed.jar` alone does.
cache_opts=()
if [ "${WFED_KEEP_CACHE:-1}" = 1 ]; then
  mkdir -p "$WFED_DATA/cache"
  find "$WFED_DATA/cache" -mindepth 1 -maxdepth 1 -name 'felix-*' ! -name "felix-$build" -exec rm -rf {} +
  cache_opts=(-Dlaunch.keep=true "-Dlaunch.storage.dir=$WFED_DATA/cache/felix-$build")
fi
# WFED_SHELL=1 opens the admin shell (Gogo) on this terminal; it is off otherwise.
shell=()
if [ "${WFED_SHELL:-0}" = 1 ]; then shell=(-Dgosh.args=--noshutdown); fi
# WFED_PORT is enough: wfed hands it to Jetty before Jetty starts. The terminal shows the address, the
# generated admin password (first start), the modules and plugins, then warnings and errors; everything
# else goes to $WFED_DATA/logs/wfed.log. Local plugins go into $WFED_DATA/plugins.
exec java "$cds_opt" -Xshare:auto "${cache_opts[@]}" ${WFED_JAVA_OPTS:-} "${shell[@]}" -jar "$jar"
