"""Who reported it: the reporting body of a report, resolved against the gazetteer into an org_key.

Evidence is read from the title (or the last breadcrumb segment), the metadata block
(发布机构), the first sentence, the signature and the sidecar manifest; each phrase is parsed into
place prefixes (province, city, county) and a unit (township, street office, county government,
department). The county comes from the phrase itself, from other phrases naming the same unit,
from the manifest, from the gazetteer (a township name found in one county only) or from the
counties the text names; where none decides, the key stays null with the reason, never a guess.

org_key = the division code of the body's county (of its city, for a city department) + "/" +
canonical unit name: 330102/清波街道, 441802/民政局, 120118/人民政府.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from transforms.gazetteer import Gazetteer, Place, is_traditional, traditional_to_simplified

DATA = Path(__file__).parent / "data"

# the annual reports a body writes on its year: rule of law, enforcement, disclosure, its own work
_REPORT_TOPICS = r"法治|依法行政|法制|行政执法|政府信息公开|政务公开|重点工作|工作总结|工作报告"
RULE_OF_LAW_WORDS = re.compile(r"法治|依法行政|法制")
TITLE_KINDS = re.compile(rf"(?:{_REPORT_TOPICS})[^。，；\n]{{0,24}}(?:报告|总结|情况)")
TITLE_BODY_END = re.compile(rf"关于|20[0-9]{{2}}|二〇|年度|{_REPORT_TOPICS}|推进|全面|上半年|全年")
BREADCRUMB_SPLIT = re.compile(r"\s*[>＞»›]+\s*")
COLUMN_END = re.compile(r"(?:公开|专栏|栏目|目录|专题)\s*$")
METADATA_BODY = re.compile(
    r"(?=[发信文来])(发布机构|发文机关|发文单位|发布单位|信息来源|文章来源|来源)\s*[】\]］]?\s*[:：|｜]?\s*([\u4e00-\u9fa5（）()]{2,40})")
CLAUSE_START = re.compile(r"[，,]\s*")
REPORT_PHRASE = re.compile(r"现将\s*(\S)")
# the line a report is addressed on (中共三门县委,三门县人民政府/台州市公安局:): its recipients, not its author
ADDRESSEE = re.compile(r"^\s*[^。；;:：]{2,40}?(?:委|政府|局|办公室)\s*[:：]\s*$")
# a joint subject opening a clause (县委、县政府坚持…; 镇党委、镇政府…): the government is the body
JOINT_PARTY = re.compile(r"\s*(?:中共)?(?P<place>[\u4e00-\u9fa5]{0,12}?)(?:党工委|党委|委)\s*[、和与及]\s*")
YEAR_OPENING = re.compile(r"\s*(?:20[0-9]{2}|二〇[一二三四五六七八九〇零]{2})\s*年度?(?:以来)?\s*")
SELF_COUNTY = re.compile(r"\s*((?:我|本)(?:区|县|旗))(?![委级域内外])")
SELF_REFERENCE = {"局": "department", "委": "department", "办": "department", "镇": "township", "乡": "township",
                  "街道": "street", "街": "street", "区": "county_government", "县": "county_government"}
SELF_REFERENCE_RE = re.compile(r"(?:我|本)(街道|局|委|办|镇|乡|街|区|县)")
# how a county-level body speaks of its own level: its party committee and government, 依法治区. A
# body named at city level (北京市司法局) in a text that speaks so is a county's body misnamed by the
# site (a district page copying the city's name): its county is unknown, so no key is better than a wrong one.
COUNTY_VOICE = re.compile(r"区委|县委|旗委|区政府|县政府|依法治区|依法治县|依法治旗|我区|我县|本区|本县")
# a province above the body: no district of a directly governed municipality speaks so (中央、省、市、区 is
# boilerplate even in 上海, so a bare 省 in a list does not count)
PROVINCE_VOICE = re.compile(r"省委|省政府|省州|全省|我省")
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
# a name the department list lacks still names a department, not the county (明溪县文体和旅游局深入…; 大局, 格局 are no 局)
UNLISTED_DEPARTMENT = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:(?<![格布大全开结当变僵出破时])局(?![面势限部长])|委员会|办公室)"
                                 # 罗湖区劳动人事争议仲裁院, 坪山区法律援助中心: a body of the district, not its government
                                 r"|[\u4e00-\u9fa5]{0,8}?(?:仲裁院|调处中心|调解中心|执法大队|司法所|法律援助中心|公证处)")
PARTY = re.compile(r"^中共|^中国共产党|(?:党工委|党委|党组|工作委员会|委员会)$")
TOWN_FORM = re.compile(r"(.{1,10}?)(街道办事处|街道|街|镇人民政府|乡人民政府|镇政府|乡政府|镇|乡|苏木|地区办事处)")
BARE_LEVEL = {"区": "county", "县": "county", "旗": "county", "市": "city"}
REPORTING_VERBS = ("现将", "特将", "兹将")  # 现将荷泉街道2021年度…报告如下: the body follows the verb
NOT_A_STEM = set("全本我该各每其此乡镇街村")
BODY_END_CHARS = set("道街镇乡局委办府区县旗市室心处社木")  # 市: a county-level city (长葛市坚持…)
GOVERNMENT = ("人民政府", "政府")
EVIDENCE_HEAD = 4000  # the opening the body and its places are read from (titles, metadata, first paragraphs)
NAME_GOES_ON = ("办公室", "办", "局", "委", "中心", "所", "站", "队", "街道", "镇", "乡")  # 武定县人民政府|办公室
# 山丹县司法局李桥司法所, 大浪街道司法所: the office a bureau stations in a township reports, not the bureau or the township
OFFICE_STATIONED_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,6}?(?:司法所|派出所)")
CJK_ONLY = re.compile(r"[\u4e00-\u9fa5]+")


@dataclass(frozen=True)
class Body:
    """A phrase naming a body: its place prefixes and its unit."""
    written: str
    org_type: str                      # township | street | county_government | city_government | department
    unit: str                          # canonical: 清波街道, 西连镇, 司法局, 人民政府
    department_type: str | None = None
    places: tuple[Place, ...] = ()     # prefixes written before the unit, outermost first
    bare_level: str | None = None      # 区 / 县 / 市 written without a name: "the body's own"
    in_gazetteer: bool = True


@dataclass
class OrgResolution:
    org_key: str | None = None
    org_name: str | None = None
    org_type: str | None = None
    department_type: str | None = None
    province: str | None = None
    province_code: str | None = None
    city: str | None = None
    city_code: str | None = None
    county: str | None = None
    county_code: str | None = None
    method: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    aliases: list[str] = field(default_factory=list)
    issue: str | None = None           # no_org | org_ambiguous | org_not_in_gazetteer | org_conflict | org_level_conflict
                                       # | org_province_conflict
    candidates: str | None = None


@lru_cache(maxsize=1)
def department_names() -> dict[str, str]:
    """Every department name and alias -> canonical name (data/departments.csv)."""
    lines = [l for l in (DATA / "departments.csv").read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    names = {}
    for row in csv.DictReader(lines):
        for name in [row["canonical"], *filter(None, (row["aliases"] or "").split("|"))]:
            names[name] = row["canonical"]
    return names


@lru_cache(maxsize=1)
def _place_names(gaz: Gazetteer) -> frozenset[str]:
    """Every province, city and county name; of two characters only X县 / X旗 (滑县), since 城区,
    郊区 and 矿区 are also ordinary words."""
    return frozenset(name for name, places in gaz.by_name.items()
                     if (len(name) >= 3 or name[-1:] in "县旗") and any(p.level != "town" for p in places))


def _is_place_name(gaz: Gazetteer, name: str) -> bool:
    return name in _place_names(gaz)


def _place_name_at(gaz: Gazetteer, s: str, pos: int) -> str | None:
    """The longest province, city or county name starting at pos."""
    for end in range(min(len(s), pos + 12), pos + 1, -1):
        if _is_place_name(gaz, s[pos:end]):
            return s[pos:end]
    return None


def _consistent(places: list[Place], outer: list[Place]) -> list[Place]:
    """Homonyms narrowed to those inside an outer prefix (北京市 + 朝阳区)."""
    inside = [p for p in places if all(o.code in (p.province_code, p.city_code) for o in outer)]
    return inside or places


def former_names(unit: str) -> tuple[str, ...]:
    """What a township was called before an upgrade the gazetteer may predate: a town made a street
    office (春江镇 -> 春江街道), a 乡 made a town (罗云乡 -> 罗云镇)."""
    if unit.endswith("街道"):
        return (unit.removesuffix("街道") + "镇",)
    return (unit.removesuffix("镇") + "乡",) if unit.endswith("镇") else ()


def _town_unit(gaz: Gazetteer, stem: str, suffix: str, counties: list[Place]) -> tuple[str, bool] | None:
    forms = {"街道办事处": ("街道", "街"), "街道": ("街道", "街"), "街": ("街道", "街"), "苏木": ("苏木",),
             "地区办事处": ("地区",)}.get(suffix, (suffix[0],))
    codes = {c.code for c in counties}
    for form in forms:
        towns = [t for t in gaz.named(stem + form, "town") if not codes or t.county_code in codes]
        if towns:
            return stem + form, True
    # a township upgraded after the gazetteer's date is known by its former name (罗云乡 -> 罗云镇)
    if any(t for name in former_names(stem + forms[0]) for t in gaz.named(name, "town") if not codes or t.county_code in codes):
        return stem + forms[0], False
    full_form = suffix in ("街道办事处", "街道", "镇人民政府", "乡人民政府")
    # a name the gazetteer lacks is taken only in its full form or under its county, and only as
    # long as township names run (2-4 characters): 切实运用法治思维推进街道 is a verb phrase
    return (stem + forms[0], False) if (full_form or counties) and 2 <= len(stem) <= 4 else None


def _department_of(name: str) -> str | None:
    """The canonical department a name is; a merger of two departments (民政和退役军人事务局) is a body
    type of its own, named as it is."""
    if department := department_names().get(name):
        return department
    first, joined, second = name.partition("和")
    if joined and department_names().get(second) and (department_names().get(first + "局") or department_names().get(first)):
        return name
    return None


# a city department's branch in one of its districts (巴中市自然资源和规划局巴州分局, 杭州市生态环境局西湖分局)
BRANCH = re.compile(r"(.{2,12}?局)([\u4e00-\u9fa5]{1,4}?)(?:区|县)?分局")


def _branch_of(gaz: Gazetteer, phrase: str, rest: str, places: tuple[Place, ...]) -> Body | None:
    """The branch as the department of the district it serves, when one district of the city goes by that name."""
    m = BRANCH.fullmatch(rest)
    cities = [p for p in places if p.level == "city"]
    if not m or len(cities) != 1 or not (department := _department_of(m.group(1))):
        return None
    districts = [p for p in gaz.named(m.group(2) + "区", "county") + gaz.named(m.group(2) + "县", "county")
                 + gaz.named(m.group(2), "county") if p.city_code == cities[0].code]
    if len(districts) != 1:
        return None
    return Body(phrase, "department", department, department, (districts[0],))  # the district is the seat, not the city


def parse_body(phrase: str, gaz: Gazetteer) -> Body | None:
    """A phrase naming one body (杭州市上城区清波街道办事处, 花园街, 区司法局, 静海区), or None."""
    s = re.sub(r"[\s（）()]+", "", phrase)
    if not CJK_ONLY.fullmatch(s) or PARTY.search(s) and not s.endswith(_department_committees()):
        return None  # 区委, 依法治区委员会; but 发展和改革委员会 is a government department
    pos, outer, bare = 0, [], None
    while name := _place_name_at(gaz, s, pos):
        found = _consistent([p for p in gaz.named(name) if p.level != "town"], [o[0] for o in outer if len({p.code for p in o}) == 1])
        outer.append(found)
        pos += len(name)
    if not outer and len(s) > 1 and s[0] in BARE_LEVEL:
        bare, pos = BARE_LEVEL[s[0]], 1
    rest = s[pos:]
    if outer and rest[:1] in BARE_LEVEL and department_names().get(rest[1:]):
        rest = rest[1:]  # the level restated before a department (元谋县县卫生健康局): still the county's department
    if outer and rest.startswith(GOVERNMENT[0]) and len(rest) > 4 and rest not in department_names():
        rest = rest[4:]  # 荣昌区人民政府昌元街道办事处: a street office is the district government's agency
    places = tuple(outer[-1]) if outer else ()
    level = places[0].level if places else bare
    if rest in ("", *GOVERNMENT) and level in ("county", "city") and (rest or places):
        return Body(phrase, f"{level}_government" if level == "city" else "county_government", "人民政府",
                    places=places, bare_level=bare)
    department = _department_of(rest)
    if department and (places or bare):
        return Body(phrase, "department", department, department, places, bare)
    if (branch := _branch_of(gaz, phrase, rest, places)) is not None:
        return branch
    town = TOWN_FORM.fullmatch(rest)
    if town and town.group(1)[0] not in NOT_A_STEM and not town.group(1).startswith(REPORTING_VERBS) and not bare:
        counties = [p for p in places if p.level == "county"]
        unit = _town_unit(gaz, town.group(1), town.group(2), counties)
        if unit:
            org_type = "street" if unit[0].endswith(("街道", "街", "地区")) else "township"
            return Body(phrase, org_type, unit[0], places=places, in_gazetteer=unit[1])
    return None


@dataclass(frozen=True)
class Evidence:
    method: str      # title | metadata | first_sentence | signature | manifest
    start: int
    end: int
    body: Body


def _is_title(line: str) -> bool:
    """A report title: names the year's work and reads as a heading: 报告/总结 after its topic, or a rule-of-law
    topic and no sentence punctuation (a site's menu names 政府信息公开 too)."""
    return len(line) <= 90 and (bool(TITLE_KINDS.search(line))
                                or bool(RULE_OF_LAW_WORDS.search(line)) and not re.search(r"[，。；,;]", line))


def _title_phrases(text: str) -> list[tuple[int, str]]:
    """(offset, phrase) for the body named before a report title (or its last breadcrumb segment);
    a joint party-government title gives one phrase per name."""
    out, previous = [], None
    for line in re.finditer(r"[^\n]+", text[:1500]):
        offset, segment = line.start(), line.group()
        # of a breadcrumb only its last segment can be the page's title; the others are site columns
        # (首页 > 海丰县法治政府建设年度报告公开 > 2025年 names a column, not the report)
        parts = BREADCRUMB_SPLIT.split(segment)
        for part in parts[-1:]:
            if len(parts) > 1 and COLUMN_END.search(part):
                continue  # 当前位置:首页>…>沁县法治政府建设情况公开: the column the page sits in, not its title
            if _is_title(part):
                offset = line.start() + segment.find(part)
                head = part[:TITLE_BODY_END.search(part).start()]
                if not head.strip() and (year := YEAR_OPENING.match(part)):  # 2021年里田乡法治政府建设工作总结
                    rest = part[year.end():]
                    named = rest[:TITLE_BODY_END.search(rest).start()] if TITLE_BODY_END.search(rest) else ""
                    if named.strip():
                        offset, head = offset + year.end(), named
                if re.search(r"[:：]", head) or head.strip() and not re.search(r"[\u4e00-\u9fa5]", head):
                    continue  # a metadata field (名 称：2021年…报告, • 法治政府建设 under • 主题分类), not the title line
                if not head.strip() and previous and len(previous[1]) <= 30:
                    offset, head = previous  # the body on its own line above the title
                for name in re.finditer(r"[^\s　]+", head):
                    out.append((offset + name.start(), name.group()))
                if out:
                    return out  # else the title may be repeated further down with its body (page header, then article)
        previous = (offset, segment.strip())
    return out


def _prefix_body(clause: str, gaz: Gazetteer) -> tuple[int, Body] | None:
    """The longest start of a clause that names a body (2024年，花园街坚持… -> 花园街), not as a
    modifier (县政府的领导下)."""
    for end in range(min(len(clause), 30), 1, -1):
        if (clause[end - 1] in BODY_END_CHARS and clause[end:end + 1] != "的" and not clause.startswith(NAME_GOES_ON, end)
                and not OFFICE_STATIONED_AFTER.match(clause, end)
                and (body := parse_body(clause[:end], gaz)) and (body.org_type not in ("county_government", "city_government")
                                                                 or clause[:end].endswith(GOVERNMENT) or _predicate_follows(clause[end:]))):
            return end, body
    return None


def _predicate_follows(rest: str) -> bool:
    """A bare county (or city) name is its government only when no department's name goes on after it
    (静海区坚持…; not 龙华区司法行政系统…, 某区卫健委…, 某县县卫健局…)."""
    return rest[:2] not in _department_starts() and not (rest[:1] in BARE_LEVEL and rest[1:3] in _department_starts()) \
        and not UNLISTED_DEPARTMENT.match(rest)


@lru_cache(maxsize=1)
def _department_committees() -> tuple[str, ...]:
    return tuple(name for name in department_names() if name.endswith("委员会"))


@lru_cache(maxsize=1)
def _department_starts() -> frozenset[str]:
    return frozenset(name[:2] for name in department_names()) | {"行政", "系统", "人民", "政府", "各级"}  # 乌海市各级司法行政机关


def _is_place(name: str, gaz: Gazetteer) -> bool:
    """'' or a bare level (县, 街道) or a place name: what may stand before 委 in 县委、县政府."""
    return name in ("", "县", "区", "市", "旗", "镇", "乡", "街道") or any(gaz.named(name)) or bool(
        re.fullmatch(r"[\u4e00-\u9fa5]{1,10}(?:镇|乡|街道)", name) and parse_body(name, gaz))


def _opening_body(text: str, start: int, gaz: Gazetteer) -> Evidence | None:
    """The body opening the first prose paragraph: at its start, after a time phrase or after one
    of its first clauses (2024年，在区委的领导下，花园街坚持… -> 花园街), or in 现将…报告如下."""
    for line in re.finditer(r"[^\n]{8,}", text[start:start + 3000]):
        paragraph = line.group()
        if not re.search(r"[，,]", paragraph) or ADDRESSEE.match(paragraph):
            continue
        report_phrase = [m.start(1) for m in REPORT_PHRASE.finditer(paragraph[:400])]
        clauses = [0] + [m.end() for m in CLAUSE_START.finditer(paragraph[:120])]
        clauses += [m.end() for c in clauses if (m := YEAR_OPENING.match(paragraph, c))]
        clauses += [m.end() for c in clauses if (m := JOINT_PARTY.match(paragraph, c)) and _is_place(m.group("place"), gaz)]
        for offset in sorted(set(clauses)) + report_phrase:
            begin = start + line.start() + offset
            if hit := _prefix_body(text[begin:begin + 30], gaz):
                return Evidence("first_sentence", begin, begin + hit[0], hit[1])
            if m := SELF_COUNTY.match(paragraph, offset):  # 我区认真贯彻…: a county government naming itself only so
                begin = start + line.start() + m.start(1)
                return Evidence("self_reference", begin, begin + 2, Body(m.group(1), "county_government", "人民政府",
                                                                          bare_level="county"))
        return None
    return None


def _signature(text: str, after: int, gaz: Gazetteer) -> Evidence | None:
    """A body named on one of the last lines (a date may follow it), past the opening."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.start() >= max(after, len(text) - 300)]
    for line in reversed(lines[-6:]):
        name = re.sub(r"\s*(?:20[0-9]{2}|二〇).*$", "", line.group().strip())
        if 3 <= len(name) <= 30 and not RULE_OF_LAW_WORDS.search(name) and (body := parse_body(name, gaz)):
            start = line.start() + line.group().find(name)
            return Evidence("signature", start, start + len(name), body)
    return None


DOCUMENT_TITLE = re.compile(r"《([^《》]{4,60})》")


def _own_documents(text: str, gaz: Gazetteer) -> Evidence | None:
    """A department speaking only as 我局 names itself in the titles of its own documents
    (《2024年度霍邱县应急管理局学法计划》): the one department that opens the document titles, if only one does."""
    if not re.search(r"[我本]局", text[:EVIDENCE_HEAD]):
        return None
    named: dict[tuple, Evidence] = {}
    for m in DOCUMENT_TITLE.finditer(text[:EVIDENCE_HEAD]):
        year = YEAR_OPENING.match(m.group(1))
        start = m.start(1) + (year.end() if year else 0)
        # a county's department only: a city department's title is more often a superior's notice cited
        if (hit := _prefix_body(text[start:m.end(1)], gaz)) and hit[1].org_type == "department" and hit[1].places \
                and all(p.level == "county" for p in hit[1].places):
            key = (hit[1].unit, tuple(sorted(p.code for p in hit[1].places)))
            named.setdefault(key, Evidence("own_document", start, start + hit[0], hit[1]))
    return next(iter(named.values())) if len(named) == 1 else None


def read_evidence(text: str, gaz: Gazetteer) -> list[Evidence]:
    """Every phrase of the text that names the reporting body, strongest evidence first: title,
    发布机构 block, opening sentence, signature, then a 来源 line (often the publishing office)."""
    found = [Evidence("title", s, s + len(p), b) for s, p in _title_phrases(text) if (b := parse_body(p, gaz))]
    metadata = [(m.group(1).startswith("发"), Evidence("metadata", m.start(2), m.end(2), b))
                for m in METADATA_BODY.finditer(text[:1500]) if (b := parse_body(m.group(2), gaz))]
    if any(not publisher for publisher, _ in metadata):
        # 发布机构 海陵区政府办 | 信息来源:城东街道: the government's office publishes for the body the source names
        office = [(False, e) for publisher, e in metadata if publisher and e.body.unit == "人民政府办公室"]
        metadata = [(publisher, e) for publisher, e in metadata if (False, e) not in office] + office
    found += [e for publisher, e in metadata if publisher]
    opening_from = max((e.end for e in found if e.method == "title"), default=0)
    found += [e for e in (_opening_body(text, opening_from, gaz),) if e]
    found += [e for e in (_signature(text, (found[-1].end if found else opening_from) + 1, gaz),) if e]
    found += [replace(e, method="source_line") for publisher, e in metadata if not publisher]
    return found or [e for e in (_own_documents(text, gaz),) if e]


@lru_cache(maxsize=1)
def _short_names(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """Provinces' and cities' short names (广东, 广州): written bare, they still say where a body is."""
    names: dict[str, list[str]] = {}
    for p in gaz.places:
        if p.level in ("province", "city") and p.short != p.name and len(p.short) >= 2:
            names.setdefault(p.short, []).append(p.name)
    pattern = "|".join(sorted(names, key=len, reverse=True))
    first = "".join(sorted({n[0] for n in names}))  # told its first characters, re tests one class per position
    return re.compile(f"(?=[{first}])(?:{pattern})(?![省市州盟]|地区|自治|壮族|回族|维吾尔)"), names


def short_name_mentions(text: str, gaz: Gazetteer) -> Counter[str]:
    """Provinces and cities named by their short names (视察广东, 法治广州建设 tell 广州's 白云区 from 贵阳's)."""
    pattern, shorts = _short_names(gaz)
    return Counter(name for m in pattern.finditer(text) for name in set(shorts[m.group()]))


def place_mentions(text: str, gaz: Gazetteer) -> Counter[str]:
    """How often each province, city and county name is written in the text (full forms)."""
    names = _place_names(gaz)
    found: Counter[str] = Counter()
    for m in re.finditer(r"[省市县区旗州盟]", text):
        end = m.end()
        for start in range(max(0, end - 12), end - 1):
            if text[start:end] in names:
                found.update({p.name for p in gaz.by_name[text[start:end]] if p.level != "town"})
                break
    return found


def _narrow(seats: list[Place], mentions: Callable[[], Counter[str]], shorts: Callable[[], Counter[str]],
            manifest_county: str | None, opening: str = "") -> tuple[list[Place], str]:
    """Homonym seats narrowed by the manifest's county, then by the places the text names (the
    county, its city or province, then their short names); and what narrowed them ('' if nothing had to)."""
    tests = [("text", lambda p: mentions()[p.name] > 0),
             ("text", lambda p: mentions()[p.city or ""] > 0 or mentions()[p.province] > 0),
             ("text", lambda p: shorts()[p.city or ""] > 0 or shorts()[p.province] > 0),
             # 法治海安 names 海安市 by its short name (not inside the body's own name, 海安街道)
             ("text", lambda p: len(p.short or "") >= 2 and re.search(f"{p.short}(?![街镇乡])", opening) is not None)]
    if manifest_county:
        tests.insert(0, ("manifest", lambda p: manifest_county in (p.name, p.short, p.city)))
    decided = ""
    for source, keep in tests:
        if len(seats) <= 1:
            break
        kept = [p for p in seats if keep(p)]
        if kept and len(kept) < len(seats):
            seats, decided = kept, source
    return seats, decided


def _seats(group: list[Body], gaz: Gazetteer, text_mentions: Callable[[], Counter[str]],
           short_mentions: Callable[[], Counter[str]], manifest_county: str | None, opening: str = "") -> tuple[list[Place], str]:
    """Where the body sits (its county, or city for a city department), and how that was decided.
    The text's place names are read only when the name and the gazetteer leave a choice."""
    body = group[0]
    prefixed = [{p.code for p in b.places} for b in group if b.places]
    codes = set.intersection(*prefixed) if prefixed else None
    renamed = any(gaz.named(name, "town") for name in former_names(body.unit))
    if body.org_type in ("township", "street") and (body.in_gazetteer or renamed):
        # a township upgraded after the gazetteer's date (春江镇 -> 春江街道) is a homonym of its former name too
        known = bool(gaz.named(body.unit, "town"))  # a known 镇 is not also every 乡 of its stem
        names = [body.unit, *(former_names(body.unit) if body.unit.endswith("街道") or not known else ())]
        seats = [gaz.seat[t.county_code] for name in names for t in gaz.named(name, "town") if codes is None or t.county_code in codes]
        how = "prefix" if codes else "gazetteer"
        if not codes and not known and not body.written.endswith(("办事处", "政府")):
            # known only by a former name: a new township may share it with one elsewhere, so the text must name the county
            seats, how = [p for p in seats if text_mentions()[p.name] > 0 or text_mentions()[p.city or ""] > 0
                          or short_mentions()[p.city or ""] > 0
                          or len(p.short or "") >= 2 and re.search(f"{p.short}(?![街镇乡])", opening)], "gazetteer+text"
    elif codes:
        seats, how = [gaz.seat[c] for c in codes if c in gaz.seat], "prefix"
    else:
        level = "city" if any(b.bare_level == "city" for b in group) or body.org_type == "city_government" else "county"
        mentions = text_mentions()
        seats = [gaz.seat[p.code] for name in mentions for p in gaz.named(name, level) if p.code in gaz.seat]
        if not seats and level == "city":
            # 乳山市委、乳山市人民政府: … 市市场监管局: a county-level city's department calls itself 市X局 too
            seats = [gaz.seat[p.code] for name in mentions if name.endswith("市")
                     for p in gaz.named(name, "county") if p.code in gaz.seat]
        if not seats and level == "city" and body.org_type == "department" and not _county_city_shorts(gaz, opening):
            # 市司法局 … 在鄂尔多斯日报开设法治专栏: the only city the text names, by its short name (a county-level city
            # named so, 海安 beside 南通, may be the 市 instead: then nothing is decided)
            shorts = short_mentions()
            seats = [gaz.seat[p.code] for name in shorts for p in gaz.named(name, "city") if p.code in gaz.seat]
            if len({p.code for p in seats}) > 1:
                seats = []
        if manifest_county:
            seats = [p for p in gaz.named(manifest_county, level) if p.code in gaz.seat] or seats
            how = "manifest"
        else:
            top = max(mentions[p.name] for p in seats) if seats else 0
            seats, how = [p for p in seats if mentions[p.name] == top], "text"
    unique = sorted({p.code: p for p in seats}.values(), key=lambda p: p.code)  # candidates listed in a stable order
    if len(unique) <= 1:
        return unique, how
    narrowed, decided = _narrow(unique, text_mentions, short_mentions, manifest_county, opening)
    return narrowed, f"{how}+{decided}" if decided else how


