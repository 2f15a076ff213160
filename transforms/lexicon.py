"""The domain lexicon: data files under transforms/data, and the jieba tokenizer built on them.

jieba's add_word is not thread-safe and its dictionary is per tokenizer, so each worker
process builds its own tokenizer once (functools.cache) and never shares it.
"""
from __future__ import annotations

import csv
import gc
import logging
import os
from functools import cache, lru_cache
from pathlib import Path


DATA_DIR = Path(__file__).parent / "data"


def data_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def data_rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(data_lines(name)))


@cache
def tokenizer() -> jieba.posseg.POSTokenizer:
    # imported here: jieba.posseg loads its HMM tables and POS dictionary on import, and a flow
    # process whose batches run on workers imports this module but never tokenises
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    # jieba.posseg's own tokenizer already holds the 349k POS tags it loaded on import; a second
    # POSTokenizer would load them again (~45 MB per process), so this configures that one
    base = jieba.dt
    cache_dir = Path(os.environ.get("LAWREPORTS_CACHE_DIR", Path.cwd() / ".cache"))
    cache_dir.mkdir(parents=True, exist_ok=True)
    base.tmp_dir = str(cache_dir)
    base.initialize()
    for line in data_lines("userdict.txt"):
        word, *rest = line.split()
        freq = int(rest[0]) if rest else None
        base.add_word(word, freq, rest[1] if len(rest) > 1 else None)
    # jieba's dictionaries (~350k words) live as long as the process: keep them, and the imports
    # before them, out of the cyclic collector's full passes, which otherwise walk them again and
    # again while a batch allocates its ledger (extraction ~7% faster). Refcounting still frees
    # whatever is frozen once it is dropped; only cycles alive right now would stay.
    gc.freeze()
    return jieba.posseg.dt


@lru_cache(maxsize=20_000)  # the recurring windows stay; a national run's long tail does not grow the cache
def _pos_tokens(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in tokenizer().cut(text))


def pos_tokens(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs; HMM on so unknown place names stay whole. Cached per
    process: the same short windows (受理矛盾纠纷, 发放宣传资料) recur across thousands of reports."""
    return list(_pos_tokens(text))
