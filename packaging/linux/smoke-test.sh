#!/usr/bin/env bash
# Packaging check for CI (Debian/Ubuntu, run as root): builds the .deb, installs it as a user would, and runs
# what a user runs: the command line (--version, a headless `inpaint` on a test photo) and the window under
# Xvfb (starts, shows "Inpaint Studio", stays up; also through the menu entry's Exec line with a photo, as
# a double-click does). Then removes the package again. Installs missing Debian tools first.
#
# Usage: packaging/linux/smoke-test.sh [--skip-inpaint]
#   --skip-inpaint  leave out the `inpaint` step (for branches without the offline engine)
set -euo pipefail
cd "$(dirname "$0")/../.."

skip_inpaint=false
for arg in "$@"; do
  case "$arg" in
    --skip-inpaint) skip_inpaint=true ;;
    *) echo "smoke-test: unknown option $arg" >&2; exit 2 ;;
  esac
done

began=$(date +%s)
step() { echo "smoke-test [$(( $(date +%s) - began )) s]: $*"; }
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
apt_updated=false
apt_install() {
  if ! apt-get install -y -qq --no-install-recommends "$@"; then
    $apt_updated && return 1
    apt-get update -qq && apt_updated=true
    apt-get install -y -qq --no-install-recommends "$@"
  fi
}
# jpackage's .deb needs fakeroot and dpkg-deb; the window checks need Xvfb and xwininfo.
need=(fakeroot xvfb xauth x11-utils)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] || { step "installing ${missing[*]}"; apt_install "${missing[@]}"; }

step "building the .deb"
packaging/build-installer.sh --no-rpm >/dev/null
deb=$(ls target/installer/inpaint-studio_*.deb)
step "built $(basename "$deb"), $(( $(stat -c %s "$deb") / 1048576 )) MB"

step "installing it"
# xdg-desktop-menu refuses to add the menu entry unless these exist; a bare container has none of them.
mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus/applications-merged
# apt-get (not dpkg -i) so that the dependencies it declares (xdg-utils, GTK, ...) come along.
apt_install --reinstall "./$deb" >/dev/null
# Leave the machine as it was, also when a check below fails.
trap 'apt-get remove -y -qq inpaint-studio >/dev/null 2>&1 || true' EXIT

version=$(sed -n 's/^Implementation-Version: *//p' target/jpackage/manifest/META-INF/MANIFEST.MF | tr -d '\r')
out=$(inpaint-studio --version) || fail "inpaint-studio --version exited non-zero"
[ "$out" = "Inpaint Studio $version" ] || fail "inpaint-studio --version printed '$out', expected 'Inpaint Studio $version'"
[ "$(readlink -f "$(command -v inpaint-studio)")" = /opt/inpaint-studio/bin/inpaint-studio ] ||
  fail "inpaint-studio on the PATH is not the installed launcher"
step "--version: $out"

desktop=/usr/share/applications/inpaint-studio-inpaint-studio.desktop
[ -f "$desktop" ] || fail "no menu entry at $desktop"
mimes=$(sed -n 's/^MimeType=//p' "$desktop")
for type in image/jpeg image/png image/bmp image/webp image/tiff; do
  [[ ";$mimes;" == *";$type;"* ]] || fail "the menu entry does not open $type (MimeType=$mimes)"
done
step "menu entry opens: $mimes"

# Width x height from a PNG's header (IHDR), without image tools.
png_size() { od -An -tu4 --endian=big -j16 -N8 "$1" | awk '{ print $1 "x" $2 }'; }
if $skip_inpaint; then
  step "inpaint: skipped (--skip-inpaint)"
else
  photo=src/test/resources/photos/coffee.png
  result=$(mktemp --suffix=.png)
  rm -f "$result"
  # No display, and a time limit: the command line must work on a server.
  env -u DISPLAY timeout 120 inpaint-studio inpaint --image "$photo" \
      --mask src/test/resources/photos/masks/coffee_medium.png --out "$result" ||
    fail "inpaint-studio inpaint exited with $? (the command comes with the offline engine; without it use --skip-inpaint)"
  [ -s "$result" ] || fail "inpaint wrote no $result"
  [ "$(png_size "$result")" = "$(png_size "$photo")" ] ||
    fail "the result is $(png_size "$result"), the photo $(png_size "$photo")"
  cmp -s "$result" "$photo" && fail "the result is the unchanged photo"
  step "inpaint: $(png_size "$result") PNG written"
  rm -f "$result"
  # A model file: ONNX Runtime's natives for this platform are in the package, and load.
  env -u DISPLAY timeout 120 inpaint-studio inpaint --image "$photo" \
      --mask src/test/resources/photos/masks/coffee_medium.png --out "$result" \
      --model src/test/resources/models/lama-fixed-colour-512.onnx ||
    fail "inpaint-studio inpaint --model exited with $?"
  [ "$(png_size "$result")" = "$(png_size "$photo")" ] || fail "the model's result is $(png_size "$result")"
  step "inpaint --model: $(png_size "$result") PNG written"
  rm -f "$result"
fi

xvfb=(xvfb-run -a -s "-screen 0 1280x1024x24")
step "window (plain start)"
"${xvfb[@]}" packaging/linux/start-window.sh --stay 3 -- inpaint-studio || fail "the window check failed"
# What a file manager runs for a double-clicked photo: the menu entry's Exec line, %f replaced by the path.
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
photo_path="$PWD/src/test/resources/photos/brick.png"
step "window (Exec line with a photo: ${exec_line/\%f/$photo_path})"
# shellcheck disable=SC2086 # the Exec line is split into words as the desktop does.
"${xvfb[@]}" packaging/linux/start-window.sh --stay 3 --title "$(basename "$photo_path")" -- ${exec_line/\%f/$photo_path} || fail "the window check failed"

step "removing the package"
trap - EXIT
apt-get remove -y -qq inpaint-studio >/dev/null
[ ! -e /usr/bin/inpaint-studio ] || fail "/usr/bin/inpaint-studio is left after removal"
[ ! -e "$desktop" ] || fail "the menu entry is left after removal"

step "passed in $(( $(date +%s) - began )) s"
