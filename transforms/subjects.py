"""Subjects: the short noun phrase naming what a quantity counts, in the text's own words.

Two word orders occur: the subject before the number (开展法律宣传活动20次, 调处率96%) and the
number as a modifier before its noun (为9个村提供法律咨询, 2名工作人员取得了资格证). Both are cut
from the same clause with jieba segmentation, so trimming never splits a word.
"""
from __future__ import annotations

import re

from transforms.gazetteer import traditional_to_simplified
from transforms.lexicon import pos_tokens

# markup and code symbols (<>{}=|/\\) never sit inside a Chinese noun phrase: page debris ends a clause too
CLAUSE_BREAK = re.compile(r"[，,。；;：:、！？!?\n\r\t <>{}=|/\\]")
COMMA_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n<>{}=|/\\]")  # as CLAUSE_BREAK, but a 、-list stays whole
_PAREN = re.compile(r"[（(][^（）()]{0,60}[）)]")
_QUOTES = re.compile(r"[“”‘’\"'《》〈〉「」『』【】]")
DATE_WORD = re.compile(r"^(20[0-9]{2}年?度?|[0-9]{1,2}月份?|[0-9]{1,2}[日号]|今年|去年|当年|全年|年内|年初|年底|上半年|下半年|以来|来|底|至今|目前|截至|截止|截至目前|当前|现|近年来|今年以来|期间|同期)$")

# Words that open or close a clause around its subject without naming anything: agents
# (我镇, 全县), connectives, light verbs (开展, 组织), copulas and adverbs before the number.
LEAD_DROP = {
    "我", "我镇", "我乡", "我局", "我街道", "我委", "我办", "我单位", "本镇", "本乡", "本局", "该镇", "全镇", "全乡", "全县",
    "全区", "全市", "全局", "全街道", "全委", "全体", "镇", "乡", "街道", "其中", "另", "另外", "此外", "同时", "并", "并且", "还",
    "又", "再", "及", "和", "与", "以及", "对", "为", "向", "给", "在", "从", "除", "共", "共计", "累计", "合计", "总计", "先后",
    "已", "已经", "均", "都", "全部", "分别", "开展", "开展了", "组织", "组织开展", "举办", "举办了", "召开", "召开了",
    "举行", "进行", "集中", "认真", "积极", "深入", "扎实", "广泛", "大力", "持续", "现有", "共有", "有", "达", "达到",
    "通过", "利用", "依法", "主动", "及时", "全年共", "今年共", "一共", "了", "的", "是", "等", "年", "度", "年度", "使",
}
TRAIL_DROP = {
    "达", "达到", "为", "是", "有", "共", "共计", "累计", "合计", "总计", "计", "约", "近", "超过", "逾", "分别", "均", "各",
    "均为", "均达", "都", "已", "已经", "了", "的", "数", "总数", "在", "多达", "高达", "突破", "人数为", "数量", "共有",
    # a level kept or passed (推广率保持100%, 覆盖人数超3000人次): the verb says how, the noun before it what
    "超", "保持", "保持在", "维持", "维持在", "稳定", "稳定在", "始终保持",
}
# An adverb like 共/累计 separates the agent from what it did: 镇综治中心全年共受理纠纷118宗; so do the
# adverbs of leading by example (主要负责人带头上法治课1次, 亲自出庭应诉3次).
OPENERS = {"共", "共计", "累计", "合计", "总计", "先后", "集中", "全年共", "今年共", "一共", "已", "已经", "带头", "率先", "亲自", "现有", "共有"}
CONJUNCTIONS = {"并", "并且", "同时", "以及", "而且"}
LIGHT_VERBS = ("开展", "开展了", "组织", "举办", "举办了", "召开", "召开了", "举行", "进行", "完成", "开设")  # also 深入开展, 组织开展
# Words after a number-first noun that end its noun phrase: 1名专职人员具体负责..., 160名精神病定期走访
AFTER_STOP = {"作为", "具体", "定期", "按时", "长期", "均", "都", "全部", "已", "已经", "分别", "进行", "开展", "实行", "负责", "参加",
              "共", "共计", "合计", "总计", "每月", "每年", "每周", "每季度", "每半年", "每天"}  # 759名调解员|每月认真分析…
LOCALISERS = {"中", "其中", "当中", "之中"}
TOPIC_FLAGS = ("n", "nz", "j", "vn", "nt", "l")  # a noun phrase, not a time (t), scope (r) or place word
MAX_SUBJECT = 24
THEMED_BY = re.compile(r"^.*为(?:主要|重点)?(?:内容|主题|重点|载体|核心)的(?=[\u4e00-\u9fa5]{2})")


# 包括全员核酸在内的核酸筛查工作: what the thing includes is an aside, like a parenthesis
_INCLUDING = re.compile(r"包括[^，,。；;、]{1,20}?在内的?")


def clean_phrase(text: str) -> str:
    """Drop parentheticals and 包括…在内 asides inside a subject."""
    previous = None
    while previous != text:
        previous, text = text, _PAREN.sub("", text)
    return _INCLUDING.sub("", text)


_QUOTED = re.compile(r"[“\"]([^”\"“]{1,20})[”\"]")


