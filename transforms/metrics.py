"""Mapping fact subjects to the metric catalogue (transforms/data/metrics.csv).

A Chinese noun phrase is head-final: in 受理矛盾纠纷 the thing counted is 纠纷, in 党政负责人出庭应诉率
the rate is 出庭应诉率. A metric therefore matches on the phrase's head (the subject ends with
one of its `heads`, cut at a jieba word boundary so 协会 never ends in 会), then on the verb that
governs it (`verbs`, whole jieba words in the subject or in the clause before the figure: 聘任19名
社会监督员), then on modifiers the phrase must or must not hold (`qualifiers`, `excludes`; the rest
of the clause after the figure counts as the phrase's too: 243个政务服务事项实行告知承诺). No
word shared with a metric's name is enough on its own. Where two metrics match equally well the
fact stays unmapped as `metric_ambiguous`: a wrong metric is worse than none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import polars as pl

from transforms.lexicon import data_rows, pos_tokens
from transforms.subjects import HANDLING_VERBS

# 类 is in no class: 10类权责事项 counts kinds of items, which no metric sums
UNIT_CLASS = {
    "event": {"次", "场", "场次", "期", "批次", "轮", "堂", "课", "个", "批"},
    "people": {"人", "名", "人次", "位", "余人"},
    # a stock of people (staff, advisers, people under correction) is counted in heads, never in 人次:
    # 出动执法人员300余人次 counts turnouts, not the officers
    "persons": {"人", "名", "位", "余人"},
    "cases": {"件", "宗", "起", "件次", "个", "条", "项"},
    "items": {"份", "册", "本", "张", "幅", "块", "篇", "条", "个", "套", "部", "期", "项", "处"},
    "orgs": {"个", "家", "所", "处", "支", "户", "家次", "户次", "座", "间", "项"},
    "money": {"元"},
    "rate": {"%"},
}
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?、\n]")
NO_METRIC, AMBIGUOUS = "no_metric", "metric_ambiguous"


@dataclass(frozen=True)
class MetricRule:
    code: str
    kind: str
    units: frozenset[str]
    heads: tuple[str, ...]  # longest first
    verbs: tuple[str, ...]
    qualifiers: tuple[str, ...]
    excludes: tuple[str, ...]
    sentence_excludes: tuple[str, ...] = ()  # words of the sentence that name another metric the figure may count
    # words earlier in the sentence that stand in for a qualifier the subject lacks (中心组 … 开展专题学习2次:
    # the centre group's study) or for the topic the gate asks for (依法治区委员会 … 各小组会议5次)
    context_qualifiers: tuple[str, ...] = ()
    context_topic: tuple[str, ...] = ()
    # words between the figure before and this one's clause end that put the figure in a subset the metric
    # leaves out, whatever its subject names (推出164项“一件事”套餐服务，全年产生办件量5.8万件: not all applications)
    stretch_excludes: tuple[str, ...] = ()


def _words(cell: str | None) -> tuple[str, ...]:
    return tuple(sorted((w for w in (cell or "").split("|") if w), key=len, reverse=True))


@cache
def catalogue() -> pl.DataFrame:
    """dim_metric as a frame: one row per canonical metric."""
    return pl.DataFrame(data_rows("metrics.csv"))


def units_of(unit_class: str) -> frozenset[str]:
    """Units of a |-separated class list: a legal opinion is counted in 件 or 份, one metric either way."""
    return frozenset().union(*(UNIT_CLASS[c] for c in unit_class.split("|")))


@cache
def rules() -> tuple[MetricRule, ...]:
    return tuple(MetricRule(r["code"], r["kind"], units_of(r["unit_class"]), _words(r["heads"]), _words(r["verbs"]),
                            _words(r["qualifiers"]), _words(r["excludes"]), _words(r.get("sentence_excludes")),
                            _words(r.get("context_qualifiers")), _words(r.get("context_topic")),
                            _words(r.get("stretch_excludes")))
                 for r in data_rows("metrics.csv"))


@lru_cache(maxsize=50_000)
def word_bounds(text: str) -> frozenset[int]:
    """Offsets where a jieba word starts or ends."""
    bounds, pos = {0}, 0
    for word, _ in pos_tokens(text):
        pos += len(word)
        bounds.add(pos)
    return frozenset(bounds)


def has_word(text: str, word: str) -> bool:
    """word occurs in text as one or more whole jieba words (segmented only when it occurs at all)."""
    start = text.find(word)
    while start >= 0:
        bounds = word_bounds(text)
        if start in bounds and start + len(word) in bounds:
            return True
        start = text.find(word, start + 1)
    return False


# a figure and its unit: a clause holding one is an item of a run (审查文件10件,重大决策事项14件,行政协议13件;
# 成立153个独立党支部、24个联合党支部)
A_FIGURE = re.compile(r"[0-9０-９][0-9０-９.]*\s*[万亿]?[余多]?\s*[\u4e00-\u9fa5%％]")


def _verbs(text: str) -> list[str]:
    return [word for word, flag in pos_tokens(text) if flag == "v"] if text else []


def clause_lead(evidence: str | None, figure_at: int | None) -> str:
    """The clause before the figure (聘任 in 聘请律师指导执法，聘任19名社会监督员): where its verb is. A bare noun
    phrase in a run of figures takes the verb that opened the run (审查行政规范性文件10件,行政协议13件: 审查)."""
    if not evidence or figure_at is None or figure_at <= 0:
        return ""
    head = evidence[:figure_at]
    breaks = list(CLAUSE_BREAK.finditer(head))
    lead = head[breaks[-1].end() if breaks else 0:]
    if _verbs(lead):
        return lead
    for i in range(len(breaks) - 1, -1, -1):
        start = breaks[i - 1].end() if i else 0  # the clause before break i
        figure = A_FIGURE.search(head, start, breaks[i].start())
        if breaks[i].group() not in "，,、" or figure is None:
            break
        if verbs := _verbs(head[start:figure.start()]):
            return f"{' '.join(verbs)}，{lead}"  # the verb only: the opener's nouns qualify its own figure
    return lead


def figure_stretch(evidence: str | None, figure_at: int | None) -> str:
    """The sentence from the end of the figure before this one to the end of this figure's clause: the
    words that may veto its metric. A word standing before another figure names that figure's kind, not
    this one's (中心组专题学法8次、全镇干部集中学法16次: 中心组 says nothing of the 16)."""
    if not evidence or figure_at is None or figure_at < 0:
        return evidence or ""
    start = max((m.end() for m in A_FIGURE.finditer(evidence, 0, figure_at)), default=0)
    return evidence[start:figure_at] + clause_tail(evidence, figure_at)


