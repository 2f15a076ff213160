"""The mentions ledger: every numeric token of a report, classified as a fact, skipped with a
reason, or unparsed (an extraction failure for the data-quality report).

Rules come from how these reports are written (GUIDELINE.md): dates, document numbers, list
markers, slogans, frequencies, thresholds, targets, deltas and restated totals are not facts.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from transforms import gazetteer, numbers, subjects
from transforms.lexicon import data_lines, pos_tokens

EVENT_UNITS = ["场次", "批次", "轮次", "次", "场", "期", "轮", "堂", "课"]
COUNT_UNITS = [
    "人次", "家次", "户次", "件次", "车次", "个次", "项次", "篇次", "人", "名", "位", "件", "宗", "起", "个", "家", "份", "处", "支", "条", "项", "户",
    "所", "册", "本", "张", "幅", "块", "篇", "部", "套", "台", "辆", "座", "间", "元", "亩", "平方米", "公里", "吨",
    "对", "组", "类", "票", "米", "封",  # 婚姻登记1291对 (couples), 业务套餐41组, 事项18类, 满意25票, 约五千米, 来信6封
    "天",  # 优良天数220天: a count of days (a duration is skipped before the unit is read)
    "公顷", "平方公里", "立方米", "公斤", "千克",  # areas, volumes and weights handled (使用林地28.8公顷, 销毁炸药5457.6公斤), like 亩 and 吨
    "卷", "门",  # 整理归档16卷 (files), 开设法治课程3门 (courses)
    "台次", "艘次", "艘", "顶", "辆次",  # 出动机械112台次, 船舶210艘次, 帐篷54顶, 查处车辆300辆次: machines, ships, tents, vehicles
    "笔",  # 办理业务19048笔: transactions
    "首", "种", "平米", "面",  # (锦旗5面) 创排10首普法花儿 (songs), 电子证照182种 (kinds issued), 打击违法建设14388平米
    "批",  # 接待来访839批: groups of people come; 一批, 三批 in words are rather an article or a batch of the next count
]
RATE_UNITS = ["%", "％"]
UNITS = sorted(EVENT_UNITS + COUNT_UNITS, key=len, reverse=True)
_UNIT_ALT = "|".join(map(re.escape, UNITS))
NUMBER = f"{numbers.ARABIC_SUM}|{numbers.ARABIC}|{numbers.CHINESE}"
# one numeric token, and a quantity starting at one: number, 万/亿, 余/多, unit, 以上/左右
NUMERIC_RUN = re.compile(f"(?=[0-9０-９{numbers.CN_NUMERAL_CHARS}])(?:{NUMBER})")  # first characters told: see SKIP_FIRST_CHARS
# (120余万元 puts 余 before 万: more_first and mult_after hold that order)
QUANTITY = re.compile(
    rf"(?P<num>{NUMBER})\s*(?:(?P<mult>[万亿](?=[余多]?\s*(?:{_UNIT_ALT})))?(?P<more>余|多)?|(?P<more_first>余|多)(?P<mult_after>[万亿]))\s*"
    rf"(?P<unit>个百分点|%|％|{_UNIT_ALT})(?P<post>以上|左右|上下|余)?"
)
# a rate in words, the number after and no sign: 百分之九十五, 百分之百. Like QUANTITY it has num and
# post groups (unit_of says %). The number is whole (no backtracking to 百分之九十 in 百分之九十五的),
# and 百分之百的 is a manner, not a figure.
PERCENT_IN_WORDS = re.compile(
    rf"百分之\s*(?P<num>{numbers.ARABIC}|[{numbers.CN_NUMERAL_CHARS}]+(?:点[{numbers.CN_DIGITS}]+)?)(?![0-9０-９.．点{numbers.CN_NUMERAL_CHARS}])"
    r"(?P<post>以上|左右)?(?!\s*的)"
)
# a rate of zero is often written without its sign (败诉率为0, 纠错率为零): 0 right after a rate name
ZERO_RATE = re.compile(r"(?P<num>0|零)(?P<post>)(?![0-9０-９.．%％])")
# a count of zero is often written without its unit too (复议后败诉案件为0): 0 right after a case noun
ZERO_COUNT = re.compile(r"(?P<num>0|零)(?P<post>)(?![0-9０-９.．%％件起])")  # not ZERO_RATE's string: re would hand back the same object
_CASE_NOUN_BEFORE = re.compile(r"(?:案件|事件|纠纷|信访件|信访事项)\s*(?:数|数量)?\s*(?:为|是|均为|保持为|仍为|实现)\s*$")
_RATE_NAME_BEFORE = re.compile(r"率\s*(?:为|是|均为|保持为|保持在|降为|降至|实现)?\s*$")
# a candidate-bearing sentence, for the vectorised prefilter in normalise
CANDIDATE_PATTERN = f"(?:{numbers.ARABIC}|[{numbers.CN_NUMERAL_CHARS}])"

_CN = f"[{numbers.CN_NUMERAL_CHARS}]"
WHEELED = ("车", "摩托", "电动")  # 三轮车, 两轮电动车: a numeral naming a vehicle
_DEED_OPENING = "(?:开展|组织|举办|召开|举行|进行|参加)"  # verbs that open a predicate of their own after a 、
# The characters every match of a skip pattern starts with. Told this, Python's re tests one class
# at each position instead of trying every alternative there (the date pattern has eleven): the
# same matches, 2-4x faster. tests/test_extraction_cases.py checks the matches are the same.
SKIP_FIRST_CHARS = {
    "date": f"0-9{numbers.CN_NUMERAL_CHARS}",
    "list_marker": rf"\s（(0-9{numbers.CN_NUMERAL_CHARS}第其",
    "ordinal": f"第0-9{numbers.CN_NUMERAL_CHARS}",
    "name_or_slogan": f"0-9《“\"‘{numbers.CN_NUMERAL_CHARS}",
    "duration_or_threshold": f"0-9{numbers.CN_NUMERAL_CHARS}未没杜不防避至连",
    "page_debris": "浏阅点访索I",
}


_HOTLINES = "12345|12348|12315|12366|12369|12368|12388|12320|12110|110|119|120|122"


def _starting_with(first_chars: str, pattern: str) -> re.Pattern[str]:
    return re.compile(f"(?=[{first_chars}])(?:{pattern})")


SKIP_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("doc_number", re.compile(r"[〔\[［（(]\s*(?:19|20)[0-9]{2}\s*[〕\]］）)]\s*[第]?[0-9]+\s*号|第\s*[0-9]+\s*号")),
    ("date", _starting_with(SKIP_FIRST_CHARS["date"],
        r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*[日号]?"
        r"|(?:19|20)[0-9]{2}\s*年(?:度|底|初|末|以来)?|(?<![0-9])[0-9]{1,2}\s*月(?:份)?(?:\s*[0-9]{1,2}\s*[日号])?"
        r"|(?<![0-9.])[0-9]{1,2}\s*[日号](?![0-9])"
        rf"|(?<![0-9.])(?:1[0-2]|0?[1-9])\s*[·.．]\s*[0-9]{{1,2}}(?![0-9])(?=\s*[”\"’]?\s*(?![万亿千百]|{_UNIT_ALT})[\u4e00-\u9fa5])"
        rf"|{_CN}{{2,4}}年{_CN}{{1,3}}月(?:{_CN}{{1,3}}日)?|(?<![0-9{numbers.CN_NUMERAL_CHARS}])[一二三四五六七八九十]{{1,3}}月份?"
        rf"|(?:19|20)[0-9]{{2}}(?=\s*(?:法治|依法|普法|年度|工作))"
        rf"|(?<![0-9])(?:19|20)[0-9]{{2}}\s*[-—–~至到]\s*(?:(?:19|20)[0-9]{{2}}|[0-9]{{1,2}})\s*[年月]?"  # 2021-2023年, 2023.1-12
        rf"|(?<![0-9])[0-9]{{1,2}}\s*[-—–~至到]\s*[0-9]{{1,2}}\s*月"  # 1-12月
        rf"|(?<![0-9.])(?:19|20)[0-9]{{2}}(?![0-9.])(?!\s*(?:[余多万亿%％]|{_UNIT_ALT}))"  # a bare year
        r"|(?<![0-9])[0-2]?[0-9]\s*[:：]\s*[0-5][0-9](?:\s*[:：]\s*[0-5][0-9])?(?![0-9])"  # a time of day (发布时间 09:36)
    )),
    ("list_marker", _starting_with(SKIP_FIRST_CHARS["list_marker"],
        rf"(?:^|(?<=[\n。；;：:]))\s*(?:[（(]\s*(?:{_CN}+|[0-9]+)\s*[）)]|(?:{_CN}+|[0-9]+)\s*[、.．](?![0-9])|第\s*{_CN}+\s*[，,、])"
        rf"|[（(]\s*{_CN}{{1,3}}\s*[）)]|(?<![\u4e00-\u9fa5])[一二三四五六七八九十]{{1,3}}是|(?:^|(?<=[\n。；;：:，,]))\s*[0-9]{{1,2}}\s*[.．、](?![0-9])"
        rf"|其[一二三四五六七八九十]"
    )),
    ("ordinal", _starting_with(SKIP_FIRST_CHARS["ordinal"], rf"第\s*(?:{_CN}+|[0-9]+)|[0-9{numbers.CN_NUMERAL_CHARS}]+\s*届\s*(?:[0-9]+|{_CN}+)\s*次|(?<!召开)(?<!举行)(?<!主持)(?<!召集)(?<!召开了)(?<!举行了)(?<!开展)(?<!组织)(?<!共)(?<!累计)(?<![0-9{numbers.CN_NUMERAL_CHARS}])(?!两)(?:{_CN}+|[0-9]+)\s*次\s*(?=(?:全体|全委|常委|常务)?(?:会议|全会)(?!活动))")),
    # (人大三次会议 is the third session; 召开8次会议 holds eight)
    ("name_or_slogan", _starting_with(SKIP_FIRST_CHARS["name_or_slogan"],
        # a slogan counting up its parts: 一个大市场、两个纲要、三个监管、四个安全
        rf"(?<!{_CN})一个[\u4e00-\u9fa5]{{1,6}}、[两二]个[\u4e00-\u9fa5]{{1,6}}(?:、三个[\u4e00-\u9fa5]{{1,6}}(?:、四个[\u4e00-\u9fa5]{{1,6}})?)?|"
        # a hotline number names a service; followed by a unit (受理纠纷120件) it is a quantity
        rf"(?<![0-9.])(?:{_HOTLINES})(?![0-9.])"
        rf"(?!\s*(?:[万亿余多]|{_UNIT_ALT}|%|％))(?=\s*(?:热线|平台|服务|市民|政务|便民|法律|[”\"]|[\u4e00-\u9fa5]))"
        # one of a list of them (开通12345、110、119等热线): the list ends on a name, not a unit
        rf"|(?<![0-9.])(?:{_HOTLINES})(?![0-9.])(?=(?:\s*、\s*(?:{_HOTLINES})(?![0-9.]))+(?!\s*(?:[万亿余多]|{_UNIT_ALT}|%|％))\s*[”\"\u4e00-\u9fa5])"
        rf"|《[^》]{{0,60}}》|(?<![0-9\u4e00-\u9fa5]){_CN}[\u4e00-\u9fa5]{_CN}[\u4e00-\u9fa5]{{1,2}}|一[\u4e00-\u9fa5]一[\u4e00-\u9fa5]"
        rf"|[“\"]{_CN}+\s*(?:个|项|大|条|不|无|进|治|化|心|张|清单)[^”\"]{{0,10}}[”\"]|{_CN}+\s*(?:个|项)\s*(?=[“\"])"
        rf"|(?<![0-9{numbers.CN_NUMERAL_CHARS}])[一二三四五]\s*类(?=水|标准|医疗器械)"  # 四类水质, 三类医疗器械: a grade, not a count
        rf"|(?<![0-9{numbers.CN_NUMERAL_CHARS}])[两三四]轮(?={'|'.join(WHEELED)})"  # 三轮车: a vehicle, not three rounds
        # digits inside a short quoted name: “静海镇10条”, “1310”部署, “3·15”, “1站36室”
        rf"|[“\"‘][^”\"’，,。；;]{{0,10}}?(?:[0-9]|{_CN})[^”\"’，,。；;]{{0,10}}[”\"’]"
        rf"|(?<![0-9.])[0-9]{{1,2}}\s*大(?=[\u4e00-\u9fa5]{{2}})"  # 3大创新举措, like 八大行动: a label
        # 三元区, 三门峡, 三门县: a place named with a numeral; 五门联动: a label (a count of courses is in digits)
        rf"|(?<!{_CN})[一二三四五六七八九十]{{1,2}}(?:元(?=区|县|市|镇|乡|村|街)|门)"
    )),
    ("frequency", re.compile(rf"每(?:[两二三四五六半]个?)?(?:年|月|季|季度|周|星期|天|日|半年|学期|期|个月|一)[^，。；,;]{{0,8}}?(?:[0-9]+|{_CN}+)\s*(?:次|场|期|轮|回)?"
                             # farther on in the clause only with a counter of occurrences (每年开展中心组学法、政府学法20余次), not a rate,
                             # and not past a 、 that opens another deed (每季度听取汇报、开展常务会议学法7次: the 7 is the year's)
                             rf"|每(?:[两二三四五六半]个?)?(?:年|月|季|季度|周|半年)(?:(?!、{_DEED_OPENING})[^，。；,;0-9]){{9,24}}?(?:[0-9]+|{_CN}+)\s*(?:余|多)?\s*(?:次|场|期|轮|回)")),
    ("duration_or_threshold", _starting_with(SKIP_FIRST_CHARS["duration_or_threshold"],
        rf"(?<!天数)(?<!天数为)(?<!天数达)(?<!天数达到)(?<![0-9.{numbers.CN_NUMERAL_CHARS}])(?:[0-9]+(?:\.[0-9]+)?|{_CN}+)\s*(?:余|多)?\s*(?:个)?\s*(?:工作日|(?:工作)?小时|分钟|天|周|个月|月内|年内|年来|日内|学时|课时)"  # 优良天数220天 counts days
        rf"|连续\s*(?:[0-9]+|{_CN}+)\s*(?:年|届|次)"  # 连续6年入选: a streak, not a count
        rf"|(?:杜绝|不发生|不超过|不少于|不低于|至少|(?:未|没有|防止|避免)(?:发生|出现))[^，。；,;]{{0,10}}?(?:[0-9]+|{_CN}+)\s*(?:{_UNIT_ALT})\s*(?:以上|以下)?"
        # 未/避免 alone name a deed (查处未密闭运输117起, 避免进入诉讼的高风险案件50件 count cases):
        # a threshold only with 以上/以下
        rf"|(?:未|没有|防止|避免)[^，。；,;]{{0,10}}?(?:[0-9]+|{_CN}+)\s*(?:{_UNIT_ALT})\s*(?:以上|以下)"
    )),
    # a web page's counter left inside a line of text (…调处率96%。浏览次数：356次)
    ("page_debris", _starting_with(SKIP_FIRST_CHARS["page_debris"], r"(?:浏览|阅读|点击|访问)(?:(?:次数|量|数)\s*[:：]?|\s*[:：])\s*[0-9]+\s*次?"
                                                                   r"|索\s*引\s*号[\s:：|｜\]］]*[^\s，。；|｜]+"  # | [ 索引号 ] | 11500230008689607X/2026-00009 | (a table cell)
                                                                   r"|IE\s*版本\s*(?:小于|低于)\s*[0-9]+")),  # 您的浏览器IE版本小于11: the site's own notice
    # a measured level or a score: no event, count or rate (PM2.5年均浓度为47微克/立方米, 占4分权重, 平均分99.99)
    ("other", re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:微克/立方米|毫克/立方米|毫克/升|分贝|分权重)|平均分\s*(?:为|达|达到)?\s*[0-9]+(?:\.[0-9]+)?")),
]
# Something every match of the pattern must contain: a sentence without it skips the pattern
# (Python's re tries each alternative at every position; these checks scan for literals).
# The gates are also valid Rust regexes, so candidate_sentences can test them all in Polars:
# whitespace is spelled out because Rust's \s lacks the \x1c-\x1f that Python's \s has.
_CN_TEN = "一二三四五六七八九十"
_WS = r"[\s\x1c-\x1f]"
SKIP_GATES: dict[str, re.Pattern[str]] = {
    "doc_number": re.compile("号"),
    "date": re.compile(rf"(?:19|20)[0-9]{{2}}|[0-9]{_WS}*[月日号·.．:：]|{_CN}[年月]"),
    # the pattern's alternatives with their lookarounds dropped (a superset), so that a decimal
    # point or a 、 after a number does not send every sentence through the Python pattern
    "list_marker": re.compile(
        rf"(?:^|[\n。；;：:])(?:{_WS})*(?:[（(]|[0-9{numbers.CN_NUMERAL_CHARS}]+{_WS}*[、.．]|第{_WS}*{_CN}+{_WS}*[，,、])"
        rf"|[（(]{_WS}*{_CN}|[{_CN_TEN}]是|(?:^|[\n。；;：:，,]){_WS}*[0-9]{{1,2}}{_WS}*[.．、]|其[{_CN_TEN}]"),
    "ordinal": re.compile(rf"[第届]|次{_WS}*(?:全体|全委|常委|常务)?(?:会议|全会)"),
    "name_or_slogan": re.compile(
        rf"(?:110|119|12[02]|12345|12348|12315|12366|12369|12368|12388|12320|12110){_WS}*[”\"\u4e00-\u9fa5、]|《[^》]{{0,60}}》"
        rf"|(?:^|[^0-9\u4e00-\u9fa5]){_CN}[\u4e00-\u9fa5]{_CN}[\u4e00-\u9fa5]|一[\u4e00-\u9fa5]一[\u4e00-\u9fa5]|[“\"]{_CN}"
        rf"|{_CN}{_WS}*[个项]{_WS}*[“\"]|[“\"‘][^”\"’，,。；;]{{0,10}}[0-9{numbers.CN_NUMERAL_CHARS}]|[0-9]{_WS}*大"
        rf"|{_CN}元[区县市镇乡村街]|{_CN}门|[一二三四五]{_WS}*类|[两三四]轮|一个[\u4e00-\u9fa5]{{1,6}}、"),
    "frequency": re.compile("每"),
    "duration_or_threshold": re.compile("工作日|小时|分钟|天|周|个月|月内|年内|年来|日内|学时|课时|未|没有|杜绝|不发生|防止|避免|不超过|不少于|不低于|至少|连续"),
    "page_debris": re.compile("浏览|阅读|点击|访问|索|IE"),
    "other": re.compile("微克|毫克|分贝|分权重|平均分"),
}
# words in the same clause before a number that make it a goal, not a result
# Strong words mark a goal on their own; weak ones (确保, 推动) only with a level to reach.
CONTEXT_FIRST_CHARS = {"target": "力争目计预拟将确推要努保谋有", "delta": "同环比较增下减上提降压缩精节"}  # as SKIP_FIRST_CHARS
TARGET_WORDS = _starting_with(CONTEXT_FIRST_CHARS["target"],
    r"(力争|争取(?!到|[^，。；,;]{0,10}(?:资金|贷款|项目|经费|补助|奖补))|目标(?!责任|管理|考核)|(?<!按)(?<!照)(?<!按年度)(?<!照年度)(?<!占)计划(?![类信]|\s*$)|预计|(?<![模虚草比])拟(?![定稿])|力求|将达到|谋划(?:创建|建设|实施|推进|打造|新建)|有望)(?:(?!并)[^，。；,;]){0,20}$"  # 列入学习计划并组织开展学习50次: 并 opens the deed; 制定实施行政检查计划2748个 counts plans
    r"|(确保|推动|要求|努力|保证)[^，。；,;]{0,20}(达|达到|保持|提高到|提升到|控制在|不低于|实现)\s*$"
)  # 按计划, 按照年度计划: what was done as planned is done
DELTA_BEFORE = _starting_with(CONTEXT_FIRST_CHARS["delta"],
    r"(同比|环比|比上年|较上年|较去年|比去年|较20[0-9]{2}年|比20[0-9]{2}年)[^，。；,;]{0,8}$"
    r"|(增长|增加|下降|减少|上升|提升|提高|降低|增幅|降幅|压缩|压减|缩减|缩短|精简|精减|提速|节省|节约)了?(?:超过?|近|约|逾)?\s*$"
    r"|(节省|节约)[^，。；,;0-9]{1,8}$"  # 节约往返路费20余万元: what was saved, a difference from before
    r"|(增幅|降幅)(?:达到?|为)\s*$")  # 扰企降幅达59%
# a place in a league table: 排名全市3名, 位居全区5位, and the top of one (进入全省前10名, 排名全市前三)
# (居 alone, but not the 居 of 村居/社居/民居/邻居: 法律顾问实现村居100%覆盖; nor the 排 of 安排20多万元)
RANK_BASE_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:排名|位列|名列|位居)\s*(?:第|前)")  # 在全市27个部门排名第1: the field ranked in
RANK_BEFORE = re.compile(r"(排名|(?<![安编彩摸创])排|位居|位列|名列|(?<![村社民邻安家])居)\s*(?:全[省市县区]|第)?\s*$"
                         r"|(?:全[省市县区国]|排名|位居|位列|名列|(?<![村社民邻安家])居|进入|跻身|位于)\s*前\s*$")
ABSTRACT_HEADS = re.compile(r"^(?:制度|机制|原则|意识|自信|维护|确立|工程|体系|不|无|一|全面|清单|结合|行动|规定|重点|关键|方面|环节|坚持|必须|到位|融合|(?:法定)?程序|方向|大事|核心)")
GROUP_END = re.compile(r"(?:团|队|组|室|站|点|所|员|中心|基地|阵地)$")  # 6个宣讲团 counts groups, not talks
ACTIVITY_HEADS = re.compile(r"(研讨|讲座|会议|活动|培训|专题|论坛|课(?!题)|宣讲|演练|检查|督查|学习|座谈|比赛|竞赛|整治|专项行动)")  # 课题: a topic studied
ORIGIN_BEFORE = re.compile(r"来自[^，,。；;0-9]{0,20}$")
ORIGIN_OF_AFTER = re.compile(r"[^，,。；;0-9]{1,10}?的")
CLASS_NOUN_AFTER = re.compile(r"\s*(?:的)?\s*(?:案件|项目|企业|工程|合同|罚款|处罚)")
BOUND_BEFORE = re.compile(r"控制在[^，,。；;]*$")
CUT_TO_BEFORE = re.compile(r"(?:减|降|降低|减少|压缩|压减|缩短|精简)(?:至|到)\s*$")
REFERENCE_BEFORE = re.compile(r"指标\s*(?:为|是|要求)?\s*[（(]?\s*$")
# 在原33个成员单位的基础上, 从原来的486项: the level before the year's change, not the year's
FORMER_LEVEL = re.compile(r"(?<!对)(?:原|原有|原来的?)\s*$")  # 对原有2件文件进行审核: the object of a deed
CHANGED_TO = re.compile(r"\s*[，,]?\s*(?:增加|增|提高|提升|上升|减少|减|下降|降低|降|压缩|压减|缩短|精简)(?:到|至|为)")
# 时限压缩比达到95%, 材料精简比例达65%: the share cut off, not a level reached
SHARE_CHANGE_BEFORE = re.compile(r"(?:(?<![防救])减|压减)[\u4e00-\u9fa5]{1,3}(?<!率)$|(?:压缩|缩短|减少|降低|提高|提升)(?:到|至)[^，。；,;]{0,12}的$"
                                 # 减少办理环节74.85%, 精简申报材料43.3%: by how much a thing was cut
                                 r"|(?:减少|精简|压缩|缩短|压减)[\u4e00-\u9fa5]{2,6}(?<!率)$"
                                 r"|(?:压缩|压减|缩减|缩短|精简|减少|节约|节省)(?:比例?|率|幅度)\s*(?:达到?|为)?\s*$")
FEWER_OCCURRENCES_BEFORE = re.compile(r"减少[\u4e00-\u9fa5]{1,4}$")
# the size of a place describes it (全镇版图面积336.8平方公里); an area worked on is counted (整治土地面积120公顷)
PLACE_SIZE_BEFORE = re.compile(r"(?:版图|国土|辖区|行政区域|区域|总|管辖)面积\s*(?:为|达|约|是|共)?\s*$")
# 距县城25公里: where a place lies describes it, like its size
DISTANCE_BEFORE = re.compile(r"(?:距|距离|离|相距)[^，,。；;]{1,10}?(?:约|近|有)?\s*$")
DISTANCE_UNITS = {"公里", "千米", "米", "里"}
PER_HEAD_BEFORE = re.compile(r"(?:人手|人均|每人|户均|每户|所均|站均|村均|每所|每个司法所|(?:每个|各)[\u4e00-\u9fa5]{1,6}?(?:拥有|配备有?|配有)[\u4e00-\u9fa5]{0,6})(?:[\u4e00-\u9fa5]{1,4}?(?:量|数|次数))?\s*(?:为|达|达到)?\s*$")  # 人均执法量6件
# 紧扣95项测评指标, 一级指标共十项: the size of an assessment's scheme, not what the body did (unless met: 12项指标全部达标)
# (indicators met, or whose evidence was gathered and sent up: 100项创建指标佐证资料上传至…系统, are a deed)
SCHEME_INDICATORS_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,4}?指标(?![^，,。；;]{0,4}(?:全部|均|全面|达标|完成|满分|优秀|合格)|[^，,。；;]{0,8}(?:上传|报送|提交))")
MET_BEFORE = re.compile(r"(?:完成|落实|实现|达到|达成|满足)\s*$")
SCHEME_INDICATORS_BEFORE = re.compile(r"指标\s*(?:共|共计|总计)\s*$")
TASKS_OF_SECTIONS_BEFORE = re.compile(r"(?:[0-9]+|[一二三四五六七八九十]+)\s*(?:个|大)?方面\s*$")
RATE_AS_TARGET_AFTER = re.compile(r"\s*(?:以上)?的?(?:考核|工作)?(?:任务|目标|指标)")
LEVEL_VERB_BEFORE = re.compile(r"(?:覆盖|达到|达|实现|占)\s*$")
_MARKER_END = re.compile(r"\s*[、.．）)]?")
HELD_BEFORE = re.compile(r"(?:举办|开办|举行)了?\s*$")
_LIST_ITEM_BETWEEN = re.compile(r"[\u4e00-\u9fa5“”]{0,10}、\s*[\u4e00-\u9fa5“”]{0,12}")  # (…50项措施、服务保障稳住经济大盘25项)
TASKS_SET_BEFORE = re.compile(r"(?:确定|部署|部署落实|部署推进|下达|分解|制定|细化|出台|印发|认领)(?:了|的)?\s*$")
TASKS_SET_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:任务|举措|措施|重点工作)")
# 提出建立25项重要制度: what a plan proposes to set up, not what was set up
PROPOSED_BEFORE = re.compile(r"提出(?:建立|健全|制定|完善|出台|实施|推进|打造)\s*$")
KINDS_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,6}?(?:类型|类别)")  # 包含行政许可、行政处罚等10项职权类型: kinds, not things
# 立法、执法、司法、守法四个法治环节: abstract parts a numeral sums up
LIST_LABEL_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,4}?(?:环节|方面|层面|维度|板块|体系|战略|理念)")
# 入选国家首批六个…试点城市: the size of the group a body was selected into, not a count of its own
SELECTED_INTO_BEFORE = re.compile(r"入选[^，,。；;0-9]{0,10}(?:首批|第[一二三四五六七八九十0-9]+批)(?:全国|全省|国家级|省级)?\s*$")
# 明确整改措施236条, 认领任务92个: the measures a plan sets, counted after their name
# (制定措施28条 counts the measures taken, as the dev set reads it)
MEASURES_SET_BEFORE = re.compile(r"(?:明确|细化|认领|确定)[^，,。；;]{0,10}?(?:举措|措施|任务分工|任务)\s*$")
# 出台公安打造一流营商环境50项措施: a document's measures, counted before their name
MEASURES_ISSUED_BEFORE = re.compile(r"(?:出台|制定|印发|提出)[^，,。；;]{0,16}$")
MEASURES_AFTER = re.compile(r"\s*(?:具体)?(?:工作)?(?:举措|措施)")
PLAN_DOCUMENT_BEFORE = re.compile(r"(?:分工方案|实施方案|工作方案)\s*$")
TASKS_AFTER = re.compile(r"[^，,。；;]{0,6}?(?:任务|内容|目标|要求|举措|措施|重点工作)")  # not 六大方面21个问题: problems found
# a count of people a norm governs (做到, 实行, 坚持; or one rule in a 、-list of them): a condition, not a result
NORM_BEFORE = re.compile(r"(?:、|做到|实行|坚持|落实|确保|严格|须|必须|应当|应|由)\s*$")
# who a body has or appoints: 一 people after these is a head count (仅有一人持证), not the article "a"
STAFFED_BEFORE = re.compile(r"(?:有|配备|配齐|明确|确定|指定|选派|安排)\s*$")
ONE_OF = re.compile(r"[^，,。；;]{0,14}?之一")
# 落实两个成为, 做实三个转型: a numbered programme label after a verb of carrying out, closing its clause
SLOGAN_VERB_BEFORE = re.compile(r"(?:落实|践行|坚持|围绕|做实|贯彻|聚焦|做到|树牢|增强|深化|对标|锚定)\s*$")
SLOGAN_AFTER = re.compile(r"[\u4e00-\u9fa5]{1,4}(?=[，,。；;、]|$)")
# a means the deed used (以6期系列报道进行宣传, 通过3场讲座): the noun after the count is what it counts
MEANS_PREPOSITIONS = frozenset({"以", "用", "通过", "借助", "依托", "利用", "凭借"})
# (赋权至三个试点乡镇: the place a thing went to, not a level reached: 达到, nor a date: 截至)
PRE_NUMBER_FIRST = re.compile(r"(有|为|对|向|给|帮助|使|让|实现|对全镇|其中有|其余|剩余|其他|另有|将|把|经过|且|(?<![达截])至|(?<![达截])到|(?<!理)由)\s*$")  # 由7名律师组成
# (1起正在审理中: a case in progress, not a base)
_BASE_OF_BREAKDOWN = re.compile(rf"[^，,。；;、]{{0,12}}(?<!审理|办理|处理|进行|调查|推进|整改|审查|实施)[中里][，,]?[^，,。；;]{{0,10}}?(?:[0-9]|{_CN})")  # 107件信访件中办结
# who did the work a later figure counts: 5家律师事务所|共办理各类法律事务787件
_DEED_OF_A_COUNT = r"(?:共计|共|累计|合计|全年)?(?:办理|受理|开展|完成|提供|接待|调解|调处|处理|审查|出具)"
_AGENT_OF_A_COUNT = re.compile(rf"([\u4e00-\u9fa5]{{2,12}}?){_DEED_OF_A_COUNT}[^，,。；;]{{0,16}}?(?:[0-9]|{_CN})")
# 共46家:其中…40家, 30件（其中…）, 1127个人民调解委员会,其中: the noun a number-first total counts may come between
_BREAKDOWN_FOLLOWS = re.compile(r"[^，,。；;：:（(0-9]{0,16}?\s*[，,:：（(]?\s*其中")
CLOSING_BRACKET = re.compile(r"[)）]")
_DATE_UNIT_AFTER = re.compile(r"\s*(?:年度|年|月份|月|日)")
_TIME_ADVERBIAL_AFTER = re.compile(r"\s*(?:年度|年|月份|月|日)?(?:底前|底|初|末|中旬|上旬|下旬|以前|以来)")  # 6月底前共71项
_PARTS_IN_BRACKETS = re.compile(r"\s*[（(][^（()）]*?[0-9][^（()）]*[）)]")  # figures in brackets right after a total
_QUOTED_NAME = re.compile(r"[“\"]([\u4e00-\u9fa5]{2,14})[”\"]")
_CHINESE_NUMBER = re.compile(numbers.CHINESE)


@dataclass(slots=True)  # a national run makes millions of these: no per-object __dict__
class Mention:
    """One numeric token and what became of it."""
    start: int
    end: int
    token: str
    status: str  # fact | skipped | unparsed
    reason: str = ""
    anchor_start: int = -1
    anchor_end: int = -1
    kind: str = ""
    value: float | None = None
    unit: str = ""
    approx: str = ""
    subjects: list[str] = field(default_factory=list)
    parent: int | None = None  # index of the total a breakdown part belongs to


SLOGAN_WORDS = sorted(data_lines("slogans.txt"), key=len, reverse=True)
SLOGANS = re.compile("|".join(map(re.escape, SLOGAN_WORDS)))
# one bit per gate, and a last one for "holds a slogan": candidate_sentences computes the same
# mask in Polars for a whole batch; skip_gate_mask is the per-sentence fallback
GATE_BITS = {reason: 1 << i for i, reason in enumerate(SKIP_GATES)} | {"slogans": 1 << len(SKIP_GATES)}


def skip_gate_mask(sentence: str) -> int:
    mask = sum(GATE_BITS[reason] for reason, gate in SKIP_GATES.items() if gate.search(sentence))
    return mask | (GATE_BITS["slogans"] if SLOGANS.search(sentence) else 0)


def skip_spans(sentence: str, gates: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every stretch whose numerals are not facts, by pattern.
    gates: skip_gate_mask(sentence), when the caller already has it."""
    gates = skip_gate_mask(sentence) if gates is None else gates
    spans = [(m.start(), m.end(), "name_or_slogan") for m in SLOGANS.finditer(sentence)] if gates & GATE_BITS["slogans"] else []
    for reason, pattern in SKIP_PATTERNS:
        if gates & GATE_BITS[reason]:
            spans += [(m.start(), m.end(), reason) for m in pattern.finditer(sentence) if m.end() > m.start()]
    return spans


