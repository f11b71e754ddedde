"""The installer scripts, desktop files, release workflow and deployment guide agree with
the code (names, paths, version, file type) and are well formed."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from chinese_teach.appinfo import VERSION
from chinese_teach.core import siteconfig

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import render_icons  # noqa: E402


def test_inno_setup_script():
    iss = (PACKAGING / "windows" / "chinese-teach.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{VERSION}"' in iss
    assert "PrivilegesRequired=admin" in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert "Uninstallable=no" not in iss
    assert '{autoprograms}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in iss
    assert "ChangesAssociations=yes" in iss
    assert 'Subkey: "Software\\Classes\\.ctcourse"' in iss
    assert '"""{app}\\{#CliExe}"" course import ""%1"""' in iss
    # the executables the spec builds on Windows
    spec = (PACKAGING / "chinese-teach.spec").read_text(encoding="utf-8")
    assert '#define AppExe "chinese-teach.exe"' in iss and 'name="chinese-teach"' in spec
    assert '#define CliExe "chinese-teach-cli.exe"' in iss and 'name="chinese-teach-cli"' in spec
    # /SITECONFIG= lands where the app looks for it
    assert siteconfig.system_config_dir("win32").name == "ChineseTeach"
    assert 'DestDir: "{commonappdata}\\ChineseTeach"; DestName: "site.toml"' in iss
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR="):
        assert switch in iss


def test_macos_script_and_entitlements():
    script = PACKAGING / "macos" / "build_dmg.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    for word in ("CODESIGN_IDENTITY", "NOTARY_PROFILE", "APPLE_ID", "notarytool submit",
                 "stapler staple", "hdiutil create", "--options runtime", "--self-test"):
        assert word in text, word
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True


def test_release_workflow_builds_all_three():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    jobs = flow["jobs"]
    assert jobs["linux"]["runs-on"].startswith("ubuntu")
    assert jobs["windows"]["runs-on"].startswith("windows")
    assert jobs["macos"]["runs-on"].startswith("macos")
    assert set(jobs["release"]["needs"]) == {"linux", "windows", "macos"}
    for name in ("linux", "windows", "macos"):
        steps = " ".join(str(s.get("run", "")) for s in jobs[name]["steps"])
        # each builds the bundle with build_bundle.py, which runs the bundle's self-test
        assert any(cmd in steps for cmd in ("build_bundle.py", "make bundle", "build_dmg.sh"))
    windows = " ".join(str(s.get("run", "")) for s in jobs["windows"]["steps"])
    assert "/VERYSILENT" in windows and "chinese-teach-cli.exe --self-test" in windows



def _windows_lock() -> dict[str, tuple[str, list[str]]]:
    """packaging/windows/requirements.txt as {normalised name: (version, sha256 hashes)}."""
    text = (PACKAGING / "windows" / "requirements.txt").read_text(encoding="utf-8")
    lock: dict[str, tuple[str, list[str]]] = {}
    for line in re.sub(r"\\\n\s*", " ", text).splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        name, version = entry.split()[0].split("==")
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", entry)
        lock[re.sub(r"[-_.]+", "-", name).lower()] = (version, hashes)
    return lock


def test_windows_lock_pins_every_package_with_the_projects_versions():
    lock = _windows_lock()
    assert len(lock) > 20
    for name, (version, hashes) in lock.items():
        assert hashes, f"{name}=={version} has no --hash"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # every dependency of the app is in the lock (a new one must be added there too)
    for req in project["dependencies"]:
        name = re.split(r"[<>=!~;\[ ]", req, maxsplit=1)[0]
        assert re.sub(r"[-_.]+", "-", name).lower() in lock, f"{name} missing from the lock"
    # every exact pin of the app (for the bundle's Python 3.11) is the locked version
    pins = 0
    for req in project["dependencies"] + project["optional-dependencies"]["bundle"]:
        spec, _, marker = req.partition(";")
        if "==" not in spec or ("python_version" in marker and "< '3.1" not in marker):
            continue
        name, version = (part.strip() for part in spec.split("=="))
        assert lock[re.sub(r"[-_.]+", "-", name).lower()][0] == version, name
        pins += 1
    assert pins >= 8
    # the same numpy in the Linux bundle (extra "bundle") as in the Windows one
    assert "numpy==" + lock["numpy"][0] in " ".join(project["optional-dependencies"]["bundle"])
    # Windows-only dependencies that pip on Linux would not select by itself
    for name in ("pefile", "pywin32-ctypes", "colorama", "pyinstaller", "pyside6-essentials"):
        assert name in lock, name