LIST_END = re.compile(r"[，,；;：:。！？!?\n]")  # CLAUSE_BREAK without 、: a 、-list stays whole


def list_predicate(evidence: str | None, figure_at: int | None) -> str:
    """What follows a 、-list of counts after the figure's own clause, to the clause's end: the predicate
    its items share (对9个部门、11个街道开展督察 → 街道开展督察 for the 9)."""
    own = clause_tail(evidence, figure_at)
    if not own or not evidence or evidence[figure_at + len(own):figure_at + len(own) + 1] != "、":
        return ""
    end = LIST_END.search(evidence, figure_at + len(own))
    rest = evidence[figure_at + len(own) + 1:end.start() if end else len(evidence)]
    # the other items' own words are theirs: what is shared comes after the last item's figure
    return rest[max((m.end() for m in A_FIGURE.finditer(rest)), default=0):]


def clause_tail(evidence: str | None, figure_at: int | None) -> str:
    """The clause from the figure on (组织27个乡镇主要负责人开展述法: 述法 comes after the figure)."""
    if not evidence or figure_at is None or figure_at < 0:
        return ""
    end = CLAUSE_BREAK.search(evidence, figure_at)
    return evidence[figure_at:end.start() if end else len(evidence)]


# brackets opening the parts of the figure before them: 实施行政处罚4905起(其中简易程序1486起…)
PARTS_IN_BRACKETS = re.compile(r"[（(]\s*(?:其中|含|包括)")


def own_tail(evidence: str | None, figure_at: int | None) -> str:
    """clause_tail up to brackets that list the figure's parts: their words qualify the parts, not this total."""
    tail = clause_tail(evidence, figure_at)
    parts = PARTS_IN_BRACKETS.search(tail)
    return tail[:parts.start()] if parts else tail


def _excluded_deed(rule: MetricRule, lead: str) -> bool:
    """An excluded verb in the figure's own clause is a deed done to the things counted (调整了900余项职权事项
    counts changes, not the list; 协助…查办案件5件 is help to another body), unless one of the rule's own verbs
    comes after it, nearer the figure (调解组织共排查矛盾纠纷186起: 排查 is the deed)."""
    verbs = [w for w, flag in pos_tokens(lead.rsplit("，", 1)[-1]) if flag in ("v", "vn")] if lead else []
    last_excluded = max((i for i, v in enumerate(verbs) if v in rule.excludes), default=None)
    return last_excluded is not None and not any(v in rule.verbs for v in verbs[last_excluded + 1:])