def tokens_of(text: str) -> list[tuple[str, str]]:
    """POS tokens with each quoted name (“跨省通办”) kept whole as one proper noun."""
    out: list[tuple[str, str]] = []
    for i, piece in enumerate(_QUOTED.split(text)):
        if i % 2:  # a quoted name's 、 is part of the name, not a list (“双随机、一公开” is written 双随机一公开 too)
            out.append((piece.replace("、", ""), "nz"))
        else:
            out += [t for t in _segmented(_QUOTES.sub("", piece)) if t[0].strip()]
    return out


def _segmented(piece: str) -> list[tuple[str, str]]:
    """jieba's dictionary is simplified: traditional text is cut as its one-to-one simplified mirror
    and read back in its own characters (通過率達 → 通過/率/達, not the preposition 通過 and 率達)."""
    mirror = piece.translate(traditional_to_simplified())
    if mirror == piece:
        return _mended_cuts(pos_tokens(piece))
    out, at = [], 0
    for word, flag in pos_tokens(mirror):
        out.append((piece[at:at + len(word)], flag))
        at += len(word)
    return _mended_cuts(out)


_PLACE_SUFFIXES = set("点站室组队")
_PREPOSITION_AND_LEVEL = re.compile(r"^[对向为在从给把被][省市区县镇乡村]$")


