#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build, and run the main job (./forge demo: the default
# 16x16 INT8 GEMM engine generated, linted, verified on a random GEMM in Verilator, its array measured).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
. scripts/java-env.sh
accelforge_select_java
scripts/install-deps.sh
echo "setup: building with Maven (this downloads dependencies the first time) ..."
mvn -B -q -Dstyle.color=never -DskipTests package
echo "setup: running the main job (./forge demo) ..."
exec ./forge demo
