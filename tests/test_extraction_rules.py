"""Exact ledger rows for each extraction rule (issue 15): invented sentences written from how
the reports are phrased, one negative case per skip reason and branch of quantity_rule, each next
to the nearest sentence the rule must leave a fact. Every row of the sentence is asserted
(token, status, reason, value, unit, kind), so a deleted or widened rule changes the answer.
Pure functions only: no Prefect, no warehouse."""
import re

import pytest

from transforms.mentions import (NUMERIC_RUN, SENTENCE_PIECES, _ends_with_a_county, _lexical_word, _trailing_place, _without_a_level,
                                 extract_report, extract_sentence, extract_sentences, kind_of, skip_spans)
from transforms.report_meta import zones


def ledger(sentence, **kw):
    return [(m.token, m.status, m.reason, m.value, m.unit, m.kind) for m in extract_sentence(sentence, 0, **kw)]


def fact(token, value, unit, kind="count"):
    return (token, "fact", "", value, unit, kind)


def skipped(token, reason, value=None, unit=""):
    return (token, "skipped", reason, value, unit, "")


def fact_subjects(sentence):
    return [(m.token, m.subjects) for m in extract_sentence(sentence, 0) if m.status == "fact"]


# --- ranking: a place in a league table is not a quantity ---------------------------------------
@pytest.mark.parametrize("sentence,rows", [
    # with 第 the ordinal pattern takes it before the ranking rule is asked
    ("全市排名第3。", [skipped("3", "ordinal")]),
    ("在全省考核中位列第2名。", [skipped("2", "ordinal", 2.0, "名")]),
    # without 第 only the ranking rule stands between the figure and a count fact
    ("综合考核排名全市3名。", [skipped("3", "ranking", 3.0, "名")]),
    ("在全省考核中位列2名。", [skipped("2", "ranking", 2.0, "名")]),
    ("全省排名4位。", [skipped("4", "ranking", 4.0, "位")]),
    ("位居全区5位。", [skipped("5", "ranking", 5.0, "位")]),
    ("名列全市2位。", [skipped("2", "ranking", 2.0, "位")]),
    ("考核居全市3位。", [skipped("3", "ranking", 3.0, "位")]),
    # the top of a table is a place too
    ("在全省考核中排名全省前10名。", [skipped("10", "ranking", 10.0, "名")]),
    ("综合考核进入全市前3名。", [skipped("3", "ranking", 3.0, "名")]),
    ("位居全区前5位。", [skipped("5", "ranking", 5.0, "位")]),
    # the same unit after a deed is a count, and 前 in a word (前置) is no ranking
    ("选派律师3名。", [fact("3", 3.0, "名")]),
    ("办理前置审查案件5件。", [fact("5", 5.0, "件")]),
    ("法律顾问实现村居100%覆盖。", [fact("100", 100.0, "%", "rate")]),  # 村居 is a village, 居 no ranking verb
])
def test_ranking(sentence, rows):
    assert ledger(sentence) == rows


# --- targets: 计划/预计/拟/力争/目标 before a figure make it a goal ------------------------------
@pytest.mark.parametrize("sentence,rows", [
    ("计划开展培训10次。", [skipped("10", "target_or_plan", 10.0, "次")]),
    ("预计办理案件30件。", [skipped("30", "target_or_plan", 30.0, "件")]),
    ("拟新建法治公园2个。", [skipped("2", "target_or_plan", 2.0, "个")]),
    ("力争调解成功率达98%。", [skipped("98", "target_or_plan", 98.0, "%")]),
    ("目标是培训干部500人次。", [skipped("500", "target_or_plan", 500.0, "人次")]),
    ("有望新建法治公园2个。", [skipped("2", "target_or_plan", 2.0, "个")]),
    # weak words (确保, 要求) mark a goal only with a level to reach
    ("确保调解成功率达到98%。", [skipped("98", "target_or_plan", 98.0, "%")]),
    ("要求办结率达到95%。", [skipped("95", "target_or_plan", 95.0, "%")]),
    ("确保培训干部200人次。", [fact("200", 200.0, "人次")]),
    # the same deeds without a target word are results
    ("开展培训10次。", [fact("10", 10.0, "次", "event")]),
    ("新建法治公园2个。", [fact("2", 2.0, "个")]),
    ("调解成功率达98%。", [fact("98", 98.0, "%", "rate")]),
    # the word is read within its clause only
    ("计划内容全部完成，开展培训10次。", [fact("10", 10.0, "次", "event")]),
])
def test_target_words_outside_plan_sections(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # inside a plan section every quantity is a plan, target word or not ...
    ("开展培训10次。", [skipped("10", "target_or_plan", 10.0, "次")]),
    ("计划开展培训10次。", [skipped("10", "target_or_plan", 10.0, "次")]),
    # ... but a change, a place in a ranking or an article keeps its own reason (they are asked first)
    ("同比增长20%。", [skipped("20", "delta", 20.0, "%")]),
    ("全市排名3名。", [skipped("3", "ranking", 3.0, "名")]),
    ("确保每月召开1次例会。", [skipped("1", "frequency", 1.0, "次")]),  # a skip pattern before any rule
])
def test_quantities_in_a_plan_section(sentence, rows):
    assert ledger(sentence, in_plan=True) == rows


def _report_ledger(text):
    z = zones(text)
    pieces = ((m.start(), m.group(), None) for m in re.finditer(SENTENCE_PIECES, text) if NUMERIC_RUN.search(m.group()))
    return [(section, m.token, m.status, m.reason, m.value, m.unit) for _, _, section, rows in extract_sentences(pieces, z)
            for m in rows if m.unit]


def test_a_plan_heading_makes_its_section_plans_until_the_next_top_level_heading():
    text = ("一、2023年工作成效\n开展培训5次。\n二、下一步工作计划\n开展培训10次，全市排名3名。\n（一）加强学习\n举办讲座2场。\n"
            "三、其他\n举办讲座4场。\n")
    assert _report_ledger(text) == [
        ("一、2023年工作成效", "5", "fact", "", 5.0, "次"),
        ("二、下一步工作计划", "10", "skipped", "target_or_plan", 10.0, "次"),
        ("二、下一步工作计划", "3", "skipped", "ranking", 3.0, "名"),
        ("（一）加强学习", "2", "skipped", "target_or_plan", 2.0, "场"),  # a sub-heading stays in the plan
        ("三、其他", "4", "fact", "", 4.0, "场"),
    ]


def test_a_heading_on_the_years_key_work_done_is_not_a_plan():
    text = "一、2023年重点工作完成情况\n开展培训5次。\n二、2024年工作计划\n开展培训8次。\n"
    assert _report_ledger(text) == [
        ("一、2023年重点工作完成情况", "5", "fact", "", 5.0, "次"),
        ("二、2024年工作计划", "8", "skipped", "target_or_plan", 8.0, "次"),
    ]


# --- hotlines: a service's number is a name, not a quantity -----------------------------------
@pytest.mark.parametrize("sentence,rows", [
    ("开通110报警服务。", [skipped("110", "name_or_slogan")]),
    ("拨打119火警电话。", [skipped("119", "name_or_slogan")]),
    ("120急救服务全覆盖。", [skipped("120", "name_or_slogan")]),
    ("拨打“110”报警。", [skipped("110", "name_or_slogan")]),
    ("12345热线受理诉求300件。", [skipped("12345", "name_or_slogan"), fact("300", 300.0, "件")]),
    # a list of them is named by the word after the last one
    ("开通12345、110、119、120等热线，受理诉求300件。",
     [skipped(t, "name_or_slogan") for t in ("12345", "110", "119", "120")] + [fact("300", 300.0, "件")]),
    ("公布12345、12348热线。", [skipped("12345", "name_or_slogan"), skipped("12348", "name_or_slogan")]),
    # with a unit after it the same digits are a count
    ("受理纠纷120件。", [fact("120", 120.0, "件")]),
    # ... and a list ending in a unit is figures: the last one a count, the first one left for a person to read
    ("受理纠纷120、110件。", [("120", "unparsed", "number_without_unit", None, "", ""), fact("110", 110.0, "件")]),
    ("接警110起。", [fact("110", 110.0, "起")]),
    ("办理案件119余件。", [("119", "fact", "", 119.0, "件", "count")]),
    ("调解成功率达120%。", [fact("120", 120.0, "%", "rate")]),
])
def test_hotline_numbers(sentence, rows):
    assert ledger(sentence) == rows


# --- articles: 一个/一项 in prose is "a", not a count of one -----------------------------------
@pytest.mark.parametrize("sentence,rows", [
    ("建立一个机制。", [skipped("一", "other", 1.0, "个")]),
    ("出台一项制度。", [skipped("一", "other", 1.0, "项")]),
    ("建立一个调解室。", [skipped("一", "other", 1.0, "个")]),
    ("开展一项专项行动。", [skipped("一", "other", 1.0, "项")]),
    ("全市共一个调解室。", [skipped("一", "other", 1.0, "个")]),
    # a count written in digits, a larger numeral or 一 with 余/多 is a figure
    ("新建1个调解室。", [fact("1", 1.0, "个")]),
    ("建立一百个调解室。", [fact("一百", 100.0, "个")]),
    ("建立两个调解室。", [fact("两", 2.0, "个")]),
    # a numeral before an abstract head is a slogan (三个机制), 一 stays an article first
    ("完善三个机制。", [skipped("三", "name_or_slogan", 3.0, "个")]),
    # people a body has or appoints are a head count, even one; a person doing something is not counted
    ("我局仅有一人持有执法证。", [fact("一", 1.0, "人")]),
    ("明确一名党组成员具体抓落实。", [fact("一", 1.0, "名")]),
    ("全局配备一位法律顾问。", [fact("一", 1.0, "位")]),
    ("由一名干部负责登记。", [skipped("一", "other", 1.0, "名")]),
    ("对一名干部进行提醒谈话。", [skipped("一", "other", 1.0, "名")]),
])
def test_articles(sentence, rows):
    assert ledger(sentence) == rows


# --- the other branches of quantity_rule, one sentence each ----------------------------------
@pytest.mark.parametrize("sentence,rows", [
    ("败诉率下降3个百分点。", [skipped("3", "delta", 3.0, "个百分点")]),
    ("案件数量同比增长40%。", [skipped("40", "delta", 40.0, "%")]),
    ("在原33个成员单位的基础上扩大范围。", [skipped("33", "delta", 33.0, "个")]),
    ("作为入选全省五个推荐项目之一上报。", [skipped("五", "ordinal", 5.0, "个"), skipped("一", "other")]),
    ("细化9个方面重点任务。", [skipped("9", "other", 9.0, "个")]),
    ("考核指标为50%。", [skipped("50", "duration_or_threshold", 50.0, "%")]),
    ("紧跟区委落实两个成为。", [skipped("两", "name_or_slogan", 2.0, "个")]),
])
def test_the_other_skip_branches(sentence, rows):
    assert ledger(sentence) == rows


# --- restated totals and breakdowns are matched within the same unit only ----------------------
def _report_rows(text):
    return [(m.token, m.status, m.reason, m.value, m.unit, m.parent) for m in extract_report(text, [], [])]