def _lexical_word(sentence: str, start: int, end: int) -> bool:
    """A numeral inside an ordinary word (进一步, 一定, 统一, 万胜坝) is not a number."""
    pos = 0
    for word, flag in pos_tokens(sentence[max(0, start - 6): end + 6]):
        w_start = max(0, start - 6) + pos
        pos += len(word)
        if w_start <= start < w_start + len(word):
            return len(word) > end - start and flag not in ("m", "mq", "q") and not word.isdigit()
    return False


def quantity_rule(sentence: str, m: re.Match[str], *, in_plan: bool) -> str:
    """Skip reason from the words around a quantity, '' when it is a fact."""
    before, after = sentence[: m.start()], sentence[m.end():]
    num, unit = m.group("num"), unit_of(m)
    if unit == "个百分点" or DELTA_BEFORE.search(before[-12:]) or FORMER_LEVEL.search(before[-6:]):
        return "delta"
    if before[-1:] in "、和及与" and (head := _list_head(end := before[-80:])) != end and DELTA_BEFORE.search(head[-12:]):
        return "delta"  # 同比分别下降11.1%、25.5%和23.4%: the list's later items change as its first does
    if before.rstrip(LAYOUT_SPACES).endswith("由") and CHANGED_TO.match(after) or unit in RATE_UNITS and SHARE_CHANGE_BEFORE.search(before[-16:]):
        return "delta"  # 由22次减至2次: the level before the change; 减材料36.8%, 压缩至法定时限的14.98%: a relative change
    if m.group("post") in ("以上", "以下") and (unit == "元" and CLASS_NOUN_AFTER.match(after) or after.lstrip(LAYOUT_SPACES).startswith("的")) \
            and not (unit in RATE_UNITS and LEVEL_VERB_BEFORE.search(before[-4:])):  # 覆盖75%以上的执法领域: a level reached
        return "duration_or_threshold"  # 罚款1万元以上案件579起, 总量1000件以上的部门: the bound that names a class
    if unit in PERSON_UNITS and m.group("post") == "以上" and NORM_BEFORE.search(before[-6:]):
        return "duration_or_threshold"  # 做到执法亮证、两人以上执法: how many must be present, a rule of conduct
    if ONE_OF.match(after):  # 入选全省五个推荐项目之一: the size of a list the body is one of
        return "ordinal"
    if ORIGIN_BEFORE.search(before[-24:]) and ORIGIN_OF_AFTER.match(after):
        return "other"  # 来自(经济、科技…)6个领域的专家: where the people counted next came from describes them
    if unit == "个" and after.lstrip(LAYOUT_SPACES).startswith(("方面", "阶段", "步骤", "维度", "层面", "层次", "部分", "季度")):
        return "other"  # 细化9个方面重点任务, 分三个阶段推进: how a text or a campaign is laid out, not a result
    if TASKS_OF_SECTIONS_BEFORE.search(before[-10:]) and TASKS_AFTER.match(after):
        return "target_or_plan"  # 明确9个方面20项任务目标: the tasks a plan sets out under its headings
    if unit == "部" and after.startswith("分"):
        return "other"  # 本报告由…六部分组成: how the report is laid out
    if unit in ("个", "项") and LIST_LABEL_AFTER.match(after) and _counts_the_list_before(before, unit_value(m)[0]):
        return "name_or_slogan"  # 立法、执法、司法、守法四个法治环节: the numeral sums up abstract parts named before it
    if SELECTED_INTO_BEFORE.search(before[-24:]) or unit in ("项", "个", "种") and KINDS_AFTER.match(after):
        return "other"  # 入选首批六个试点城市: the group's size; 10项职权类型: how many kinds, not how many things
    if TASKS_SET_BEFORE.search(before[-8:]) and TASKS_SET_AFTER.match(after) or PLAN_DOCUMENT_BEFORE.search(before[-8:]) \
            or MEASURES_SET_BEFORE.search(before[-20:]) or PROPOSED_BEFORE.search(before[-6:]) \
            or MEASURES_ISSUED_BEFORE.search(before[-20:]) and MEASURES_AFTER.match(after):
        return "target_or_plan"  # 确定100项年度工作任务, 下达的6万平方米的年度目标任务, 分工方案314项: what a plan sets
    if unit in EVENT_UNITS and FEWER_OCCURRENCES_BEFORE.search(before[-8:]):
        return "delta"  # 减少入企2233次, 减少群众跑动136次: occurrences saved, not held
    if PLACE_SIZE_BEFORE.search(before[-10:]) or unit in DISTANCE_UNITS and DISTANCE_BEFORE.search(before[-12:]):
        return "other"
    if unit in ("项", "个", "条") and (SCHEME_INDICATORS_AFTER.match(after) and not MET_BEFORE.search(before[-4:])
                                    or SCHEME_INDICATORS_BEFORE.search(before[-6:])):
        return "other"
    if PER_HEAD_BEFORE.search(before[-16:]):  # 股室人手1本, 人均3次: a share per head, not a total
        return "other"
    if (unit in EVENT_UNITS or unit in PERSON_UNITS) and not float(unit_value(m)[0] or 0).is_integer():
        return "other"  # 平均跑动次数降至0.7次: a fraction of an occurrence or of a person is an average, not a count
    if unit in EVENT_UNITS and CUT_TO_BEFORE.search(before[-4:]):
        return "duration_or_threshold"  # 跑动次数由22次减至2次: the visits one case now needs, not visits held
    if RANK_BEFORE.search(before[-6:]) or RANK_BASE_AFTER.match(after):
        return "ranking"
    if in_plan:
        return "target_or_plan"
    if TARGET_WORDS.search(subjects.BOOK_TITLE.sub("《》", before[-60:])[-24:]):  # 《…工作计划》等各类文件26件: a title names, it plans nothing
        return "target_or_plan"
    if unit in RATE_UNITS and RATE_AS_TARGET_AFTER.match(after):
        return "target_or_plan"  # 完成结案率95%的考核任务: the bar of an assessment, not the rate reached
    if unit in RATE_UNITS and after.lstrip(LAYOUT_SPACES).startswith(("以下", "以内")) and BOUND_BEFORE.search(before[-30:]):
        return "duration_or_threshold"  # 浓度稳定控制在标准值的30%以下: a bound kept under, not a level measured
    if REFERENCE_BEFORE.search(before[-8:]):  # 考核指标为50%, 低于市考核指标（5%以下）: the bar, not the result
        return "duration_or_threshold"
    if _CHINESE_NUMBER.fullmatch(num):
        if (num == "一" and not _more(m) and not (unit in ("人", "名", "位") and STAFFED_BEFORE.search(before[-4:]))
                and not (unit == "期" and HELD_BEFORE.search(before[-4:])) or unit == "批"):
            # 一项重要任务: an article, not a count; 仅有一人持证, 明确一名党组成员: a head count; 举办一期培训班: one held
            return "other"
        if unit in ("个", "项", "大", "条", "件") and (ABSTRACT_HEADS.match(after) or SLOGAN_AFTER.match(after)
                                               and SLOGAN_VERB_BEFORE.search(before[-6:])):
            return "name_or_slogan"
    if numbers.parse_number(_number_text(m)) is None:
        return "other"
    return ""


