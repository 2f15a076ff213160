"""Report-level metadata read from the text: sections, plan zones, page debris, year and dates
(the reporting body is org_resolution's).

Nothing here rewrites the text: every result is an offset range or a value, so fact
spans stay offsets into the decoded file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


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
# a heading about work done, even when it names the year's 重点工作 (一、2023年重点工作完成情况)
DONE_HEADING = re.compile(r"完成情况|开展情况|工作情况|进展情况|落实情况|成效|成绩|举措|做法|回顾|总结|主要工作")
YEAR_IN_TITLE = re.compile(r"(20[0-9]{2})\s*年?\s*度?\s*(?:的|全年|上半年|全县|全市|全区)?\s*(?:法治|依法行政|法制|推进法治)")
YEAR_ANY = re.compile(r"(20[0-9]{2})\s*年(?!\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日)")
DATE_FULL = re.compile(r"(20[0-9]{2})\s*[年\-/.]\s*([0-9]{1,2})\s*[月\-/.]\s*([0-9]{1,2})\s*日?")

@dataclass
class ReportMeta:
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
        if top_level and PLAN_HEADING.search(head) and not DONE_HEADING.search(head):
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
    return meta