def test_parts_after_a_number_first_total_have_it_as_their_parent_up_to_the_bracket_holding_them():
    rows = _report_rows("全市共有1127个人民调解委员会,其中,村(居)民调委会972个、乡镇(街道)调委会49个。")
    assert [(r[0], r[5]) for r in rows if r[1] == "fact"] == [("1127", None), ("972", 0), ("49", 0)]
    rows = _report_rows("完成473名党政主要负责人述法(其中21名进行现场述法)和471名党政主要负责人述法。")
    assert [(r[0], r[5]) for r in rows if r[1] == "fact"] == [("473", None), ("21", 0), ("471", None)]


def test_a_total_restated_as_a_base_is_skipped():
    assert _report_rows("共受理信访件40件。所交办的40件信访件中办结38件。") == [
        ("40", "fact", "", 40.0, "件", None), ("40", "skipped", "restated_total", 40.0, "件", None),
        ("38", "fact", "", 38.0, "件", None)]


def test_bodies_named_again_as_who_did_the_next_figures_work_are_restated():
    # the 5 firms were counted in the first sentence; in the second they only say who did the 787 matters
    assert _report_rows("组织全县5家律师事务所与商会建立联系。全年5家律师事务所共办理法律事务787件。") == [
        ("5", "fact", "", 5.0, "家", None), ("5", "skipped", "restated_total", 5.0, "家", None), ("787", "fact", "", 787.0, "件", None)]
    # another number of them, or as many bodies of another kind, are counted anew
    assert [r[:2] for r in _report_rows("组织全县5家律师事务所与商会建立联系。全年6家律师事务所共办理法律事务787件。")] == [
        ("5", "fact"), ("6", "fact"), ("787", "fact")]
    assert [r[:2] for r in _report_rows("组织全县5家商会建立联系。全年5家律师事务所共办理法律事务787件。")] == [
        ("5", "fact"), ("5", "fact"), ("787", "fact")]
    # counted for the first time, such bodies are a fact, and what they did follows as its own
    assert fact_subjects("今年新设立3家律师事务所共办理法律事务50件。") == [("3", ["律师事务所"]), ("50", ["办理法律事务"])]


def test_a_base_in_another_unit_is_not_a_restated_total():
    assert _report_rows("共培训干部40人。所交办的40件信访件中办结38件。") == [
        ("40", "fact", "", 40.0, "人", None), ("40", "fact", "", 40.0, "件", None), ("38", "fact", "", 38.0, "件", None)]


def test_a_base_with_another_value_is_not_a_restated_total():
    assert _report_rows("共受理信访件40件。所交办的41件信访件中办结38件。") == [
        ("40", "fact", "", 40.0, "件", None), ("41", "fact", "", 41.0, "件", None), ("38", "fact", "", 38.0, "件", None)]


def test_breakdown_parts_in_the_totals_unit_point_at_it():
    assert _report_rows("受理案件40件，其中行政复议25件，行政诉讼15件。") == [
        ("40", "fact", "", 40.0, "件", None), ("25", "fact", "", 25.0, "件", 0), ("15", "fact", "", 15.0, "件", 0)]


def test_a_figure_in_another_unit_after_qizhong_is_not_a_part():
    assert _report_rows("受理案件40件，其中涉及金额20万元，行政复议25件。") == [
        ("40", "fact", "", 40.0, "件", None), ("20", "fact", "", 200000.0, "元", None), ("25", "fact", "", 25.0, "件", 0)]


# --- number-first order: the noun after the figure is what it counts, unless the clause says otherwise
@pytest.mark.parametrize("sentence,subjects", [
    ("受理矛盾纠纷100件以上，调处98件。", [("100", ["受理矛盾纠纷"]), ("98", ["调处矛盾纠纷"])]),  # 以上 closes the figure
    ("参加培训的干部50人左右。", [("50", ["参加培训的干部"])]),
    ("全年办理案件12件左右。", [("12", ["办理案件"])]),
    ("组织1人参加任职考试。", [("1", ["参加任职考试"])]),  # a person sent to do something
    ("组织1人报考法律职业资格考试。", [("1", ["报考法律职业资格考试"])]),  # ... whatever the verb
    ("动员200余人报名参赛。", [("200", ["报名参赛"])]),
    # a place named before the count scopes it, as 全区 does; so does 全系统
    ("城中区7个司法所均被确立为达标所。", [("7", ["司法所"])]),
    ("全系统500余名队员参加轮训。", [("500", ["队员"])]),
    ("城中区司法局7个科室参与。", [("7", ["科室"])]),  # so does a body: what it has is counted
    ("建成综治中心及21个便民服务站。", [("21", ["便民服务站"])]),  # …及 N 个: a second item
    ("建成“法治广场”和3个法治文化公园。", [("3", ["法治文化公园"])]),
    ("共涉及六大方面21个问题。", [("21", ["问题"])]),  # a bare noun phrase fills the rest of the clause
    ("梳理出3张履职清单共311项。", [("3", ["履职清单"]), ("311", ["履职清单"])]),  # its total names the same items
    ("为9个村提供法律服务。", [("9", ["村"])]),
    ("培养了64名“法律明白人”。", [("64", ["法律明白人"])]),
    ("聘请律师指导执法，聘任19名社会监督员。", [("19", ["社会监督员"])]),
    ("设立了5个工作站点，覆盖全镇。", [("5", ["工作站点"])]),
    # a means the deed used: the noun after its count (以6期系列报道进行宣传), but not after a modal (可以)
    ("开设专栏，以8期系列报道进行宣传。", [("8", ["系列报道"])]),
    # a disposal preposition or a conjunction before the count: the noun after it (将14支队伍整合为6支)
    ("将14支执法队伍整合为6支。", [("14", ["执法队伍"]), ("6", ["执法队伍整合"])]),
    ("法院已审理2宗诉讼案件，且2宗案件均已审结。", [("2", ["诉讼案件"]), ("2", ["案件"])]),
    # a body named by a pronoun scopes the count, as 全区 and 全省 do
    ("目前共梳理我局2433项执法事项。", [("2433", ["执法事项"])]),
    ("全省6个市县(项目)入选。", [("6", ["市县"])]),
    ("依托12个调解室开展调解。", [("12", ["调解室"])]),
    # a scope word in traditional script; people counted by what they did, as in 126名干部职工完成考试
    ("推動全鎮126名干部職工完成考試。", [("126", ["干部職工完成考試"])]),
])
def test_number_first_subjects(sentence, subjects):
    assert fact_subjects(sentence) == subjects


# --- subjects in the other orders of real reports: a topic before 共, levels kept, rates, dates, negation ---
@pytest.mark.parametrize("sentence,subjects", [
    # cases named by their cause
    ("其中1起案由为擅自设立弃置场收纳建筑垃圾。", [("1", ["擅自设立弃置场收纳建筑垃圾"])]),
    # the topic before 共 is what a bare verb counted; the next bare verb borrows it
    ("全年行政复议案件共受理15件，审结12件。", [("15", ["行政复议案件受理"]), ("12", ["审结行政复议案件"])]),
    ("审查规范性文件52件，办理各部门咨询答复112件，全市废止5件。",
     [("52", ["审查规范性文件"]), ("112", ["办理各部门咨询答复"]), ("5", ["废止规范性文件"])]),
    # a level kept or passed: the verb says how, the noun before it what (推广率保持100%)
    ("窗口推广率保持100%，覆盖人数超3000人次。", [("100", ["窗口推广率"]), ("3000", ["覆盖人数"])]),
    # a rate's name is a noun whatever jieba tags 率 as: it borrows nothing (履行率 after 调解成功率)
    ("调解成功率97.6%，履行率达97.3%。", [("97.6", ["调解成功率"]), ("97.3", ["履行率"])]),
    ("使规范性文件的报备及时率达到100%。", [("100", ["规范性文件的报备及时率"])]),
    # the year's 年 is no part of the subject; a body's self-name (我委) is dropped; a closing 共 opens nothing
    ("2023年区卫健委共受理投诉举报共420件。", [("420", ["受理投诉举报"])]),
    ("2025年，我委共办理行政执法案件4402件。", [("4402", ["办理行政执法案件"])]),
    # a bare verb borrows nothing across a change: the 22 left were not 执法人员 of the year
    ("现有持证执法人员131人，较上年减少22人，其中退休10人。", [("131", ["持证执法人员"]), ("10", ["退休"])]),
    # 并 after a count starts the next predicate: the activity is the one before the count
    ("组织线下培训10次，线上培训1次并全员通过考核。", [("10", ["线下培训"]), ("1", ["线上培训"])]),
    # people counted by what they did not do
    ("其中持证执法人员19人，1名未参加执法考试。", [("19", ["持证执法人员"]), ("1", ["未参加执法考试"])]),
    # kinds of calls listed one word each lend no object to each other (表扬 is no 表扬咨询)
    ("其中投诉78件，咨询242件，表扬23件。", [("78", ["投诉"]), ("242", ["咨询"]), ("23", ["表扬"])]),
    # people after the bodies they came from, counted by what they completed
    ("全区7个党委部门和23个政府部门共125人完成述法。", [("7", ["党委部门"]), ("23", ["政府部门"]), ("125", ["完成述法"])]),
])
def test_subjects_named_around_the_count(sentence, subjects):
    assert fact_subjects(sentence) == subjects


# --- a list closed by 等 right before a count: the list names what is counted (its first item) ----
@pytest.mark.parametrize("sentence,subjects", [
    ("培训覆盖全街党员干部、社区网格员等800余人。", [("800", ["全街党员干部"])]),
    ("参加培训的党员干部、网格员等300余人。", [("300", ["党员干部"])]),
    ("接待来访群众等120人次。", [("120", ["群众"])]),  # after the last verb (来访 is one)
    # a noun after 等 is the category: it stays the subject (with the verb)
    ("发放宣传册、折页等资料5000余份。", [("5000", ["发放资料"])]),
    # an event is the activity, whatever the list: unchanged
    ("集中学习新修订的土地管理法、林业等3次。", [("3", ["学习"])]),
])
def test_a_count_closing_a_list(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # kinds of the items counted right after: both figures count 问题
    ("梳理通报3类18项问题。", [("3", ["问题"]), ("18", ["问题"])]),
    # a figure right after a skipped one (一次 of a programme's name) is named by its clause, never left blank
    ("开展行政检查10751次，组织综合查一次341户次。", [("10751", ["行政检查"]), ("341", ["综合查一次"])]),
])
def test_a_figure_after_another(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # an event's count before the activity that closes the clause: the activity
    ("围绕宪法、民法典等重点内容开展8次集中学习。", [("8", ["集中学习"])]),
    ("本年度共1场中心组学习，领导带头学。", [("1", ["中心组学习"])]),
    ("组织3场法治培训。", [("3", ["法治培训"])]),
    # ... not when the clause goes on to what the meetings did
    ("召开专题会议3次学习贯彻习近平法治思想。", [("3", ["专题会议"])]),
    # a second counter of the same activity counts it too
    ("开展线上答题活动2次4期。", [("2", ["线上答题活动"]), ("4", ["线上答题活动"])]),
    # a numeral inside a name stays in the next figure's subject
    ("可网办事项1301项，最多跑一次事项1348项。", [("1301", ["可网办事项"]), ("1348", ["最多跑一次事项"])]),
    ("已公开处理群众来信6封。", [("6", ["公开处理群众来信"])]),  # 封 counts letters
])
def test_event_counts_and_neighbouring_figures(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # a bare verb with no earlier figure to borrow its object from takes the programme name before it
    ("围绕“枫桥经验”，调处12件。", [("12", ["调处枫桥经验"])]),
    ("围绕“法治进社区”和“枫桥经验”，调处12件。", [("12", ["调处枫桥经验"])]),  # the nearest name
    # ... but the object of an earlier figure comes first
    ("围绕“枫桥经验”，受理矛盾纠纷20件，调处12件。", [("20", ["受理矛盾纠纷"]), ("12", ["调处矛盾纠纷"])]),
])
def test_a_bare_verb_takes_a_programme_name(sentence, subjects):
    assert fact_subjects(sentence) == subjects


