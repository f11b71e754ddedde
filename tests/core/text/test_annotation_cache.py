"""The shared annotation cache: bounded, least recently used first out, thread-safe."""

from __future__ import annotations

import threading

from chinese_teach.core.text.annotation_cache import AnnotationCache


def test_bounded_least_recently_used_first_out() -> None:
    cache = AnnotationCache(limit=3)
    for p in "abc":
        cache[(p, True)] = [p]
    assert cache.get(("a", True)) == ["a"]  # now the most recent
    cache[("d", True)] = ["d"]
    assert ("b", True) not in cache and len(cache) == 3
    cache.touch([("c", True)])
    cache[("e", True)] = ["e"]
    assert ("a", True) not in cache and ("c", True) in cache
    assert cache.get(("zzz", False), "none") == "none"


def test_forget_and_clear() -> None:
    cache = AnnotationCache()
    cache[("我们去银行。", True)] = []
    cache[("我们去银行。", False)] = []
    cache[("你好。", True)] = []
    assert cache.forget(lambda key: "银行" in key[0]) == 2
    assert len(cache) == 1
    cache.clear()
    assert len(cache) == 0


def test_workers_store_while_another_thread_forgets() -> None:
    cache = AnnotationCache(limit=500)
    errors: list[BaseException] = []

    def write(start: int) -> None:
        try:
            for i in range(start, start + 2000):
                cache[(str(i), True)] = [i]
                cache.get((str(i - 1), True))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n * 10_000,)) for n in range(4)]
    for t in threads:
        t.start()
    for _ in range(200):
        cache.forget(lambda key: key[0].endswith("7"))
    for t in threads:
        t.join()
    assert errors == [] and len(cache) <= 500
