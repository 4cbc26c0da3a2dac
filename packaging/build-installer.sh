#!/usr/bin/env bash
# Builds the installers of the OS it runs on, into target/installer/:
#   Linux   an app-image, a .deb, and an .rpm where rpmbuild exists
#   Windows a per-user .msi (needs WiX 3 on PATH; run from Git Bash)
#   macOS   a .dmg
# Steps: Maven package -> modules the jars need (jdeps) -> trimmed runtime (jlink, JavaFX of this OS linked in)
# -> app-image (jpackage) -> installer from that app-image (jpackage). jpackage cannot cross-build: one OS each.
#
# Usage: packaging/build-installer.sh [--skip-maven] [--app-image-only] [--no-rpm]
#   --skip-maven      use the target/inpaint-studio.jar and target/lib/ already built
#   --app-image-only  stop after the app-image (no installer)
#   --no-rpm          Linux: no .rpm even where rpmbuild exists
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=false
app_image_only=false
no_rpm=false
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    --app-image-only) app_image_only=true ;;
    --no-rpm) no_rpm=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "build-installer: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux) os=linux; sep=':' ;;
  Darwin) os=macos; sep=':' ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; sep=';' ;;
  *) echo "build-installer: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
if [ "$os" = windows ]; then
  # Git Bash rewrites arguments that look like POSIX paths (regex:/javafx...) for Windows programs; all paths
  # handed to the JDK tools here are relative or already in Windows form, so turn that off.
  export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*'
fi

began=$SECONDS
log() { echo "build-installer [$((SECONDS - began)) s]: $*"; }

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}"
# The tools' own arguments want the native form (C:/...), bash wants the POSIX form (/c/...) to run them.
java_home_native="$java_home"
if command -v cygpath >/dev/null; then
  java_home=$(cygpath -u "$java_home")
  java_home_native=$(cygpath -m "$java_home")
fi
for tool in jdeps jlink jpackage jar; do
  [ -x "$java_home/bin/$tool" ] || [ -x "$java_home/bin/$tool.exe" ] || {
    echo "build-installer: $tool not found in $java_home/bin; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
done
jdk() { "$java_home/bin/$1" "${@:2}"; }

if ! $skip_maven; then
  log "mvn package"
  mvn -B -q -Dstyle.color=never -DskipTests package
fi
[ -f target/inpaint-studio.jar ] || { echo "build-installer: target/inpaint-studio.jar missing; run without --skip-maven" >&2; exit 1; }

work=target/jpackage
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/input/lib" "$work/manifest" "$out"

# The version Maven wrote into the jar; jpackage wants it numeric, so a qualifier like -SNAPSHOT is dropped.
(cd "$work/manifest" && jdk jar xf ../../inpaint-studio.jar META-INF/MANIFEST.MF)
full_version=$(sed -n 's/^Implementation-Version: *//p' "$work/manifest/META-INF/MANIFEST.MF" | tr -d '\r')
version=${full_version%%-*}
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "build-installer: version '$full_version' is not numeric" >&2; exit 1; }
log "version $version (from $full_version)"

# JavaFX: the jars with this OS's classifier (javafx-graphics-21.0.12-linux.jar) go on jlink's module path and
# into the runtime; the classifier-less ones are empty stubs. Everything else is the app's class path.
fx_jars=()
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  if [[ "$name" == javafx-* ]]; then
    [[ "$name" =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\.jar$ ]] && fx_jars+=("$jar")
  else
    cp "$jar" "$work/input/lib/"
  fi