# --- a percentage as an adverb before a verb: the rate is the share that did the deed -------------
@pytest.mark.parametrize("sentence,subjects", [
    ("组织在编干部100%完成普法在线考试。", [("100", ["在编干部完成普法在线考试"])]),
    ("行政复议决定100%按时办结。", [("100", ["行政复议决定按时办结"])]),
    ("实现村居法律顾问100%全覆盖。", [("100", ["实现村居法律顾问全覆盖"])]),
    # a rate named before its figure is unchanged, and so is one followed by a clause break or a noun
    ("行政复议案件办结率100%，群众满意率达100%。", [("100", ["行政复议案件办结率"]), ("100", ["群众满意率"])]),
    ("群众满意率达100%以上。", [("100", ["群众满意率"])]),
    ("办结率100%案件全部归档。", [("100", ["办结率"])]),  # a noun after the sign: no deed
])
def test_a_rate_before_a_verb(sentence, subjects):
    assert fact_subjects(sentence) == subjects


# --- ledger mechanics: where a row points, and which words hide a numeral -------------------------
@pytest.mark.parametrize("sentence,numeral,expected", [
    # a numeral inside an ordinary word is no number, wherever the word stands in the sentence
    ("全面推进依法治镇工作进一步深化", "一", True),
    ("进一步加强", "一", True),
    ("一定要加强", "一", True),  # the word starts at the numeral
    ("统一思想", "一", True),
    # a numeral jieba reads as a number or a measure word is a number
    ("开展三次培训", "三", False),
    ("这是第一个", "一", False),
    ("共12人参加", "12", False),
    ("修建步道千米", "千", False),
])
def test_numeral_inside_an_ordinary_word(sentence, numeral, expected):
    start = sentence.index(numeral)
    assert _lexical_word(sentence, start, start + len(numeral)) is expected


def test_rows_point_into_the_report_text():
    """offsets are the sentence's position plus the token's: the run, and the quantity it starts"""
    [row] = extract_sentence("受理纠纷30件", 100)
    assert (row.start, row.end, row.anchor_start, row.anchor_end) == (104, 106, 104, 107)


@pytest.mark.parametrize("sentence,rows", [
    # a figure right after a skipped name is outside it
    ("发放《民法典》500册。", [fact("500", 500.0, "册")]),
    ("《条例》3本。", [fact("3", 3.0, "本")]),
])
def test_a_skip_stretch_ends_where_it_ends(sentence, rows):
    assert ledger(sentence) == rows


def test_approx_reads_the_word_at_the_start_of_the_sentence():
    [row] = extract_sentence("约300人参加。", 0)
    assert row.approx == "about"


def test_the_callers_gate_mask_is_honoured():
    """normalise computes the skip gates for a whole batch in Polars and hands each sentence its mask;
    a pattern whose gate is off is not run (the mask decides, not a second look at the sentence)"""
    sentence = "2023年开展培训5次。"
    assert [r[:3] for r in ledger(sentence)] == [("2023", "skipped", "date"), ("5", "fact", "")]
    assert [r[:3] for r in ledger(sentence, gates=0)] == [("2023", "unparsed", "number_without_unit"), ("5", "fact", "")]
    assert skip_spans(sentence, 0) == [] and skip_spans(sentence) == [(0, 5, "date")]
    zones_ = {"sections": [], "plan": [], "debris": []}
    [(_, _, section, rows)] = extract_sentences([(0, sentence, 0)], zones_)
    assert section == "" and [r.status for r in rows] == ["unparsed", "fact"]


@pytest.mark.parametrize("sentence,subjects", [
    # jieba's dictionary is simplified: traditional text is cut as its mirror (通過 is no preposition here)
    ("推动126名干部職工完成線上學法考法,通過率達100%。", [("126", ["干部職工"]), ("100", ["通過率"])]),
    ("考試合格率為98%。", [("98", ["考試合格率"])]),
])
def test_traditional_text_is_cut_as_its_simplified_mirror_and_kept_in_its_own_characters(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # a verb and a state with no noun (继续有效41件) counts the object of the figure before it
    ("废止规范性文件4件,继续有效41件。", [("4", ["废止规范性文件"]), ("41", ["继续有效规范性文件"])]),
    ("受理矛盾纠纷254件,调处244件。", [("254", ["受理矛盾纠纷"]), ("244", ["调处矛盾纠纷"])]),
    # a noun of its own stays (宣传 is a verbal noun)
    ("发放资料500份,开展宣传20次。", [("500", ["发放资料"]), ("20", ["宣传"])]),
])
def test_a_predicate_without_a_noun_borrows_the_object_before_it(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # an event count alone in its clause counts the activity an earlier clause of the sentence held
    ("组织干部共同参加专题讲座,涉及《民法典》等内容,今年共计8场。", [("8", ["专题讲座"])]),
    # no activity earlier: nothing to borrow
    ("深入学习贯彻宪法精神,全年共5次。", [("5", [""])]),
])
def test_an_event_count_alone_in_its_clause_counts_the_activity_held_earlier(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_year_ends_a_number_first_noun_phrase():
    sentence = "县委依法治县办集中收集整理本县及11个乡镇和26个政府组成部门2024年法治政府建设年度报告。"
    assert fact_subjects(sentence) == [("11", ["乡镇"]), ("26", ["政府组成部门"])]


@pytest.mark.parametrize("sentence,subjects", [
    # 其余/剩余 before the number: the counted noun follows it
    ("下放的35项事项,其余32项事项全部承接。", [("35", ["事项"]), ("32", ["事项"])]),
    # 除 (except) opens a clause like 对/为: never the subject itself
    ("除2件纠纷移交法院外,其余调处成功。", [("2", ["纠纷"])]),
    # 共有 closes the subject like 共计 (改革事项共有10项)
    ("涉及部门的改革事项共有10项。", [("10", ["涉及部门的改革事项"])]),
])
def test_a_determiner_before_the_number_and_a_closing_copula_leave_the_noun(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # 各 hands one figure to each item of the list before it
    ("开展党政主要负责人述职评议和述法测评各1次。", [("1", ["党政主要负责人述职评议", "述法测评"])]),
    ("开展法治讲座、模拟法庭各2场。", [("2", ["法治讲座", "模拟法庭"])]),
    # 各 after agents, before the verb, shares nothing: the activity is after it
    ("县委、县政府各召开1次专题会议。", [("1", ["专题会议"])]),
])
def test_each_hands_the_figure_to_every_item_of_the_list(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # an event counts the activity people joined, not the people
    ("组织干部参加“法治讲堂”共计37场次。", [("37", ["法治讲堂"])]),
    ("组织行政机关负责人及工作人员参加旁听庭审活动1次。", [("1", ["旁听庭审活动"])]),
    # a count of people stays theirs
    ("组织执法人员120人参加培训。", [("120", ["执法人员"])]),
])
def test_an_event_counts_the_activity_joined(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # stacked counts: each names the noun right after it; the work done on them is not what was counted
    ("完成26个领域1286项政务公开目录标准化编制工作。", [("26", ["领域"]), ("1286", ["政务公开目录"])]),
    # a total of the items (共) still borrows the noun before it
    ("制定3张履职清单共311项。", [("3", ["履职清单"]), ("311", ["履职清单"])]),
    # work that is itself the thing counted stays
    ("完成12项整改工作。", [("12", ["整改工作"])]),
    # administrative levels listed before one head share it
    ("实施综合执法,431项市、区行政处罚权及行政强制权下放街道乡镇。", [("431", ["区行政处罚权"])]),
    ("下辖5个村、社区。", [("5", ["村"])]),
])
def test_number_first_noun_phrases_with_stacked_counts_and_level_lists(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # 两 is never an ordinal: 召开两次会议 held two meetings (三次会议 may be the third session)
    ("领导小组召开两次会议。", [fact("两", 2.0, "次", "event")]),
    ("召开县委三次会议。", [skipped("三", "ordinal", 3.0, "次")]),
    # 拟 inside 模拟 is no plan
    ("开展模拟法庭2场。", [fact("2", 2.0, "场", "event")]),
    ("拟开展培训2场。", [skipped("2", "target_or_plan", 2.0, "场")]),
    # a plan noun closed by 并: the deed after it is a result
    ("将法治学习列入年度学习计划并组织开展学习共计50余次。", [fact("50", 50.0, "次", "event")]),
])
def test_plan_and_ordinal_words_do_not_reach_past_their_word(sentence, rows):
    assert [r[:6] for r in ledger(sentence)] == rows


