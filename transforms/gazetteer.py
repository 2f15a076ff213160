"""China's administrative divisions down to township / street level, offline.

The data is jionlp's `dictionary/china_location.zip` (pinned in uv.lock): provinces, cities and
counties with their division codes, and the townships and street offices of each county (no codes
of their own). jionlp is used as a data package only: the file is located without importing
jionlp, whose NLP runtime is not installed. Villages (the fifth level) are not read.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

LEVELS = ("province", "city", "county", "town")
# a county level that jionlp inserts for cities without counties (东莞市) and for counties under a
# province directly (仙桃市 under 省直辖行政区划): not a place anyone writes
_PLACEHOLDER = re.compile(r"^(?:市直辖|省直辖|自治区直辖|直辖)")
# one-character-stem names are also ordinary words (城区, 郊区, 矿区): never matched in prose
_MIN_NAME = 3
_UP_TO_TOWNS = re.compile(r"^\t{0,3}[^\t\r\n][^\r\n]*", re.M)  # villages (four tabs) skipped in C, not Python


@dataclass(frozen=True)
class Place:
    code: str          # county or higher: the division code; a town: its county's code
    name: str
    short: str
    level: str         # province | city | county | town
    province: str
    province_code: str
    city: str | None
    city_code: str | None
    county: str | None
    county_code: str | None


@dataclass(eq=False)  # one per process (load() is cached): hashed by identity, so lru_cache can key on it
class Gazetteer:
    places: list[Place]
    by_name: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    seat: dict[str, Place] = field(default_factory=dict)  # county or city by code: where a body sits

    def __post_init__(self) -> None:
        for place in self.places:
            self.by_name[place.name].append(place)
            if place.level in ("city", "county"):
                self.seat.setdefault(place.code, place)
        for place in [p for p in self.places if "自治" in p.name and p.level != "town"]:
            for alias in _autonomous_aliases(place):  # 镇宁自治县 / 镇宁县 for 镇宁布依族苗族自治县
                if alias not in self.by_name:
                    self.by_name[alias].append(place)

    def named(self, name: str, level: str | None = None) -> list[Place]:
        return [p for p in self.by_name.get(name, ()) if level is None or p.level == level]



def _autonomous_aliases(place: Place) -> list[str]:
    kind = place.name[place.name.rindex("自治") + 2:]   # 县, 州, 旗
    return [place.short + "自治" + kind, place.short + kind] if len(place.short) >= 2 else []


# characters the table maps that simplified text also uses as they are (覆盖, 显著, 乾隆, 于, 瞭望)
_ALSO_SIMPLIFIED = set("覆著乾於藉瞭徵鍾沈餘隻蘋麽麼噁劃")
# the commonest characters only traditional text writes: a page with a few of them is traditional
_TRADITIONAL_MARKERS = "這們來說會時對國發學縣鎮區與為個開關經過實應動體點務機現當從變總責組導設領將強"


@lru_cache(maxsize=1)
def traditional_to_simplified() -> dict[int, str]:
    """One-to-one character table (jionlp's tra2sim_char.txt): offsets survive the translation."""
    lines = (gazetteer_path().parent / "tra2sim_char.txt").read_text(encoding="utf-8").splitlines()
    pairs = [line.split("\t") for line in lines]
    return str.maketrans({t: s for t, s, *_ in pairs if len(t) == 1 and len(s) == 1 and t not in _ALSO_SIMPLIFIED})


# in a text known to be traditional these are only the traditional forms (50餘次, 於2023年): read them so
_TRADITIONAL_ONLY_IN_TRADITIONAL_TEXT = {"於": "于", "餘": "余", "隻": "只", "麽": "么", "麼": "么", "劃": "划", "徵": "征"}


@lru_cache(maxsize=1)
def traditional_reading() -> dict[int, str]:
    """traditional_to_simplified plus the characters it leaves alone because simplified text uses them too."""
    return traditional_to_simplified() | str.maketrans(_TRADITIONAL_ONLY_IN_TRADITIONAL_TEXT)


TRADITIONAL_MARKERS_PATTERN = f"[{_TRADITIONAL_MARKERS}]"  # a valid Rust regex too: Polars counts it


def is_traditional(text: str) -> bool:
    """Three or more of the commonest traditional-only characters (湘潭縣云湖橋鎮…建設情況報告)."""
    return len(re.findall(TRADITIONAL_MARKERS_PATTERN, text)) >= 3


def gazetteer_path() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gazetteer needs the jionlp package (uv.lock pins it): run `make venv`")
    return Path(spec.submodule_search_locations[0]) / "dictionary" / "china_location.zip"


def source_version() -> str:
    return f"jionlp=={importlib.metadata.version('jionlp')}"


def parse_locations(text: str) -> list[Place]:
    """Places from jionlp's tab-indented listing (depth = level; counties and up carry code and short name)."""
    places: list[Place] = []
    province = city = county = ("", "")
    for line in _UP_TO_TOWNS.findall(text):
        depth = len(line) - len(line.lstrip("\t"))
        name, *rest = line.strip().split("\t")
        code = (rest + [""])[0]
        short = rest[1] if len(rest) > 1 and rest[1] else name
        if depth < 3:
            named = (None, code) if _PLACEHOLDER.match(name) else (name, code)
            province, city, county = [(named, None, None), (province, named, None), (province, city, named)][depth]
            if named[0] is None:
                continue
        else:
            code, short = county[1], name
        places.append(Place(code, name, short, LEVELS[depth], province[0], province[1], city and city[0],
                            city and city[1], county and county[0], county and county[1]))
    return places


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    with zipfile.ZipFile(gazetteer_path()) as archive:
        return Gazetteer(parse_locations(archive.read("china_location.txt").decode("utf-8")))


def place_frame(gazetteer: Gazetteer) -> pl.DataFrame:
    """core.dim_place rows: one per division (towns keyed by county code + name)."""
    return pl.DataFrame([p.__dict__ for p in gazetteer.places]).with_columns(
        pl.when(pl.col("level") == "town").then(pl.concat_str("code", pl.lit("/"), "name")).otherwise("code").alias("place_key"))
