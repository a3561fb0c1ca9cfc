#!/usr/bin/env bash
# Installs the Debian packages AccelForge drives (simulation, lint, synthesis, FPGA flow).
# As root it runs apt-get; otherwise it prints the exact command and fails.
set -euo pipefail
# g++ and zlib1g-dev: Verilator models are compiled to shared libraries (FST waveforms need zlib).
packages=(verilator yosys opensta nextpnr-ice40 fpga-icestorm openfpgaloader iverilog g++ zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system tools present (${packages[*]})"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "error: missing Debian packages: ${missing[*]}" >&2
  echo "       fix: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