GOODS = re.compile(r"不合格|样品$")  # (食用农产品300批次: the sampling of the goods, held)
VISITS = re.compile(r"访|咨询")


def kind_of(unit: str, subject: str) -> str:
    if unit in RATE_UNITS:
        return "rate"
    # 个 counts occasions of an activity (7个专题研讨), but a topic ends in 专题 (12个重点学习专题) and a group in 团/队…
    if unit in ("批次", "批") and (GOODS.search(subject) or VISITS.search(subject)):
        return "count"  # 检出不合格样品93批次, 来访法律咨询298批次: batches of goods or of visitors, not occasions held
    if unit in EVENT_UNITS or unit == "个" and ACTIVITY_HEADS.search(subject[-4:] or "-") and not GROUP_END.search(subject) \
            and not subject.endswith(("专题", "计划", "方案")):  # 行政检查计划2748个: plans made, not inspections
        return "event"
    if unit == "个" and re.search(r"班(?:上|中)?$", subject):  # 8个主体班 (training classes) held; not 班子, 班组
        return "event"
    if unit == "项" and subject.endswith(("专项行动", "专项整治")):  # 开展26项专项行动: campaigns run, as 个 would count them
        return "event"
    return "count"


def _mult(m: re.Match[str]) -> str:
    return (m.group("mult_after") or m.group("mult") or "") if m.re is QUANTITY else ""


