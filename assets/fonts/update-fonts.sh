#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the bundled label fonts from Debian's fonts-noto-core package (SIL OFL 1.1).
# Run from anywhere: bash assets/fonts/update-fonts.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-core
fi
src=/usr/share/fonts/truetype/noto
for f in NotoSans-Regular NotoSans-Bold NotoSans-Italic \
         NotoSansArmenian-Regular NotoSansArmenian-Bold \
         NotoSansArabic-Regular NotoSansArabic-Bold; do
  cp "$src/$f.ttf" "$here/$f.ttf"
done
dpkg-query -W -f='fonts-noto-core ${Version}\n' fonts-noto-core