done
[ ${#fx_jars[@]} -gt 0 ] || { echo "build-installer: no platform JavaFX jars in target/lib" >&2; exit 1; }
cp target/inpaint-studio.jar "$work/input/"

# ONNX Runtime's jar carries its natives for every platform (93 MB, most of it macOS debug symbols); each
# installer keeps only its own platform's folder (ai/onnxruntime/native/linux-x64/ and the like).
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
case "$os" in linux) ort_platform="linux-$arch" ;; macos) ort_platform="osx-$arch" ;; windows) ort_platform="win-$arch" ;; esac
for jar in "$work"/input/lib/onnxruntime-*.jar; do
  [ -f "$jar" ] || continue
  unpacked="$work/onnxruntime"
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  (cd "$unpacked" && jdk jar xf "$OLDPWD/$jar")
  [ -d "$unpacked/ai/onnxruntime/native/$ort_platform" ] ||
    { echo "build-installer: $(basename "$jar") has no natives for $ort_platform" >&2; exit 1; }
  for dir in "$unpacked"/ai/onnxruntime/native/*/; do
    [ "$(basename "$dir")" = "$ort_platform" ] || rm -rf "$dir"
  done
  mv "$unpacked/META-INF/MANIFEST.MF" "$work/onnxruntime.MF"
  before=$(wc -c <"$jar")
  rm "$jar"
  jdk jar --create --file "$jar" --manifest "$work/onnxruntime.MF" -C "$unpacked" .
  log "$(basename "$jar"): kept the $ort_platform natives, $((before / 1048576)) MB -> $(( $(wc -c <"$jar") / 1048576 )) MB"
  rm -rf "$unpacked" "$work/onnxruntime.MF"
done
fx_path=$(IFS="$sep"; echo "${fx_jars[*]}")
app_cp=$(cd "$work/input" && ls lib/*.jar | sed "s|^|$work/input/|" | paste -sd "$sep" -)

# Modules: what jdeps finds in the app and its jars, plus what only reflection or TLS reach.
#   jdk.crypto.ec    TLS handshakes with most HTTPS services (remote backend)
#   jdk.localedata   number/date formats for the Chinese UI (trimmed to en, zh below)
#   jdk.unsupported  sun.misc.Unsafe, looked up reflectively by some libraries
#   javafx.swing     SwingFXUtils (BufferedImage <-> Image)
fixed_modules="jdk.crypto.ec,jdk.localedata,jdk.unsupported,javafx.controls,javafx.swing"
fallback_modules="java.base,java.desktop,java.logging,java.naming,java.sql,java.xml,$fixed_modules"
if deps=$(jdk jdeps -q --multi-release 17 --ignore-missing-deps --list-deps \
      --module-path "$fx_path" --class-path "$app_cp" \
      target/inpaint-studio.jar "$work"/input/lib/*.jar 2>"$work/jdeps.err"); then
  # Lines are "module" or "module/internal.package" (an internal package used from the class path). Keep
  # the modules jlink can link (a JDK jmod or JavaFX); jdeps also names pseudo-modules like jdk8internals.
  linkable() { [ -f "$java_home/jmods/$1.jmod" ] || [[ "$1" == javafx.* ]]; }
  found=""
  internal=""
  while read -r entry; do
    module=${entry%%/*}
    if ! linkable "$module"; then log "jdeps: left out $entry (not a module jlink can link)"; continue; fi
    [[ ",$found," == *",$module,"* ]] || found="${found:+$found,}$module"
    [ "$entry" = "$module" ] || internal="$internal $entry"
  done < <(echo "$deps" | sed -n 's/^ *\([a-z][a-zA-Z0-9_.]*\(\/[a-zA-Z0-9_.]*\)\{0,1\}\) *$/\1/p' | sort -u)
  modules="$found,$fixed_modules"
  log "jdeps: $found"
else
  log "jdeps failed ($(head -1 "$work/jdeps.err")); using the fixed module list"
  modules="$fallback_modules"
  internal=""
fi

# Launcher JVM options. The app runs on the class path while JavaFX is in the runtime as named modules, so
# the JavaFX internals that libraries (ControlsFX) use must be exported to the class path explicitly.
java_options=()
for pkg in $internal; do
  java_options+=("--add-exports=$pkg=ALL-UNNAMED")
done
# An editor wants short collector pauses over throughput: G1's default 200 ms target let a young collection that
# promoted the mask overlay's tiles stop painting for 40 ms (300 ms on a loaded machine); 10 ms keeps it near that.
java_options+=("-XX:MaxGCPauseMillis=10")
# Incubator modules are never resolved for class-path code unless asked for.
if [[ ",$modules," == *",jdk.incubator.vector,"* ]]; then
  java_options+=("--add-modules=jdk.incubator.vector")
fi

log "jlink"
[ -d "$java_home/jmods" ] || { echo "build-installer: $java_home/jmods missing; install the full JDK (jmods)" >&2; exit 1; }
jmods="$java_home_native/jmods"
# JavaFX's native libraries travel inside its jars; linked as they are, JavaFX copies them into the user's
# ~/.openjfx/cache on first start. On Linux and macOS leave them out of the module image and put them where
# JavaFX looks first in a linked runtime (java.home/lib). On Windows they stay inside (and are copied on first
# start): there a DLL's own folder is not searched for the DLLs it needs, so beside the runtime they could fail.
exclude_natives=()
[ "$os" = windows ] || exclude_natives=(--exclude-resources='regex:/javafx\.[a-z]+/[^/]+\.(so|dylib|jar)')
jdk jlink --module-path "$jmods$sep$fx_path" --add-modules "$modules" ${exclude_natives[@]+"${exclude_natives[@]}"} \
  --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=2 --strip-native-commands \
  --output "$work/runtime"
if [ "$os" != windows ]; then
  for jar in "${fx_jars[@]}"; do
    natives=$(jdk jar tf "$jar" | grep -E '^[^/]+\.(so|dylib)$' || true)
    [ -z "$natives" ] || (cd "$work/runtime/lib" && jdk jar xf "$OLDPWD/$jar" $natives)
  done
fi

# Common jpackage arguments for every OS.
app_args=(--input "$work/input" --main-jar inpaint-studio.jar --main-class org.inpaintstudio.cli.Main
  --runtime-image "$work/runtime"
  --description "Removes unwanted objects from photos"
  --vendor "Inpaint Studio" --copyright "Copyright (C) Inpaint Studio contributors")
for opt in ${java_options[@]+"${java_options[@]}"}; do
  app_args+=(--java-options "$opt")
done
fa_args=()
for fa in packaging/file-associations/*.properties; do
  fa_args+=(--file-associations "$fa")
done

case "$os" in
  linux)
    log "jpackage app-image"
    jdk jpackage --type app-image --name inpaint-studio --icon icons/png/inpaint-studio-256.png \
      --app-version "$version" "${app_args[@]}" --dest "$out"
    # The app-image as one file: unpack anywhere and run inpaint-studio/bin/inpaint-studio, no install.
    tar -czf "$out/inpaint-studio-$version-linux-$(uname -m).tar.gz" -C "$out" inpaint-studio
    if ! $app_image_only; then
      linux_args=(--app-image "$out/inpaint-studio" --name inpaint-studio --app-version "$version"
        --description "Removes unwanted objects from photos" --vendor "Inpaint Studio"
        --resource-dir packaging/linux --icon icons/png/inpaint-studio-256.png
        --linux-package-name inpaint-studio --linux-app-release 1 --linux-shortcut
        --linux-menu-group "Graphics;2DGraphics;RasterGraphics;" --linux-app-category graphics
        --linux-deb-maintainer "maintainers@inpaintstudio.org"
        "${fa_args[@]}" --dest "$out")
      log "jpackage deb"
      # The .deb does not pull GTK and OpenGL by itself; a desktop has them, a bare system does not.
      jdk jpackage --type deb "${linux_args[@]}" --linux-package-deps "libgtk-3-0, libgl1"
      if $no_rpm; then
        log "no .rpm (--no-rpm)"
      elif command -v rpmbuild >/dev/null; then
        log "jpackage rpm"
        jdk jpackage --type rpm "${linux_args[@]}" --linux-package-deps "gtk3, mesa-libGL"
      else
        log "rpmbuild not found: no .rpm"
      fi
    fi
    ;;
  windows)
    log "jpackage app-image"
    # A second launcher with a console, so `inpaint-studio inpaint ...` prints in cmd and PowerShell.
    jdk jpackage --type app-image --name "Inpaint Studio" --icon icons/inpaint-studio.ico \
      --add-launcher inpaint-studio=packaging/windows/console-launcher.properties \
      --app-version "$version" "${app_args[@]}" --dest "$out"
    if ! $app_image_only; then
      log "jpackage msi"
      # The upgrade code is fixed forever: it is how a newer .msi finds and replaces an older install.
      jdk jpackage --type msi --app-image "$out/Inpaint Studio" --name "Inpaint Studio" --app-version "$version" \
        --description "Removes unwanted objects from photos" --vendor "Inpaint Studio" \
        --resource-dir packaging/windows --icon icons/inpaint-studio.ico \
        --win-per-user-install --win-menu --win-menu-group "Inpaint Studio" --win-shortcut --win-dir-chooser \
        --win-upgrade-uuid 5b0c8f2e-3d5a-4c61-9a57-0f4e2b7d9c13 \
        "${fa_args[@]}" --dest "$out"
      mv "$out/Inpaint Studio-$version.msi" "$out/Inpaint-Studio-$version.msi"
    fi
    ;;
  macos)
    # macOS refuses an app-version whose first number is 0 (CFBundleVersion). Hand jpackage a monotonic build
    # number (0.1.0 -> 100) and write the real version into CFBundleShortVersionString, which Finder shows.
    IFS=. read -r major minor patch <<<"$version"
    build_number=$(( 10#${major:-0} * 10000 + 10#${minor:-0} * 100 + 10#${patch:-0} ))
    mkdir -p "$work/macos"
    sed "s/@SHORT_VERSION@/$version/" packaging/macos/Info.plist > "$work/macos/Info.plist"
    log "jpackage app-image"
    jdk jpackage --type app-image --name "Inpaint Studio" --icon icons/inpaint-studio.icns \
      --mac-package-identifier org.inpaintstudio.app --mac-package-name "Inpaint Studio" \
      --mac-app-category graphics-design --resource-dir "$work/macos" \
      --app-version "$build_number" "${app_args[@]}" --dest "$out"
    # Apple silicon runs no unsigned code: without a Developer ID, sign ad hoc (Gatekeeper still asks once).
    codesign --force --deep --sign - "$out/Inpaint Studio.app"
    if ! $app_image_only; then
      log "jpackage dmg"
      # No --file-associations here: Info.plist declares the image types under their system UTIs instead.
      jdk jpackage --type dmg --app-image "$out/Inpaint Studio.app" --name "Inpaint Studio" \
        --app-version "$build_number" --mac-package-identifier org.inpaintstudio.app \
        --resource-dir "$work/macos" --icon icons/inpaint-studio.icns --dest "$out"
      mv "$out/Inpaint Studio-$build_number.dmg" "$out/Inpaint-Studio-$version.dmg"
    fi
    ;;
esac

log "done:"
ls -l "$out"