def _mended_cuts(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """采样点, 评查组: a verb and the one-character noun of where or by whom it is done are one noun,
    which jieba cuts and mistags (采样/v 点/m); and the two words jieba's HMM joins the other way."""
    out: list[tuple[str, str]] = []
    for word, flag in tokens:
        if _PREPOSITION_AND_LEVEL.match(word):  # jieba's HMM joins 对区 in 督察组对区公安分局: a preposition and a level
            out += [(word[0], "p"), (word[1], "n")]
        elif word in _PLACE_SUFFIXES and not flag.startswith("n") and out and out[-1][1] in ("v", "vn") and len(out[-1][0]) >= 2:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def _simplified(word: str) -> str:
    return word.translate(traditional_to_simplified())


def _strip(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    while tokens:
        if len(tokens) > 1 and _simplified(tokens[0][0] + tokens[1][0]) in LEAD_DROP:  # jieba cuts 全街道 into 全/街道
            tokens = tokens[2:]
        elif _simplified(tokens[0][0]) in LEAD_DROP or DATE_WORD.match(tokens[0][0]) or tokens[0][1] in ("x", "uj", "ul", "c", "p") and len(tokens) > 1:
            tokens = tokens[1:]
        else:
            break
    return _without_trailing_words(tokens)


def _without_trailing_words(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens less the copulas, adverbs, punctuation and dates closing them (受理纠纷共计 -> 受理纠纷)."""
    while tokens and (_simplified(tokens[-1][0]) in TRAIL_DROP or tokens[-1][1] == "x" or DATE_WORD.match(tokens[-1][0])) \
            and not (len(tokens) == 1 and tokens[0][0] == "维持"):  # 其中维持18件: alone, 维持 is the decision made
        tokens = tokens[:-1]
    return tokens


def _last_index(tokens: list[tuple[str, str]], words: set[str]) -> int:
    """Index of the last token that is one of `words`, -1 if none."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i][0] in words:
            return i
    return -1


def _text(tokens: list[tuple[str, str]]) -> str:
    return "".join(w for w, _ in tokens)


LONG_SUBJECT = 12
BOOK_TITLE = re.compile(r"《[^》]{0,60}》")
ACTIVITY_WORD = re.compile(r"(?:学习|培训|宣传|宣讲|检查|研讨|座谈|讲座|演练|督查|调研)$")
_HELD_ACTIVITY_END = re.compile(r"(?:会|会议|讲座|培训|活动|学习|研讨|座谈|论坛|比赛|竞赛|宣讲|演练|课|班)[”\"]?\s*$")


def _last_chars(tokens: list[tuple[str, str]]) -> str:
    """At most MAX_SUBJECT characters from the end, whole words only (never 平法治思想… of 习近平法治思想…)."""
    while len(tokens) > 1 and len(_text(tokens)) > MAX_SUBJECT:
        tokens = tokens[1:]
    return _text(tokens)[-MAX_SUBJECT:]


LENIENCY = {"不予", "免予", "免于", "从轻", "减轻", "从重", "免除"}


def _compact(tokens: list[tuple[str, str]], longest: int = LONG_SUBJECT) -> list[tuple[str, str]]:
    """A long phrase is cut after a verb to what that verb acts on, the longest such tail that is
    short (线上全流程闭环管理法治观察建议 -> 管理法治观察建议; 邀请法院为…作专题报告 -> 法治政府建设专题报告),
    never to a bare head (研讨|活动). An event's subject is its activity, verb included, so events
    are cut only when much longer (`longest`)."""
    if len(_text(tokens)) <= longest:
        return tokens
    for i, (word, flag) in enumerate(tokens[:-1]):
        tail = tokens[i + 1:]
        if word in LENIENCY and flag in ("v", "vn") and 4 <= len(_text(tail)) <= longest:
            start = i
            while start > 0 and tokens[start - 1][0] in LENIENCY:
                start -= 1
            if len(_text(tokens[start:])) <= longest:  # 不予行政处罚案件, 从轻减轻行政处罚案件: how a case was decided is its kind
                return tokens[start:]
        if flag in ("v", "vn") and 4 <= len(_text(tail)) <= longest:
            # 常务会议|研究审议重要事项: a verb run is one predicate, not a verb and its object; 新增执法人员 are
            # the year's additions, not the staff: a verb of what is new stays
            keep = tail[0][1] == "v" or word.startswith("新")
            return tokens[i:] if keep and len(_text(tokens[i:])) <= longest else tail
    return tokens


def _enumeration_verb(text: str) -> str:
    """The verb governing a 、-list closed by 等 (学习 in 集中学习新修订的土地管理法、林业等): going back
    over the list's items to the first one holding a verb, the first verb after its last
    opener adverb that is not inside a 'V的' modifier."""
    for segment in reversed(BOOK_TITLE.sub("", text).split("、")):  # a title is a name, never the verb
        tokens = tokens_of(segment)
        opener = _last_index(tokens, OPENERS)
        verbs = [i for i, (w, f) in enumerate(tokens) if i > opener and w not in LEAD_DROP
                 and (f == "v" or ACTIVITY_WORD.search(w)  # 专题学习 is tagged a noun
                      or f == "vn" and i == opener + 1 and i + 1 < len(tokens))  # 研究…重点工作: a verbal noun opening the list
                 and (i + 1 == len(tokens) or tokens[i + 1][0] != "的")]
        if verbs:
            end = verbs[0] + 1  # with the verbs right after it: 传达学习, not 传达
            while end < len(tokens) and tokens[end][1] == "v" and (end + 1 == len(tokens) or tokens[end + 1][0] != "的"):
                end += 1
            return _text(tokens[verbs[0]:end])
    return ""


def activity_of_a_list(window: str) -> str:
    """The activity a 、-list of topics before an event's count was the object of (传达学习习近平总书记
    重要讲话、重要指示批示精神46次 -> 传达学习); '' when the clause holds no 、-list."""
    clause = COMMA_CLAUSE_BREAK.split(clean_phrase(window))[-1]
    masked = _mask_quotes(clause)
    return _enumeration_verb(clause[:masked.rindex("、")]) if "、" in masked else ""


def _mask_quotes(text: str) -> str:
    """The text with each quoted name's inside blanked (same length), so that a 、 inside quotes
    (“双随机、一公开”) is not taken for a list or clause break."""
    return _QUOTED.sub(lambda m: "“" + "x" * (len(m.group(0)) - 2) + "”", text) if "、" in text else text


def _last_clause(text: str) -> str:
    """The text after the last clause break; a 、 inside quotes (“双随机、一公开”) is not one."""
    masked = _mask_quotes(text)
    ends = [m.end() for m in CLAUSE_BREAK.finditer(masked)]
    return text[ends[-1]:] if ends else text


# 进驻率提升至92%: the level reached is the 进驻率's (the change itself is a delta, elsewhere)
CHANGED_TO_AT_END = re.compile(r"(?<=[\u4e00-\u9fa5])(?:提升|提高|上升|增加|增长|下降|降低|减少|压缩|缩短|压减)(?:至|到)\s*$")
FIGURE_IN_PHRASE = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:%|％|个|项|件|次|场|名|人|家|条|份)[”\"]?")
# 按省市要求上线36项: the rule a deed follows is no part of what was done
LEADING_AUTHORITY = re.compile(r"^\s*(?:按照?|根据|依据|依照|遵照)[^，,。；;]{1,12}?(?:要求|规定|部署|安排)(?=[\u4e00-\u9fa5]{2})")
# 综合执法大队2023年度行政处罚案件124卷: a year inside the phrase ends what came before (who, when)
YEAR_IN_PHRASE = re.compile(r"^[^，,。；;]*?(?<![0-9])(?:19|20)[0-9]{2}\s*年度?(?=[\u4e00-\u9fa5]{2})")
# 深圳市坪山区法律援助中心业务经费为217.78万元: the body, named in full with its place, is whose, not what
LEADING_BODY = re.compile(r"^\s*(?:(?:19|20)[0-9]{2}\s*)?(?:年度?)?[\u4e00-\u9fa5]{2,10}?(?:省|市|区|县|旗|自治区)[\u4e00-\u9fa5]{0,10}?"
                          r"(?:法律援助中心|法律援助处|司法局|司法所|综合行政执法局|人民政府)(?=[\u4e00-\u9fa5]{2})")
# 通过县政府网站主动公开政府信息23条, 依托智慧监管系统下发预警138个: the means used, before the deed counted
MEANS_LEAD = re.compile(r"^\s*(?:(?:19|20)[0-9]{2}\s*)?(?:年度?|月份?)?\s*(?:通过|依托|利用|借助|运用|使用)[^，,。；;]{0,20}(?:网站|平台|系统|公众号|渠道|媒体|云端|专栏|客户端)"
                        r"[\u4e00-\u9fa5“”\"]{0,10}?(?=(?:主动)?(?:公开|发布|推送|下发|办理|受理|提供|解答|刊发|推出))")  # and its name
# what may open the clause before the thing counted, in the order they are taken off
LEADS_NAMING_NOTHING = (YEAR_IN_PHRASE, LEADING_BODY, LEADING_AUTHORITY, MEANS_LEAD)
TRAILING_TIME = re.compile(r"(?:截至|截止|截至到|至)\s*(?:目前|[0-9一二三四五六七八九十]{1,2}\s*月(?:底|份)?)\s*$")


def subject_before(window: str, longest: int = LONG_SUBJECT) -> str:
    """Subject from the text between the clause start and the number (subject-first order)."""
    comma_clause = CHANGED_TO_AT_END.sub("", TRAILING_TIME.sub("", COMMA_CLAUSE_BREAK.split(clean_phrase(window))[-1]))
    comma_clause = THEMED_BY.sub("", comma_clause)  # 以…为主要内容的专题辅导: the theme qualifies the activity named last
    clause = _last_clause(comma_clause)
    for lead in LEADS_NAMING_NOTHING:
        clause = lead.sub("", clause)
    # a figure inside the phrase (按照“4个100%”要求检查校园233家次) ends what came before: the subject follows it
    figures = list(FIGURE_IN_PHRASE.finditer(clause))
    if figures and re.search(r"[\u4e00-\u9fa5]{2}", clause[figures[-1].end():]):
        clause = clause[figures[-1].end():]
    tokens = tokens_of(clause)
    # 办理中1起: 中 after a verb is a state (in progress), not where the thing counted is
    cut = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] in LOCALISERS
                and not (i > 0 and tokens[i][0] == "中" and tokens[i - 1][1] == "v")), -1)
    tokens = tokens[cut + 1:]
    while len(tokens) > 1 and tokens[-1][0] in OPENERS:  # 受理投诉举报共420件: a closing 共 opens nothing
        tokens = tokens[:-1]
    opener = _last_index(tokens, OPENERS)
    if opener >= 0:
        tail, topic = _strip(tokens[opener + 1:]), _strip(tokens[:opener])
        if tail and topic and is_bare_verb(_text(tail)) and topic[-1][1] in TOPIC_FLAGS:
            tokens = topic + tail  # 行政复议案件共受理15件: the topic before 共 is what the bare verb counted
        else:
            tokens = tail if tail else tokens[:opener]
    conj = _last_index(tokens, CONJUNCTIONS)
    # 已反馈问题并跟踪整改79个: a bare verb after 并 shares the object of the one before, which is counted
    if conj >= 0 and _strip(tokens[conj + 1:]) and not (is_bare_verb(_text(tokens[conj + 1:])) and head_noun(_text(tokens[:conj]))):
        tokens = tokens[conj + 1:]
    light = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0].endswith(LIGHT_VERBS)
                  and (tokens[i][1].startswith("v") or len(tokens[i][0]) > 2)), -1)  # 深入开展 is tagged an idiom
    if light > 0 and _strip(tokens[light + 1:]):  # 面向基层群众开展宣讲6场次: the activity is what is held
        tokens = tokens[light + 1:]
    tokens = _strip(tokens)
    words = [w for w, _ in tokens]
    if "等" in words:
        after = _strip(tokens[len(words) - words[::-1].index("等"):])
        listed = comma_clause.rsplit("等", 1)[0]
        # a head after 等 names what the list is of: with the verb that governs the whole list, not a verb
        # inside its items (召开以案释法、集中法制审核等专题会议 -> 专题会议, not 审核专题会议)
        verb = _list_verb(listed) if after else _enumeration_verb(listed)
        if not after and verb and "、" in listed and _HELD_ACTIVITY_END.search(last := listed.rsplit("、", 1)[-1]) \
                and last not in verb:
            # 参加…意见征求会、协调会等410余次: the activities listed (学习…林业等: topics), the verb once
            return (last if verb in last else verb + last)[-MAX_SUBJECT:]
        return (verb + _text(after))[-MAX_SUBJECT:]
    return _last_chars(_compact(tokens, longest))


