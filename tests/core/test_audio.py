"""Audio for cards: teacher recordings, espeak-ng synthesis, and no voice at all."""

from __future__ import annotations

import io
import wave

import pytest

from chinese_teach.core.audio import (
    EspeakSynthesizer,
    find_synthesizer,
    synthetic_clip,
    teacher_clip,
    wav_bytes,
)
from chinese_teach.core.errors import BadInputError


def wav_seconds(data: bytes) -> float:
    with wave.open(io.BytesIO(data)) as w:
        return w.getnframes() / w.getframerate()


def test_espeak_ng_speaks_mandarin():
    synth = EspeakSynthesizer.shared()
    assert synth.name.startswith("espeak-ng 1.52")
    data = synth.synthesize("银行")
    assert data[:4] == b"RIFF" and 0.3 < wav_seconds(data) < 3
    longer = synth.synthesize("我们去银行取钱")
    assert wav_seconds(longer) > wav_seconds(data)


def test_espeak_reads_hanzi_not_letters():
    """Debian's espeak-ng 1.51 spells hanzi as "Chinese letter"; 1.52 reads yín háng."""
    import ctypes

    synth = EspeakSynthesizer.shared()
    lib = synth._lib
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                          ctypes.c_int]
    text = ctypes.c_char_p("银行".encode())
    with synth._lock:
        phonemes = lib.espeak_TextToPhonemes(ctypes.byref(text), 1, 2).decode()
    assert phonemes.startswith("ji") and "ŋ" in phonemes  # yin ... hang
    assert "letter" not in phonemes


def test_find_synthesizer_and_clip_labelled_synthetic():
    status = find_synthesizer()
    assert status.synthesizer is not None, status.message
    clip = synthetic_clip(status.synthesizer, "你好")
    assert clip.synthetic and clip.filename.startswith("ct-audio-") and clip.filename.endswith(
        ".wav")
    assert clip.origin.startswith("espeak-ng")


def test_teacher_clip_content_named_and_checked(tmp_path):
    rec = tmp_path / "yinhang.wav"
    rec.write_bytes(wav_bytes(b"\0\0" * 800, 8000))
    clip = teacher_clip(rec)
    assert not clip.synthetic and clip.origin == "teacher recording"
    assert clip.filename == teacher_clip(rec).filename  # same content, same name
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    with pytest.raises(BadInputError):
        teacher_clip(bad)
    with pytest.raises(BadInputError):
        teacher_clip(tmp_path / "missing.mp3")


def test_no_voice_is_reported_and_the_export_goes_on(monkeypatch, tmp_path):
    import chinese_teach.core.audio as audio
    from chinese_teach.core.export.anki.apkg import AnkiOptions, ExportClock, export_apkg
    from chinese_teach.core.export.anki.words import DeckPart, DeckWord

    def broken():
        raise RuntimeError("data path not exists")

    monkeypatch.setattr(audio.EspeakSynthesizer, "shared", staticmethod(broken))
    monkeypatch.setattr(audio.platform, "system", lambda: "Linux")
    status = find_synthesizer()
    assert status.synthesizer is None
    assert "No Mandarin voice" in status.message and "data path" in status.message

    word = DeckWord("u1", "你好", "你好", ("ni3", "hao3"), "hello")
    rep = export_apkg([DeckPart("k", "Deck", [word])], tmp_path / "d.apkg",
                      AnkiOptions(audio=True), timestamp=1_760_000_000,
                      synthesizer=status.synthesizer, clock=ExportClock(tmp_path / "c.json"))
    assert rep.notes == 1 and rep.audio_words == 0
    assert any("No Mandarin voice" in m for m in rep.messages)
    assert (tmp_path / "d.apkg").exists()


def test_synthetic_clips_are_trimmed_and_halved():
    import array

    from chinese_teach.core.audio import compact_pcm

    pcm = array.array("h", [0] * 22050 + [3000, -3000] * 5000 + [0] * 22050)
    data, rate = compact_pcm(pcm, 22050)
    assert rate == 11025
    assert len(data) // 2 < 7000  # 10,000 loud samples halved, ~0.1 s of margin kept
    with wave.open(io.BytesIO(EspeakSynthesizer.shared().synthesize("你好"))) as w:
        assert w.getframerate() == 11025 and w.getsampwidth() == 2
        assert 0.2 < w.getnframes() / w.getframerate() < 2
