"""Pronunciation audio for cards: the teacher's own recording, or offline synthesis.

Synthesis engines, tried in this order where they exist:

* espeak-ng 1.52 as bundled by the PyPI package ``espeakng-loader`` (Linux, and any
  platform where the package installs): reads hanzi correctly (银行 -> yín háng), which
  Debian's espeak-ng 1.51 does not;
* macOS ``say`` with a Chinese voice;
* Windows SAPI (System.Speech through PowerShell) with a Chinese voice.

No engine, or no Chinese voice, is a normal situation: :func:`find_synthesizer` returns
``None`` with a reason, and exporters go on without audio.
"""

from __future__ import annotations

import array
import contextlib
import ctypes
import hashlib
import io
import os
import platform
import shutil
import subprocess
import tempfile
import threading
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import for_document, label

#: File types Anki, AnkiDroid and AnkiMobile play.
AUDIO_SUFFIXES = (".mp3", ".ogg", ".oga", ".opus", ".wav", ".m4a", ".aac", ".flac", ".webm")
MAX_AUDIO_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AudioClip:
    """A sound for one word: file name (content-addressed) and bytes."""

    filename: str
    data: bytes
    synthetic: bool
    #: Who made it: "teacher recording" (in the deck's language), "espeak-ng 1.52.0",
    #: "macOS say"...
    origin: str


class Synthesizer(Protocol):
    """Turns Chinese text into WAV bytes."""

    name: str

    def synthesize(self, text: str) -> bytes:
        """WAV (RIFF) bytes of ``text`` spoken in Mandarin."""
        ...


def clip_name(data: bytes, suffix: str) -> str:
    """Media name from the content, so identical sounds share a file and never clash."""
    return f"ct-audio-{hashlib.sha1(data).hexdigest()[:16]}{suffix.lower()}"


def teacher_clip(path: Path, lang: str | None = None) -> AudioClip:
    """The teacher's recording as a clip (refuses unknown types and huge files); its
    origin says "teacher recording" in ``lang`` (None: the document language)."""
    path = Path(path)
    if path.suffix.lower() not in AUDIO_SUFFIXES:
        raise BadInputError(key="error.audio.type", name=path.name,
                            types=", ".join(s.lstrip(".") for s in AUDIO_SUFFIXES))
    try:
        size = path.stat().st_size
        if size > MAX_AUDIO_BYTES:
            raise BadInputError(key="error.audio.too_large", name=path.name, limit=20)
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_read", path=path,
                            detail=exc.strerror or exc) from exc
    return AudioClip(clip_name(data, path.suffix), data, False,
                     label("deck.teacher_recording", for_document(lang)))


def synthetic_clip(synth: Synthesizer, text: str) -> AudioClip:
    """Synthesise ``text`` into a clip labelled as synthetic."""
    data = synth.synthesize(text)
    return AudioClip(clip_name(data, ".wav"), data, True, synth.name)


def wav_bytes(samples: bytes, rate: int, channels: int = 1, width: int = 2) -> bytes:
    """Wrap raw PCM in a WAV header."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(samples)
    return buf.getvalue()


def compact_pcm(pcm: array.array, rate: int, threshold: int = 200,
                margin_s: float = 0.05) -> tuple[bytes, int]:
    """Trim leading/trailing silence and halve a 16-bit mono rate above 16 kHz.

    espeak-ng speaks at 22,050 Hz with silence around each word; 11,025 Hz keeps the
    pitch contour (the tones) and halves every clip on the card.
    """
    loud = [i for i, v in enumerate(pcm) if abs(v) > threshold]
    if loud:
        margin = int(rate * margin_s)
        pcm = pcm[max(0, loud[0] - margin) : loud[-1] + margin]
    if rate > 16000 and len(pcm) > 1:
        pcm = array.array("h", ((pcm[i] + pcm[i + 1]) // 2 for i in range(0, len(pcm) - 1, 2)))
        rate //= 2
    return pcm.tobytes(), rate


# espeak-ng constants (speak_lib.h)
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_ESPEAK_CHARS_UTF8 = 1
_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class EspeakSynthesizer:
    """espeak-ng from ``espeakng-loader``, driven through its C API (one process-wide lock)."""

    _lock = threading.Lock()
    _instance: EspeakSynthesizer | None = None

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
            ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Info.restype = ctypes.c_char_p
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        data_parent = str(Path(espeakng_loader.get_data_path()).parent)
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_parent.encode(), 0)
        if rate <= 0:
            raise OSError("espeak-ng did not initialise")
        if lib.espeak_SetVoiceByName(b"cmn") != 0:
            raise OSError("espeak-ng has no Mandarin voice")
        self._lib = lib
        self._rate = rate
        self._buffer = array.array("h")
        self._callback = _CALLBACK(self._collect)  # keep a reference: C holds the pointer
        lib.espeak_SetSynthCallback(self._callback)
        version = (lib.espeak_Info(None) or b"").decode("ascii", "replace")
        self.name = f"espeak-ng {version}".strip()

    def _collect(self, wav, count: int, _events) -> int:  # type: ignore[no-untyped-def]
        if wav and count > 0:
            self._buffer.extend(wav[:count])
        return 0

    @classmethod
    def shared(cls) -> EspeakSynthesizer:
        """The one instance (espeak-ng keeps global state)."""
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def synthesize(self, text: str) -> bytes:
        data = text.encode("utf-8") + b"\0"
        with self._lock:
            self._buffer = array.array("h")
            rc = self._lib.espeak_Synth(
                data, len(data), 0, _POS_CHARACTER, 0, _ESPEAK_CHARS_UTF8, None, None
            )
            self._lib.espeak_Synchronize()
            pcm = self._buffer
        if rc != 0 or not pcm:
            raise OSError(f"espeak-ng could not speak {text!r}")
        return wav_bytes(*compact_pcm(pcm, self._rate))


class MacSaySynthesizer:
    """macOS ``say`` with a Chinese (Mainland) voice."""

    def __init__(self, voice: str) -> None:
        self.voice = voice
        self.name = f"macOS say ({voice})"

    @staticmethod
    def find_voice() -> str | None:
        out = subprocess.run(
            ["say", "-v", "?"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
        for line in out.splitlines():
            if "zh_CN" in line:
                return line.split("  ")[0].strip()
        return None

    def synthesize(self, text: str) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "out.wav"
            subprocess.run(
                ["say", "-v", self.voice, "--file-format=WAVE", "--data-format=LEI16@22050",
                 "-o", str(target), text],
                check=True, timeout=60, capture_output=True,
            )
            return target.read_bytes()


_SAPI_SCRIPT = r"""
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$v = $s.GetInstalledVoices() | Where-Object { $_.VoiceInfo.Culture.Name -like 'zh-*' } |
     Select-Object -First 1