# a category named before the head (政务动态类信息, 生产经营类的县属事业单位), not a quantifier of kinds (各类, 两类)
ONE_CATEGORY = re.compile(r"(?<![各两三四五六七八九十几多这此该一二同门大分归种])类(?:的[\u4e00-\u9fa5]{0,4})?$")


def _rule_score(rule: MetricRule, subject: str, bounds: frozenset[int], lead: str, sentence: str, tail: str = "",
                context: frozenset[str] = frozenset(), shared: str = "") -> int:
    """0 when the rule does not match; else how specific the match is: the head's length first, then
    the verb found (longest first, rule.verbs is sorted so), then a qualifier among the modifiers.
    context: the rules' context words found earlier in the sentence."""
    head = next((h for h in rule.heads if subject.endswith(h) and len(subject) - len(h) in bounds), None)
    if head is None or any(x in subject or x in tail for x in rule.excludes):
        return 0
    if ONE_CATEGORY.search(subject[:len(subject) - len(head)]):
        return 0  # 户籍类信息, 保全类公证: one category of the things, which a metric of them all leaves out
    if _excluded_deed(rule, lead):
        return 0
    # a qualifier in the rest of the clause qualifies too (组织160名机关干部参加法治培训: trainees)
    # so does the predicate a 、-list of counts shares (对9个部门、11个街道开展督察: both were inspected)
    if rule.qualifiers and not any(q in subject or q in tail or q in shared for q in rule.qualifiers) \
            and context.isdisjoint(rule.context_qualifiers):
        return 0
    # a sentence word naming another metric vetoes only a subject that does not name its own kind
    # (中心组集体学法 stays the centre group's beside 常务会议学法 in one sentence; a bare 专题学习 does not),
    # nor a subject whose own clause names its kind (中心组先后开展…集中学习6次，常务会集体学法5次)
    if any(x in sentence for x in rule.stretch_excludes) and not any(t in subject for t in ("总量", "总数")):
        return 0  # a subject calling itself the total is no subset (以“一件事”为抓手…办件总量5.2万件)
    if any(x in sentence for x in rule.sentence_excludes) and not (
            rule.qualifiers and any(q in subject or q in lead for q in rule.qualifiers)):
        return 0
    verb = next((v for v in rule.verbs if has_word(subject, v) or has_word(lead, v)), None)
    # the rest of the clause may hold the topic (组织干部12人参加法治培训): enough to pass the gate, too
    # far from the figure to outrank a verb before it
    # a topic named earlier in the sentence carries to a bare activity (纳入中心组学习内容，开展专题学习12次), not to a
    # subject naming its own body: 中心组学习23场 counts the body's sessions whatever they studied
    carried = not context.isdisjoint(rule.context_topic) and not any(q in subject for q in rule.context_qualifiers)
    after = verb is None and (any(v in tail for v in rule.verbs) or carried)
    if rule.verbs and verb is None and not after:
        return 0
    # a qualifier makes the match more specific only when it qualifies: found in the modifiers, not
    # inside the head itself (纠纷 in 矛盾纠纷 says nothing the head did not)
    qualified = any(q in subject[:len(subject) - len(head)] for q in rule.qualifiers)
    # the longer verb is the more telling one: 成功调解 (resolved) over 调解 (received or resolved)
    return 10 * len(head) + (5 + len(verb) if verb else 5 * after) + 5 * qualified


def best_rule(candidates: tuple[MetricRule, ...], subject: str, kind: str, unit: str, lead: str = "",
              sentence: str = "", tail: str = "", context: str = "", shared: str = "") -> tuple[str | None, str | None]:
    """(metric_code, None) or (None, reason): no_metric, or metric_ambiguous with the candidates."""
    subject = (subject or "").strip()
    bounds = word_bounds(subject)
    found = frozenset(context.split())
    scored = [(s, r.code) for r in candidates if r.kind == kind and unit in r.units
              and (s := _rule_score(r, subject, bounds, lead, sentence, tail, found, shared))]
    if not scored:
        return None, NO_METRIC
    best = max(s for s, _ in scored)
    codes = sorted({code for s, code in scored if s == best})
    return (codes[0], None) if len(codes) == 1 else (None, f"{AMBIGUOUS}: {'|'.join(codes)}")


