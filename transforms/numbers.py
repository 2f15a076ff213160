"""Numerals and quantity qualifiers as they are written in Chinese government prose.

Parsing of Chinese numerals is delegated to cn2an; this module only decides what is a
number at all (ranges such as 两三百 are not) and normalises digits, separators and
multipliers around it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import cn2an

CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
ARABIC = r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
CHINESE = f"[{CN_NUMERAL_CHARS}]+"
# arithmetic in the text: 细化落实100+4项指标 is one count of 104 (a slogan like 1+N has no second digit)
ARABIC_SUM = r"[0-9]+(?:\+[0-9]+)+"

# 两三百, 三四次, 五六十: two adjacent different digits with no place value between them
# is a vague range, not a number (cn2an would read 三四 as 34).
_RANGE = re.compile(f"[{CN_DIGITS[2:]}][{CN_DIGITS[2:]}]")
_MULTIPLIER = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}

MORE_THAN = "more_than"
ABOUT = "about"
EXACT = "exact"
_PREFIX_QUALIFIERS = {"近": ABOUT, "约": ABOUT, "大约": ABOUT, "将近": ABOUT, "超过": MORE_THAN, "逾": MORE_THAN, "超": MORE_THAN}
_SUFFIX_QUALIFIERS = {"余": MORE_THAN, "多": MORE_THAN, "以上": MORE_THAN, "左右": ABOUT, "上下": ABOUT}


def is_range(token: str) -> bool:
    """True for vague ranges written with adjacent Chinese digits (两三百, 三四次)."""
    return bool(_RANGE.search(token))


@lru_cache(maxsize=50_000)  # the same few thousand tokens (20, 254, 三) recur across reports
def parse_number(token: str) -> float | None:
    """Value of a numeral token (1,100 / １２ / 1.3万 / 两万 / 一百 / 二十), None if not a number."""
    token = unicodedata.normalize("NFKC", token).replace(",", "").strip()
    if not token:
        return None
    try:
        return float(token)
    except ValueError:
        pass
    if "+" in token:
        parts = [parse_number(part) for part in token.split("+")]
        return None if None in parts else sum(parts)
    if is_range(token):
        return None
    scale = 1
    # a trailing multiplier after digits (1.3万, 50万) is not something cn2an reads reliably
    if token[-1] in _MULTIPLIER and re.fullmatch(r"[0-9.]+[万亿千百]", token):
        scale, token = _MULTIPLIER[token[-1]], token[:-1]
        try:
            return float(token) * scale
        except ValueError:
            return None
    try:
        return float(cn2an.cn2an(token, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


@lru_cache(maxsize=4096)  # three characters before the number and the 余/以上 after it: few distinct pairs
def qualifier(prefix: str, suffix: str) -> str:
    """approx class from the words right before the number and right after it (or its unit)."""
    for word, q in _SUFFIX_QUALIFIERS.items():
        if word in suffix:
            return q
    for word, q in _PREFIX_QUALIFIERS.items():
        if prefix.endswith(word):
            return q
    return EXACT
