"""Report-level metadata read from the text: sections, plan zones, page debris, org and year.

Nothing here rewrites the text: every result is an offset range or a value, so fact
spans stay offsets into the decoded file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from transforms.lexicon import pos_tokens

# Lines saved from government web pages that are not report prose. Metadata lines
# (索引号/发布机构/成文日期) are also read for org and date before being ignored.
DEBRIS_LINE = re.compile(
    r"^\s*(?:[【\[]?\s*(?:索引号|信息索引号|发布机构|发文机关|发文机构|发布日期|发布时间|成文日期|生成日期|公开日期|"
    r"主题分类|体裁分类|组配分类|服务对象|文号|发文字号|有效性|公开方式|公开范围|信息来源|来源|作者|编辑|责任编辑|"
    r"点击数|点击量|点击率|浏览次数|浏览量|阅读次数|阅读量|访问量|字体|字号|打印|打印本页|关闭|关闭窗口|回到顶部|返回顶部|"
    r"分享到|扫一扫|当前位置|您当前的位置|您现在的位置|首页|网站地图|主办单位|承办单位|协办单位|联系我们|网站标识码|"
    r"版权所有|技术支持|ICP|京ICP|公网安备|上一篇|下一篇|相关链接|附件|联系电话|电话|传真|邮编|地址|网址))"
    r"|\s*[^>＞»›<。，；]{1,20}(?:\s*[>＞»›]+\s*[^>＞»›<。，；]{1,20}){2,}\s*$"  # breadcrumbs: 首页 > 政务公开 > 法治政府建设
    r"|.*(?:ICP备|公网安备|网站标识码|版权所有|【打印|【关闭|回到顶部|返回顶部)"
)
METADATA_FIELD = re.compile(
    r"(索引号|发布机构|发文机关|发文机构|成文日期|发布日期|发布时间|公开日期)\s*[:：]\s*([^\s:：]{1,40})"
)
HEADING_L1 = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十]+(?:部分|章))")
HEADING_ANY = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|[0-9]+\s*[、.．](?![0-9]))")
PLAN_HEADING = re.compile(
    r"下一步|下步|下一阶段|工作安排|工作计划|工作打算|工作思路|工作设想|努力方向|今后|明年|工作建议|"
    r"(?:20[0-9]{2})\s*年(?:度)?(?:的)?(?:主要)?(?:工作)?(?:计划|安排|打算|思路|重点|目标)"
)
YEAR_IN_TITLE = re.compile(r"(20[0-9]{2})\s*年?\s*度?\s*(?:的|全年|上半年|全县|全市|全区)?\s*(?:法治|依法行政|法制|推进法治)")
YEAR_ANY = re.compile(r"(20[0-9]{2})\s*年(?!\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")
DATE_FULL = re.compile(r"(20[0-9]{2})\s*[年\-/.]\s*([0-9]{1,2})\s*[月\-/.]\s*([0-9]{1,2})\s*日?")

ORG_SUFFIX = r"(?:人民政府|街道办事处|办事处|街道|镇|乡|局|委员会|委|办公室|中心|管委会|管理委员会|人民法院|人民检察院|政府|司法所)"
ORG_HEAD = re.compile(rf"^\s*([\u4e00-\u9fa5（）()]{{2,30}}?{ORG_SUFFIX})\s*(?:关于|(?=20[0-9]{{2}})|$|\s)")
ORG_IN_REPORT_PHRASE = re.compile(rf"现将\s*([\u4e00-\u9fa5]{{2,20}}?{ORG_SUFFIX})\s*(?:20[0-9]{{2}}|今年|全年|年度|法治|依法)")
_NOT_PLACE_START = set("全本我该各在对为和与及省市县区镇乡村级委府治")


@dataclass
class ReportMeta:
    org_name: str | None = None
    org_level: str | None = None
    parent_place: str | None = None
    report_year: int | None = None
    published_date: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def debris_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of lines that are page furniture, not report prose."""
    # long lines are prose even when they happen to start with a keyword such as 来源
    return [(s, e) for s, e in line_spans(text) if 0 < e - s <= 120 and DEBRIS_LINE.match(text[s:e])]


_SENTENCE_END = re.compile(r"[。；;]")
_PROSE_PUNCTUATION = re.compile(r"[，。；,]")  # a short line without it can be a heading


def section_starts(text: str) -> list[tuple[int, str, bool]]:
    """(offset, heading text, is_plan) for every heading line; a plan zone lasts until the next
    top-level heading that is not itself a plan heading."""
    out, in_plan = [], False
    for s, e in line_spans(text):
        line = text[s:e].strip()
        if not line or len(line) > 60 and not HEADING_ANY.match(line):
            continue
        head = _SENTENCE_END.split(line, maxsplit=1)[0][:60]
        top_level = bool(HEADING_L1.match(line)) or (len(line) <= 30 and not _PROSE_PUNCTUATION.search(line))
        if top_level and PLAN_HEADING.search(head):
            in_plan = True
        elif HEADING_L1.match(line):
            in_plan = False
        if HEADING_ANY.match(line) or top_level:
            out.append((s, head, in_plan))
    return out