@cache
def _veto_words() -> tuple[str, ...]:
    return tuple(sorted({w for r in rules() for w in r.sentence_excludes + r.stretch_excludes}))


@cache
def _stretch_words() -> frozenset[str]:
    return frozenset(w for r in rules() for w in r.stretch_excludes)


@cache
def _topic_vetoes() -> frozenset[str]:
    """Veto words that are also some metric's topic words (法治, 法律, 宣), or name an audience (进校园,
    面向群众): what a sentence is about, not one figure's body or meeting."""
    topics = {w for r in rules() for w in r.verbs}
    return frozenset(w for w in _veto_words() if w in topics or w.startswith(("进", "面向")))


@cache
def _topic_context() -> tuple[str, ...]:
    return tuple(sorted({w for r in rules() for w in r.context_topic}))


@cache
def _context_qualifiers() -> tuple[str, ...]:
    return tuple(sorted({w for r in rules() for w in r.context_qualifiers}))


def _context_held(before: str, positioned: bool) -> str:
    """The context words the sentence before the figure holds: topics from all of it, qualifiers (a body:
    中心组) only since the figure before this one, which they otherwise qualify (纳入中心组学习内容，组织专题学习12次，
    开展干部集中学法6次: the centre group's is the 12)."""
    since = before[max((m.end() for m in A_FIGURE.finditer(before)), default=0):] if positioned else before
    return " ".join(sorted(set(_held(_topic_context(), before).split()) | set(_held(_context_qualifiers(), since).split())))


def _held(words: tuple[str, ...], text: str | None) -> str:
    """The words the text holds, as one cache-key string."""
    return " ".join(w for w in words if w in (text or ""))