@pytest.mark.parametrize("sentence,subjects", [
    # a body before the count, its deed after it: the deed is the event
    ("县委常委会2次听取全县法治政府建设情况汇报。", [("2", ["听取全县法治政府建设情况汇报"])]),
    # an activity before the count is the event, whatever verb follows
    ("开展普法宣传20次发放资料。", [("20", ["普法宣传"])]),
])
def test_an_event_count_between_a_body_and_its_deed_counts_the_deed(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # a list closed by 等 whose item ends in its own verb: the item, not the verb governing the list
    ("依法完成教师资格认定等582件。", [("582", ["教师资格认定"])]),
    ("覆盖全街党员干部、社区网格员等800余人。", [("800", ["全街党员干部"])]),
    # a verb jieba tags as an adverb right before a number-first noun phrase
    ("制定学习计划,明确12个重点学习专题。", [("12", ["重点学习专题"])]),
    # 对原有… is the object of a deed, not a former level
    ("对原有2件行政规范性文件进行审核。", [("2", ["行政规范性文件"])]),
])
def test_list_items_number_first_objects_and_existing_things(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_topic_counted_in_ge_is_a_count_an_activity_an_event():
    # the activity must head the phrase's last four characters: 讲座资料包 counts packs of lecture material
    assert [kind_of("个", s) for s in ("重点学习专题", "专题研讨", "宣讲团", "讲座资料包")] == ["count", "event", "count", "count"]
    assert [m.status for m in extract_sentence("在原33个成员单位的基础上。", 0)] == ["skipped"]


@pytest.mark.parametrize("sentence,rows", [
    # the level before a change (由…减至/增加到) and a change in percent are deltas, not levels
    # the level after the cut is what one case now needs (the dev gold's reading), not visits held
    ("现场跑动次数由22次减至2次。", [skipped("22", "delta", 22.0, "次"), skipped("2", "duration_or_threshold", 2.0, "次")]),
    ("平均减材料36.8%。", [skipped("36.8", "delta", 36.8, "%")]),
    ("承诺时限压缩至法定时限的14.98%。", [skipped("14.98", "delta", 14.98, "%")]),
    # the share cut off, named as a ratio of cutting (压缩比, 精简比例): a change, next to a level reached
    ("办理时限压缩比达到95%,材料精简比例达65%,网上可办率达100%。",
     [skipped("95", "delta", 95.0, "%"), skipped("65", "delta", 65.0, "%"), fact("100", 100.0, "%", "rate")]),
    # a rate whose name holds 减 stays a rate; a count of what was cut stays a count
    ("防灾减灾覆盖率100%。", [fact("100", 100.0, "%", "rate")]),
    ("减少申报材料20份。", [fact("20", 20.0, "份")]),
])
def test_levels_before_a_change_and_relative_changes_are_deltas(sentence, rows):
    assert [r[:6] for r in ledger(sentence)] == rows


@pytest.mark.parametrize("sentence,subjects", [
    # an aside inside a number-first phrase is dropped, the phrase goes on
    ("筹备召开4次法治绍兴(法治政府)建设工作推进会。", [("4", ["法治绍兴建设工作推进会"])]),
    # a verb before a body's noun names the body (审批部门), it does not start the predicate
    ("全面落实清理工作,47个行政审批部门开展自查。", [("47", ["行政审批部门"])]),
    # a verb after a complete noun phrase still does
    ("将街道43座商务楼宇分配给社区。", [("43", ["商务楼宇"])]),
])
def test_number_first_phrases_keep_asides_and_bodies_named_by_a_verb(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # a number summing up the names listed right before it: the noun after it says what they are
    ("选定东风机械公司、西岭线缆公司两家企业作为监测点。", [("两", ["企业"])]),
    ("设立综合治理委员会、公共服务委员会、综合执法委员会三个协调工作平台。", [("三", ["协调工作平台"])]),
    # the last item joined by 和
    ("执法、司法和守法普法3个协调小组高效运行。", [("3", ["协调小组"])]),
    # a number that does not match the list is no sum of it
    ("遴选出东风机械公司、西岭线缆公司三家企业作为监测点。", [("三", ["西岭线缆公司"])]),
])
def test_a_number_summing_up_a_list_of_names_counts_the_noun_after_it(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_the_four_leadership_bodies_are_a_name():
    assert [r[:3] for r in ledger("市四套班子领导参加。")] == [("四", "skipped", "name_or_slogan")]


@pytest.mark.parametrize("sentence,subjects", [
    # batches, like kinds, group the items counted right after them
    ("推出“法治引领”等两批次19个区内示范项目。", [("两", ["区内示范项目"]), ("19", ["区内示范项目"])]),
    # (the batches are an event: the activity joined, without 参加; the people joined it)
    ("组织二批次6人参加任职考试。", [("二", ["任职考试"]), ("6", ["参加任职考试"])]),
    # a second counter of the same activity with nothing after it names nothing new
    ("开展线上答题活动2次4期。", [("2", ["线上答题活动"]), ("4", ["线上答题活动"])]),
])
def test_batches_group_the_items_counted_next(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_size_listed_after_a_count_measures_the_things_counted():
    assert fact_subjects("累计拆除违法建筑265处、62897.81平方米，其中拆除新增违建39处、596.78平方米。") == [
        ("265", ["拆除违法建筑"]), ("62897.81", ["拆除违法建筑"]), ("39", ["拆除新增违建"]), ("596.78", ["拆除新增违建"])]
    # a second item of a list names itself
    assert fact_subjects("发放资料300份、宣传品200件。") == [("300", ["发放资料"]), ("200", ["宣传品"])]


def test_a_share_right_after_a_count_is_the_share_of_the_things_counted():
    assert fact_subjects("开通网办事项955项，占总事项的97%。") == [("955", ["开通网办事项"]), ("97", ["开通网办事项占总事项"])]
    assert fact_subjects("驳回行政复议申请的1宗，占已审结案件比50%。") == [("1", ["驳回行政复议申请"]), ("50", ["驳回行政复议申请占已审结案件比"])]
    # a rate with a name of its own keeps it
    assert fact_subjects("调解纠纷120件，调解成功率98%。") == [("120", ["调解纠纷"]), ("98", ["调解成功率"])]


def test_parts_in_brackets_named_by_what_happened_to_them():
    assert fact_subjects("被提起行政诉讼4宗，其中3起已结案（1起判决维持原判，2起已下撤诉裁定书），1起正在审理中。") == [
        ("4", ["提起行政诉讼"]), ("3", ["结案"]), ("1", ["判决维持原判"]), ("2", ["已下撤诉裁定书"]),
        ("1", ["正在审理中"])]  # a case in progress (审理中) is no base of a breakdown


def test_a_cause_after_cases_qualified_before_them_only_describes_them():
    assert fact_subjects("收到复议申请3宗，不予受理的1宗案由为信访事项答复。") == [("3", ["收到复议申请"]), ("1", ["不予受理"])]
    assert fact_subjects("其中，1宗案由为未依法全面履职。") == [("1", ["未依法全面履职"])]


@pytest.mark.parametrize("sentence,subjects", [
    ("将278项行政许可事项统一划入县行政审批局。", [("278", ["行政许可事项"])]),  # an adverb opens the predicate
    ("召开三次座谈会向社会公众征求意见建议。", [("三", ["座谈会"])]),  # what the meeting was for follows it
    ("494项事项赋权至三个试点乡镇（街道）。", [("494", ["事项赋权"]), ("三", ["试点乡镇"])]),  # another figure ends the phrase
    ("2次开展“一把手”集中述法。", [("2", ["开展一把手集中述法"])]),  # an activity keeps its adverb
])
def test_the_noun_phrase_after_a_count_ends_where_its_predicate_starts(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    ("全区专兼职劳动保障监察员48名参训。", [("48", ["专兼职劳动保障监察员"])]),  # the people, not what they did (参训)
    # the last item of a number-first list, though jieba tags its words verbs; it borrows no noun
    ("其中22个经济合同，17个文件和9个信访回复。", [("22", ["经济合同"]), ("17", ["文件"]), ("9", ["信访回复"])]),
    ("案件总数为339（行政检查195件、行政处罚144件）。", [("195", ["行政检查"]), ("144", ["行政处罚"])]),  # inside the brackets it opened
    ("主动公开市政府规章13件，修改4件。", [("13", ["公开市政府规章"]), ("4", ["修改市政府规章"])]),  # 公开 (tagged ad) is no noun
    ("开展行政复议法、执法文明用语指引等为主要内容的专题辅导5次。", [("5", ["专题辅导"])]),  # the theme qualifies it
    ("组织138个基层调委会759名调解员每月认真分析纠纷。", [("138", ["基层调委会"]), ("759", ["调解员"])]),  # 每月 starts the predicate
    ("“粤智助”累计办理业务19048笔。", [("19048", ["办理业务"])]),  # 笔 counts transactions
    ("市城市管理委行政职权事项包含行政许可、行政处罚和行政检查，共计181项。", [("181", ["市城市管理委行政职权事项"])]),
    ("区政府办公室共收到8份政府信息公开申请。", [("8", ["政府信息公开申请"])]),  # one word in the domain lexicon
    # a quoted name lends itself to a bare verb only if no figure came between
    ("开办“助企为民执法直通车”5期，及时回应诉求30余件。", [("5", ["开办助企为民执法直通车"]), ("30", ["回应诉求"])]),
    ("深化化工安全整治行动，6月底前共71项任务全部完成。", [("71", ["任务"])]),  # a time adverbial names nothing
    ("共收到12件信息依申请公开，其中10件已经按时按规完成答复。", [("12", ["信息依申请公开"]), ("10", ["答复"])]),
    ("其中3件已按照相关要求进行书面回复。", [("3", ["书面回复"])]),  # less the rule it followed and the light verb
    ("收到政府信息公开申请4件，2件为网络申请。", [("4", ["收到政府信息公开申请"]), ("2", ["网络申请"])]),  # a count then its kind
    ("组织新区党政部门83名主要负责人开展述法工作。", [("83", ["主要负责人"])]),  # the people after the count
    ("通过县政府部门公开网站和七彩云端主动公开政府信息23条。", [("23", ["公开政府信息"])]),  # the means is not the deed
    ("区委区政府聘请了由7名律师组成的法律顾问团。", [("7", ["律师"])]),
    ("精选38名法律工作者担任村(居)法律顾问。", [("38", ["法律工作者"])]),
    ("此外，璧山区71个普法责任单位制定了普法工作责任清单。", [("71", ["普法责任单位"])]),  # a county jieba cuts (璧|山区)
    ("对区内185家建设项目进行了全面排查。", [("185", ["建设项目"])]),
    ("市本级1638项政务服务事项进驻市政务服务中心。", [("1638", ["政务服务事项"])]),
    ("市政府常务会议先后4次对《信访工作条例》进行专题学习。", [("4", ["进行专题学习"])]),  # the meeting is who
    ("完成“四类案卷”2轮次全覆盖评查。", [("2", ["全覆盖评查"])]),  # 轮次, like 场次
    ("开展执法业务培训8200余人次和集中法治理论考试1次。", [("8200", ["执法业务培训"]), ("1", ["法治理论考试"])]),  # 和 opens the next item
    ("旗本级43个部门实现一窗办理。", [("43", ["部门"])]),
    # the body in full with its place is whose the figure is; a year or a list marker inside ends what came before
    ("2022年度深圳市坪山区法律援助中心业务经费为217.78万元。", [("217.78", ["业务经费"])]),
    ("3.综合执法大队2023年度行政处罚案件124卷。", [("124", ["行政处罚案件"])]),
    ("经评查，合格以上等次案卷共计443本。", [("443", ["合格以上等次案卷"])]),  # 等次 (a grade) closes no list
    ("其中投诉7836件，举报1415件，分别占比84.7%、15.3%。", [  # shares in the order of the items counted
        ("7836", ["投诉"]), ("1415", ["举报"]), ("84.7", ["投诉占比"]), ("15.3", ["举报占比"])]),
    ("发生1起三轮车侧翻较大事故。", [("1", ["三轮车"])]),  # a numeral naming a vehicle is no second counter
    ("本年度新村街综合执法大队新增执法人员2人。", [("2", ["新增执法人员"])]),  # the additions, not the staff
    ("新村街道综合执法大队现有在编执法人员27名。", [("27", ["在编执法人员"])]),  # 现有 opens what is held
    ("走访企业242家次，解决43个诉求。", [("242", ["走访企业"]), ("43", ["诉求"])]),  # 诉求, a noun here
    # places and their figures: of the topic the clause before names, or of the noun the list ends on
    ("精准下放赋权执法事项，碧湖镇274项、城区五街道660项。", [
        ("274", ["碧湖镇精准下放赋权执法事项"]), ("660", ["城区五街道精准下放赋权执法事项"])]),
    ("明确吕四港镇1090项、近海等重点镇409项行政权力事项。", [
        ("1090", ["吕四港镇行政权力事项"]), ("409", ["行政权力事项"])]),
    ("创建区级“法治示范村”1家。", [("1", ["创建区级法治示范村"])]),  # a thing named 村 is no place
    # the places after a verb or a preposition (下放吕四港镇…, 在城区五街道…)
    ("下放吕四港镇1090项、近海等重点镇409项行政权力事项。", [("1090", ["吕四港镇行政权力事项"]), ("409", ["行政权力事项"])]),
    ("在城区五街道660项、南明山街道663项行政权力事项。", [("660", ["城区五街道行政权力事项"]), ("663", ["行政权力事项"])]),
    ("开展专项整治，共摸排194家企业。", [("194", ["企业"])]),  # 摸排 searches, it ranks nothing
    # a second counter right after the first, joined by 、 only, counts the same deed (2次、100余件)
    ("清理规范性文件2次、100余件,废止7件。", [("2", ["清理规范性文件"]), ("100", ["清理规范性文件"]), ("7", ["废止规范性文件"])]),
    # what was selected, counted after the group it joined, and suggestions made are results
    ("入选省级示范单位3个。", [("3", ["入选省级示范单位"])]), ("提出意见建议30条。", [("30", ["提出意见建议"])]),
    # 维持 alone is the decision made on the cases counted before (a level kept only after a noun: 推广率维持100%)
    ("全年办理行政复议案件25件,其中维持18件,撤销2件。", [
        ("25", ["办理行政复议案件"]), ("18", ["维持行政复议案件"]), ("2", ["撤销行政复议案件"])]),
    ("推广率维持100%。", [("100", ["推广率"])]),
    # the people sent end where they were sent to (到, whatever jieba tags it)
    ("共安排454人次律师到广西公共法律服务中心值班。", [("454", ["律师"])]),
    # counts named only by a level: of that level of the thing the list ends on (市场主体 keeps its 市)
    ("建成2个省级、2个市级、4个县应急普法基地。", [
        ("2", ["省级应急普法基地"]), ("2", ["市级应急普法基地"]), ("4", ["县应急普法基地"])]),
    ("培育1个省级、2个市级市场主体信用示范单位。", [("1", ["省级市场主体信用示范单位"]), ("2", ["市级市场主体信用示范单位"])]),
    # a total naming nothing counts what the clause before made
    ("梳理形成成熟完备的全区行政执法事项清单，目前共4568项。", [("4568", ["全区行政执法事项清单"])]),
])
def test_subjects_of_work_report_constructions(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,token,reason", [
    ("我局在全市27个行政执法部门排名第1。", "27", "ranking"),  # the field a place was ranked in
    ("紧扣一个大市场、两个纲要、三个监管、四个安全的工作着力点。", "两", "name_or_slogan"),  # a slogan counting up its parts
    ("实现每个执法中队拥有2台执法记录仪。", "2", "other"),  # a share per unit
    ("统筹发展和安全两件大事。", "两", "name_or_slogan"),  # the numeral sums up an abstract list
    ("以优化营商环境、推进干部队伍建设四个方向开展工作。", "四", "name_or_slogan"),
    ("制定工作要点，确定100项年度工作任务。", "100", "target_or_plan"),  # what a plan sets
    ("部署落实25项工作、48项重点任务。", "48", "target_or_plan"),  # and the next item of its list
    ("完成市拆违专办下达的6万平方米的年度目标任务。", "6", "target_or_plan"),
    ("重新修订分工方案314项。", "314", "target_or_plan"),
    ("办理三类医疗器械经营许可证34件。", "三", "name_or_slogan"),  # a class of devices
    ("审批流程缩减50%,审核时间提速80%。", "50", "delta"),  # by how much a thing was cut (缩减, 精减 as 压缩, 精简)
    ("审批材料精减16项。", "16", "delta"),
    ("印发21项专项工作重点任务清单。", "21", "target_or_plan"),  # a list of tasks issued
    ("提出建立25项重要制度。", "25", "target_or_plan"),  # what a plan proposes to set up
    ("杭州市入选国家首批六个营商环境创新试点城市。", "六", "other"),  # the size of the group selected into
    ("顺利入选司法部首批全国十个立法联系点。", "十", "other"),
    ("包含行政许可、行政处罚等10项职权类型。", "10", "other"),  # how many kinds, not how many things
    ("围绕立法、执法、司法、守法四个法治环节开展工作。", "四", "name_or_slogan"),  # sums up abstract parts named before
    ("围绕立法、执法、司法、守法4项法治环节开展工作。", "4", "name_or_slogan"),
    ("包含行政许可、行政处罚等3个职权类型。", "3", "other"),
    ("包含警告、罚款等5种处罚类别。", "5", "other"),
    ("组织责任单位研究提出16项具体工作举措。", "16", "target_or_plan"),  # measures proposed, as 出台…措施
])
def test_work_report_figures_that_are_no_facts(sentence, token, reason):
    assert [r[2] for r in ledger(sentence) if r[0] == token] == [reason]


