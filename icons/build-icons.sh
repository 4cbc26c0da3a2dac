#!/usr/bin/env bash
# Renders the application icon from its SVG sources into every size and format the three OSes need.
# The outputs are committed, so packaging needs none of these tools; run this only after editing an SVG.
# Tools (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "build-icons: $tool is missing; apt-get install librsvg2-bin icoutils icnsutils" >&2; exit 1; }
done

out=png
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512 1024; do
  # Below 24 px the full drawing blurs, so 16 px comes from its own pixel-aligned drawing.
  src=inpaint-studio.svg
  [ "$size" -eq 16 ] && src=inpaint-studio-16.svg
  rsvg-convert --width "$size" --height "$size" "$src" --output "$out/inpaint-studio-$size.png"
done

# Windows: one .ico holding every size Explorer and the taskbar ask for (256 is stored as PNG).
icotool --create --output inpaint-studio.ico \
  "$out"/inpaint-studio-{16,24,32,48,64,128}.png --raw="$out/inpaint-studio-256.png"

# macOS: png2icns picks the icon type from each image's size.
png2icns inpaint-studio.icns "$out"/inpaint-studio-{16,32,48,128,256,512,1024}.png >/dev/null

# The window's own icons (stage.getIcons()), loaded from the class path.
ui=../src/main/resources/org/inpaintstudio/ui/icons
mkdir -p "$ui"
for size in 16 32 48 64 128 256; do
  cp "$out/inpaint-studio-$size.png" "$ui/app-$size.png"
done
echo "build-icons: wrote $out/*.png, inpaint-studio.ico, inpaint-studio.icns and $ui/app-*.png"
