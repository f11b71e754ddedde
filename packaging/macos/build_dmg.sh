#!/usr/bin/env bash
# Build "dist/Chinese Teach.app" and dist/ChineseTeach-VERSION.dmg on macOS, signed and
# notarised when the variables below are set (unsigned-but-ad-hoc-signed otherwise, which
# runs on the build Mac and after "right-click > Open" elsewhere).
#
#   CODESIGN_IDENTITY  "Developer ID Application: Your School (TEAMID1234)"; empty: ad-hoc
#   NOTARY_PROFILE     a notarytool keychain profile, made once with
#                      xcrun notarytool store-credentials NAME --apple-id ... --team-id ...
#   or APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password), as in CI
#   PYTHON             the venv's python (default .venv/bin/python)
#
# Usage: bash packaging/macos/build_dmg.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-.venv/bin/python}"
CODESIGN_IDENTITY="${CODESIGN_IDENTITY:-}"
NOTARY_PROFILE="${NOTARY_PROFILE:-}"
APPLE_ID="${APPLE_ID:-}"
APPLE_TEAM_ID="${APPLE_TEAM_ID:-}"
APPLE_APP_PASSWORD="${APPLE_APP_PASSWORD:-}"

VERSION="$("$PYTHON" -c 'from chinese_teach.appinfo import VERSION; print(VERSION)')"
APP="dist/Chinese Teach.app"
DMG="dist/ChineseTeach-${VERSION}.dmg"

# 1. the bundle (PyInstaller makes both dist/chinese-teach/ and the .app) and its self-test
QT_QPA_PLATFORM=offscreen "$PYTHON" packaging/build_bundle.py
test -d "$APP"

# 2. sign the app: every binary inside, then the app, with the hardened runtime
if [ -n "$CODESIGN_IDENTITY" ]; then
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict --verbose=2 "$APP"

# 3. the disk image: the app and a link to /Applications to drag it onto
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Chinese Teach ${VERSION}" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [ -n "$CODESIGN_IDENTITY" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi

# 4. notarise and staple (needs a Developer ID signature)
if [ -n "$CODESIGN_IDENTITY" ] && [ -n "$NOTARY_PROFILE" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
elif [ -n "$CODESIGN_IDENTITY" ] && [ -n "$APPLE_ID" ] && [ -n "$APPLE_TEAM_ID" ] \
        && [ -n "$APPLE_APP_PASSWORD" ]; then
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$DMG"
else
    echo "not notarised: set CODESIGN_IDENTITY and NOTARY_PROFILE (or APPLE_ID...)" >&2
fi

# 5. the signed app still passes its self-test
QT_QPA_PLATFORM=offscreen CHINESE_TEACH_HOME="$(mktemp -d)" \
    "$APP/Contents/MacOS/chinese-teach" --self-test
echo "$DMG"