@pytest.mark.parametrize("level", ["省", "市", "县", "区", "镇", "乡", "村", "省级", "国家级"])
def test_a_level_word_opening_the_noun_a_list_ends_on_is_cut(level):
    assert _without_a_level(level + "应急普法基地") == "应急普法基地"


def test_a_noun_opening_on_no_level_word_is_kept_whole():
    assert _without_a_level("市场主体信用示范单位") == "市场主体信用示范单位"  # jieba's 市场, not the level 市
    assert _without_a_level("示范基地") == "示范基地"
    assert _without_a_level("县") == "县"  # a level with nothing after it is all the noun there is


@pytest.mark.parametrize("sentence,kind", [
    ("组织开展执法领域突出问题两个专项整治。", "event"),  # campaigns run, counted in 个
    ("开展医疗领域专项行动26项。", "event"),  # and in 项
    ("新建2个专项整治工作站。", "count"),  # a station is a thing, whatever it is for
])
def test_campaigns_run_are_events(sentence, kind):
    assert [r[5] for r in ledger(sentence) if r[1] == "fact"] == [kind]


def test_the_kind_of_campaigns_plans_and_batches_by_unit_and_subject():
    assert [kind_of("项", s) for s in ("专项行动", "专项整治", "整治任务")] == ["event", "event", "count"]
    assert [kind_of("个", s) for s in ("专项整治", "专项整治方案", "专项整治计划")] == ["event", "count", "count"]
    assert [kind_of(u, "不合格样品") for u in ("批", "批次")] == ["count", "count"]  # goods in either batch unit


def test_plans_made_are_counted_and_one_class_held_is_one():
    assert fact_subjects("各执法单位制定实施行政检查计划2748个。") == [("2748", ["单位制定实施行政检查计划"])]
    assert [r[5] for r in ledger("各执法单位制定实施行政检查计划2748个。")] == ["count"]
    assert fact_subjects("在区委党校举办一期劳动保障监察业务培训班。") == [("一", ["劳动保障监察业务培训班"])]
    assert [r[2] for r in ledger("明年计划开展活动10次。")] == ["target_or_plan"]  # a plan still plans
    assert [r[5] for r in ledger("6个法学法律课题被列入研究计划。")] == ["count"]  # topics studied, no lessons held


def test_a_paragraph_the_page_prints_twice_states_its_figures_once():
    text = "拆除违法建筑30处，拆除面积1260平方米。\n拆除违法建筑30处，拆除面积1260平方米。\n发放资料300份。"
    rows = extract_report(text, [], [])
    assert [(r.value, r.status) for r in rows] == [(30, "fact"), (1260, "fact"), (30, "skipped"), (1260, "skipped"), (300, "fact")]


@pytest.mark.parametrize("sentence,subjects", [
    ("均在规定的时间内回复，回复率和办结率达到了100%。", [("100", ["回复率", "办结率"])]),  # two names, one value
    ("规范性文件的报备率和及时率均达100%。", [("100", ["规范性文件的报备率", "规范性文件的及时率"])]),  # the qualifier, not the stem
    ("办理违反规划建设行政处罚案2起（办结1起；办理中1起）。", [
        ("2", ["违反规划建设行政处罚案"]), ("1", ["办结规划建设行政处罚案"]), ("1", ["办理中"])]),  # 中 after a verb: in progress
    ("综合行政执法事项覆盖75%以上的行政执法领域。", [("75", ["行政执法领域"])]),  # a level reached, no class bound
    ("水源地水质达标率100%污染地块安全利用率达到100%未发生环境事件。", [("100", ["水源地水质达标率"]), ("100", ["污染地块安全利用率"])]),
    ("协调小组实体化运行，共组织开展12次会议活动。", [("12", ["会议活动"])]),  # held, not a session's ordinal
    ("参与市政府重大项目协议拟定、涉法事项研究论证69件。", [("69", ["涉法事项研究论证"])]),  # 拟定 drafts, it plans nothing
    ("包括整体规划类1条、工作计划类1条。", [("1", ["包括整体规划类"]), ("1", ["工作计划类"])]),  # kinds of information
    ("建立联合双随机任务441项，占计划任务总数的69.45%。", [("441", ["建立联合双随机任务"]), ("69.45", ["建立联合双随机任务占计划任务总数"])]),
    # (创排 creates, it ranks nothing)
    ("创排10首普法花儿，签发电子证照182种，打击违法建设14388平米。", [("10", ["普法花儿"]), ("182", ["签发电子证照"]), ("14388", ["打击违法建设"])]),
    ("强化善意文明执行，制定措施28条。", [("28", ["制定措施"])]),  # measures taken, counted
    ("改革后，区城管局31项政务服务事项由原有的材料精简。", [("31", ["政务服务事项"])]),  # a body before the count, like a place
    # a handling verb with no figure before it to lend a noun takes what the clause before held
    ("深入开展“最多跑一次”公证服务，累计办理86件。", [("86", ["办理最多跑一次公证服务"])]),
    ("参加县委县政府各类意见征求会、协调会等410余次。", [("410", ["参加协调会"])]),  # the activities listed
    ("参加专题讲座、业务培训、专家授课等10余场次。", [("10", ["专家授课"])]),
    ("6个法学法律课题被列入研究计划。", [("6", ["法学法律课题"])]),  # 课题 is studied, no lesson held
    ("在市委党校主体班开设法治课程48场。", [("48", ["法治课程"])]),  # 开设, a light verb
    ("在区委党校举办一期劳动保障监察政治理论与业务培训班。", [("一", ["劳动保障监察政治理论与业务培训班"])]),  # 与 inside one class
    ("市委书记两次主持召开法治工作动员会。", [("两", ["主持召开法治工作动员会"])]),  # the secretary is who
])
def test_subjects_of_disclosure_and_enforcement_reports(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,token,reason", [
    ("本报告由总体情况、其他需要报告的事项等六部分组成。", "六", "other"),  # how the report is laid out
    ("认领任务92个，明确整改措施236条。", "236", "target_or_plan"),  # what the plan sets
    ("认领任务92个，明确整改措施236条。", "92", "target_or_plan"),
    ("出台公安打造一流营商环境50项措施。", "50", "target_or_plan"),  # a document's measures
    ("出台营商环境50项措施、服务保障稳住经济大盘25项措施。", "25", "target_or_plan"),  # and the next in its list
    ("在全市最先完成结案率95%的考核任务。", "95", "target_or_plan"),  # the bar, not the rate reached
    ("2023年四个季度均保持主动公开率100%。", "四", "other"),  # a span of time
    ("构建党委带头学、党员自觉学三个层次的学习体系。", "三", "other"),  # how a system is laid out
    ("完善考核、社会评议及责任追究三项核心制度。", "三", "name_or_slogan"),
    ("平均减少办理环节74.85%、精简申报材料43.3%。", "43.3", "delta"),  # by how much a thing was cut
    ("管辖面积185.76平方公里，17个社区。", "185.76", "other"),  # the size of the place
    ("下辖12个司法所，各所配备有社区矫正专干1名或以上。", "1", "other"),  # one per office
    ("以“法律援助市域内通办100%”民生实事项目为抓手。", "100", "name_or_slogan"),  # inside a project's name
])
def test_a_plans_measures_and_a_reports_parts_are_no_facts(sentence, token, reason):
    assert [r[2] for r in ledger(sentence) if r[0] == token] == [reason]