def test_wine_build_script_and_release_workflow_use_the_same_inputs():
    script = PACKAGING / "windows" / "build_under_wine.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    iss_sha = re.search(r'^ISS_SHA256="([0-9a-f]{64})"$', text, re.M)
    assert iss_sha and re.search(r'^PY_SDIST_SHA256="[0-9a-f]{64}"$', text, re.M)
    assert "--require-hashes" in text and "packaging/windows/requirements.txt" in text
    # environment failures are a printed skip (77), never a silent pass
    assert "exit 77" in text and 'say "SKIPPED: $*"' in text
    # the Wine-only ICU stub goes into the prefix, and the script checks the bundle lacks it
    assert '"$WINEPREFIX/drive_c/windows/system32/icuuc.dll"' in text
    for name in ("chinese-teach.spec", "windows/chinese-teach.iss"):
        assert "icuuc" not in (PACKAGING / name).read_text(encoding="utf-8")
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    steps = " ".join(str(s.get("run", "")) for s in flow["jobs"]["windows"]["steps"])
    assert r"--require-hashes --no-deps -r packaging\windows\requirements.txt" in steps
    assert "innosetup@6.4.1" in steps and "innosetup@6.4.1" in text
    assert r"^ISS_SHA256=" in steps and "build_under_wine.sh" in steps
    for switch in ("/VERYSILENT", "/SITECONFIG=", "--self-test", "unins000.exe",
                   "--screenshot"):
        assert switch in steps, switch
    for switch in ("/VERYSILENT", "/SITECONFIG=", "--self-test", "unins000.exe"):
        assert switch in text, switch
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "windows-bundle: setup\n\tbash packaging/windows/build_under_wine.sh" in makefile


def test_desktop_entries_and_mime_type():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PACKAGING / "linux" / "chinese-teach.desktop", encoding="utf-8")
    main = parser["Desktop Entry"]
    assert main["Type"] == "Application" and main["Icon"] == "chinese-teach"
    assert main["Exec"] == "chinese-teach gui"
    assert "Education" in main["Categories"].split(";")

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(PACKAGING / "linux" / "chinese-teach-course.desktop", encoding="utf-8")
    course = parser["Desktop Entry"]
    mime_type = course["MimeType"].rstrip(";")
    assert course["Exec"] == "chinese-teach course import %f"

    tree = ET.parse(PACKAGING / "linux" / "chinese-teach.xml")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    node = tree.getroot().find("m:mime-type", ns)
    assert node.get("type") == mime_type
    assert node.find("m:glob", ns).get("pattern") == "*" + siteconfig.COURSE_SUFFIXES[0]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="needs desktop-file-validate (apt-get install desktop-file-utils)")
def test_desktop_entries_validate():
    for name in ("chinese-teach.desktop", "chinese-teach-course.desktop"):
        subprocess.run(["desktop-file-validate", str(PACKAGING / "linux" / name)], check=True)


def test_deploying_guide_example_is_a_valid_site_config(tmp_path):
    guide = (ROOT / "docs" / "deploying.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", guide, re.S)
    assert len(blocks) == 1
    path = tmp_path / "site.toml"
    path.write_text(blocks[0], encoding="utf-8")
    cfg = siteconfig.load_site_config([path])
    assert cfg.problems == []
    assert set(cfg.defaults) == set(siteconfig.SETTINGS)
    assert cfg.locked == {"standard", "pinyin_style"}
    assert cfg.shared_library is not None
    # the guide names the real lookup places and the silent-install switches
    assert siteconfig.system_config_dir("win32").name == "ChineseTeach"
    assert "%PROGRAMDATA%\\ChineseTeach\\site.toml" in guide
    for platform in ("darwin", "linux"):
        assert str(siteconfig.system_config_dir(platform) / "site.toml") in guide
    for text in ("/VERYSILENT /SUPPRESSMSGBOXES /NORESTART /DIR=", "apt-get install -y ./",
                 "hdiutil attach", "--self-test", "unins000.exe"):
        assert text in guide


def test_changelog_has_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{VERSION}]" in changelog


def test_icon_containers(qapp):
    pngs = render_icons.render_pngs((16, 32, 256))
    for size, data in pngs.items():
        assert data.startswith(b"\x89PNG")
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = render_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 3)
    offsets = [struct.unpack("<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i]) for i in range(3)]
    assert [o[0] for o in offsets] == [16, 32, 0]  # 0 means 256
    for entry, (_, data) in zip(offsets, sorted(pngs.items()), strict=True):
        assert ico[entry[7]: entry[7] + entry[6]] == data
    icns = render_icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"icp4" in icns and b"icp5" in icns and b"ic08" in icns