def _more(m: re.Match[str]) -> str:
    return (m.group("more_first") or m.group("more") or "") if m.re is QUANTITY else ""


def unit_of(m: re.Match[str]) -> str:
    """The unit as the quantity wrote it; % for a rate in words."""
    if m.re is ZERO_COUNT:
        return "件"
    return "%" if m.re is PERCENT_IN_WORDS or m.re is ZERO_RATE else m.group("unit")


_NEARLY_BEFORE = re.compile(r"(?:近|将近|接近)\s*$")


def _number_text(m: re.Match[str]) -> str:
    # 百分之百; a place value alone before 余/多 or after 近 is one of it (万余人, 百余场: more than ten
    # thousand, a hundred; 近千人: nearly a thousand); 上百人, 数千份 stay vague
    if m.re is PERCENT_IN_WORDS and m.group("num") == "百" or m.group("num") in ("百", "千", "万") and (
            _more(m) or _NEARLY_BEFORE.search(m.string[max(0, m.start() - 2): m.start()])):
        return "一" + m.group("num")
    return m.group("num")


def unit_value(m: re.Match[str]) -> tuple[float | None, str]:
    value = numbers.parse_number(_number_text(m) + _mult(m))
    unit = unit_of(m)
    unit = "%" if unit in RATE_UNITS else unit
    return value, unit


