#!/usr/bin/env bash
# Installs the Debian 12 packages Flywheel needs to build, test and run; only what is missing.
# Root runs apt-get directly, anyone else goes through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git file dpkg-dev
  # Qt 6.4: Widgets, Charts, Network, Concurrent, Test, Svg, LinguistTools
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libgl-dev libxkbcommon-dev qt6-qpa-plugins libqt6svg6
  # machine learning: libtorch (CPU) over a real BLAS, SentencePiece tokenizers
  libtorch-dev libopenblas0 libsentencepiece-dev
  # headers of torch's Gloo process group (c10d), for data-parallel training across machines
  libgloo-dev
  # encrypted workspace and signatures
  libsqlcipher-dev libsodium-dev
  # the node's HTTP server and client (the library llama.cpp's server uses)
  libcpp-httplib-dev
  # headless GUI runs (tests, screenshots) and fonts that render every translation
  xvfb xauth fonts-dejavu-core x11-apps
  # package checks: .desktop and AppStream validators
  desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