def test_helpers_that_find_places():
    assert _trailing_place("在城区五街道") == "城区五街道" and _trailing_place("下放吕四港镇") == "吕四港镇"
    assert _trailing_place("开展普法宣传") == ""  # it ends on no place
    assert _ends_with_a_county("此外该局还深入推进法治宣传，璧山区") and not _ends_with_a_county("推进法治宣传")


@pytest.mark.parametrize("sentence,subjects", [
    # shares listed after fewer items than there are shares name no item
    ("其中投诉7836件，分别占比84.7%、15.3%。", [("7836", ["投诉"]), ("84.7", ["占比"]), ("15.3", ["占比"])]),
    # a quoted name no earlier figure took lends itself to a bare verb, placed where it stands
    ("推进“一件事一次办”工作，实现4个事项一站式办理，至今共办理32件。", [("4", ["事项一站式办理"]), ("32", ["办理一件事一次办"])]),
    ("围绕“枫桥经验”调处12件。", [("12", ["围绕枫桥经验调处"])]),
    ("工作扎实推进，累计办理12件。", [("12", ["办理"])]),  # a clause naming no noun lends none
])
def test_names_lent_across_the_sentence(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_planned_list_is_found_past_the_first_sentence():
    rows = extract_report("开展活动。出台方案，部署落实25项工作、48项重点任务。", [], [])
    assert [(r.token, r.reason) for r in rows] == [("25", "target_or_plan"), ("48", "target_or_plan")]


def test_batches_of_goods_are_counted_batches_of_sampling_held():
    assert [r[5] for r in ledger("全年完成食品抽检1360批次，检出不合格样品93批次。")] == ["event", "count"]
    assert [r[5] for r in ledger("食用农产品300批次，不合格7批次。")] == ["event", "count"]  # produce sampled, defects found
    assert [r[5] for r in ledger("接待解答群众来访法律咨询298批次。")] == ["count"]  # groups of visitors
    assert fact_subjects("共收到受援人锦旗5面。") == [("5", ["收到受援人锦旗"])]  # 面 counts banners


def test_the_tasks_a_plan_sets_out_under_its_headings_are_a_plan():
    assert [r[:3] for r in ledger("制定年度工作要点,明确5个方面17项具体任务。")] == [
        ("5", "skipped", "other"), ("17", "skipped", "target_or_plan")]
    # problems found under headings are found, not planned
    assert fact_subjects("整改工作共涉及六大方面21个问题。") == [("21", ["问题"])]


def test_a_target_responsibility_pledge_is_no_target():
    assert fact_subjects("督促各乡镇签订法治建设目标责任书270余份。") == [("270", ["法治建设目标责任书"])]
    assert [r[:3] for r in ledger("力争目标完成率达到95%。")] == [("95", "skipped", "target_or_plan")]


@pytest.mark.parametrize("sentence,subjects", [
    # a stacked count behind an aside still names what follows it
    ("全县15个乡镇（街道）200个行政村全部建立法律顾问制度。", [("15", ["乡镇"]), ("200", ["行政村"])]),
    # a verb closing the phrase after its noun is the predicate of the thing counted
    ("全县200个行政村全覆盖。", [("200", ["行政村"])]),
    # a verb before 的 opens a relative clause on the next noun
    ("对200个行政村分成的1186个网格开展排查。", [("200", ["行政村"]), ("1186", ["网格"])]),
    # an activity keeps its verb
    ("全年开展3次专项排查。", [("3", ["专项排查"])]),
    # a one-character verb closing the phrase is a noun's suffix (站)
    ("建成综治中心及21个便民服务站。", [("21", ["便民服务站"])]),
])
def test_number_first_phrases_end_before_their_predicate(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_level_reached_after_a_change_belongs_to_the_name_before_it():
    assert fact_subjects("“一门进”进驻率由76%提升至92%。") == [("92", ["一门进进驻率"])]
    assert fact_subjects("调解成功率由90%提高到98.5%,群众满意。") == [("98.5", ["调解成功率"])]
    # the level before may be called the former one (由原来的37.55% 提升到95.65%)
    assert fact_subjects("处罚领域覆盖率由原来的37.55% 提升到95.65%。") == [("95.65", ["处罚领域覆盖率"])]


@pytest.mark.parametrize("sentence,subjects", [
    # a percentage before a noun phrase and its verb: the share of those things that did it
    ("服务中心100%政务服务事项实现“一窗综办”。", [("100", ["政务服务事项实现一窗综办"])]),
    # too long with its noun: the predicate names it
    ("行政服务中心100%政务服务事项实现分类“一窗综办”。", [("100", ["实现分类一窗综办"])]),
    # a rate's name before the figure is not replaced by a noun after it
    ("调解成功率达98%。", [("98", ["调解成功率"])]),
    # the level a rate was raised to is the rate's
    ("“一门进”进驻率提升至92%。", [("92", ["一门进进驻率"])]),
])
def test_percentages_before_a_noun_and_levels_raised_to(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # 行政审批 is one noun: its 审批 does not start the predicate
    ("保留20项行政审批必要条件的中介服务事项。", [("20", ["行政审批必要条件的中介服务事项"])]),
    # nested asides go, however long the outer one grows
    ("扣押涉案物品(珊瑚虫纲(ANTHOZOA)石珊瑚目(SCLERACTINIA)珊瑚的碎枝(块),为国家重点保护野生动物名录中的国家二级保护野生动物)价值 8000 多万元。",
     [("8000", ["扣押涉案物品价值"])]),
    # a one-character preposition after the thing counted starts the predicate; inside an activity it does not
    ("成立2个督察小组对各单位开展实地督察。", [("2", ["督察小组"])]),
    ("先后2次邀请区法院为全区干部作法治专题报告。", [("2", ["邀请区法院为全区干部作法治专题报告"])]),
])
def test_number_first_nouns_asides_and_prepositions(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_rates_sharing_one_value_reached_with_daoda():
    assert fact_subjects("抽查对象的检查率和检查对象的公示率均到达100%。") == [("100", ["抽查对象的检查率", "检查对象的公示率"])]


def test_a_quoted_names_list_mark_is_part_of_the_name():
    assert fact_subjects("开展“法治进乡村、进企业、进家庭”专项活动15场。") == [("15", ["法治进乡村进企业进家庭专项活动"])]


def test_per_head_shares_and_quoted_ways_of_doing():
    assert [r[:3] for r in ledger("局班子领导及相关股室人手1本。")] == [("1", "skipped", "other")]
    # a quoted way of doing after the sign stands for the verb the share did
    assert fact_subjects("实现街道政务服务事项100%“网上办、就近办”。") == [("100", ["实现街道政务服务事项网上办就近办"])]


def test_a_plan_word_inside_a_documents_title_plans_nothing():
    assert fact_subjects("印发《提升乡镇综合行政执法能力2023年度工作计划》等各类文件26件。") == [("26", ["印发各类文件"])]
    assert [r[:3] for r in ledger("计划开展培训5次。")] == [("5", "skipped", "target_or_plan")]


def test_occurrences_saved_and_falls_in_percent_are_deltas():
    assert [r[:3] for r in ledger("共计减少入企2233次,扰企降幅达59%。")] == [("2233", "skipped", "delta"), ("59", "skipped", "delta")]
    assert fact_subjects("开展减少纠纷专项行动3次。") == [("3", ["减少纠纷专项行动"])]  # 减少 inside the activity's name


@pytest.mark.parametrize("sentence,subjects", [
    # a verb before a quoted name is a predicate: the number counted the noun before it
    ("先后对5个重点居民区实施“全域静态管理”。", [("5", ["重点居民区"])]),
    # an event counting a 、-list of topics: what was done with them, verbs and all
    ("深入推进学习,传达学习习近平总书记重要讲话、重要指示批示精神46次。", [("46", ["传达学习重要指示批示精神"])]),
])
def test_predicates_before_names_and_activities_of_topic_lists(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_long_subject_is_not_cut_inside_a_run_of_verbs():
    assert fact_subjects("及时研究解决重大问题,区政府常务会议研究审议法治政府建设重要事项13次。") == [
        ("13", ["研究审议法治政府建设重要事项"])]


def test_an_activity_closing_a_list_takes_no_verb_from_the_list():
    assert fact_subjects("组织开展法治专题学习、专题培训、宣传宣讲、政治轮训100余场。") == [("100", ["政治轮训"])]


@pytest.mark.parametrize("sentence,subjects", [
    # only the names in the figure's own clause are summed up
    ("检查了东风公司、西岭公司,遴选出南山公司、北湖公司两家企业作为监测点。", [("两", ["企业"])]),
    ("检查了东风公司、西岭公司,遴选出南山公司、北湖公司三家企业作为监测点。", [("三", ["北湖公司"])]),
    # a quoted name may start the noun phrase the share is of
    ("服务中心100%“一网通办”事项实现全程网办。", [("100", ["一网通办事项实现全程网办"])]),
])
def test_sums_of_lists_and_shares_of_nouns_read_only_their_own_clause(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # an activity closing a list closed by 等 keeps its own verb-like head (讲座培训, not 讲座)
    ("主持召开“第一议题”学习、中心组学习、专题讲座培训等10余次。", [("10", ["专题讲座培训"])]),
    ("集中学习新修订的土地管理法、林业等法律法规3次。", [("3", ["学习法律法规"])]),
    # a verb and a one-character place or team noun are one noun (采样/v 点/m as jieba cuts it)
    ("辖区内32个采样点均能规范运行。", [("32", ["采样点"])]),
    ("设立3个评查组开展案卷评查。", [("3", ["评查组"])]),
    # the meetings are counted; what they studied or decided is their business
    ("通过19次党工委会、12次主任办公会专题研究重大行政决策。", [("19", ["党工委会"]), ("12", ["主任办公会"])]),
    ("召开3次专题会议学习民法典。", [("3", ["专题会议学习民法典"])]),
])
def test_list_closing_activities_places_of_deeds_and_meetings_with_business(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # a verbal noun opening a 、-list governs it (jieba tags 研究 vn here)
    ("研究深化有关法治政府建设方面的重点工作、问题4次。", [("4", ["研究问题"])]),
    # a one-character verb misread at the subject's start (依/v 规) is not the subject's own verb
    ("召开党工委会议专题学习习近平总书记关于制度治党、依规治党重要论述共5次。", [("5", ["专题学习依规治党重要论述"])]),
    # a two-character verb opening the subject is its own: nothing is prepended
    ("传达学习宪法、推进落实民法典6次。", [("6", ["推进落实民法典"])]),
])
def test_verbs_governing_a_list_of_topics(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # 争取 with funds or projects as its object names what was obtained; with a level to reach, a goal
    ("全年争取省级政策项目10项。", [fact("10", 10.0, "项")]),
    ("争取科技成果转化贷款8420万元。", [fact("8420", 84200000.0, "元")]),
    ("全年争取到上级资金500万元。", [fact("500", 5000000.0, "元")]),
    ("争取年底前覆盖率达到90%。", [skipped("90", "target_or_plan", 90.0, "%")]),
    ("力争争取项目资金突破3000万元。", [skipped("3000", "target_or_plan", 30000000.0, "元")]),
])
def test_funds_and_projects_obtained_are_results_not_goals(sentence, rows):
    assert ledger(sentence) == rows