def zones(text: str) -> dict:
    """Sections, plan spans (a plan heading to the next non-plan heading) and page debris."""
    sections = section_starts(text)
    plan = []
    for i, (start, _, is_plan) in enumerate(sections):
        if is_plan:
            plan.append((start, next((s for s, _, p in sections[i + 1:] if not p), len(text))))
    return {"sections": sections, "plan": plan, "debris": debris_spans(text)}


def metadata_block(text: str) -> dict[str, str]:
    return {k: v for k, v in METADATA_FIELD.findall(text)}


def report_year(text: str, plan_starts: list[int], metadata: dict[str, str]) -> int | None:
    """The year reported on: the title's year, else the body's opening year, else the most
    common year outside plan sections, else the year before publication."""
    head = text[:300]
    for pattern in (YEAR_IN_TITLE, re.compile(r"现将.{0,30}?(20[0-9]{2})\s*年"), YEAR_ANY):
        m = pattern.search(head)
        if m:
            return int(m.group(1))
    cutoff = min(plan_starts) if plan_starts else len(text)
    years = Counter(int(y) for y in YEAR_ANY.findall(text[:cutoff]))
    if years:
        return years.most_common(1)[0][0]
    published = metadata.get("成文日期") or metadata.get("发布日期") or ""
    m = re.match(r"(20[0-9]{2})", published)
    return int(m.group(1)) - 1 if m else None


def _org_core(text: str, metadata: dict[str, str]) -> str | None:
    for s, e in line_spans(text[:400])[:6]:
        line = text[s:e].strip()
        if DEBRIS_LINE.match(line) or re.match(r"(现将|根据|按照|为了|为|在)", line):
            continue
        m = ORG_HEAD.match(line)
        if m:
            return m.group(1)
    m = ORG_IN_REPORT_PHRASE.search(text[:3000])
    if m:
        return m.group(1)
    if metadata.get("发布机构") or metadata.get("发文机关"):
        return metadata.get("发布机构") or metadata.get("发文机关")
    for s, e in reversed(line_spans(text)[-6:]):
        line = text[s:e].strip()
        if 3 <= len(line) <= 30 and re.fullmatch(rf"[\u4e00-\u9fa5（）()]+{ORG_SUFFIX}", line):
            return line
    return None


def parent_place(text: str, core: str) -> str | None:
    """The county (preferred) or city above a body whose title names only the town or office:
    first a place written right before the name (a signature 徐闻县西连镇人民政府), else the
    place names jieba tags in the body."""
    left = re.search(rf"([\u4e00-\u9fa5]{{2,12}}?(?:自治县|县|区|市|旗)){re.escape(core)}", text)
    if left and left.group(1)[0] not in _NOT_PLACE_START:
        return left.group(1)
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    tokens = pos_tokens(text)
    for i, (word, flag) in enumerate(tokens):
        if flag == "ns" and i + 1 < len(tokens) and tokens[i + 1][0] in ("县", "区", "市", "旗", "自治县"):
            word += tokens[i + 1][0]  # jieba splits unknown counties: 德阳/县
        if len(word) >= 3 and word[-1] in "县区市旗" and flag[:2] in ("ns", "nr", "nt") and word[0] not in _NOT_PLACE_START:
            counts[word] += 1
            first_seen.setdefault(word, len(first_seen))
    county = [n for n in counts if not n.endswith("市")]
    pool = county or list(counts)
    return min(pool, key=lambda n: (-counts[n], first_seen[n])) if pool else None


def org_level(org: str) -> str:
    if re.search(r"(镇|乡)(人民政府)?$", org):
        return "乡镇"
    if re.search(r"街道(办事处)?$", org):
        return "街道"
    if re.search(r"(县|区|市|旗)(人民政府)$", org):
        return "县级政府"
    if re.search(r"(县|区|旗).*(局|委|办|办公室|中心)$", org):
        return "县级部门"
    if re.search(r"市.*(局|委|办|办公室|中心)$", org):
        return "市级部门"
    return "其他"


def complete_org(core: str, text: str) -> tuple[str, str | None]:
    """Full body name: parent place prefixed when the title names only the town or office."""
    core = re.sub(r"^(我|本)", "", core)
    parent = None
    if not re.search(r"(省|市|县|区|旗|州)", core[:-1]):
        parent = parent_place(text, core)
        if parent:
            core = parent + core
    if re.search(r"(镇|乡)$", core):
        core += "人民政府"
    elif core.endswith("街道"):
        core += "办事处"
    return core, parent


def read_meta(text: str, sections: list[tuple[int, str, bool]]) -> ReportMeta:
    metadata = metadata_block(text)
    plan_starts = [s for s, _, plan in sections if plan]
    meta = ReportMeta(metadata=metadata, report_year=report_year(text, plan_starts, metadata))
    published = metadata.get("成文日期") or metadata.get("发布日期") or metadata.get("发布时间")
    tail = DATE_FULL.findall(text[-200:])
    if published and DATE_FULL.match(published):
        y, mth, d = DATE_FULL.match(published).groups()
        meta.published_date = f"{int(y):04d}-{int(mth):02d}-{int(d):02d}"
    elif tail:
        y, mth, d = tail[-1]
        meta.published_date = f"{int(y):04d}-{int(mth):02d}-{int(d):02d}"
    core = _org_core(text, metadata)
    if core:
        meta.org_name, meta.parent_place = complete_org(core, text)
        meta.org_level = org_level(meta.org_name)
    return meta
