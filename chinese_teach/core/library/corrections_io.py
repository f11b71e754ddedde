"""The teacher's corrections as data: checking, a small JSON file of their own, merging.

Reading corrections (a word's pinyin, optionally only between a left and a right
context) and segmentation edits (keep a word whole, or split it) travel in two
ways: alone, as a JSON file (format ``chinese-teach-corrections``, version
:data:`FORMAT_VERSION`), and inside a course file (see :mod:`.exchange`).

Both are untrusted when they come in: every field is type- and size-checked,
every syllable must be a Mandarin syllable with a tone (marks or numbers), one
per character. Merging never overwrites the importing teacher's own edits: for
the same word and context theirs stay, and the difference is reported as a
:class:`Conflict`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chinese_teach.appinfo import VERSION
from chinese_teach.core.atomicfile import atomic_write_text
from chinese_teach.core.errors import BadInputError
from chinese_teach.core.labels import Number, Term
from chinese_teach.core.library.models import Correction, SegmentationEdit
from chinese_teach.core.library.store import Library
from chinese_teach.core.textio import load_json_text, read_regular_file

FORMAT = "chinese-teach-corrections"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_CORRECTIONS = 20_000
MAX_SEGMENTATION = 20_000
MAX_WORD = 100
MAX_CONTEXT = 100
MAX_NOTE = 5000

# Every Mandarin syllable without its tone (pypinyin's readings, plus erhua "r").
_SYLLABLE_LIST = """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu
    ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou
    chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang
    dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en
    eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong
    gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hng hong hou
    hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan
    jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la
    lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu
    luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo
    mou mu n na nai nan nang nao ne nei nen neng ng ni nia nian niang niao nie nin ning niu
    nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin
    ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun r ran rang
    rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha
    shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
    shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting
    tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang
    xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu
    yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
    zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui
    zun zuo
"""
#: The toneless Mandarin syllables a correction may use (canonical spelling: lv, nve).
SYLLABLES: frozenset[str] = frozenset(_SYLLABLE_LIST.split())

#: combining tone marks (after NFD) and their tone numbers
_TONE_OF_MARK = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
_DIGITS = re.compile(r"[a-zü:v]+[1-5]", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,，'’·/]+")


def check_syllable(raw: str) -> str:
    """The canonical form (``xing2``) of one syllable typed as ``xíng``, ``xing2``, ``lü4``...

    A syllable written without a tone is neutral (``de`` -> ``de5``). Raises
    :class:`BadInputError` if it is not a Mandarin syllable.
    """
    from chinese_teach.core.text.syllables import normalize

    if not isinstance(raw, str) or not raw.strip() or len(raw) > 12:
        raise BadInputError(key="error.corrections.not_syllable", value=repr(raw))
    try:
        syl = normalize(raw)
    except (ValueError, KeyError) as exc:
        raise BadInputError(key="error.corrections.not_syllable", value=repr(raw)) from exc
    if not _valid(syl) and not raw.isascii():
        syl = _from_combining_marks(raw)  # ḿ, ńg, hm̄: marks on a consonant
    if not _valid(syl):
        raise BadInputError(key="error.corrections.syllable_hint", value=repr(raw))
    return syl


def _valid(syl: str) -> bool:
    return len(syl) >= 2 and syl[-1] in "12345" and syl[:-1] in SYLLABLES


def _from_combining_marks(raw: str) -> str:
    """The numbered form of a syllable whose tone mark may sit on any letter."""
    tone = "5"
    letters = []
    for ch in unicodedata.normalize("NFD", raw.strip().lower()):
        if ch in _TONE_OF_MARK:
            tone = _TONE_OF_MARK[ch]
        else:
            letters.append(ch)
    base = unicodedata.normalize("NFC", "".join(letters)).replace("ü", "v").replace("u:", "v")
    return base + tone


def parse_pinyin(text: str, word: str) -> tuple[str, ...]:
    """The syllables a teacher typed for ``word``: one per character, canonical form.

    Syllables are separated by spaces (or commas, apostrophes); numbered syllables
    may also be run together (``yin2hang2``).
    """
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    if len(parts) == 1 != len(word):
        run = _DIGITS.findall(parts[0])
        if "".join(run) == parts[0]:
            parts = run
    if len(parts) != len(word):
        raise BadInputError(key="error.corrections.syllable_count", word=word,
                            count=len(word), given=len(parts))
    return tuple(check_syllable(p) for p in parts)


def check_word(word: object, what: str = "word") -> str:
    """A correction's word: Chinese text without spaces, at most :data:`MAX_WORD` characters."""
    from chinese_teach.core.text.tokens import is_hanzi_char

    name = Term("error.field.word") if what == "word" else what
    if not isinstance(word, str) or not word:
        raise BadInputError(key="error.corrections.empty", what=name)
    if len(word) > MAX_WORD:
        raise BadInputError(key="error.corrections.word_too_long", what=name, limit=MAX_WORD)
    if not all(is_hanzi_char(ch) for ch in word):
        raise BadInputError(key="error.corrections.not_hanzi", what=name, word=repr(word))
    return word


