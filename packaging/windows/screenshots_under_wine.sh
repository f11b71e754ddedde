#!/usr/bin/env bash
# Screenshots of the Windows installer's pages and of the installed app, under Wine and
# Xvfb, into docs/screenshots/windows-*.png. Run after `make windows-bundle` (it reuses
# that Wine prefix and installer):
#
#   bash packaging/windows/screenshots_under_wine.sh
#
# They show what Wine draws (its own fonts and window frames), not Windows' DirectWrite:
# the release workflow keeps screenshots from a real Windows (docs/deploying.md, section 9).
# Programs under Wine get their output through a pipe: with a plain file as standard
# output, Wine hands them handles Python cannot start with.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${WINDOWS_BUILD_DIR:-$ROOT/build/windows}"
OUT="$ROOT/docs/screenshots"
PY="$ROOT/.venv/bin/python"
export WINEPREFIX="$BUILD/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
fail() { printf 'windows screenshots: FAILED: %s\n' "$*" >&2; exit 1; }

setup="$(ls "$ROOT"/dist/windows/chinese-teach-*-setup.exe 2>/dev/null | head -1)"
[ -n "$setup" ] && [ -f "$WINEPREFIX/.chinese-teach-prefix-v1" ] ||
  fail "no installer or Wine prefix: run make windows-bundle first"
[ -x "$PY" ] || fail "no .venv: run make setup first"
if ! command -v xdotool >/dev/null || ! command -v xwd >/dev/null; then
  apt-get install -y -qq --no-install-recommends xdotool x11-apps >/dev/null ||
    fail "apt could not install xdotool and x11-apps"
fi

display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'wineserver -k 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY="$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# The newest visible top-level window whose title matches $1 (waits up to a minute).
window() {
  local id=""
  for _ in $(seq 120); do
    id="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1)" && [ -n "$id" ] && break
    sleep 0.5
  done
  [ -n "$id" ] || fail "no window titled '$1'"
  echo "$id"
}

# Save the part of the screen window $2 covers as docs/screenshots/$1.png (Xvfb has no
# window manager, so Wine draws the windows without title bars).
shot() {
  local x y w h
  eval "$(xdotool getwindowgeometry --shell "$2")"
  x=$((X < 0 ? 0 : X)); y=$((Y < 0 ? 0 : Y))
  w=$((WIDTH > 1366 - x ? 1366 - x : WIDTH)); h=$((HEIGHT > 768 - y ? 768 - y : HEIGHT))
  xwd -root -silent | QT_QPA_PLATFORM=offscreen "$PY" "$ROOT/packaging/windows/xwd_to_png.py" \
    "$OUT/$1.png" --crop "$x,$y,$w,$h"
  echo "docs/screenshots/$1.png"
}

# The installer as a teacher without a deployment tool runs it: its first pages.
link="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Chinese Teach.lnk"
rm -rf "$WINEPREFIX/drive_c/CT" "$link"
wine "$setup" '/DIR=C:\CT' >/dev/null 2>&1 &
id="$(window "Setup - Chinese Teach")"
sleep 2; shot windows-installer-1-destination "$id"
# (under Wine, Next went straight to "Ready to Install", without the page of the
# desktop-shortcut task; on Windows that page comes between)
xdotool key --window "$id" Return; sleep 2; shot windows-installer-2-ready "$id"
xdotool key --window "$id" Return; sleep 2; shot windows-installer-3-installing "$id"
# Under Xvfb, the interactive installer's progress page stalls behind a message box Wine
# never paints; stop here and install silently, as make windows-bundle does.
wineserver -k; sleep 1
rm -rf "$WINEPREFIX/drive_c/CT"
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/DIR=C:\CT' >/dev/null 2>&1 ||
  fail "silent install failed"

# The installed app drawn by Qt's windows platform under Wine: the Reader studio with the
# sample text, as the desktop shows it, and Quick annotate with its example (the app's own
# --screenshot, which grabs the window).
# default settings: no data folder yet, no site configuration left by make windows-bundle
rm -rf "$WINEPREFIX/drive_c/ct-shots" "$WINEPREFIX/drive_c/ProgramData/ChineseTeach"
CHINESE_TEACH_HOME='C:\ct-shots' wine 'C:\CT\chinese-teach.exe' gui --size 1280x720 \
  "$(winepath -w "$ROOT/docs/samples/sample_text.txt")" 2>&1 | cat >/dev/null &  # a pipe: see above
id="$(window "^Chinese Teach$")"
sleep 45; shot windows-app-reader "$id"  # the preview is ready
wineserver -k; sleep 1
CHINESE_TEACH_HOME='C:\ct-shots' wine 'C:\CT\chinese-teach-cli.exe' gui --page annotate \
  --size 1280x720 --screenshot "$(winepath -w "$OUT/windows-app-annotate.png")" 2>&1 | tr -d '\r' ||
  fail "the installed app's --screenshot failed"
[ -s "$OUT/windows-app-annotate.png" ] || fail "no windows-app-annotate.png"
echo docs/screenshots/windows-app-annotate.png
wineserver -k
