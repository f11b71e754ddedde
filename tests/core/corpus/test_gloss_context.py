"""The words no sentence can give another gloss (issue 23, reader16): ``text_senses``
skips their sentences (:mod:`chinese_teach.core.corpus.gloss_context`). These tests keep
that fast path honest as rules are added to ``Glosser.gloss``: an exit of ``gloss`` whose
gloss comes from a helper the fast path does not ask fails the first test; a word the
fast path calls its own that a tuning sentence glosses otherwise fails the last ones."""

from __future__ import annotations

import ast
import inspect
import textwrap
from pathlib import Path

import pytest

from chinese_teach.core.corpus import gloss_context, glosses, glosses_clause_places
from chinese_teach.core.corpus.gloss_context import (
    ADV27_PARTS,
    HELPER_FLAGS,
    OWN_GLOSS_HELPERS,
    RULE_HELPERS,
    SENTENCE_FREE,
    sentence_may_decide,
)
from chinese_teach.core.corpus.glosses import Glosser, context_gloss, glosser, text_senses

SENSES = Path(__file__).resolve().parents[3] / "benchmarks" / "words" / "senses.tsv"
#: The sources of a gloss that its sentence chose (what ``context_gloss`` keeps).
_SENTENCE_SOURCES = ("context", "measure")
#: The parameters of ``Glosser.gloss`` that carry its sentence.
_SENTENCE_PARAMETERS = frozenset({"prev", "next", "rest", "earlier", "question", "following"})


def _function(method) -> ast.FunctionDef:
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    node = tree.body[0]
    assert isinstance(node, ast.FunctionDef)
    return node