_UNSIGNED_RATE_STARTS = frozenset("百0零")


def _unsigned_rate(sentence: str, start: int) -> re.Match[str] | None:
    """A rate without its % sign: 百分之九十五, or zero after a rate name (败诉率为0)."""
    if sentence.startswith("百分之", start):
        return PERCENT_IN_WORDS.match(sentence, start)
    if sentence.startswith(("0", "零"), start) and _RATE_NAME_BEFORE.search(sentence, max(0, start - 8), start):
        return ZERO_RATE.match(sentence, start)
    if sentence.startswith(("0", "零"), start) and _CASE_NOUN_BEFORE.search(sentence, max(0, start - 10), start):
        return ZERO_COUNT.match(sentence, start)
    return None


# every character belongs to exactly one piece, so cumulative piece lengths are offsets
# pieces tile the text; a run of 2000 characters without punctuation (a lost-newline dump) is cut
# so that no piece makes the per-sentence work quadratic
SENTENCE_PIECES = r"[^。！？；;!?\n]{1,2000}[。！？；;!?\n]?|[。！？；;!?\n]"
# the same tiling without the cap (a counted repetition costs Polars' regex engine ~5x), and
# what a piece longer than the cap is: SENTENCE_PIECES then re-splits only those
SENTENCE_RUNS = r"[^。！？；;!?\n]+[。！？；;!?\n]?|[。！？；;!?\n]"
LONG_PIECE = r"[^。！？；;!?\n]{2001}"
_CLAUSE_CHARS = set("，,。；;：:、！？!?\n\r）)”\"")
_NOUNISH = ("n", "b", "j", "l", "a", "s")  # s: place words jieba tags apart (窗口)


EVENT_SUBJECT_LONGEST = 20  # 传达学习习近平法治思想有关论述6次: the activity, verb and all
TOTAL_AFTER = re.compile(r"^\s*(?:共|共计|合计|总计|计)?\s*(?:[0-9]+|[一二三四五六七八九十百千万两]+)\s*[\u4e00-\u9fa5]")
LAYOUT_SPACES = " \u3000\xa0\t"  # web pages pad figures with spaces (培养了 64名 “法律明白人”): layout, not clause breaks
# words before a figure that scope it rather than name it (辖区29家集体用餐单位, 街道43座商务楼宇): the noun follows
LEVEL_SCOPE_BEFORE = re.compile(r"(?:级|规模)及?以[上下]\s*$")  # 县级及以上8个水源地: a level the things are of
SCOPE_BEFORE = re.compile(r"(?:辖区内?|[区县市镇]内|境内|[市县区旗]本级|全[镇乡街区县市省鎮區縣]|全街道|全体|全系统|本[镇乡鎮县区市旗局委办]|本单位|我[县区市旗镇乡局委办]|我单位|街道|社区|各村|各|等)\s*(?:近|约|共|超过|逾)?$")
ASPECT = ("了", "过", "着")
PERSON_UNITS = {"人", "名", "位", "人次"}
ITEM_UNITS = {"个", "项"}  # both count items: a verb's object can be borrowed across them
USED_FOR = re.compile(r"\s*[，,]?\s*(?:专门|全部|主要)?用于")
APPOINTING_BEFORE = re.compile(r"(?:任命|聘请|聘任|选聘|确定|推选|评选|选派|指定|命名|表彰|培养|发展)\s*$")
APPOINTED_AS = re.compile(r"为(?![止例准此])")  # 为止, 为例: no role follows
_JOINING, _NOT = r"(?:参加|参与|参训|完成)", r"(?:未|没有|尚未)"
JOINED_AFTER = re.compile(f"{_NOT}?{_JOINING}")
NOT_JOINED_AFTER = re.compile(f"{_NOT}{_JOINING}")
PERSON_HEAD_AT_END = re.compile(r"(?:[人员者众工部民师生长官警士家]|代表|律师)$")
CAUSATIVE_BEFORE = re.compile(r"(?:组织|动员|带领|安排|选派|推荐|引导|吸引)\s*$")  # 组织1人参加任职考试: who did what


GROUPING_UNITS = {"类", "批次", "批"}
TOTAL_OF_KINDS = re.compile(r"\s*(?:共计|共|合计|总计)?\s*")
LEVEL_REACHED_BEFORE = re.compile(r"由\s*(?:原来的|原有的|原|此前的|改革前的)?\s*(?:" + QUANTITY.pattern + ")" + CHANGED_TO.pattern + r"\s*$")
TRAILING_ASIDE = re.compile(r"[（(][^（()）]{0,10}[)）]\s*$")
ADJACENT_QUANTITY = re.compile(f"(?:{QUANTITY.pattern})\\s*、?\\s*$")  # 2次4期, 2次、100余件: two counters of one deed
TOPIC_OPENERS = re.compile(r"\s*(?:围绕|按照|根据|依据|依照|对照|结合|针对|通过|为了|为|以|在)")
PLACE_ENDS = ("镇", "乡", "街道", "社区", "村", "区", "县")
PLACE_ONLY = re.compile(rf"[\u4e00-\u9fa5、]{{1,12}}?(?:{'|'.join(PLACE_ENDS)})")  # 碧湖镇、大港头镇, 城区五街道
RESPECTIVE_SHARES = re.compile(r"分别占(?:比|总数的?|总量的?)?\s*(?:为|达|约)?\s*(?=[^，,。；;]*$)")
LISTED_ON = re.compile(r"[^，,。；;]*")  # the rest of a 、-list of figures
# a count's noun that is only a level (2个省级、2个市级…基地): the level of the thing the list ends on
LEVEL_ONLY = re.compile(r"(?:国家|省|市|县|区|镇|乡|村)级")
SHARE_OF_THE_LAST = re.compile(r"\s*[，,]?\s*(占[^，,。；;:：0-9]{0,16}?)\s*(?:的|之)?\s*(?:为|达到|达|约|近)?\s*$")
# 拆除违法建筑265处、62897.81平方米: the size of the things just counted, listed after their number
SIZE_OF_LISTED = re.compile(f"(?:{QUANTITY.pattern})\\s*[、，,]$")
SIZE_UNITS = {"平方米", "平方公里", "亩", "公顷", "立方米", "方", "吨", "公斤", "千克", "米", "公里"}
CATEGORY_AFTER = re.compile(r"\s*(?:均为|为)(?=[\u4e00-\u9fa5“]{2})")  # a count then what kind it is: 2件为网络申请
BREAKDOWN_PART_DONE = re.compile(r"其中\s*[，,]?\s*$")
DONE_AFTER = re.compile(r"(?:已经|已|均已)(?=[\u4e00-\u9fa5]{2})")
# a whole named, what it holds listed, then its total: the whole is what the total counts
LIST_HOLDER_BEFORE = re.compile(r"([^，,。；;：:]{2,30}?)(?:包含|包括|涵盖)[^，,。；;]*[，,]\s*(?:共计|共|合计|总计)\s*$")
BODY_AT_END = re.compile(r"[\u4e00-\u9fa5]{2,}(?:局|委|办)$")
NUMBER_FIRST_ITEM_BEFORE = re.compile(f"(?:{QUANTITY.pattern})[\u4e00-\u9fa5“”\"]{{1,12}}(?:和|及|与|以及)$")
# the first item of a list counted number first: its noun, then 、 and the next item's count (1041艘捕捞渔船、2059名渔民)
NUMBER_FIRST_ITEM_AFTER = re.compile(f"[\u4e00-\u9fa5“”\"]{{2,12}}、\\s*(?:{QUANTITY.pattern})")
STACKED_BEFORE = re.compile(f"(?:{QUANTITY.pattern})[\u4e00-\u9fa5]{{1,6}}$")  # (138个基层调委会759名调解员)
# a body or its leaders: who held the events, never what they were (县委常委会2次听取…汇报)
AGENT_AT_END = re.compile(r"(?:常委会|常务会议|常务会|党组|党委|党工委|政府|委员会|领导小组|班子|领导|负责人|书记|[市县区镇乡]长)$")
COUNTING_ADVERB_BEFORE = re.compile(r"(?:先后|前后|累计|共计|共)\s*$")
ACTIVITY_AT_END = re.compile(rf"{ACTIVITY_HEADS.pattern}[”\"]?\s*$")
EVENT_AFTER_LONGEST = 12
SIBLING_OR_DEED_AFTER = re.compile(rf"\s*(?:及|以及|和|与|、|担任|{_DEED_OF_A_COUNT})")  # 精选38名法律工作者担任325个村(居)法律顾问


