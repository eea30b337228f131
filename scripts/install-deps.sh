#!/usr/bin/env bash
# Installs the Debian packages Referent builds and runs with, when any is missing. Needs root (or sudo).
set -euo pipefail
packages=(
  pkg-config libpoppler-glib-dev libcairo2-dev libxml2-dev libhunspell-dev hunspell-da
  libtesseract-dev libleptonica-dev tesseract-ocr-dan tesseract-ocr-osd libsqlite3-dev poppler-utils bc time
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all Debian packages present"
else
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Optional: headless Chromium for the review page's browser tests (ReviewTests); they skip without it.
if ! command -v chromium >/dev/null 2>&1; then
  echo "install-deps: installing chromium (optional)"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } \
    || echo "install-deps: chromium not available: browser tests will skip"
fi