def test_a_level_and_above_before_the_number_qualifies_the_noun_after_it():
    assert fact_subjects("县级及以上8个饮用水水源地全部达标。") == [("8", ["饮用水水源地"])]


@pytest.mark.parametrize("sentence,subjects", [
    # a place word (jieba's s: 窗口) is a noun that can be counted
    ("已进驻19个行政部门,开通47个窗口。", [("19", ["行政部门"]), ("47", ["窗口"])]),
    # a measure qualifying the noun after 的 counts that noun's size
    ("新设立3218平方米的区政务服务大厅。", [("3218", ["区政务服务大厅"])]),
])
def test_place_words_and_measures_before_de(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # groups of people who came are counted in 批; written in words, 批 is an article or a batch
    ("接待群众来访839批3326人次。", [fact("839", 839.0, "批"), fact("3326", 3326.0, "人次")]),
    ("带动一批,锤炼队伍。", [skipped("一", "other", 1.0, "批")]),
    ("累计承接三批市级赋权308项。", [skipped("三", "other", 3.0, "批"), fact("308", 308.0, "项")]),
])
def test_batches_of_visitors_are_counted_in_figures_not_in_words(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # a number of days named as such (天数) is a count; any other N天 is a duration
    ("全年空气质量优良天数220天。", [fact("220", 220.0, "天")]),
    ("办理时限压缩至13天。", [skipped("13", "duration_or_threshold", 13.0, "天")]),
    # working hours are a time limit like working days, with or without 个
    ("企业开办压缩至1个工作日(8个工作小时)办结,申领发票2工作小时内办结。",
     [skipped("1", "duration_or_threshold", 1.0, "个"), skipped("8", "duration_or_threshold", 8.0, "个"),
      skipped("2", "duration_or_threshold")]),
])
def test_a_number_of_days_is_a_count_a_time_limit_a_duration(sentence, rows):
    assert ledger(sentence) == rows


def test_a_preposition_jieba_joins_to_a_level_still_starts_the_predicate():
    # jieba's HMM cuts 督察组/对区/公安分局: the preposition is split off again
    assert fact_subjects("成立2个督察组对区公安分局开展督察。") == [("2", ["督察组"])]


def test_an_attributive_before_the_number_qualifies_the_noun_after_it():
    # 所属 is tagged b (a non-predicate adjective): the figure counts the noun after its unit
    assert fact_subjects("组织全县5家律师事务所与工商联所属9家商会建立沟通联系合作机制。") == [
        ("5", ["律师事务所"]), ("9", ["商会"])]


@pytest.mark.parametrize("sentence,subjects", [
    # 及以上 after a level is the level the things are of, not a second item (县级 | 及 …)
    ("8个县级及以上饮用水水源地全部达标。", [("8", ["县级及以上饮用水水源地"])]),
    # a figure joined by 及/和 is a sibling: each counts the noun after its own unit
    ("已建成1个便民服务中心及21个便民服务站。", [("1", ["便民服务中心"]), ("21", ["便民服务站"])]),
    ("新建3个调解室和5个工作站。", [("3", ["调解室"]), ("5", ["工作站"])]),
])
def test_levels_and_siblings_after_the_unit(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # people appointed as a role are counted as that role (the verb before them says only how they came)
    ("设立16个行政复议联系点,任命6人为县政府行政复议员。", [("16", ["行政复议联系点"]), ("6", ["县政府行政复议员"])]),
    ("聘请5人为特邀行政执法监督员。", [("5", ["特邀行政执法监督员"])]),
    # 为 after a count of people without an appointing verb is no role
    ("选派2人参加培训。", [("2", ["参加培训"])]),
])
def test_people_appointed_as_a_role(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_figure_inside_the_phrase_before_a_number_ends_what_came_before():
    # the quoted 4个100% is a name, skipped; the subject is what follows it, not the name
    assert fact_subjects("按照“4个100%”要求检查校园233家次、整改隐患6处。") == [("233", ["检查校园"]), ("6", ["整改隐患"])]


@pytest.mark.parametrize("sentence,subjects", [
    # 并 after what people did joins a second verb of the same deed: the phrase goes on
    ("有7人通过并获执法证。", [("7", ["通过并获执法证"])]),
    ("办理2起初次违法且危害后果轻微并及时改正不予处罚案件。", [("2", ["改正不予处罚案件"])]),
    # after a counted activity 并 opens another deed; the activity's own verb stays in its name
    ("开展3次专项检查并下发整改通知。", [("3", ["专项检查"])]),
])
def test_bing_joins_verbs_of_one_deed_but_ends_a_counted_activity(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # how many people a rule of conduct requires is a condition, not a count of people
    ("做到执法亮证、两人以上执法。", [skipped("两", "duration_or_threshold", 2.0, "人")]),
    ("实行2名以上执法人员共同执法。", [skipped("2", "duration_or_threshold", 2.0, "名")]),
    # people who came, more than a number: a count
    ("活动中,300人以上参加。", [("300", "fact", "", 300.0, "人", "count")]),
])
def test_people_a_rule_of_conduct_requires_are_a_condition(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # areas and weights handled are counted like 亩 and 吨; a concentration (微克/立方米) is no quantity handled
    ("组织销毁炸药5457.6公斤。", [fact("5457.6", 5457.6, "公斤")]),
    ("使用林地面积28.8公顷。", [fact("28.8", 28.8, "公顷")]),
    # a measured level is no failure to extract either: skipped, so that `unparsed` lists only what a person should read
    ("年均浓度为83微克/立方米。", [skipped("83", "other")]),
])
def test_areas_and_weights_are_counts(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # a place named with a numeral and 元 (三元区) is a name; money in words stays money
    ("三元区委、三元区人民政府高度重视。", [skipped("三", "name_or_slogan", 3.0, "元"), skipped("三", "name_or_slogan", 3.0, "元")]),
    ("资金三百元。", [fact("三百", 300.0, "元")]),
])
def test_a_place_named_with_a_numeral_is_a_name(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,subjects", [
    # the activity joined, also when 参加 opens the phrase
    ("共参加“法治讲堂”17期。", [("17", ["法治讲堂"])]),
    # the 及 of 涉及 joins no list items: the eight fields are the list the 8 sums up
    ("对涉及到的自然资源、农业农村、住建、市场监管、交通运输、水利、林草、卫健8个领域征求意见。", [("8", ["领域"])]),
    # 我县 scopes the figure like 全县: the noun after the unit is counted
    ("我县16个乡镇共认领385项。", [("16", ["乡镇"]), ("385", ["乡镇认领"])]),  # the topic before 共 did the deed
    # an event counts the deed done (督察), less the word 工作
    ("并组织了2次法治政府建设督察工作。", [("2", ["法治政府建设督察"])]),
    # training classes counted in 个 are held, an event; the localiser 上 ends the phrase
    ("在8个主体班上把习近平法治思想作为重点内容。", [("8", ["主体班上"])]),
    # the agent before the count, a preposition's 、-list object, then the deed done N times
    ("县委、县政府主要领导先后5次对法治建设、法治政府建设作出指示批示。", [("5", ["作出指示批示"])]),
])
def test_subjects_of_events_joined_listed_scoped_and_done(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_training_classes_counted_in_ge_are_events_but_leadership_teams_are_not():
    assert [kind_of("个", s) for s in ("主体班", "培训班", "领导班子")] == ["event", "event", "count"]


@pytest.mark.parametrize("sentence,rows,subjects", [
    # the 排 of 安排 ranks nothing; money set aside names what it pays for after 用于
    ("全年安排20多万元,用于普法宣传教育经费等工作。", [("20", "fact", "", 200000.0, "元", "count")],
     [("20", ["普法宣传教育经费等工作"])]),
    ("全省排4位。", [skipped("4", "ranking", 4.0, "位")], []),
])
def test_money_set_aside_is_no_ranking_and_names_its_use(sentence, rows, subjects):
    assert ledger(sentence) == rows and fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # the size of a place describes it; an area worked on is counted
    ("全镇版图面积336.8平方公里。", [skipped("336.8", "other", 336.8, "平方公里")]),
    ("镇政府驻地距离县城约35公里。", [skipped("35", "other", 35.0, "公里")]),  # where it lies, like its size
    ("修建道路12公里。", [fact("12", 12.0, "公里")]),
    ("整治土地面积120公顷。", [fact("120", 120.0, "公顷")]),
    # what was done as planned is done; a plan's own figure is not
    ("2024年按计划学法12次。", [skipped("2024", "date"), fact("12", 12.0, "次", "event")]),
    ("计划开展学法12次。", [skipped("12", "target_or_plan", 12.0, "次")]),
    # the procedures a law prescribes, counted in words, are a name
    ("严格履行重大行政决策四项程序。", [skipped("四", "name_or_slogan", 4.0, "项")]),
])
def test_place_sizes_plans_followed_and_prescribed_procedures(sentence, rows):
    assert ledger(sentence) == rows


def test_etc_closes_a_list_it_names_nothing_after_a_count():
    assert fact_subjects("组织党组学习23次、邀请专家学者作主题宣讲5次等多种形式。") == [
        ("23", ["党组学习"]), ("5", ["邀请专家学者作主题宣讲"])]