def _counts_the_list_before(before: str, value: float | None) -> bool:
    """A、B、C三家企业: the number sums up the names listed right before it, the noun after it says what they are."""
    clause = re.split(r"[，,；;：:。（(）)]", before)[-1]
    # 执法、司法和守法普法3个协调小组; not the 及 of 涉及, 普及, nor the 与 of 参与
    items = re.split(r"、|以及|和|(?<![涉普危顾企])及(?!时)|(?<!参)与", clause)
    return value is not None and len(items) >= 2 and value == len(items) and all(len(i.strip()) >= 2 for i in items)


_LIST_ITEM_AT_END = re.compile(rf"(?:{NUMBER})\s*(?:[万亿])?\s*(?:%|％|{_UNIT_ALT})\s*[、和及与]\s*$")


def _list_head(before: str) -> str:
    """The text before a 、-list of figures the current one continues (下降11.1%、25.5%和 -> 下降)."""
    while item := _LIST_ITEM_AT_END.search(before):
        before = before[:item.start()]
    return before


@lru_cache(maxsize=1)
def _county_names() -> frozenset[str]:
    """Counties' and cities' full names (璧山区, which jieba cuts 璧|山区)."""
    return frozenset(name for name, places in gazetteer.load().by_name.items()
                     if len(name) >= 3 and any(p.level in ("county", "city") for p in places))


def _ends_with_a_county(text: str) -> bool:
    return any(text[-size:] in _county_names() for size in range(3, 8))


def _number_first(before: str, after: str, subject_before: str, unit: str, value: float | None = None) -> bool:
    """True when the number modifies the noun after it (为9个村提供..., 已有2名工作人员取得...,
    培养了64名“法律明白人”, 将街道43座商务楼宇分配给..., 组织1人参加任职考试)."""
    if not after or after[0] in _CLAUSE_CHARS or after.startswith(("以上", "左右", "上下", "等", "并", "且", "同时", "和", "及", "与")) \
            or (second := QUANTITY.match(after)) and not after.startswith(WHEELED, second.end()):  # 1起三轮车侧翻事故
        return False  # (线上答题活动2次4期: a second counter of the same thing, not what the first one counts; 宣讲5次等多种形式: 等 closes a list;
        # 培训8200余人次和考试1次: 和 joins the next item)
    if unit in RATE_UNITS and subject_before.endswith(("率", "比例", "占比")):
        return False  # 利用率达到100%未发生…: the rate was named before it
    if before.endswith("的") and subjects.CAUSE_AFTER.match(after):
        return False  # 不予受理的1宗案由为信访事项答复: what the cases were is said before; the cause only describes them
    if unit not in EVENT_UNITS and _counts_the_list_before(before, value):
        return True
    if unit in EVENT_UNITS and ACTIVITY_AT_END.search(clause_rest := subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0]) \
            and len(clause_rest) <= EVENT_AFTER_LONGEST:
        return True  # 开展8次集中学习, 共1场中心组学习: the activity closes the clause after its count
    if unit in EVENT_UNITS and AGENT_AT_END.search(subject_before) and pos_tokens(after[:4])[0][1] in ("v", "p") \
            and len(subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0]) <= EVENT_SUBJECT_LONGEST:
        return True  # 县委常委会2次听取法治建设情况汇报: the agent before the count, the deed after it
    if unit in EVENT_UNITS and COUNTING_ADVERB_BEFORE.search(before) and (first := pos_tokens(after[:4])[0])[1] == "v" \
            and len(first[0]) >= 2 and len(subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0]) <= EVENT_SUBJECT_LONGEST:
        return True  # 常务会先后6次听取法治建设汇报: an adverb of counting, then the deed counted
    if not subject_before or PRE_NUMBER_FIRST.search(before) or before.endswith(("的", "(", "（")):
        return True  # (3起已结案(1起判决维持原判: a part opening the brackets is named by what follows it)
    if unit in PERSON_UNITS and CAUSATIVE_BEFORE.search(before) and pos_tokens(after[:4])[0][1] == "v":
        return True
    if unit in PERSON_UNITS and not PERSON_HEAD_AT_END.search(subject_before) \
            and PERSON_HEAD_AT_END.search(subjects._text(subjects.after_tokens(after)) or "-"):
        return True  # 新区党政部门83名主要负责人开展述法: the people after the count, from the bodies before it
    if unit in PERSON_UNITS and JOINED_AFTER.match(after) and not PERSON_HEAD_AT_END.search(subject_before):
        return True  # 各执法单位及指导室共110余人参加培训: bodies the people came from; they are counted by what they joined
    if NUMBER_FIRST_ITEM_BEFORE.search(before[-24:]):
        return True  # 17个文件和9个信访回复: the last item of a list counted number first, whatever jieba tags its noun
    if unit not in EVENT_UNITS and NUMBER_FIRST_ITEM_AFTER.match(after):
        return True  # 完成…流域1041艘捕捞渔船、2059名渔民禁捕退捕任务: the first item of such a list
    head = subjects.after_tokens(after)
    if not head or not any(t[1].startswith(_NOUNISH + ("nz", "vn", "zg")) for t in (head[0], head[-1])):
        return False
    if SCOPE_BEFORE.search(before) or before.endswith(("”", "\"", "及", "以及", "和", "与")) or LEVEL_SCOPE_BEFORE.search(before):  # …中心及21个便民服务站
        return True
    if (last := pos_tokens(before[-6:].rstrip(LAYOUT_SPACES))[-1:]) and last[0][1] == "ns" and len(last[0][0]) >= 3 \
            or _ends_with_a_county(before.rstrip(LAYOUT_SPACES)):
        return True  # 城中区7个司法所, 璧山区71个普法责任单位: a place named before the count scopes it, like 全区
    if BODY_AT_END.search(before[-8:]):
        return True  # 区城管局31项政务服务事项: the body the things are of, like a place
    if STACKED_BEFORE.search(TRAILING_ASIDE.sub("", before)[-16:]):  # 26个领域1286项目录, 15个乡镇(街道)200个行政村
        return True
    clause_rest = subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0]
    head_text = "".join(word for word, _ in head)
    if (head_text == re.sub(r"[“”\"\s]", "", clause_rest) and head[0][1].startswith(("n", "j", "s"))
            and not any(f in ("v", "m") for _, f in head) and not JOINED_AFTER.match(head_text)):
        return True  # a bare noun phrase fills the rest of the clause: 共涉及六大方面21个问题。 (监察员48名参训: jieba's noun 参训 is what they did)
    # what follows the noun phrase: a total of its items (3张履职清单共311项) or a count of what they hold
    # (26个领域1286项目录) does not make it another figure's subject
    rest_of_clause = TOTAL_AFTER.sub("", _QUOTED_NAME.sub("", clause_rest)[len(head_text):])
    before_tokens = [t for t in pos_tokens(before[-8:]) if t[0] not in ASPECT] if before else []
    while before_tokens and subjects.DATE_WORD.match(before_tokens[-1][0]):  # 完成全年15家单位专项法治巡察
        before_tokens.pop()
    # a verb right before the number, whatever jieba calls it there (明确12个重点学习专题: 明确 is tagged ad),
    # or an attributive (工商联所属9家商会: 所属 is tagged b)
    # a figure joined by 及/和 is a sibling, not what this one counts (建成1个便民服务中心及21个便民服务站), and one
    # after a deed counts what the noun phrase did (新设立3家律师事务所共办理法律事务50件)
    sibling = SIBLING_OR_DEED_AFTER.match(rest_of_clause)
    return (not QUANTITY.search(rest_of_clause) or bool(sibling)) and bool(before_tokens) \
        and (before_tokens[-1][1] in ("v", "vn", "ad", "b") or before_tokens[-1][0] in MEANS_PREPOSITIONS)


_QUOTED_WAY = re.compile(r"[“\"]([^”\"“，,。；;]{2,20})[”\"](?=\s*(?:[，,。；;]|$))")  # closing the clause: a way, not a name


def _rate_of_a_deed(after: str) -> str:
    """A percentage standing as an adverb before a verb (100%完成, 100%覆盖): the verb phrase up to the
    clause end, which the rate is the share of; '' when no verb follows the sign."""
    if quoted := _QUOTED_WAY.match(after):
        return quoted.group(1).replace("、", "")  # 政务服务事项100%“网上办、就近办”: a quoted way of doing it stands for the verb
    tokens = subjects.tokens_of(subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0])
    verb_at = 1 if len(tokens) > 1 and tokens[0][1] in ("a", "d") else 0  # 100%全覆盖, 100%按时办结
    if len(tokens) <= verb_at or tokens[verb_at][1] != "v" or len(tokens[verb_at][0]) < 2:
        return ""
    return subjects._text(tokens)[:subjects.LONG_SUBJECT]


def _share_of_a_noun_doing(after: str) -> str:
    """A percentage before a noun phrase and its verb (100%政务服务事项实现“一窗综办”): the share of
    those things that did it, named by the phrase and its predicate; '' when no such phrase follows."""
    # 96.5%的事项实现马上办: the 的 only ties the share to its noun
    tokens = subjects.tokens_of(subjects.CLAUSE_BREAK.split(after.removeprefix("的"), maxsplit=1)[0])
    verb_at = next((i for i, (w, f) in enumerate(tokens) if f == "v" and len(w) >= 2), 0)
    if verb_at == 0 or not all(f.startswith(_NOUNISH + ("nz", "vn")) for _, f in tokens[:verb_at]):
        return ""
    named = subjects._text(tokens)
    return (named if len(named) <= subjects.LONG_SUBJECT else subjects._text(tokens[verb_at:]))[:subjects.MAX_SUBJECT]