def _list_verb(text: str) -> str:
    """The verb before a 、-list's first item, '' when only a light one (开展法治讲座、知识竞赛 -> '';
    参与决策论证、合同审核 -> 参与; 受理婚姻、邻里 -> 受理)."""
    masked = _mask_quotes(text)
    first = text[: masked.index("、")] if "、" in masked else text
    titled = bool(BOOK_TITLE.search(first))  # a title is an object, never the verb (学习《乡村振兴促进法》)
    tokens = tokens_of(BOOK_TITLE.sub("", first))
    tokens = tokens[_last_index(tokens, OPENERS) + 1:]
    verbs = [i for i, (_, f) in enumerate(tokens) if f == "v" and (i + 1 < len(tokens) and tokens[i + 1][0] != "的" or titled)]
    light = lambda i: tokens[i][0].endswith(LIGHT_VERBS) or _simplified(tokens[i][0]) in LEAD_DROP  # noqa: E731
    verb = next((i for i in verbs if not light(i)), None)
    if verb is None:
        return ""
    # the first real verb governs (受理 in 受理涉农涉土、家庭邻里等各类纠纷: 涉农 is tagged a verb too) unless it
    # takes a person who does the next one (聘请律师参与决策论证、合同审核: 参与 governs the list)
    for later in (i for i in verbs if i > verb and i + 1 < len(tokens)):
        if any(tokens[k][1].startswith(("n", "r")) for k in range(verb + 1, later)):
            verb = later
    return "" if light(verb) else tokens[verb][0]


