"""Mapping fact subjects to the metric catalogue (transforms/data/metrics.csv)."""
from __future__ import annotations

from functools import cache, lru_cache

import polars as pl

from transforms.lexicon import data_rows

UNIT_CLASS = {
    "event": {"次", "场", "场次", "期", "批次", "轮", "堂", "课", "个"},
    "people": {"人", "名", "人次", "位"},
    "cases": {"件", "宗", "起", "件次", "个", "条", "项"},
    "items": {"份", "册", "本", "张", "幅", "块", "篇", "条", "个", "套", "部"},
    "orgs": {"个", "家", "所", "处", "支", "户", "家次", "户次", "座", "间", "项"},
    "money": {"元"},
    "rate": {"%"},
}


@cache
def catalogue() -> pl.DataFrame:
    """dim_metric as a frame: one row per canonical metric."""
    return pl.DataFrame(data_rows("metrics.csv"))


@cache
def _terms() -> list[tuple[str, str, str, str]]:
    """(term, code, kind, unit_class), longest terms first."""
    rows = [(t, r["code"], r["kind"], r["unit_class"]) for r in data_rows("metrics.csv") for t in r["terms"].split("|") if t]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=100_000)
def metric_code(subject: str, kind: str, unit: str) -> str | None:
    """The catalogue metric whose longest term the subject holds, of the fact's kind and unit."""
    subject = subject or ""
    # a subject that opens with a term (调处矛盾纠纷) is about that action, not its object
    scored = [(len(t) + 5 * subject.startswith(t), code) for t, code, metric_kind, unit_class in _terms()
              if metric_kind == kind and unit in UNIT_CLASS[unit_class] and t in subject]
    return max(scored, key=lambda s: s[0])[1] if scored else None


def with_metric_codes(facts: pl.DataFrame) -> pl.DataFrame:
    """facts + metric_code (null where no catalogue term matches)."""
    codes = [metric_code(s, k, u) for s, k, u in facts.select("subject", "kind", "unit").iter_rows()]
    return facts.with_columns(pl.Series("metric_code", codes, dtype=pl.String))