if ($null -eq $v) { exit 3 }
if ($args.Count -eq 0) { Write-Output $v.VoiceInfo.Name; exit 0 }
$s.SelectVoice($v.VoiceInfo.Name)
$s.SetOutputToWaveFile($args[0])
$s.Speak([IO.File]::ReadAllText($args[1], [Text.Encoding]::UTF8))
$s.Dispose()
"""


class SapiSynthesizer:
    """Windows SAPI through PowerShell's System.Speech (a Chinese voice must be installed)."""

    def __init__(self, voice: str) -> None:
        self.voice = voice
        self.name = f"Windows SAPI ({voice})"

    @staticmethod
    def _run(*args: str) -> subprocess.CompletedProcess[str]:
        with tempfile.NamedTemporaryFile("w", suffix=".ps1", delete=False, encoding="utf-8") as f:
            f.write(_SAPI_SCRIPT)
            script = f.name
        try:
            return subprocess.run(
                ["powershell", "-NoProfile", "-ExecutionPolicy", "Bypass", "-File", script, *args],
                capture_output=True, text=True, timeout=60, check=False,
            )
        finally:
            with contextlib.suppress(OSError):
                os.unlink(script)

    @classmethod
    def find_voice(cls) -> str | None:
        result = cls._run()
        return result.stdout.strip() or None if result.returncode == 0 else None

    def synthesize(self, text: str) -> bytes:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "out.wav"
            source = Path(tmp) / "text.txt"
            source.write_text(text, encoding="utf-8")
            result = self._run(str(target), str(source))
            if result.returncode != 0 or not target.exists():
                raise OSError(f"Windows speech could not speak {text!r}")
            return target.read_bytes()


@dataclass(frozen=True, slots=True)
class SynthesizerStatus:
    """What :func:`find_synthesizer` found: an engine, or the reason there is none."""

    synthesizer: Synthesizer | None
    message: str


def find_synthesizer() -> SynthesizerStatus:
    """The best offline Mandarin voice on this machine, or why there is none (the
    message in the message language)."""
    reasons: list[str] = []
    try:
        synth = EspeakSynthesizer.shared()
        return SynthesizerStatus(synth, label("notice.audio.voice_mandarin", name=synth.name))
    except ImportError:
        reasons.append(label("notice.audio.no_espeak"))
    except Exception as exc:  # a broken engine must never stop an export
        reasons.append(label("notice.audio.espeak_failed", detail=exc))
    system = platform.system()
    try:
        if system == "Darwin" and shutil.which("say"):
            voice = MacSaySynthesizer.find_voice()
            if voice:
                mac = MacSaySynthesizer(voice)
                return SynthesizerStatus(mac, label("notice.audio.voice", name=mac.name))
            reasons.append(label("notice.audio.no_mac_voice"))
        elif system == "Windows" and shutil.which("powershell"):
            voice = SapiSynthesizer.find_voice()
            if voice:
                sapi = SapiSynthesizer(voice)
                return SynthesizerStatus(sapi, label("notice.audio.voice", name=sapi.name))
            reasons.append(label("notice.audio.no_windows_voice"))
    except Exception as exc:  # a broken engine must never stop an export
        reasons.append(label("notice.audio.system_failed", detail=exc))
    return SynthesizerStatus(None, label("notice.audio.no_voice", reasons="; ".join(reasons)))