def listed_before(window: str) -> str:
    """A count closing a list with 等 (覆盖全街党员干部、社区网格员等800余人, 参加培训的党员干部等300人):
    what the list names, i.e. its first item after the verb that governs it; '' when no 等 closes
    the clause right before the number. One item, since a subject is a phrase, not a list."""
    clause = COMMA_CLAUSE_BREAK.split(clean_phrase(window))[-1].rstrip()
    if not clause.endswith("等"):
        return ""
    masked = _mask_quotes(clause)
    first = clause[: masked.index("、")] if "、" in masked else clause[:-1]
    tokens = tokens_of(first)
    verbs = [i for i, (_, flag) in enumerate(tokens) if flag == "v"]
    # the item's own verb may close it (完成教师资格认定等582件): then the list starts after the governing one
    verb = next((i for i in reversed(verbs) if _strip(tokens[i + 1:])), -1)
    return _text(_strip(tokens[verb + 1:]))


NOUN_SUFFIX = set("点站室员所处队人户家组中心台栏库")
BODY_NOUNS = {"部门", "单位", "机关", "机构", "窗口"}


# heads that say only "people" or "units": their predicate is what is counted (3名工作人员取得了执法证)
GENERIC_HEADS = {"人员", "工作人员", "干部", "职工", "干部职工", "同志", "党员", "党员干部", "人", "单位", "企业", "群众"}


_MEETING_BUSINESS = re.compile(r"(?:专题)?(?:研究|部署|审议|听取|讨论|调度|安排)")
_ONE_CHARACTER_PREPOSITIONS = {"对", "向", "为", "把", "被", "从", "给", "在", "由"}
_HELD_NOUN_ENDS = ("会", "会议", "讲座", "培训班", "活动")  # nouns of events held


_IDIOM_VERB_ENDS = ("实现", "完成", "落实", "达到", "通过", "办结")


def _starts_predicate(tokens: list[tuple[str, str]], i: int, event: bool = False) -> bool:
    """A verb after a complete noun phrase starts the predicate: 3次专题会议|解决重点难点问题,
    43座商务楼宇|分配给…; not a verb inside the noun (高频执法事项, 法治观察点, 示范创建项目) nor
    after a noun that says only who (3名工作人员取得了执法证)."""
    word, flag = tokens[i]
    if flag in ("i", "l") and word.endswith(_IDIOM_VERB_ENDS):
        flag = "v"  # 3个项目|顺利实现…: jieba tags 顺利实现, 圆满完成 as idioms; they end in the predicate's verb
    after = tokens[i + 1:]
    previous_word, previous_flag = tokens[i - 1]
    nounish = previous_flag.startswith(("n", "j", "zg", "s")) or previous_word in NOUN_SUFFIX or previous_word in ("村", "社区")
    if event and previous_word.endswith(("会", "会议")) and _MEETING_BUSINESS.match(word):
        return True  # 12次主任办公会|专题研究重大行政决策: the meetings are counted, their business follows
    if flag == "p" and (len(word) >= 2 or word in _ONE_CHARACTER_PREPOSITIONS and not event) and nounish:
        return True  # 28家医疗卫生单位|按照五星级的要求…, 2个督察组|对10家单位… (2次邀请法院|为全区作报告: one activity)
    if flag == "p" and word in _ONE_CHARACTER_PREPOSITIONS and event and previous_word.endswith(_HELD_NOUN_ENDS):
        return True  # 三次座谈会|向社会公众征求意见: the meeting is counted, what it was for follows
    if flag in ("p", "v") and word in ("至", "到") and nounish and not event:
        return True  # 494项事项|赋权至试点乡镇, 454人次律师|到…中心值班 (jieba tags that 到 a verb)
    if word in _PREDICATE_ADVERBS and nounish and not event and after and after[0][1] == "v":
        return True  # 278项行政许可事项|统一划入县行政审批局
    if word in ("并", "并且") and previous_flag in ("v", "p", "a", "ad", "d") and not event:
        return False  # 7人|通过并获执法证: 并 joins the verbs of what the people did (通过 is tagged p)
    if word in ("及", "以及", "和", "与", "并", "并且") and i > 0 and not (after and after[0][0] in ("以上", "以下")) \
            and not (event and word in ("与", "和") and _HELD_ACTIVITY_END.search(_text(after))):
        return True  # 1个便民服务中心|及21个便民服务站; 县级及以上 is a level the noun is of (8个县级及以上饮用水水源地)
        # (一期政治理论与业务培训班: 与 joins what the one class was on)
    if flag == "t" and nounish and not event and after and after[0][1] == "v":
        return True  # 1800名党政领导干部|年终述法: a time word after the noun phrase opens the predicate
    if word == "获" and flag == "v" and nounish and not event:
        return True  # 4名学生|获…一等奖: the one-character verb of winning
    if flag not in ("v", "vn") or len(word) < 2 or not nounish:
        return False
    if event and ACTIVITY_WORD.fullmatch(word):
        return False  # 3次专项|检查并下发…: the activity's own verb closes the noun it is counted by
    if flag == "v" and after and after[0][0] == "的":  # 200个行政村|分成的网格: a relative clause on the next noun
        return True
    if after and (after[0][0][:1] in NOUN_SUFFIX or after[0][0] in BODY_NOUNS) or _text(tokens[:i]) in GENERIC_HEADS:
        return False  # 行政审批部门, 执法单位: a verb before a body's noun names the body
    # 5个重点居民区|实施“全域静态管理”: a verb before a quoted name is the predicate too
    return bool(after) and (after[0][1] == "p" or flag == "v" and (len(after) >= 2 or after[0][1] == "nz"))