def _subjects(sentence: str, m: re.Match[str], window_start: int, previous_facts: list[Mention],
              parent: Mention | None) -> list[str]:
    before, after = sentence[: m.start()].rstrip(LAYOUT_SPACES), sentence[m.end():].lstrip(LAYOUT_SPACES)
    window = sentence[window_start: m.start()].rstrip(LAYOUT_SPACES)
    unit = unit_of(m)
    if shared := _names_sharing_the_value(window, before, after, unit, previous_facts):
        return shared
    longest = EVENT_SUBJECT_LONGEST if unit in EVENT_UNITS else subjects.LONG_SUBJECT
    if (opened := max(window.rfind("("), window.rfind("（"))) >= 0 and not any(c in window[opened:] for c in ")）"):
        window = window[opened + 1:]  # 案件总数为339(行政检查195件: the part names itself inside the brackets it opened
    if reached := LEVEL_REACHED_BEFORE.search(before):  # 进驻率由76%提升至92%: the 92% is the 进驻率's
        window = before[:reached.start()]
    subject, named_after, done = _subject_named_around(m, before, after, window, longest)
    if done:
        return [subject]
    if subject and named_after is None and unit not in EVENT_UNITS and unit not in RATE_UNITS \
            and after[:1] in ("", "、", "，", ",", "。", "；", ";") and (place := _trailing_place(subject)):
        if head := _list_head_after(after):
            subject = place + head  # 明确吕四港镇1090项、…387项行政权力事项: each place's share of what the list ends on
        elif place == subject and (topic := _topic_clause_before(before)):
            subject += topic  # 精准下放赋权执法事项，碧湖镇274项、城区五街道660项: each place's share of the topic
    if not subject:
        subject, done = _subject_from_the_sentence(m, before, window_start, previous_facts, longest)
        if done:
            return [subject]
    if unit in EVENT_UNITS:
        subject = subjects.joined_activity(subject)
        first_word, first_flag = pos_tokens(subject)[0] if subject else ("", "")
        if subject and not (first_flag.startswith("v") and len(first_word) >= 2) and not ACTIVITY_HEADS.search(subject) and "训" not in subject \
                and (verb := subjects.activity_of_a_list(window)) and verb not in subject:
            subject = verb + subject  # 传达学习…重要讲话、重要指示批示精神46次: what was done with the last topic
    if subjects.is_bare_verb(subject) and subject != named_after \
            and not (unit in EVENT_UNITS and subjects.ACTIVITY_WORD.fullmatch(subject)):
        # (9个信访回复: what follows the count names it, though jieba tags both words verbs)
        subject = _with_the_object_it_acted_on(subject, m, sentence, before, previous_facts, parent)
    return [subject]


def _names_sharing_the_value(window: str, before: str, after: str, unit: str, previous_facts: list[Mention]) -> list[str]:
    """The names one stated value belongs to when it is not a single phrase's: rate names sharing it
    (参考率、通过率均达100%), items' shares in order (分别占比…), a share of the last count (占总事项的97%), or
    items sharing 各N; [] otherwise."""
    if unit in RATE_UNITS:
        if len(shared := subjects.shared_rate_names(window)) > 1:
            return shared
        if respective := _respective_share(before, after, previous_facts):
            return [respective]
        if previous_facts and previous_facts[-1].subjects and previous_facts[-1].unit not in RATE_UNITS \
                and (share := SHARE_OF_THE_LAST.match(window)):
            return [previous_facts[-1].subjects[0] + share.group(1)]  # 网办事项955项，占总事项的97%: their share
    elif window.endswith("各") and len(each := subjects.names_sharing_each(window)) > 1:
        return each
    return []


def _subject_named_around(m: re.Match[str], before: str, after: str, window: str, longest: int) -> tuple[str, str | None, bool]:
    """The subject the words around the figure give: (subject, the part of it named after the figure or None,
    whether it is final)."""
    unit = unit_of(m)
    subject, named_after = subjects.subject_before(window, longest), None
    if unit not in EVENT_UNITS and unit not in RATE_UNITS:
        subject = subjects.listed_before(window) or subject
    elif unit in RATE_UNITS and subject and not subject.endswith(("率", "比例", "占比")) and (deed := _rate_of_a_deed(after)):
        return subject + deed, None, True  # 组织在编干部100%完成普法在线考试: the share of them that did it
    elif unit in RATE_UNITS and not subject.endswith(("率", "比例", "占比")) and (share := _share_of_a_noun_doing(after)):
        return share, None, True
    if unit == "元" and (use := USED_FOR.match(after)) and (subjects.is_bare_verb(subject) or not subject):
        subject = subjects.subject_after(after[use.end():], longest) or subject  # 安排20多万元,用于普法经费: what it paid for
    elif unit in PERSON_UNITS and APPOINTED_AS.match(after) and APPOINTING_BEFORE.search(before[-8:]):
        subject = subjects.subject_after(after[1:], longest) or subject  # 任命6人为县政府行政复议员: the people in the role
    elif BREAKDOWN_PART_DONE.search(before) and (done := DONE_AFTER.match(after)):
        # 其中10件已经按时按规完成答复: a part named by what was done with it
        done_with = re.split(r"[（(]", subjects.CLAUSE_BREAK.split(after[done.end():], maxsplit=1)[0], maxsplit=1)[0]
        subject = named_after = subjects.subject_before(done_with, longest) or subject  # (按照…要求进行书面回复 -> 书面回复)
    elif unit not in PERSON_UNITS and (category := CATEGORY_AFTER.match(after)):
        kind = re.split(r"[（(）)]", subjects.clean_phrase(subjects.CLAUSE_BREAK.split(after[category.end():], maxsplit=1)[0]))[0]
        subject = named_after = kind[:longest] or subject  # 2件为网络申请: the kind named whole
    elif _number_first(before, after, subject, unit, unit_value(m)[0]):
        subject = named_after = subjects.subject_after(after, longest, event=unit in EVENT_UNITS) or subject
        if LEVEL_ONLY.fullmatch(subject) and after.startswith(subject + "、") and (head := _list_head_after(after)):
            subject = named_after = subject + _without_a_level(head)  # 建成2个省级、2个市级、4个县应急普法基地
        if unit in PERSON_UNITS and NOT_JOINED_AFTER.match(after):
            subject = subjects.CLAUSE_BREAK.split(after, maxsplit=1)[0][:longest] or subject  # 1名未参加执法考试: what they did not do
    elif unit in GROUPING_UNITS and (second := QUANTITY.match(after, TOTAL_OF_KINDS.match(after).end())):
        # 梳理通报3类18项问题, 推出两批次19个示范项目, 10类共计7332项权力事项: kinds or batches of the items counted next
        subject = subjects.subject_after(after[second.end():], longest) or subject
    return subject, named_after, False


def _subject_from_the_sentence(m: re.Match[str], before: str, window_start: int, previous_facts: list[Mention],
                               longest: int) -> tuple[str, bool]:
    """A figure whose own words name nothing: named from what else the sentence holds. (subject, final)."""
    unit = unit_of(m)
    if previous_facts and previous_facts[-1].subjects and (
            ADJACENT_QUANTITY.search(before) or unit in SIZE_UNITS and SIZE_OF_LISTED.search(before)):
        return previous_facts[-1].subjects[0], False  # 线上答题活动2次4期: a second counter of the same activity
    if window_start > 0 and (subject := subjects.subject_before(before, longest)):
        return subject, False  # 组织综合查一次341户次: the figure right after a skipped one names by the clause
    if listed := [f for f in previous_facts if f.unit == unit and f.subjects and f.subjects[0]]:
        return listed[0].subjects[0], True  # 合计965条 after its parts: the total of what the sentence listed first
    if holder := LIST_HOLDER_BEFORE.search(before):  # 行政职权事项包含行政许可、…,共计181项
        if subject := subjects.subject_before(holder.group(1), longest):
            return subject, False
    if unit in EVENT_UNITS:  # 参加专题讲座,涉及…,今年共计8场: the activity an earlier clause held
        return _activity_named_earlier(before, longest), False
    if unit not in RATE_UNITS:
        return _topic_clause_before(before), False  # 梳理形成…行政执法事项清单，目前共4568项: the thing the clause before made
    return "", False


def _with_the_object_it_acted_on(verb: str, m: re.Match[str], sentence: str, before: str, previous_facts: list[Mention],
                                 parent: Mention | None) -> str:
    """调处244件 after 受理矛盾纠纷254件: a bare verb's object is the earlier total's noun (an activity held,
    集中学习13次, wants none)."""
    unit = unit_value(m)[1]
    donors = ([parent] if parent else []) + [f for f in reversed(previous_facts) if f.unit == unit
                                             or {f.unit, unit} <= ITEM_UNITS]  # 主题共9项，已完成8个
    if donors and not parent and _skipped_figure_between(sentence[:m.start()], unit, donors[0]):
        donors = []  # 减少22人，其中退休10人: the nearest figure of the unit was a change, whose noun is not said
    # a donor that is itself one action word (投诉、举报、咨询: kinds of calls) lends no object to the next kind
    donors = [f for f in donors if not _one_action_word(f.subjects[0])]
    nouns = [n for n in (subjects.object_noun(f.subjects[0]) for f in donors) if n and n != verb]
    # a programme name, never “3·15”, that no earlier figure's subject took (开办“助企为民执法直通车”5期，…
    # 回应诉求30余件: the name went with the 5期)
    quoted = [name for name in _QUOTED_NAME.findall(before) if not any(f.subjects and name in f.subjects[0] for f in previous_facts)]
    if nouns:
        return verb + nouns[0]
    if not donors and verb in subjects.HANDLING_VERBS and unit_of(m) not in EVENT_UNITS and (topic := _topic_clause_before(before)):
        return verb + topic  # 深入开展“最多跑一次”公证服务，累计办理86件: what the clause before held
    if quoted:  # the name right before the word qualifies it (“法律进万家”活动), a name after a verb is its object
        return quoted[-1] + verb if re.search(f"{re.escape(quoted[-1])}[”\"]\\s*{re.escape(verb)}$", before) else verb + quoted[-1]
    return verb


def _only_places(subject: str) -> bool:
    return bool(PLACE_ONLY.fullmatch(subject)) and not any(f.startswith("v") for _, f in pos_tokens(subject))


def _trailing_place(subject: str) -> str:
    """The places a subject ends on, after any verb (明确吕四港镇 -> 吕四港镇); '' if it ends on none."""
    if not subject.endswith(PLACE_ENDS):  # most subjects end on no place word: no tagging for them
        return ""
    tokens = pos_tokens(subject)
    start = next((i + 1 for i in range(len(tokens) - 1, -1, -1) if tokens[i][1].startswith(("v", "p", "ad"))), 0)
    place = "".join(w for w, _ in tokens[start:])
    return place if _only_places(place) else ""


def _list_head_after(after: str) -> str:
    """The noun a 、-list of figures ends on, naming them all (吕四港镇1090项、…387项行政权力事项), or ''."""
    rest = LISTED_ON.match(after).group()
    last = list(QUANTITY.finditer(rest))
    if not last or not re.match(r"\s*[\u4e00-\u9fa5]{2}", rest[last[-1].end():]):
        return ""
    return subjects.subject_after(rest[last[-1].end():])


def _without_a_level(noun: str) -> str:
    """The noun without the level word it opens on (县应急普法基地 -> 应急普法基地; 市场主体 keeps its 市)."""
    tokens = pos_tokens(noun)
    level = tokens[0][0] if tokens and (LEVEL_ONLY.fullmatch(tokens[0][0]) or tokens[0][0] in ("省", "市", "县", "区", "镇", "乡", "村")) else ""
    return noun[len(level):] if level and len(noun) > len(level) else noun