def _walk_own(node: ast.AST):
    """The nodes of a function's body, not those of functions defined inside it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        yield child
        yield from _walk_own(child)


def _assignments(func: ast.FunctionDef) -> dict[str, list[ast.expr]]:
    """Name -> every value assigned to it in ``func`` (a tuple target: the whole value)."""
    out: dict[str, list[ast.expr]] = {}
    for node in _walk_own(func):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                names = target.elts if isinstance(target, ast.Tuple) else [target]
                for name in names:
                    if isinstance(name, ast.Name):
                        out.setdefault(name.id, []).append(node.value)
        elif isinstance(node, ast.NamedExpr):
            out.setdefault(node.target.id, []).append(node.value)
    return out


def _producers(expr: ast.expr, assigned: dict[str, list[ast.expr]],
               seen: frozenset[str] = frozenset()) -> set[str]:
    """What made the value of ``expr``: the helpers called (by name), a variable's
    producers, or the name of a variable assigned some other expression."""
    if isinstance(expr, ast.Call):
        func = expr.func
        return {func.attr if isinstance(func, ast.Attribute) else ast.unparse(func)}
    if isinstance(expr, ast.IfExp):
        return _producers(expr.body, assigned, seen) | _producers(expr.orelse, assigned, seen)
    if isinstance(expr, ast.BoolOp):
        return set().union(*(_producers(v, assigned, seen) for v in expr.values))
    if isinstance(expr, ast.Constant) and expr.value is None:
        return set()
    if isinstance(expr, ast.Subscript):
        return _producers(expr.value, assigned, seen)
    if isinstance(expr, ast.Name) and expr.id in assigned and expr.id not in seen:
        values = assigned[expr.id]
        if all(isinstance(v, ast.Call | ast.IfExp | ast.BoolOp | ast.Name) for v in values):
            return set().union(*(_producers(v, assigned, seen | {expr.id}) for v in values))
        return {expr.id}
    return {ast.unparse(expr)}


def _gloss_exits() -> list[tuple[str, set[str]]]:
    """Each ``return`` of ``Glosser.gloss`` that may give a sentence's gloss: its source
    text and what made the gloss it returns."""
    func = _function(Glosser.gloss)
    assigned = _assignments(func)
    exits = []
    for node in _walk_own(func):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        value = node.value
        if isinstance(value, ast.Call) and ast.unparse(value.func) == "Gloss":
            source = value.args[2] if len(value.args) > 2 else next(
                (k.value for k in value.keywords if k.arg == "source"), None)
            if isinstance(source, ast.Constant) and source.value not in _SENTENCE_SOURCES:
                continue  # the word's own gloss, whatever the sentence
            exits.append((ast.unparse(node), _producers(value.args[0], assigned)))
        else:
            exits.append((ast.unparse(node), _producers(value, assigned)))
    return exits


def test_every_exit_of_gloss_comes_from_a_helper_the_fast_path_asks() -> None:
    """A new rule of ``Glosser.gloss`` that returns a sentence's gloss made by a helper (or an
    expression) :mod:`gloss_context` does not ask fails here: add the helper's check to
    ``gloss_context._decided`` and its name to ``RULE_HELPERS``."""
    exits = _gloss_exits()
    assert len(exits) >= 15  # the source was read (20-odd rules)
    unknown = [(text, sorted(made - RULE_HELPERS)) for text, made in exits
               if not made or made - RULE_HELPERS]
    assert unknown == []


def test_the_helpers_flags_are_the_ones_the_fast_path_tries() -> None:
    """``gloss_context`` asks each helper with every combination of the flags the rules
    pass (:data:`HELPER_FLAGS`); a rule passing a new keyword to one fails here."""
    func = _function(Glosser.gloss)
    passed: dict[str, set[str]] = {}
    for node in _walk_own(func):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.keywords and node.func.attr in RULE_HELPERS):
            passed.setdefault(node.func.attr, set()).update(
                k.arg for k in node.keywords if k.arg)
    passed.pop("_curated", None)  # the conditions' words: a conditional line is decided
    assert passed, "no helper keywords read"
    for name, keywords in passed.items():
        assert keywords <= set(HELPER_FLAGS.get(name, ())), name


def test_words32_helpers_read_no_sentence_but_what_the_fast_path_sets() -> None:
    """words32's helpers (:data:`SENTENCE_FREE`) are asked without a sentence, their
    sentence parameters set to the place where they may speak: every argument
    ``Glosser.gloss`` passes them that reads its sentence (prev, rest …) goes to one of
    those parameters, and every helper it calls from that module is one of them."""
    func = _function(Glosser.gloss)
    called: set[str] = set()
    for node in _walk_own(func):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        name = node.func.id
        helper = getattr(glosses_clause_places, name, None)
        if helper is None or name not in RULE_HELPERS:
            continue
        called.add(name)
        params = list(inspect.signature(helper).parameters)
        bound = dict(zip(params, node.args, strict=False))
        bound.update((k.arg, k.value) for k in node.keywords if k.arg)
        for param, arg in bound.items():
            reads = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
            if reads & _SENTENCE_PARAMETERS:
                assert param in SENTENCE_FREE[name], (name, param)
        assert set(SENTENCE_FREE[name]) <= set(params), name
    assert called == set(SENTENCE_FREE)


def test_place_only_parts_gives_no_sentence_gloss() -> None:
    """``place_only_parts`` (words33), an exit of ``Glosser.gloss`` in
    :data:`OWN_GLOSS_HELPERS`, builds only glosses of the word's own (its parts), which
    ``context_gloss`` does not keep."""
    assert "place_only_parts" in OWN_GLOSS_HELPERS
    func = _function(glosses.place_only_parts)
    sources = []
    for node in _walk_own(func):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            if isinstance(value, ast.Constant) and value.value is None:
                continue
            assert isinstance(value, ast.Call) and ast.unparse(value.func) == "Gloss"
            source = value.args[2]
            assert isinstance(source, ast.Constant)
            sources.append(source.value)
    assert sources and not set(sources) & set(_SENTENCE_SOURCES)


def test_adv27_placed_returns_only_the_parts_the_fast_path_checks() -> None:
    """``_adv27_placed`` (a later sense brought first) returns what ``ADV27_PARTS`` make;
    ``gloss_context`` checks each part's condition on the word's senses."""
    func = _function(Glosser._adv27_placed)
    assigned = _assignments(func)
    made = set().union(*(_producers(n.value, assigned) for n in _walk_own(func)
                         if isinstance(n, ast.Return) and n.value is not None))
    assert made and made <= ADV27_PARTS


def test_context_gloss_returns_only_what_gloss_chose() -> None:
    """The fast path stands in for ``context_gloss``, which returns ``Glosser.gloss``'s answer
    (through ``kept_gloss``) or None: a rule written in ``context_gloss`` itself fails here."""
    func = _function(context_gloss)
    assigned = _assignments(func)
    made = set().union(*(_producers(n.value, assigned) for n in _walk_own(func)
                         if isinstance(n, ast.Return) and n.value is not None))
    assert made == {"kept_gloss"}


def test_words_decided_and_not(corpus) -> None:
    g = glosser(corpus)
    # one character: the rules for single characters (离, 台 after a number)
    assert sentence_may_decide(g, "离", None) and sentence_may_decide(g, "台", ("tai2",))
    # an adjective that leads as an adverb before a verb (突然下雨了 "suddenly")
    assert sentence_may_decide(g, "突然", ("tu1", "ran2"))
    # a verb that is a noun after a possessive (你的建议 "suggestion")
    assert sentence_may_decide(g, "建议", ("jian4", "yi4"))
    # words32: before 地 (他拼命地跑 "with all one's might"), ending a clause after a degree
    # word (真讨厌。 "disagreeable"), a degree complement (饿得要命 "extremely")
    assert sentence_may_decide(g, "拼命", ("pin1", "ming4"))
    assert sentence_may_decide(g, "讨厌", ("tao3", "yan4"))
    assert sentence_may_decide(g, "要命", ("yao4", "ming4"))
    # the kept answer is the computed one, for either spelling of the reading
    gloss_context._KEPT.clear()
    first = sentence_may_decide(g, "电脑", ["Dian4", "nao3"])
    assert sentence_may_decide(g, "电脑", ("dian4", "nao3")) is first
    assert gloss_context._decided(g, "电脑", ("dian4", "nao3")) is first


def _tuning_sentences() -> list[str]:
    """The sentences of ``senses.tsv`` before its held-out part, each once."""
    out: dict[str, None] = {}
    for line in SENSES.read_text(encoding="utf-8").splitlines():
        if line.startswith("# held-out"):
            break
        if line.strip() and not line.startswith("#"):
            out[line.split("\t", 1)[0]] = None
    return list(out)


@pytest.fixture(scope="module")
def tuning_tokens(engine) -> list[list]:
    sentences = _tuning_sentences()
    out: list[list] = []
    for b in range(0, len(sentences), 50):
        out += engine.annotate_many(sentences[b:b + 50])
    return out


@pytest.mark.slow
def test_no_tuning_sentence_glosses_a_word_the_fast_path_calls_its_own(
        corpus, tuning_tokens) -> None:
    """Every word of every tuning sentence of ``senses.tsv`` that ``sentence_may_decide``
    calls its own takes no sentence's gloss there (``context_gloss`` None): a rule that
    decides such a word in a sentence it was tuned on fails here."""
    g = glosser(corpus)
    checked = 0
    wrong = []
    for tokens in tuning_tokens:
        for k, tok in enumerate(tokens):
            if not tok.is_word or sentence_may_decide(g, tok.text, tok.citation or tok.pinyin):
                continue
            checked += 1
            found = context_gloss(tokens, k, corpus)
            if found is not None:
                wrong.append(("".join(t.text for t in tokens), tok.text, found.short))
    assert checked > 10_000
    assert wrong == []


def test_text_senses_are_the_same_with_and_without_the_fast_path(
        corpus, tuning_tokens, monkeypatch) -> None:
    """The senses of the tuning sentences read as one text, with the fast path and with
    every word's sentences read."""
    sample = tuning_tokens[::7]
    fast = text_senses(sample, corpus, may_decide=sentence_may_decide)
    slow = text_senses(sample, corpus)  # no fast path: every sentence is read
    assert len(fast) > 100
    assert fast == slow
