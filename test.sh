#!/usr/bin/env bash
# Quick start, step 2: the whole test suite (unit, Verilator/Icarus/Yosys-backed, end to end).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
. scripts/java-env.sh
accelforge_select_java
exec mvn -B -Dstyle.color=never verify "$@"