def _context(side: str) -> Term | str:
    """``left context`` / ``right context`` for messages."""
    return Term(f"error.field.{side}_context") if side in ("left", "right") else f"{side} context"


def check_context(value: object, side: str) -> str:
    """A left or right context: any text without line breaks, at most :data:`MAX_CONTEXT`."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadInputError(key="error.corrections.context_text", context=_context(side))
    if len(value) > MAX_CONTEXT or "\n" in value or "\r" in value:
        raise BadInputError(key="error.corrections.context_line", context=_context(side),
                            limit=MAX_CONTEXT)
    return value


@dataclass(frozen=True, slots=True)
class Conflict:
    """An incoming edit that differs from the teacher's own (the teacher's own was kept)."""

    kind: str  # "reading" | "segmentation"
    word: str
    left: str
    right: str
    kept: str  # the teacher's own edit, readable ("yin2 hang2", "keep whole", "中国 + 银行")
    offered: str  # the incoming one, not applied

    def describe(self) -> str:
        """One line for the teacher."""
        where = self.word
        if self.left or self.right:
            where = f"{self.left}[{self.word}]{self.right}"
        return f"{where}: kept your {self.kept}, not {self.offered}"


@dataclass(slots=True)
class MergeResult:
    """What merging incoming edits into the library did."""

    corrections_added: int = 0
    segmentation_added: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


# -- to and from plain data --------------------------------------------------------------
def edits_to_list(
    corrections: Iterable[Correction], segmentation: Iterable[SegmentationEdit],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """JSON-ready lists of corrections and segmentation edits."""
    corr = [{"word": c.word, "pinyin": list(c.pinyin), "left": c.left, "right": c.right,
             "note": c.note, "created": c.created} for c in corrections]
    seg = [{"kind": e.kind, "word": e.word, "parts": list(e.parts), "created": e.created}
           for e in segmentation]
    return corr, seg


def _text_field(d: dict, key: str, where: str, limit: int) -> str:
    value = d.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadInputError(key="error.corrections.field_text", where=f"{where}.{key}")
    if len(value) > limit:
        raise BadInputError(key="error.corrections.field_long", where=f"{where}.{key}",
                            limit=Number(limit))
    return value


def _objects(items: object, where: str, limit: int) -> Iterator[tuple[str, dict]]:
    """The objects of an untrusted list of at most ``limit``, each with its place
    (``where[n]``) for messages."""
    if not isinstance(items, list):
        raise BadInputError(key="error.corrections.list", where=where)
    if len(items) > limit:
        raise BadInputError(key="error.corrections.too_many", where=where, limit=Number(limit))
    for n, item in enumerate(items):
        w = f"{where}[{n}]"
        if not isinstance(item, dict):
            raise BadInputError(key="error.corrections.object", where=w)
        yield w, item


def parse_corrections(items: object, where: str = "corrections") -> list[Correction]:
    """Check a list of correction objects from an untrusted file."""
    out: list[Correction] = []
    seen: set[tuple[str, str, str]] = set()
    for w, item in _objects(items, where, MAX_CORRECTIONS):
        try:
            word = check_word(item.get("word"))
            left = check_context(item.get("left"), "left")
            right = check_context(item.get("right"), "right")
            pinyin = item.get("pinyin")
            if not isinstance(pinyin, list) or len(pinyin) != len(word):
                raise BadInputError(key="error.corrections.reading_list", word=word,
                                    count=len(word))
            syllables = tuple(check_syllable(s) for s in pinyin)
        except BadInputError as exc:
            raise BadInputError(key="error.corrections.at", where=w, detail=exc) from exc
        key = (word, left, right)
        if key in seen:
            raise BadInputError(key="error.corrections.repeat", where=w, word=word)
        seen.add(key)
        out.append(Correction(word, syllables, left, right,
                              note=_text_field(item, "note", w, MAX_NOTE),
                              created=_text_field(item, "created", w, 40)))
    return out


def parse_segmentation(items: object, where: str = "segmentation") -> list[SegmentationEdit]:
    """Check a list of segmentation edits from an untrusted file."""
    out: list[SegmentationEdit] = []
    seen: set[str] = set()
    for w, item in _objects(items, where, MAX_SEGMENTATION):
        try:
            word = check_word(item.get("word"))
        except BadInputError as exc:
            raise BadInputError(key="error.corrections.at", where=w, detail=exc) from exc
        if len(word) < 2:
            raise BadInputError(key="error.corrections.one_char", where=w)
        kind = item.get("kind")
        parts: tuple[str, ...] = ()
        if kind == "split":
            raw = item.get("parts")
            if (not isinstance(raw, list) or not 2 <= len(raw) <= len(word)
                    or not all(isinstance(p, str) and p for p in raw)
                    or "".join(raw) != word):
                raise BadInputError(key="error.corrections.parts", where=f"{w}.parts", word=word)
            parts = tuple(raw)
        elif kind != "merge":
            raise BadInputError(key="error.corrections.kind", where=f"{w}.kind")
        if word in seen:
            raise BadInputError(key="error.corrections.repeat_edit", where=w, word=word)
        seen.add(word)
        out.append(SegmentationEdit(kind, word, parts, created=_text_field(item, "created", w, 40)))
    return out


# -- merging into a library --------------------------------------------------------------
def _seg_label(e: SegmentationEdit) -> str:
    return "keep whole" if e.kind == "merge" else " + ".join(e.parts)


def merge_edits(
    lib: Library, corrections: Iterable[Correction], segmentation: Iterable[SegmentationEdit],
) -> MergeResult:
    """Add incoming edits; where the library has its own for the same word (and context),
    keep the library's and report a conflict. One transaction."""
    result = MergeResult()
    mine = {(c.word, c.left, c.right): c for c in lib.corrections()}
    my_seg = {e.word: e for e in lib.segmentation_edits()}
    with lib.transaction():
        for c in corrections:
            own = mine.get((c.word, c.left, c.right))
            if own is None:
                lib.save_correction(Correction(c.word, c.pinyin, c.left, c.right, c.note,
                                               created=c.created))
                result.corrections_added += 1
            elif tuple(own.pinyin) == tuple(c.pinyin):
                result.unchanged += 1
            else:
                result.conflicts.append(Conflict("reading", c.word, c.left, c.right,
                                                 " ".join(own.pinyin), " ".join(c.pinyin)))
        for e in segmentation:
            own_seg = my_seg.get(e.word)
            if own_seg is None:
                lib.save_segmentation_edit(SegmentationEdit(e.kind, e.word, e.parts,
                                                            created=e.created))
                result.segmentation_added += 1
            elif (own_seg.kind, tuple(own_seg.parts)) == (e.kind, tuple(e.parts)):
                result.unchanged += 1
            else:
                result.conflicts.append(Conflict("segmentation", e.word, "", "",
                                                 _seg_label(own_seg), _seg_label(e)))
    return result