@pytest.mark.parametrize("sentence,rows", [
    # meetings held N times are counted; the Nth session of a congress or a plenum is an ordinal
    ("党组召开8次会议研究法治工作。", [fact("8", 8.0, "次", "event")]),
    ("全年召开了12次常务会议。", [fact("12", 12.0, "次", "event")]),
    ("人大三次会议审议通过。", [skipped("三", "ordinal", 3.0, "次")]),
    ("在县政府第12次常务会议上审议。", [skipped("12", "ordinal", 12.0, "次")]),
    # courses and files are counted; a place or label named with a numeral and 门 is a name
    ("开设法治课程3门。", [fact("3", 3.0, "门")]),
    ("评查案卷120卷。", [fact("120", 120.0, "卷")]),
    ("三门峡市开展活动。", [skipped("三", "name_or_slogan", 3.0, "门")]),
])
def test_meetings_held_courses_and_files(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,subjects", [
    # a head after 等 names what a list is of, with the verb governing the whole list, not one inside an item
    ("召开以案释法、集中法制审核等专题会议6次。", [("6", ["专题会议"])]),
    ("开展法治讲座、知识竞赛、文艺演出等活动30场。", [("30", ["活动"])]),
    ("召开全面从严治党工作会等会议10余次。", [("10", ["会议"])]),
    ("受理婚姻、邻里等纠纷25件。", [("25", ["受理纠纷"])]),
    # a title is the list's object: the verb before it governs (学习), however many titles follow
    ("集中学习《乡村振兴促进法》、《安全生产法》等法律法规5次。", [("5", ["学习法律法规"])]),
    ("组织学习《宪法》《民法典》等内容60场次。", [("60", ["学习内容"])]),
])
def test_a_head_after_etc_with_the_verb_governing_the_list(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_the_first_real_verb_governs_a_list_not_a_word_inside_its_first_item():
    assert fact_subjects("镇综治中心全年共受理涉农涉土、家庭邻里、道路规划等各类纠纷118宗。") == [("118", ["受理各类纠纷"])]
    assert fact_subjects("组织学习宪法、民法典等法律法规12次。") == [("12", ["学习法律法规"])]


@pytest.mark.parametrize("sentence,rows", [
    # the size of an assessment's indicator scheme is no deed of the body; indicators met or completed are
    ("紧扣95项测评指标，补短板。", [skipped("95", "other", 95.0, "项")]),
    ("一级指标共十项内容。", [skipped("一", "other", None, ""), skipped("十", "other", 10.0, "项")]),
    ("12项考核指标全部达标。", [fact("12", 12.0, "项")]),
    ("完成23项指标任务。", [fact("23", 23.0, "项")]),
    ("100项创建指标佐证资料上传至示范创建系统。", [fact("100", 100.0, "项")]),  # evidence gathered and sent up: a deed
])
def test_the_size_of_an_indicator_scheme_is_not_a_fact(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,subjects", [
    # an adverb of leading by example separates the agent from the activity
    ("县政府主要负责人带头上法治课1次。", [("1", ["上法治课"])]),
    ("主要负责人亲自出庭应诉3次。", [("3", ["出庭应诉"])]),
])
def test_the_agent_before_a_leading_adverb_is_not_the_activity(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_a_verb_taking_a_person_passes_a_list_to_the_next_verb():
    assert fact_subjects("邀请律师开展法治讲座、以案释法等活动8场。") == [("8", ["活动"])]
    assert fact_subjects("聘请律师审查合同、协议等文件30件。") == [("30", ["审查文件"])]
    assert fact_subjects("受理涉农涉土、家庭邻里等各类纠纷118宗。") == [("118", ["受理各类纠纷"])]


@pytest.mark.parametrize("sentence,subjects", [
    # the rule a deed follows (按照…要求, 根据…规定) is no part of what was done
    ("按照县委要求审查规范性文件12件。", [("12", ["审查规范性文件"])]),
    ("依照有关规定受理行政复议案件8件。", [("8", ["受理行政复议案件"])]),
])
def test_the_authority_a_deed_follows_is_not_its_subject(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_people_counted_with_a_long_deed_stay_the_people():
    # a word that says only "people" keeps its place at the end; the deed shrinks to qualify it
    (subject,) = fact_subjects("推动全镇126名干部职工完成“如法网”线上学法考法。")[0][1]
    assert subject.endswith("的干部职工") and "学法考法" in subject
    assert fact_subjects("3名工作人员取得了执法证。") == [("3", ["工作人员取得了执法证"])]


@pytest.mark.parametrize("sentence,subjects", [
    # an adverb of counting before N次 and a verb after it: the deed is what is counted
    ("县政府常务会先后6次听取法治建设汇报，研究法治政府建设重大问题。", [("6", ["听取法治建设汇报"])]),
    # what light verbs hold after the count is one name, verbs inside it and all
    ("先后两次召开全县法治政府创建工作推进会。", [("两", ["全县法治政府创建工作推进会"])]),
    ("先后3次组织开展法律进乡村活动。", [("3", ["法律进乡村活动"])]),
])
def test_a_count_before_the_deed_or_the_activity_it_counts(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # people after the bodies they came from are counted by what they joined; people named before stay
    ("全区21家执法单位及镇街指导室共110余人参加培训。", [("21", ["执法单位"]), ("110", ["参加培训"])]),
    ("县直各单位负责人和基层法律服务工作人员110余人参加培训。", [("110", ["工作人员"])]),
    # a time word between the verb and the count does not stop the noun after it from being counted
    ("完成全年15家单位专项法治巡察。", [("15", ["单位专项法治"])]),
    # a bare verb after 并 shares the object of the verb before it: that object is counted
    ("已反馈问题并跟踪整改79个。", [("79", ["反馈问题并跟踪整改"])]),
    ("受理纠纷并调处12件。", [("12", ["受理纠纷并调处"])]),
    # joining a placeholder (工作) names no activity: the joining stays
    ("聘请法律顾问全程参与决策论证、合同审核等工作50余次。", [("50", ["参与工作"])]),
    ("干部参加法治讲堂3次。", [("3", ["法治讲堂"])]),
])
def test_people_from_bodies_a_time_word_before_a_count_and_verbs_sharing_an_object(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # a fraction of an occurrence or of a person is an average; a decimal count of days is a duration
    ("平均跑动次数降低至0.7次，平均办理时间降至0.58天。", [skipped("0.7", "other", 0.7, "次"), skipped("0.58", "duration_or_threshold", 0.58, "天")]),
    ("服务群众1.2万人次。", [fact("1.2", 12000.0, "人次")]),  # a decimal before 万 is a whole number of people
    ("开展宣传活动3次。", [fact("3", 3.0, "次", "event")]),
])
def test_averages_and_decimal_durations_are_not_counts(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # emergency and transport work counts machines, ships and tents
    ("出动机械112台次，船舶210艘次，搭建帐篷37顶。", [fact("112", 112.0, "台次"), fact("210", 210.0, "艘次"), fact("37", 37.0, "顶")]),
])
def test_units_of_emergency_and_transport_work(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,subjects", [
    # an activity held N times wants no object borrowed from the figure before it
    ("全年开展党工委会学法31次，理论学习中心组集中学习13次。", [("31", ["党工委会学法"]), ("13", ["理论学习中心组学习"])]),
    ("受理矛盾纠纷254件，调处244件。", [("254", ["受理矛盾纠纷"]), ("244", ["调处矛盾纠纷"])]),  # a deed on things still does
    # 常务会 is a meeting, not 常务 and the modal 会
    ("区政府常务会专题学习习近平法治思想、宪法和法律法规7次。", [("7", ["专题学习宪法和法律法规"])]),
])
def test_an_activity_held_borrows_no_object_and_meetings_are_one_word(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,rows", [
    # a page's index number in a table cell, and the site's browser notice, are page furniture
    ("| [ 索引号 ] | 11500230008689607X/2026-00009 |", [skipped("11500230008689607", "page_debris"), skipped("2026", "date"), skipped("00009", "date")]),
    ("IE版本小于11,为了不影响您的浏览效果,", [skipped("11", "page_debris")]),
    # a weight in a scoring scheme and an average score are no event, count or rate
    ("法治建设在综合绩效考核中占有4分权重。", [skipped("4", "other")]),
    ("取得了平均分99.99的优异成绩。", [skipped("99.99", "other")]),
    ("开展普法活动11次。", [fact("11", 11.0, "次", "event")]),
])
def test_page_furniture_levels_and_scores_are_skipped_not_unparsed(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,rows", [
    # time saved (about N working days) is a duration; money saved, and a cut (压减) in share, a difference from before
    ("累计为群众节省时间1530余个工作日，节约往返路费20余万元。", [skipped("1530", "duration_or_threshold", 1530.0, "个"), skipped("20", "delta", 200000.0, "元")]),
    ("实现企业开办最快0.5个工作日完成，压减70%以上。", [skipped("0.5", "duration_or_threshold", 0.5, "个"), skipped("70", "delta", 70.0, "%")]),
    ("挽回经济损失120余万元。", [fact("120", 1200000.0, "元")]),  # money recovered is an amount, not a saving
])
def test_savings_and_cuts_are_differences_not_amounts(sentence, rows):
    assert ledger(sentence) == rows


@pytest.mark.parametrize("sentence,subjects", [
    # kinds with their total after 共计 count the same items
    ("涵盖行政处罚、行政许可等10类共计7332项行政权力事项。", [("10", ["行政权力事项"]), ("7332", ["行政权力事项"])]),
    # a share tied by 的 to the things that did it
    ("96.5%的事项实现马上办、当场办。", [("96.5", ["事项实现马上办"])]),
    # an idiom ending in the predicate's verb (顺利实现) closes the noun counted
    ("2023年内有3个项目顺利实现施工许可一证办理。", [("3", ["项目"])]),
])
def test_kinds_with_their_total_shares_tied_by_de_and_idiom_predicates(sentence, subjects):
    assert fact_subjects(sentence) == subjects


def test_how_a_case_was_decided_stays_in_its_subject():
    # a long phrase is cut after its verb, but 不予/从轻减轻 (how the penalty was decided) name the kind of case
    assert fact_subjects("全县共办理轻微违法行为不予行政处罚案件80件，一般违法行为从轻减轻行政处罚案件903件。") == [
        ("80", ["不予行政处罚案件"]), ("903", ["从轻减轻行政处罚案件"])]


@pytest.mark.parametrize("subject, expected", [("咨询", True), ("调处", True), ("受理纠纷", False), ("纠纷", False), ("", False)])
def test_one_action_word(subject, expected):
    from transforms.mentions import _one_action_word
    assert _one_action_word(subject) is expected


@pytest.mark.parametrize("sentence,subjects", [
    # a time word after the people counted opens what they did (年终述法), the people are the subject
    ("全市1800名党政领导干部年终述法工作全覆盖。", [("1800", ["党政领导干部"])]),
    # 获 (won) is a one-character verb closing the people counted
    ("4名学生获“学宪法讲宪法”省一等奖。", [("4", ["学生"])]),
    # the first item of a list counted number first, though a place noun stands before its count
    ("完成流域1041艘捕捞渔船、2059名渔民禁捕退捕任务。", [("1041", ["捕捞渔船"]), ("2059", ["渔民"])]),
    ("全区律师事务所3家、公证处1家。", [("3", ["律师事务所"]), ("1", ["公证处"])]),  # subject first: 、 after the unit
])
def test_the_people_or_things_counted_number_first_end_where_their_predicate_or_list_item_does(sentence, subjects):
    assert fact_subjects(sentence) == subjects


@pytest.mark.parametrize("sentence,subjects", [
    # the last item of a 分别-list goes on into the noun phrase all the items qualify
    ("广告、社会经济咨询、餐饮业新增“四上”企业分别为146家、39家和101家。",
     [("146", ["广告新增四上企业"]), ("39", ["社会经济咨询新增四上企业"]), ("101", ["餐饮业新增四上企业"])]),
    # one word after the last item's own: two whole nouns, each its own subject
    ("法律顾问、公职律师分别为12名、5名。", [("12", ["法律顾问"]), ("5", ["公职律师"])]),
    ("行政复议、行政诉讼案件分别为5件、3件。", [("5", ["行政复议"]), ("3", ["行政诉讼案件"])]),
])
def test_items_of_a_respectively_list_share_the_noun_phrase_the_last_goes_on_into(sentence, subjects):
    assert fact_subjects(sentence) == subjects
