#!/usr/bin/env bash
# Starts the app, times launch -> "Inpaint Studio" window mapped on the X display, optionally checks that it
# stays up, then closes it. Runs inside an X session (DISPLAY set), e.g. under xvfb-run. Needs xwininfo.
#
# Usage: start-window.sh [--runs N] [--stay SECONDS] [--title TEXT] [--drop-caches] -- COMMAND [ARGS...]
#   --title        text the window's title must contain (default "Inpaint Studio"; with a photo open the title
#                  reads "photo.png — Inpaint Studio", so pass the file name to check the photo opened)
#   prints one "start: N ms" line per run and, with more than one run, "median: N ms".
#   --drop-caches  empty the kernel's page cache before each run (root): a start as after a reboot, with
#                  nothing of the runtime or the jars in memory yet.
set -euo pipefail

runs=1
stay=0
title='Inpaint Studio'
drop_caches=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --stay) stay=$2; shift 2 ;;
    --title) title=$2; shift 2 ;;
    --drop-caches) drop_caches=true; shift ;;
    --) shift; break ;;
    *) echo "start-window: unknown option $1" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "start-window: no command given" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "start-window: DISPLAY is not set; run under xvfb-run" >&2; exit 2; }

timeout_ms=30000

now_ms() { date +%s%3N; }
# Shown means a top-level window whose title contains $title is mapped and viewable, not merely created.
window_shown() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -F "\"" | grep -F -- "$title" | awk '{print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
  done
  return 1
}

times=()
for ((run = 1; run <= runs; run++)); do
  if window_shown; then echo "start-window: a window titled \"$title\" is already open" >&2; exit 1; fi
  log="$(mktemp)"
  if $drop_caches; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
  start=$(now_ms)
  "$@" >"$log" 2>&1 &
  pid=$!
  until window_shown; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "start-window: the app exited before showing a window; its output:" >&2; cat "$log" >&2; exit 1
    fi
    if (( $(now_ms) - start > timeout_ms )); then
      echo "start-window: no window after $((timeout_ms / 1000)) s; its output:" >&2; cat "$log" >&2
      kill "$pid"; exit 1
    fi
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - start ))
  times+=("$elapsed")
  echo "start: $elapsed ms"
  if [ "$stay" != 0 ]; then
    sleep "$stay"
    kill -0 "$pid" 2>/dev/null || { echo "start-window: the app died within $stay s; its output:" >&2; cat "$log" >&2; exit 1; }
    window_shown || { echo "start-window: the window closed within $stay s" >&2; exit 1; }
    echo "stayed up: $stay s, window still shown"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  # Let the X server drop the window before the next run looks for it.
  while window_shown; do sleep 0.05; done
done

if [ "$runs" -gt 1 ]; then
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "median: ${sorted[$((runs / 2))]} ms (runs: ${times[*]})"
fi
