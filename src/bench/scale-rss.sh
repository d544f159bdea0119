#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Many incidents in a JVM of its own, with the JVM's default heap (as a user starts Araxes): the
# synthetic incidents (seed 42, made here, never committed) streamed into the store, then its
# resident memory from /proc (now and peak), used heap, build and search-index times, a new
# one-year window and the timeline's histogram for four zooms (ScaleFootprint; docs/performance.md).
#   src/bench/scale-rss.sh [COUNT]      (default 10000000; needs the bench profile's classes)
#   JAVA_OPTS=-Xmx1800m src/bench/scale-rss.sh 10000000   (the heap capped, decision 0030)
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o -Pbench -DskipTests package
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); JAVA_OPTS: ${JAVA_OPTS:-none}"
# shellcheck disable=SC2086 # the options are words
java ${JAVA_OPTS} -cp target/test-classes:target/araxes.jar org.araxes.bench.ScaleFootprint "${1:-10000000}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