@lru_cache(maxsize=1)
def _county_city_short_names(gaz: Gazetteer) -> re.Pattern[str]:
    """Short names of county-level cities (海安 of 海安市)."""
    shorts = {p.short for p in gaz.places if p.level == "county" and p.name.endswith("市") and len(p.short or "") >= 2}
    return re.compile("|".join(sorted(shorts, key=len, reverse=True)))


def _county_city_shorts(gaz: Gazetteer, text: str) -> bool:
    return bool(_county_city_short_names(gaz).search(text))


def canonical_name(seat: Place, body: Body) -> str:
    place = "".join(dict.fromkeys(n for n in (seat.city, seat.county) if n))
    unit = {"street": "办事处", "township": "人民政府"}.get(body.org_type, "")
    return place + body.unit + (unit if not body.unit.endswith("地区") else "办事处")


def self_reference_type(text: str) -> str | None:
    m = SELF_REFERENCE_RE.search(text[:3000])
    return SELF_REFERENCE[m.group(1)] if m else None


def resolve_org(text: str, gaz: Gazetteer, manifest_org: str | None = None,
                manifest_county: str | None = None) -> OrgResolution:
    """The reporting body of one report, from its text and the sidecar manifest's org/county."""
    # 湘潭縣云湖橋鎮 is 湘潭县云湖桥镇; one character for one, so offsets hold. Only where evidence is
    # read (the opening and the closing lines): the translation is a per-character lookup.
    head, tail = min(len(text), EVIDENCE_HEAD), max(EVIDENCE_HEAD, len(text) - 300)
    if is_traditional(text[:head]):
        table = traditional_to_simplified()
        text = text[:head].translate(table) + text[head:tail] + text[tail:].translate(table)
    evidence = read_evidence(text, gaz)
    manifest = parse_body(manifest_org, gaz) if manifest_org else None
    if manifest:
        evidence.append(Evidence("manifest", -1, -1, manifest))
    if not evidence:
        return OrgResolution(org_type=self_reference_type(text), issue="no_org")
    primary = evidence[0]
    same = [e for e in evidence if (e.body.org_type, e.body.unit) == (primary.body.org_type, primary.body.unit)]
    opening = text[:EVIDENCE_HEAD]
    seats, how = _seats([e.body for e in same], gaz, lru_cache(maxsize=1)(lambda: place_mentions(opening, gaz)),
                        lru_cache(maxsize=1)(lambda: short_name_mentions(opening, gaz)), manifest_county, opening)
    out = OrgResolution(org_type=primary.body.org_type, department_type=primary.body.department_type,
                        method=f"{primary.method}+{how}", aliases=sorted({e.body.written for e in same}),
                        evidence_start=primary.start if primary.start >= 0 else None,
                        evidence_end=primary.end if primary.end >= 0 else None)
    if len(seats) != 1:
        out.org_name = primary.body.written
        out.issue = "org_ambiguous"
        out.candidates = "; ".join(canonical_name(p, primary.body) for p in seats[:10]) or None
        return out
    seat = seats[0]
    if seat.county is None and primary.body.org_type == "department" and len(COUNTY_VOICE.findall(opening)) >= 2:
        out.org_name, out.issue = primary.body.written, "org_level_conflict"
        out.candidates = f"named as {canonical_name(seat, primary.body)}, but the text speaks as a county's body"
        return out
    if seat.province in MUNICIPALITIES and PROVINCE_VOICE.search(opening):
        # 西城区 of 格尔木 (对标省州市…) is not 北京's: the gazetteer holds only the district of that name
        out.org_name, out.issue = primary.body.written, "org_province_conflict"
        out.candidates = f"named like {canonical_name(seat, primary.body)}, but the text answers to a province"
        return out
    out.org_key, out.org_name = f"{seat.code}/{primary.body.unit}", canonical_name(seat, primary.body)
    out.province, out.province_code, out.city, out.city_code = seat.province, seat.province_code, seat.city, seat.city_code
    out.county, out.county_code = seat.county, seat.county_code
    if manifest and primary.method != "manifest" and (manifest.org_type, manifest.unit) != (primary.body.org_type, primary.body.unit):
        out.issue, out.candidates = "org_conflict", f"manifest says {manifest_org}"
    elif manifest_county and manifest_county not in (seat.name, seat.short, seat.city):
        out.issue, out.candidates = "org_conflict", f"manifest county {manifest_county}"
    elif not primary.body.in_gazetteer:
        out.issue = "org_not_in_gazetteer"
    out.aliases = sorted(set(out.aliases) | {out.org_name})
    return out