def edits_touching(
    lib: Library, texts: Iterable[str],
) -> tuple[list[Correction], list[SegmentationEdit]]:
    """The library's edits whose word occurs in one of ``texts`` (a course's texts and words)."""
    pool = "\n".join(texts)
    chars = set(pool)

    def used(word: str) -> bool:
        # The character test skips a scan of a long text for most words.
        return chars.issuperset(word) and word in pool

    corr = [c for c in lib.corrections() if used(c.word)]
    seg = [e for e in lib.segmentation_edits() if used(e.word)]
    return corr, seg


# -- the corrections file ----------------------------------------------------------------
def corrections_document(lib: Library, exported_at: datetime | None = None) -> dict[str, Any]:
    """The JSON document of all the library's corrections and segmentation edits."""
    corr, seg = edits_to_list(lib.corrections(), lib.segmentation_edits())
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": VERSION,
        "exported": (exported_at or datetime.now(UTC)).isoformat(timespec="seconds"),
        "corrections": corr,
        "segmentation": seg,
    }


def export_corrections(lib: Library, out: Path, *, overwrite: bool = False,
                       exported_at: datetime | None = None) -> Path:
    """Write every correction and segmentation edit to the JSON file ``out`` atomically."""
    doc = corrections_document(lib, exported_at)
    atomic_write_text(out, json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                      overwrite=overwrite)
    return Path(out)


def read_corrections_file(path: Path) -> tuple[list[Correction], list[SegmentationEdit]]:
    """Open and check a corrections file; nothing is written."""
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)  # no pipe, no device, no size trusted
        if len(raw) > MAX_FILE_BYTES:
            raise BadInputError(key="error.corrections.file_too_large", name=path.name,
                                limit=MAX_FILE_BYTES // 2**20)
    except OSError as exc:
        raise BadInputError(key="error.file.cannot_read", path=path,
                            detail=exc.strerror or exc) from exc
    try:
        doc = load_json_text(raw.decode("utf-8-sig"))
    except (UnicodeError, ValueError, RecursionError) as exc:  # huge ints too
        raise BadInputError(key="error.corrections.not_json", name=path.name) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInputError(key="error.corrections.not_ours", name=path.name)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BadInputError(key="error.corrections.version", name=path.name)
    if version > FORMAT_VERSION:
        raise BadInputError(key="error.corrections.too_new", name=path.name, version=version,
                            supported=FORMAT_VERSION)
    try:
        corr = parse_corrections(doc.get("corrections", []))
        seg = parse_segmentation(doc.get("segmentation", []))
    except BadInputError as exc:
        raise BadInputError(key="error.corrections.invalid", name=path.name, detail=exc) from exc
    return corr, seg


def import_corrections(lib: Library, path: Path) -> MergeResult:
    """Check the corrections file at ``path`` and merge it (the library's own edits win)."""
    corr, seg = read_corrections_file(path)
    return merge_edits(lib, corr, seg)