def _topic_clause_before(before: str) -> str:
    """The noun phrase a clause with no figure names, right before the clause holding a list of places
    and their figures; '' if that clause holds a figure or names no thing."""
    clauses = subjects.COMMA_CLAUSE_BREAK.split(before)
    if len(clauses) < 2 or QUANTITY.search(_QUOTED_NAME.sub("", clauses[-2])):  # (“最多跑一次” holds no figure)
        return ""
    if TOPIC_OPENERS.match(clauses[-2]):
        return ""  # 围绕“枫桥经验”，调处12件: an adverbial clause names no topic
    topic = subjects.subject_before(clauses[-2]).removeprefix("的")
    if len(tokens := subjects.tokens_of(topic)) > 1 and tokens[0][0].endswith(subjects.LIGHT_VERBS):
        topic = subjects._text(tokens[1:])  # 深入开展“最多跑一次”公证服务: what was held
    return topic if subjects.head_noun(topic) and not _only_places(topic) else ""


def _respective_share(before: str, after: str, previous_facts: list[Mention]) -> str:
    """投诉7836件，举报1415件，…分别占比23.39%、4.22%…: the share of the item counted in the same place of
    the list before; '' unless the shares and the counted items are as many."""
    opened = RESPECTIVE_SHARES.search(before)
    if opened is None:
        return ""
    place = len(QUANTITY.findall(before[opened.end():]))
    listed = place + 1 + len(QUANTITY.findall(LISTED_ON.match(after).group()))
    items = [f for f in previous_facts if f.unit not in RATE_UNITS and f.subjects and f.subjects[0]][-listed:]
    return items[place].subjects[0] + "占比" if len(items) == listed else ""


def _one_action_word(subject: str) -> bool:
    tokens = pos_tokens(subject) if subject else []
    return len(tokens) == 1 and tokens[0][1] in ("v", "vn")


def _skipped_figure_between(before: str, unit: str, donor: Mention) -> bool:
    """Whether the nearest figure of this unit before the current one is not the donor fact (a delta
    or another skipped figure came between)."""
    last = None
    for q in QUANTITY.finditer(before, max(0, len(before) - 120)):  # the nearest figures are near
        if unit_value(q)[1] == unit:
            last = q
    return last is not None and unit_value(last)[0] != donor.value


def _activity_named_earlier(before: str, longest: int) -> str:
    """The nearest earlier clause of the sentence that ends in an activity (讲座, 培训, 会议...)."""
    for clause in reversed(subjects.COMMA_CLAUSE_BREAK.split(before)[:-1]):
        if ACTIVITY_AT_END.search(clause) and (named := subjects.subject_before(clause.rstrip(), longest)):
            return named
    return ""


def _restated_total(value: float | None, unit: str, after: str, history: list[Mention]) -> bool:
    """所转办的107件信访件中办结105件: a total already reported, repeated as a base; 全年5家律师事务所共办理
    法律事务787件 after 组织5家律师事务所…: the same bodies, named again as who did the next figure's work."""
    if _BASE_OF_BREAKDOWN.match(after):
        return any(f.value == value and f.unit == unit for f in history)
    agent = _AGENT_OF_A_COUNT.match(after)
    return bool(agent) and any(f.value == value and f.unit == unit and agent.group(1) in f.subjects for f in history)


_SECOND_DECIMAL_POINT = re.compile(r"[0-9０-９][.．][0-9０-９]+[.．][0-9０-９]")


def numeric_runs(sentence: str) -> list[tuple[re.Match[str], re.Match[str] | None]]:
    """Each numeric run that no earlier quantity covers, with the quantity starting at it or None
    (百 of 百分之九十五 starts one too)."""
    # A quantity found by scanning starts at a numeric run, unless a comma or a second decimal point
    # lets it start inside one (1,2340个 is read from 2340, 0.0.5个 from 0.5); only then is the scan
    # needed to see what it covers.
    shifts = "," in sentence or ("." in sentence or "．" in sentence) and _SECOND_DECIMAL_POINT.search(sentence)
    scanned = {m.start(): m for m in QUANTITY.finditer(sentence)} if shifts else None
    out, covered_until = [], -1
    for run in NUMERIC_RUN.finditer(sentence):
        s = run.start()
        if s < covered_until:
            continue
        q = scanned.get(s) if scanned is not None else QUANTITY.match(sentence, s)
        if q is None and sentence[s] in _UNSIGNED_RATE_STARTS:
            q = _unsigned_rate(sentence, s)
        if q is not None:
            covered_until = q.end()
        out.append((run, q))
    return out


def extract_sentence(sentence: str, offset: int, *, in_plan: bool = False, in_debris: bool = False,
                     history: list[Mention] | None = None, gates: int | None = None) -> list[Mention]:
    """Ledger rows for one sentence; `offset` is the sentence's position in the report text,
    `gates` its skip_gate_mask if known."""
    history = history if history is not None else []
    out: list[Mention] = []
    spans = skip_spans(sentence, gates) if not in_debris else [(0, len(sentence), "page_debris")]
    runs = numeric_runs(sentence)
    paired = subjects.respectively_names(sentence, [q.span() for _, q in runs if q]) if "分别" in sentence else {}
    window_start, breakdown_parent, breakdown_end, facts = 0, None, None, []
    for run, q in runs:
        s, e = run.span()
        if breakdown_end is not None and s >= breakdown_end:  # past the brackets that held the parts
            breakdown_parent, breakdown_end = None, None
        reason = ""
        for a, b, r in spans:  # the first skip stretch the run starts in or that starts inside it
            if a <= s < b or s <= a < e:
                reason = r
                break
        row = Mention(offset + s, offset + e, run.group(), "skipped", reason)
        if q is not None:
            row.anchor_start, row.anchor_end = offset + q.start(), offset + q.end()
            row.value, row.unit = unit_value(q)
            row.reason = reason or quantity_rule(sentence, q, in_plan=in_plan) or (
                "restated_total" if _restated_total(row.value, row.unit, sentence[q.end():], history) else "") or (
                "target_or_plan" if _next_in_a_planned_list(sentence, s, out, offset) else "")
            if not row.reason:
                row.status = "fact"
                row.parent = breakdown_parent if breakdown_parent is not None and out[breakdown_parent].unit == row.unit else None
                row.subjects = [paired[s]] if s in paired else _subjects(
                    sentence, q, window_start, facts, out[row.parent] if row.parent is not None else None)
                row.kind = kind_of(row.unit, row.subjects[0])
                row.approx = numbers.qualifier(sentence[max(0, s - 3): s], _more(q) + (q.group("post") or ""))
                if follows := _BREAKDOWN_FOLLOWS.match(sentence, q.end()):
                    # (其中21名…现场述法)和…471名: parts opened inside brackets end with them
                    closing = CLOSING_BRACKET.search(sentence, follows.end()) if re.search(r"[（(]", follows.group()) else None
                    breakdown_parent, breakdown_end = len(out), closing.end() if closing else None
                elif bracket := _PARTS_IN_BRACKETS.match(sentence, q.end()):  # 9278起（罚款…案件579起、…39起）
                    breakdown_parent, breakdown_end = len(out), bracket.end()
                history.append(row)
                facts.append(row)
            if row.reason not in ("other", "name_or_slogan"):  # 最多跑一次事项1348项: a numeral inside a name is part of the next subject
                window_start = q.end()
                if row.reason == "date" and (rest := _DATE_UNIT_AFTER.match(sentence, q.end())):
                    window_start = rest.end()  # 2023年区卫健委…: the 年 is the date's, not the subject's
        elif reason == "date" and (adverbial := _TIME_ADVERBIAL_AFTER.match(sentence, e)):
            window_start = adverbial.end()  # 6月底前共71项, 1月以来…案件35件: a time adverbial is no part of the next subject
        elif reason == "list_marker":
            window_start = e + len(_MARKER_END.match(sentence, e).group())  # 3.综合执法大队…案件124卷: the marker names nothing
        elif not reason:
            is_cn = _CHINESE_NUMBER.fullmatch(run.group()) is not None
            row.reason = "other" if is_cn or _lexical_word(sentence, s, e) else ""
            row.status = "skipped" if row.reason else "unparsed"
            if not row.reason:
                row.reason = "number_without_unit"
        out.append(row)
    return out


def _next_in_a_planned_list(sentence: str, start: int, rows: list[Mention], offset: int) -> bool:
    """部署落实25项工作、48项重点任务: the item after a planned one in the same 、-list is planned too."""
    last = rows[-1] if rows else None
    return last is not None and last.reason == "target_or_plan" and last.anchor_end >= 0 \
        and bool(_LIST_ITEM_BETWEEN.fullmatch(sentence[last.anchor_end - offset: start]))


REPEAT_WORTH = 12  # a sentence this long printed again is the page repeating itself, not the report


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def extract_sentences(sentences: Iterable[tuple[int, str, int | None]], zones: dict) -> Iterator[tuple[int, str, str, list[Mention]]]:
    """(start offset, text, section heading above it, ledger rows) of each of one report's candidate
    sentences, given as (start offset, text, skip_gate_mask or None), in text order.
    zones: report_meta.zones(text), i.e. sections, plan and debris spans."""
    history: list[Mention] = []
    heads = [start for start, _, _ in zones["sections"]]
    plan, debris = zones["plan"], zones["debris"]
    seen: set[str] = set()  # a page that prints a paragraph twice states its figures once
    for start, sentence, gates in sentences:
        at = bisect.bisect_right(heads, start) - 1
        section = zones["sections"][at][1] if at >= 0 else ""
        repeated = len(stripped := sentence.strip()) >= REPEAT_WORTH and stripped in seen
        seen.add(stripped)
        yield start, sentence, section, extract_sentence(
            sentence, start, in_plan=bool(plan) and _inside(start, plan),
            in_debris=repeated or bool(debris) and _inside(start, debris), history=history, gates=gates)


def extract_report(text: str, plan_spans: list[tuple[int, int]], debris: list[tuple[int, int]]) -> list[Mention]:
    """The whole ledger of a report, sentence by sentence, in text order."""
    pieces = ((m.start(), m.group(), None) for m in re.finditer(SENTENCE_PIECES, text) if NUMERIC_RUN.search(m.group()))
    zones = {"sections": [], "plan": plan_spans, "debris": debris}
    return [m for _, _, _, rows in extract_sentences(pieces, zones) for m in rows]