@cache
def _tail_words() -> re.Pattern[str]:
    """Any gate, qualifier or exclusion word of the catalogue: all a clause's tail is read for."""
    words = sorted({w for r in rules() for w in r.verbs + r.qualifiers + r.excludes}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# what may trail a noun phrase's head without being part of it: a locative (案件中), a verb of reaching or
# completing (率达, 受众超, 事项形成, 重点工作圆满完成), a time limit (诉求截至10月), a campaign's numeral (宣讲八五),
# where items moved to (事项进驻中心), the list holding the items counted (取消证明事项清单45项), the manner of
# the deed that follows (4家单位主要负责人现场述法, 15名负责人书面述法), the word 活动 after the activity's own
# name (“科长讲法”活动)
AFTER_THE_HEAD = re.compile(r"(?:中|之中|以上|以来|达|達|达到|超|超过|形成|完成|圆满完成|全部完成|现场|书面|口头|”?活动|截至.*|截止.*|"
                            r"全覆盖|覆盖|[一二三四五六七八九十]进|[五六七八]五|进驻(?:政务服务中心|服务中心|中心|大厅)?|清单)$")


def noun_core(subject: str, unit: str = "项") -> str:
    """The subject without what trails its head (at most two such pieces). A list's items are counted
    in 项 or 条; in 个 or 份 the lists themselves are (各类政务服务事项清单31个)."""
    if subject.endswith("清单") and unit not in ("项", "条"):
        return subject
    for _ in range(2):
        subject = AFTER_THE_HEAD.sub("", subject) or subject
    return subject


# coordination inside a subject: 法治讲座和业务培训, “第一议题”、中心组理论学习 (quoted names stay whole)
CONJUNCTION = re.compile(r"[、和及与]|以及")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")


def conjuncts(subject: str) -> list[str]:
    """The coordinated phrases of a subject, or [subject] when it coordinates nothing."""
    if not CONJUNCTION.search(subject):
        return [subject]
    masked = _QUOTED.sub(lambda q: "_" * len(q.group()), subject)
    cuts = [(m.start(), m.end()) for m in CONJUNCTION.finditer(masked)]
    starts, ends = [0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(subject)]
    parts = [subject[a:b] for a, b in zip(starts, ends)]
    return parts if len(parts) > 1 and all(len(p) >= 2 for p in parts) else [subject]


# a law's name is a topic, not a kind of activity (宪法、民法典宣传活动 is one kind)
_LAW_NAME = re.compile(r"^《?[\u4e00-\u9fa5]{0,12}(?:法|法典|条例|规定|办法|纲要)》?$")


# 分行业来看, 分区域看, 按类型分: every figure after such a phrase in its sentence is one part of a breakdown
BREAKDOWN_INTRODUCED = re.compile(r"(?:分|按)(?:行业|区域|地区|领域|类型|类别|部门|县区|镇街|乡镇|程序)(?:来看|看|统计|划分|分)?\s*[，,:：]")


# the two procedures penalty cases are handled under: an amount stated after one of them is that one's
# (普通程序案件1309件,处罚金额318万余元); after both, or after none, it is the total's
PROCEDURE = re.compile(r"简易|一般程序|普通程序")


def metric_match(subject: str, kind: str, unit: str, lead: str = "", sentence: str = "",
                 tail: str = "", before: str = "", positioned: bool = False) -> tuple[str | None, str | None]:
    """best_rule over the catalogue, on the subject, else on its noun core. A figure that counts two
    coordinated kinds that are each a metric of their own (法治讲座和业务培训60场次) is ambiguous: it
    belongs to neither. before: the sentence before the figure; positioned: the figure stands right
    after `before` in `sentence`, so words can be told apart by where they stand (figure_stretch,
    list_predicate). Only the veto and context words the sentence holds go into the cache key, not
    the sentence: the same subjects recur across thousands of reports, their sentences do not."""
    if BREAKDOWN_INTRODUCED.search(before):
        return None, "breakdown_part: introduced"
    if unit == "元" and "总" not in (subject or "") and len({p.replace("普通", "一般") for p in PROCEDURE.findall(before)}) == 1:
        return None, "breakdown_part: procedure"
    vetoes, context = _held(_veto_words(), sentence), _context_held(before, positioned)
    at = len(before) if positioned else None  # with_metric_codes cuts before from the sentence
    if at is not None and any(w not in _topic_vetoes() or w in _stretch_words() for w in vetoes.split()):
        # a topic word (法治) speaks for the whole sentence; a body or meeting (中心组) only near its figure
        stretch = figure_stretch(sentence, at)
        vetoes = " ".join(w for w in vetoes.split() if w in stretch or (w in _topic_vetoes() and w not in _stretch_words()))
    tail = " ".join(_tail_words().findall(tail or ""))  # the tail varies with every figure; its catalogue words do not
    found = _cached_match(subject, kind, unit, lead, vetoes, tail, context)
    if found[1] == NO_METRIC and at is not None and (later := _topics_named_after(sentence, at)):
        context = " ".join(sorted(set(context.split()) | later))
        found = _cached_match(subject, kind, unit, lead, vetoes, tail, context)
    if found[1] == NO_METRIC and (core := noun_core(subject or "", unit)) != subject:
        found = _cached_match(core, kind, unit, lead, vetoes, tail, context)
    if found[1] == NO_METRIC and (deed := _topic_then_deed(subject or "")):
        found = _cached_match(deed[1] + deed[0], kind, unit, f"{lead} {deed[1]}", vetoes, tail, context)
    # a 、-list's shared predicate only when the figure's own clause names no metric: the words after the
    # last item may still be that item's own (41项上级部门收回事项)
    if found[1] == NO_METRIC and at is not None and (shared := " ".join(_tail_words().findall(list_predicate(sentence, at)))):
        found = _cached_match(subject, kind, unit, lead, vetoes, tail, context, shared)
    if found[0] and len(parts := conjuncts(subject or "")) > 1 and not any(_LAW_NAME.match(p) for p in parts):
        # each part on its own names its kind: the sentence's topic words, and the other parts in the
        # clause before the figure, belong to the whole figure
        verb_lead = lead[:-len(subject)] if lead.endswith(subject) else lead
        codes = {_cached_match(p, kind, unit, verb_lead, "", "")[0] for p in parts}
        if None not in codes and len(codes) > 1:  # a part mapping to nothing shares the last one's head (建议、提案办复率)
            return None, f"{AMBIGUOUS}: {'|'.join(sorted(codes))}"
    if found[0] and (item := _item_listed_before(subject, before)):
        # the subject closes a 、-list the figure counts as a whole (集体学习、专题法治讲座4场次)
        other = _cached_match(item, kind, unit, "", "", "")[0]
        if other is not None and other != found[0]:
            return None, f"{AMBIGUOUS}: {'|'.join(sorted((other, found[0])))}"
    return found


def _topics_named_after(sentence: str, at: int) -> set[str]:
    """Topic words named after the figure at `at`, before any other figure's clause: its topic too
    (领导小组召开两次会议，研究部署法治工作); in the clause of the next figure they are that figure's."""
    after = sentence[at:]
    if not (topics := _held(_topic_context(), after)):
        return set()
    nxt = next((m for m in A_FIGURE.finditer(after) if m.start() > 0), None)  # the first is this figure
    own = after[:max((b.start() for b in CLAUSE_BREAK.finditer(after, 0, nxt.start())), default=0)] if nxt else after
    return {w for w in topics.split() if w in own}


def _topic_then_deed(subject: str) -> tuple[str, str] | None:
    """(行政复议案件, 受理) for 行政复议案件受理: a topic noun phrase, then the bare verb done to it (the
    subject of 行政复议案件共受理15件), read as 受理行政复议案件."""
    tokens = pos_tokens(subject)
    if len(tokens) < 2 or tokens[-1][0] not in HANDLING_VERBS or any(f.startswith("v") and f != "vn" for _, f in tokens[:-1]):
        return None  # 公职律师新增: a change, not a deed done to the things
    return subject[:-len(tokens[-1][0])], tokens[-1][0]


def _item_listed_before(subject: str, before: str) -> str:
    """The list item right before the subject when a 、 joins them right before the figure."""
    if not subject or not before.endswith(subject) or not before[:-len(subject)].endswith("、"):
        return ""
    return re.split(r"[，,；;：:。、\s]", before[:-len(subject) - 1])[-1]


@lru_cache(maxsize=100_000)
def _cached_match(subject: str, kind: str, unit: str, lead: str, vetoes: str, tail: str,
                  context: str = "", shared: str = "") -> tuple[str | None, str | None]:
    return best_rule(rules(), subject, kind, unit, lead, vetoes, tail, context, shared)


def with_metric_codes(facts: pl.DataFrame) -> pl.DataFrame:
    """facts + metric_code and metric_note (why a fact has no metric). Reads the clause before the
    figure from evidence when the frame says where the figure is (figure_in_evidence)."""
    at = facts["figure_in_evidence"] if "figure_in_evidence" in facts.columns else pl.Series([None] * facts.height)
    evidence = facts["evidence"] if "evidence" in facts.columns else pl.Series([None] * facts.height)
    matches = [metric_match(s, k, u, clause_lead(e, a), e or "", own_tail(e, a), (e or "")[:a or 0], a is not None)
               for (s, k, u), e, a
               in zip(facts.select("subject", "kind", "unit").iter_rows(), evidence, at)]
    return facts.with_columns(pl.Series("metric_code", [m[0] for m in matches], dtype=pl.String),
                              pl.Series("metric_note", [m[1] for m in matches], dtype=pl.String))


def catalogue_problems() -> list[str]:
    """What is wrong with metrics.csv: rows with more fields than the header, duplicate codes, unknown
    kinds, unit classes or tasks, empty definitions, an audience_of naming no event metric, and heads no
    subject can end in (a jieba word that swallows the head's first character after common openings: add
    the compound as its own head)."""
    rows, problems, seen = data_rows("metrics.csv"), [], set()
    kinds = {r["code"]: r["kind"] for r in rows}
    for r in rows:
        # csv.DictReader files a row's fields past the header's under None: an unquoted comma shifted them
        problems += [f"{r['code']}: more fields than the header (an unquoted comma?)"] * (None in r)
        problems += [f"{r['code']}: duplicate code"] * (r["code"] in seen)
        seen.add(r["code"])
        problems += [f"{r['code']}: {what}" for what, bad in (
            ("unknown kind", r["kind"] not in ("event", "count", "rate")),
            ("unknown unit class", not set(r["unit_class"].split("|")) <= UNIT_CLASS.keys()),
            ("task outside T1..T9", r["task"] not in {f"T{i}" for i in range(1, 10)}),
            ("no definition", not r["definition"].strip()), ("no heads", not r["heads"].strip())) if bad]
    problems += [f"{r['code']}: audience_of {r['audience_of']} is no event metric" for r in rows
                 if r.get("audience_of") and kinds.get(r["audience_of"]) != "event"]
    if problems:  # the rules cannot be built from such rows (an unknown unit class has no units)
        return problems
    return [f"{r.code}: head {h} unreachable" for r in rules() for h in r.heads
            if not any(len(p) in word_bounds(p + h) for p in ("开展", "全年共", "各类", "组织"))]