_YEAR = re.compile(r"^(?:19|20)[0-9]{2}年?度?$")
_COUNTED = re.compile(r"^[一二两三四五六七八九十百千万]+[个项件名人家次场所处]$")  # 494项事项赋权至三个试点乡镇: another figure


# 431项市、区行政处罚权: administrative levels listed before one head share it; the list is the noun
# phrase's start, not a clause break (村、社区 are two heads; 3个村、2个社区 two items)
_SHORT_MODIFIER_LIST = re.compile(r"^[省市县区乡镇村]、(?=[省市县区乡镇村][\u4e00-\u9fa5]{2})")


def after_tokens(text_after: str, event: bool = False) -> list[tuple[str, str]]:
    """The noun phrase right after a quantity (number-first order) as POS tokens: up to the clause
    end, a parenthesis or a verb that starts the predicate."""
    # an aside inside the phrase is dropped, not a cut (4次法治绍兴(法治政府)建设工作推进会)
    text = clean_phrase(_SHORT_MODIFIER_LIST.sub("", text_after, count=1))
    if event and text[:1] in _ONE_CHARACTER_PREPOSITIONS:
        # 5次对法治建设、法治政府建设作出指示批示: the preposition's object (a 、-list, maybe) says what the deed
        # was about; the deed after it is what was done N times
        tokens = tokens_of(COMMA_CLAUSE_BREAK.split(text, maxsplit=1)[0])
        deed = next((i for i, (w, f) in enumerate(tokens) if i > 1 and f == "v" and len(w) >= 2), None)
        if deed is not None:
            return tokens[deed:]
    clause = re.split(r"[（(《]", CLAUSE_BREAK.split(text, maxsplit=1)[0], maxsplit=1)[0]
    tokens = tokens_of(clause)
    if len(tokens) > 1 and tokens[0][0] == "的":  # 3218平方米的政务服务大厅: the measure qualifies the noun after 的
        tokens = tokens[1:]
    # a year ends the noun phrase too (26个政府组成部门2024年法治政府建设年度报告: the 26 are departments)
    # and so does another figure (26个领域1286项目录: the 26 are fields)
    # 两次召开全县法治政府创建工作推进会: what a light verb holds is one name, verbs inside it and all
    held = event and bool(tokens) and tokens[0][0].endswith(LIGHT_VERBS) and bool(_HELD_ACTIVITY_END.search(clause))
    if held:  # 3次组织开展法律进乡村活动: the light verbs hold it, the activity is what they hold
        tokens = tokens[next(i for i, (w, _) in enumerate(tokens) if not w.endswith(LIGHT_VERBS) or i == len(tokens) - 1):]
    stop = next((i for i, (w, f) in enumerate(tokens) if i > 0 and (w in AFTER_STOP or _YEAR.match(w) or f == "m" and (w[0].isdigit() or _COUNTED.match(w))
                                                                  or not held and _starts_predicate(tokens, i, event))), len(tokens))
    tokens = tokens[:stop]
    # 1286项政务公开目录标准化编制工作: the work done on the nouns is not what was counted
    deed = next((i for i, (w, f) in enumerate(tokens) if i > 0 and f in ("v", "vn") and tokens[i - 1][1].startswith("n")), None)
    if deed is not None and len(tokens) > 1 and tokens[-1][0].endswith("工作") and deed < len(tokens) - 1:
        # an event counts the deed itself (2次法治政府建设督察工作: the 督察), less the word 工作
        tokens = tokens[:-1] if event and tokens[-1][0] == "工作" else tokens[:deed]
    # X的监管 / X的管理: the noun phrase is X; the trailing head is what is done to it
    if len(tokens) >= 3 and tokens[-2][0] == "的":
        tokens = tokens[:-2]
    return _without_trailing_words(tokens)


_PREDICATE_ADVERBS = {"全", "全面", "全部", "均", "已", "基本", "同步", "逐一", "集中", "统一"}


def _without_closing_predicate(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """200个行政村全覆盖, 1186个网格全面排查: a verb closing the phrase after its noun is the predicate
    (an activity's verb is what an event counts: 8次专题学习 keeps it)."""
    if len(tokens) < 2 or tokens[-1][1] != "v" or len(tokens[-1][0]) < 2 or ACTIVITY_WORD.search(tokens[-1][0]):
        return tokens
    start = len(tokens) - 1
    while start > 1 and (tokens[start - 1][1] in ("a", "d", "ad") or tokens[start - 1][0] in _PREDICATE_ADVERBS):
        start -= 1
    return tokens[:start] if tokens[start - 1][1].startswith(("n", "j")) else tokens


CAUSE_AFTER = re.compile(r"\s*(?:案件)?案由(?:为|是|均为|均是)\s*([^，,。；;（(]{2,30})")


def subject_after(text_after: str, longest: int = LONG_SUBJECT, *, event: bool = False) -> str:
    """Subject from the text right after the quantity (number-first order); a thing counted
    loses the predicate closing its phrase, an activity keeps its verb."""
    if not event and (cause := CAUSE_AFTER.match(text_after)):
        return cause.group(1)[:MAX_SUBJECT]  # 1起案由为擅自设立弃置场…: cases named by their cause
    tokens = after_tokens(text_after, event)
    if not event and len(tokens) > 1 and tokens[0][0] in GENERIC_HEADS and len(_text(tokens)) > longest:
        # 126名干部职工完成“如法网”线上学法考法: the people are counted; a long deed shrinks to qualify them
        deed = _compact(tokens[1:], max(4, longest - len(tokens[0][0]) - 1))
        return (_text(deed) + "的" + tokens[0][0])[-MAX_SUBJECT:]
    return _text(_compact(tokens if event else _without_closing_predicate(tokens), longest))[:MAX_SUBJECT]


_JOIN_VERBS = ("参加", "参与")
PLACEHOLDER_HEADS = {"工作", "事项", "内容", "方面", "事务"}


def joined_activity(subject: str) -> str:
    """干部参加法治讲堂, 参加法治讲堂 -> 法治讲堂: an event counts the activity people joined, not the people."""
    tokens = pos_tokens(subject) if subject and any(v in subject for v in _JOIN_VERBS) else []
    at = next((i for i in range(len(tokens) - 2, -1, -1) if tokens[i][0] in _JOIN_VERBS), None)
    joined = _text(tokens[at + 1:]) if at is not None else ""
    # 参与决策论证、合同审核等工作: a placeholder (工作, 事项) names no activity; the joining stays in
    return joined if len(joined) >= 2 and joined not in PLACEHOLDER_HEADS else subject


def is_bare_verb(subject: str) -> bool:
    """A predicate with no noun (调处, 继续有效): its object is the one a figure before it counted."""
    if subject.endswith(("率", "比例", "占比")):
        return False  # 履行率: a rate's name, whatever jieba tags 率 as
    tokens = pos_tokens(subject) if subject else []
    if len(tokens) == 1:
        return tokens[0][1].startswith("v") and len(subject) <= 3
    # 继续有效, 保留有效: a verb and a state, still no noun (a verbal noun like 宣传 is one)
    return len(tokens) == 2 and len(subject) <= 4 and tokens[0][1] == "v" and tokens[1][1] in ("a", "ad", "v")


def head_noun(subject: str) -> str:
    """The noun phrase a subject ends with (受理矛盾纠纷 -> 矛盾纠纷), '' if it ends in a verb."""
    nouns: list[str] = []
    for word, flag in reversed(tokens_of(subject)):
        if flag.startswith(("v", "u", "p", "c", "d")) and flag != "vn" or flag == "ad" or word == "的":
            break  # (主动公开市政府规章: jieba's adverb 公开 is the verb)
        nouns.insert(0, word)
    return "".join(nouns)


# verbs of handling things counted, which may follow their topic (行政复议案件共受理15件)
HANDLING_VERBS = frozenset({"受理", "办理", "调处", "调解", "化解", "审结", "办结", "查处", "查办", "审查", "审核", "出具",
                            "接待", "处理", "开展", "举办", "召开", "组织", "发放", "答复"})


def object_noun(subject: str) -> str:
    """The noun a subject counts: its head noun (受理矛盾纠纷 -> 矛盾纠纷), or the topic before its closing
    verb (行政复议案件受理 -> 行政复议案件)."""
    if noun := head_noun(subject):
        return noun
    tokens = tokens_of(subject)
    if len(tokens) >= 2 and tokens[-1][0] in HANDLING_VERBS \
            and not any(f.startswith("v") and f != "vn" for _, f in tokens[:-1]):  # not 办理各部门咨询答复
        return head_noun(_text(tokens[:-1]))
    return ""


_RESPECTIVELY = re.compile(r"分别\s*(?:为|是|达到|达|有|占)?\s*")
_LIST_JOINER = re.compile(r"\s*(?:[、，,]|和|及|与|以及)\s*")
_LIST_WORDS = ("，", ",", "和", "及", "与", "以及")


def _list_items(text: str) -> list[str]:
    """A 、/和/及-list split into its items, never inside a word (参与率 holds 与)."""
    parts, current = [], ""
    for word, flag in tokens_of(text.replace("、", "，")):
        if word in _LIST_WORDS and flag in ("c", "x", "p"):
            parts.append(current)
            current = ""
        else:
            current += word
    return [p for p in parts + [current] if p]


def respectively_names(sentence: str, quantities: list[tuple[int, int]]) -> dict[int, str]:
    """受理、调处矛盾纠纷分别为254件、244件: each quantity of a list after 分别 paired with the
    item of the list before it in the same place, {quantity start: subject}. A bare verb item
    takes the object of the last one (受理 -> 受理矛盾纠纷). Lists of unequal length are left alone."""
    out: dict[int, str] = {}
    for m in _RESPECTIVELY.finditer(sentence):
        chain, end = [], m.end()
        for start, stop in quantities:
            if start < end:
                continue
            if start != end and not (chain and _LIST_JOINER.fullmatch(sentence, end, start)):
                break
            chain.append(start)
            end = stop
        if len(chain) < 2:  # one figure after 分别: nothing to pair, no need to cut the list
            continue
        items = _list_items(COMMA_CLAUSE_BREAK.split(clean_phrase(sentence[: m.start()]))[-1])
        if len(items) != len(chain):
            continue
        names = [subject_before(item) or item for item in items]
        names = [n + head_noun(names[-1]) if is_bare_verb(n) else n for n in names[:-1]] + names[-1:]
        shared = _shared_after_the_last_item(names)
        names = [n + shared for n in names[:-1]] + names[-1:]
        out.update(zip(chain, _with_shared_qualifier(names)))
    return out


def _shared_after_the_last_item(names: list[str]) -> str:
    """What the last item of a list says after its own first word, when the items before it lack it: the
    noun phrase they all qualify (广告、社会经济咨询、餐饮业新增“四上”企业分别为…: 广告 is 广告新增四上企业 too).
    Nothing when that is one word (法律顾问、公职律师: two whole nouns, whatever jieba cuts), when an earlier item
    names its own head or is far longer than the last's own word."""
    tokens = pos_tokens(names[-1]) if len(names) > 1 else []
    if len(tokens) < 3 or not tokens[-1][1].startswith("n"):
        return ""
    own, head = tokens[0][0], tokens[-1][0]
    if any(n.endswith(head) or len(n) > len(own) + 4 or n.endswith(names[-1][len(own):]) for n in names[:-1]):
        return ""
    return names[-1][len(own):]


_RATE_LIST = re.compile(
    r"((?:[\u4e00-\u9fa5]{1,14}?率\s*(?:[、,，和及与]|以及)\s*)+[\u4e00-\u9fa5]{1,14}?率)\s*(?:[两二三四五六]个?率)?\s*(?:均|都|全部|分别)\s*(?:达到|到达|达|为|是|保持|在|保持在)?\s*$"
    # without 均 a 、/和-list of names right before one value shares it too (参考率、通过率达到100%);
    # 三率 after the list counts the names, it is none of them
    r"|((?:[\u4e00-\u9fa5]{1,14}?率\s*(?:[、和及与]|以及)\s*)+[\u4e00-\u9fa5]{1,14}?率)\s*(?:[两二三四五六]个?率)?\s*(?:达到|到达|达|为|是|保持|保持在)?了?\s*$"
)


_EACH_LIST = re.compile(r"([\u4e00-\u9fa5“”\"]{2,40}?(?:[、和及与]|以及)[\u4e00-\u9fa5“”\"]{2,20}?)\s*各\s*$")


def names_sharing_each(window: str) -> list[str]:
    """述职评议和述法测评各1次 -> both activities: 各 hands the one figure to each item of the list."""
    clause = COMMA_CLAUSE_BREAK.split(clean_phrase(window))[-1]
    m = _EACH_LIST.search(clause)
    items = _list_items(m.group(1)) if m else []
    names = [subject_before(item) or item for item in items]
    return names if len(names) > 1 and all(len(n) >= 2 for n in names) else []


def shared_rate_names(window: str) -> list[str]:
    """参考率、通过率、优秀率均达100% -> the three rate names (shared prefix carried over)."""
    clause = COMMA_CLAUSE_BREAK.split(clean_phrase(window))[-1]
    m = _RATE_LIST.search(clause)
    if not m:
        return []
    parts = _list_items(m.group(1) or m.group(2))
    names = _with_shared_qualifier([subject_before(parts[0])] + parts[1:])
    return [n for n in names if n.endswith("率")]


def _with_shared_qualifier(names: list[str]) -> list[str]:
    """学法考试参考率、合格率: what qualifies the first short rate name qualifies the others."""
    first_tokens = pos_tokens(names[0]) if names else []
    # (回复率和办结率: a first name with no qualifier lends none)
    # (its stem is no qualifier: 回复率和办结率, 规范性文件的报备率和及时率 -> 规范性文件的及时率)
    stem = 2 if first_tokens and first_tokens[-1][0] == "率" else 1
    prefix = _text(first_tokens[:-stem]) if len(first_tokens) > stem and names[0].endswith("率") else ""
    return names[:1] + [p if len(p) > 3 or not prefix or not p.endswith("率") else prefix + p for p in names[1:]]
