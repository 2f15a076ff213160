"""Table-driven regression cases: sentence -> facts and non-facts, written from how these
reports are phrased (GUIDELINE.md), not copied from the seeds."""
import re

import polars as pl
import pytest

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from transforms.mentions import (CONTEXT_FIRST_CHARS, DELTA_BEFORE, NUMERIC_RUN, QUANTITY, SKIP_FIRST_CHARS, SKIP_GATES,
                                 SKIP_PATTERNS, SLOGANS, TARGET_WORDS, extract_report, extract_sentence, skip_gate_mask,
                                 skip_spans)
from transforms.normalise import candidate_sentences
from transforms.subjects import respectively_names
from transforms.report_meta import debris_spans


def facts(sentence):
    return [m for m in extract_sentence(sentence, 0) if m.status == "fact"]


def one(sentence):
    found = facts(sentence)
    assert len(found) == 1, [(m.token, m.subjects) for m in found]
    return found[0]


@pytest.mark.parametrize("sentence,kind,value,unit,approx,subject_key", [
    ("全年共开展普法宣传活动35场次。", "event", 35, "场次", "exact", "普法宣传活动"),
    ("接待群众来访1.3万人次。", "count", 13000, "人次", "exact", "来访"),
    ("举办法治讲座十余场。", "event", 10, "场", "more_than", "法治讲座"),
    ("印发法律知识手册一百余册。", "count", 100, "册", "more_than", "手册"),
    ("服务群众两万余人次。", "count", 20000, "人次", "more_than", "群众"),
    ("组织开展执法检查三轮。", "event", 3, "轮", "exact", "执法检查"),
    ("查处违规渣土车辆300辆次。", "count", 300, "辆次", "exact", "车辆"),
    ("落实法律顾问经费50万元。", "count", 500000, "元", "exact", "经费"),
    ("受理行政复议案件近30件。", "count", 30, "件", "about", "行政复议"),
    ("矛盾纠纷调解成功率约98%。", "rate", 98, "%", "about", "成功率"),
    ("发放资料1,100份。", "count", 1100, "份", "exact", "资料"),
    ("办理法律援助案件１２件。", "count", 12, "件", "exact", "法律援助"),
    ("为12个村（社区）配备法律顾问。", "count", 12, "个", "exact", "村"),
    ("今年已有3名工作人员取得了执法证。", "count", 3, "名", "exact", "执法证"),
    ("行政败诉案件为0件。", "count", 0, "件", "exact", "败诉"),
    ("培训行政执法人员超过200人次。", "count", 200, "人次", "more_than", "执法人员"),
    ("</span>设立网格员岗位237个。", "count", 237, "个", "exact", "网格员"),
    ("全年受理矛盾纠纷120件。", "count", 120, "件", "exact", "矛盾纠纷"),  # 120 is also a hotline, not here
    ("调解成功率达百分之百。", "rate", 100, "%", "exact", "成功率"),  # a rate in words
    ("群众满意率达到百分之九十五以上。", "rate", 95, "%", "more_than", "满意率"),
    ("普法覆盖率达百分之九十五点五。", "rate", 95.5, "%", "exact", "覆盖率"),
    ("培训合格率为百分之98。", "rate", 98, "%", "exact", "合格率"),
    ("挽回经济损失120余万元。", "count", 1200000, "元", "more_than", "经济损失"),  # 余 before 万
    ("服务群众十余万人次。", "count", 100000, "人次", "more_than", "群众"),
    ("全街道15个社区均建成法治文化广场。", "count", 15, "个", "exact", "社区"),  # 全街道 is the agent
    ("全年行政诉讼案件败诉率为0。", "rate", 0, "%", "exact", "败诉率"),  # a zero rate, its sign left out
    ("行政复议纠错率为零。", "rate", 0, "%", "exact", "纠错率"),
    # number-first order on real pages: the counted thing follows the unit
    ("培养了 64名 “法律明白人”，提升服务能力。", "count", 64, "名", "exact", "法律明白人"),  # figures padded with spaces
    ("组建15支“送药小分队”。", "count", 15, "支", "exact", "小分队"),  # a quoted name stays whole
    ("新建12个便民服务工作站。", "count", 12, "个", "exact", "工作站"),
    ("将街道43座商务楼宇分配给楼长负责。", "count", 43, "座", "exact", "商务楼宇"),  # a scope word before, a predicate after
    ("通过对辖区29家集体用餐单位落实干部驻点。", "count", 29, "家", "exact", "集体用餐单位"),
    ("动态调整121项镇街赋权执法事项。", "count", 121, "项", "exact", "执法事项"),
    ("新增“农村宅基地审批初审”等3项权责事项。", "count", 3, "项", "exact", "权责事项"),
    ("召开3次专题会议解决重点难点问题。", "event", 3, "次", "exact", "专题会议"),
    ("组织1人参加任职考试，取得较好成绩。", "count", 1, "人", "exact", "任职考试"),  # who did what
    ("面向企业职工开展宣讲6场次。", "event", 6, "场次", "exact", "宣讲"),  # the activity after the light verb
    ("线上全流程闭环管理法治观察建议18条。", "count", 18, "条", "exact", "观察建议"),  # a long phrase cut after its verb
    ("办理企业诉求截至10月共165条。", "count", 165, "条", "exact", "企业诉求"),  # the time phrase is not the subject
    ("获宣人员万余人。", "count", 10000, "人", "more_than", "人员"),  # a place value alone before 余
    ("开展法治宣传活动百余场。", "event", 100, "场", "more_than", "法治宣传活动"),
    ("惠及师生近千人。", "count", 1000, "人", "about", "师生"),  # or after 近
    ("近千人参加。", "count", 1000, "人", "about", "参加"),  # at the start of a sentence too
    ("完成包括全员核酸在内的核酸筛查工作近百场次。", "event", 100, "场次", "about", "核酸筛查"),  # 包括…在内 is an aside
    ("累计办理各类婚姻登记1291对。", "count", 1291, "对", "exact", "婚姻登记"),
    ("查处未密闭运输117起。", "count", 117, "起", "exact", "运输"),  # 未 negates the deed, not a threshold
    ("在100余个村举办法治培训班。", "count", 100, "个", "more_than", "村"),  # 村 before the verb is what is counted
    ("截至年底，在矫453人。", "count", 453, "人", "exact", "在矫"),  # a 社区矫正 status word
    # the error classes of real pages (issue 14), invented sentences
    ("组织专题学习宪法、民法典等内容18次。", "event", 18, "次", "exact", "专题学习"),  # the activity, not 内容 alone
    ("召开党工委会议研究法治工作4次。", "event", 4, "次", "exact", "党工委会议"),
    ("细化落实100+4项指标。", "count", 104, "项", "exact", "指标"),  # arithmetic in the text
    ("复议后败诉案件为0。", "count", 0, "件", "exact", "败诉案件"),  # a zero stated as a count
    ("避免进入诉讼的高风险案件50件。", "count", 50, "件", "exact", "高风险案件"),  # 避免 names the deed here
    ("开展7个专题研讨。", "event", 7, "个", "exact", "专题研讨"),  # 个 counting occurrences of an activity
    ("传达学习习近平法治思想有关论述6次。", "event", 6, "次", "exact", "传达学习"),  # an event keeps its verb
    ("开展“法治大讲堂”“以案释法”研讨活动10余场。", "event", 10, "场", "more_than", "研讨活动"),  # never cut to a bare head
    ("乡镇级以上的28家医疗卫生单位按照五星级的要求完成创建。", "count", 28, "家", "exact", "医疗卫生单位"),  # a preposition ends the noun
    ("2021年我镇组织宣讲团6个到各村宣传。", "count", 6, "个", "exact", "宣讲团"),  # a group, not a talk
    ("下沉全镇9个村(社区)开展宣讲。", "count", 9, "个", "exact", "村"),
    ("分类制定3张履职清单，涵盖各类事项。", "count", 3, "张", "exact", "履职清单"),
    ("规整三线线路约五千米。", "count", 5000, "米", "about", "线路"),
    ("组织干部学习保密、《中华人民共和国反有组织犯罪法》《信访工作条例》等22场次。", "event", 22, "场次", "exact", "学习"),  # titles are names
    ("开展“法律进万家”活动12场。", "event", 12, "场", "exact", "法律进万家活动"),  # the name qualifies the word after it
    ("创新谋划17个“综合查一次”应用场景。", "count", 17, "个", "exact", "应用场景"),  # 谋划 alone: devised, done
    ("整改工作共涉及六大方面21个问题。", "count", 21, "个", "exact", "问题"),  # a bare noun phrase fills the clause
    ("组建宣讲团深入开展习近平法治思想“七进”微宣讲60余场次。", "event", 60, "场次", "more_than", "微宣讲"),  # 深入开展, an idiom to jieba
    ("指导21个社区(村)发布便民信息。", "count", 21, "个", "exact", "社区"),  # 指导 as the verb it is here
    ("市政府常务会议每季度听取法治政府建设情况汇报、开展常务会议学法7次。", "event", 7, "次", "exact", "学法"),  # the 、 opens another deed: no frequency
])
def test_fact(sentence, kind, value, unit, approx, subject_key):
    f = one(sentence)
    assert (f.kind, f.value, f.unit, f.approx) == (kind, value, unit, approx)
    assert subject_key in f.subjects[0]
    assert not set("，。；、（）“”<>/") & set(f.subjects[0])


def test_a_total_after_its_parts_takes_the_subject_of_the_first_part():
    found = facts("“好差评”评价802条、办件163条，合计965条。")
    assert [(f.value, f.subjects[0]) for f in found] == [(802, "好差评评价"), (163, "办件"), (965, "好差评评价")]


def test_a_list_of_number_first_items_gives_each_its_noun():
    found = facts("建有1个便民服务中心及21个便民服务站，包括132项基本履职事项、138项配合履职事项以及41项上级部门收回事项。")
    assert [f.subjects[0] for f in found] == ["便民服务中心", "便民服务站", "基本履职事项", "配合履职事项", "上级部门收回事项"]


def test_items_and_their_total_each_name_the_items():
    found = facts("分类制定3张履职清单共311项。")  # …共311项 totals the lists' items: the 3 still counts lists
    assert [(f.value, f.unit, f.subjects[0]) for f in found] == [(3, "张", "履职清单"), (311, "项", "履职清单")]


def test_a_bare_verb_borrows_the_noun_of_items_counted_with_another_measure_word():
    found = facts("重点学习的主题共9项，已完成8个。")  # 项 and 个 both count items
    assert [(f.value, f.subjects[0]) for f in found] == [(9, "重点学习的主题"), (8, "完成主题")]


def test_a_noun_phrase_after_a_figure_is_its_subject_only_when_nothing_else_follows():
    found = facts("全镇在册社区矫正人员6人、安置帮教人员9人及严重精神障碍患者182人、重点信访人员5人等特殊群体。")
    assert [(f.value, f.subjects[0]) for f in found] == [
        (6, "在册社区矫正人员"), (9, "安置帮教人员"), (182, "严重精神障碍患者"), (5, "重点信访人员")]


def test_span_points_at_the_quantity():
    sentence = "我乡全年开展法律宣传活动20次。"
    f = one(sentence)
    assert sentence[f.anchor_start:f.anchor_end] == "20次"


def test_shared_rate_gives_one_fact_per_rate_name():
    found = facts("年度学法考试参考率、通过率、优秀率均达100%。")
    assert [f.subjects for f in found] == [["学法考试参考率", "学法考试通过率", "学法考试优秀率"]]


def test_a_count_of_the_rate_names_is_none_of_them():
    assert one("参学率、考试率、合格率三率均达100%。").subjects == ["参学率", "考试率", "合格率"]


def test_rates_all_at_a_level_give_one_fact_each():
    f = one("参考率、及格率均在80%以上。")  # one figure, a fact per rate name
    assert (f.subjects, f.value, f.approx) == (["参考率", "及格率"], 80, "more_than")


def test_a_list_of_rate_names_right_before_one_value_shares_it_without_jun():
    assert one("法律知识考试参考率、通过率达到100%。").subjects == ["法律知识考试参考率", "法律知识考试通过率"]
    # names separated by commas each have their own value: no sharing
    assert [f.subjects for f in facts("调处率96%,化解率98%。")] == [["调处率"], ["化解率"]]


def test_two_rates_joined_by_he_share_the_prefix():
    (f,) = facts("全体干部学法考试参与率和优秀率均达100%。")
    assert len(f.subjects) == 2
    assert f.subjects[0].endswith("学法考试参与率") and f.subjects[1].endswith("学法考试优秀率")


def test_unpunctuated_run_holds_two_facts():
    found = facts("发放法治宣传材料400余份法律顾问进村宣讲2次")
    assert [(f.value, f.unit) for f in found] == [(400, "份"), (2, "次")]
    assert "宣传材料" in found[0].subjects[0] and "宣讲" in found[1].subjects[0]


def test_bare_verb_takes_the_object_of_the_total_before_it():
    found = facts("受理劳动争议纠纷80件，调处78件，调处率97.5%。")
    assert [f.subjects[0] for f in found] == ["受理劳动争议纠纷", "调处劳动争议纠纷", "调处率"]


@pytest.mark.parametrize("sentence,subjects", [
    ("全年共受理、调处矛盾纠纷分别为254件、244件。", ["受理矛盾纠纷", "调处矛盾纠纷"]),
    ("行政复议案件和行政诉讼案件分别为12件和8件。", ["行政复议案件", "行政诉讼案件"]),
    ("开展法治讲座、法律咨询活动分别达15场次、30次。", ["法治讲座", "法律咨询活动"]),
    ("参训率、合格率分别为98%、95%，较上年有所提高。", ["参训率", "合格率"]),
    # what qualifies the first rate name qualifies the short ones after it, as when they share one value
    ("行政复议纠错率、败诉率分别为5%、3%。", ["行政复议纠错率", "行政复议败诉率"]),
])
def test_respectively_pairs_each_figure_with_its_list_item(sentence, subjects):
    assert [f.subjects[0] for f in facts(sentence)] == subjects


def test_respectively_pairs_nothing_when_the_lists_differ_in_length():
    sentence = "受理、调处矛盾纠纷分别为254件、244件、10件。"
    spans = [(sentence.index(q), sentence.index(q) + len(q)) for q in ("254件", "244件", "10件")]
    assert respectively_names(sentence, spans) == {}
    assert respectively_names(sentence.replace("、10件", ""), spans[:2]) == {spans[0][0]: "受理矛盾纠纷", spans[1][0]: "调处矛盾纠纷"}


def test_a_list_comma_inside_quotes_does_not_cut_the_subject():
    (f,) = facts("开展“双随机、一公开”抽查62次。")
    assert f.subjects == ["双随机一公开抽查"]  # the name whole, its 、 no list mark


def test_bare_verb_never_borrows_a_quoted_date():
    found = facts("开展“3·15”消费者权益日宣传，培训2期。")
    assert [f.subjects[0] for f in found] == ["培训"]


def test_breakdown_parts_point_at_their_total():
    rows = extract_sentence("共受理信访事项50件，其中市信访局交办20件，县信访局交办30件。", 0)
    fact_rows = [r for r in rows if r.status == "fact"]
    total = rows.index(fact_rows[0])
    assert [r.parent for r in fact_rows] == [None, total, total]


def test_parts_in_brackets_after_a_total_point_at_it_until_the_brackets_close():
    rows = extract_sentence("共办理处罚案件90起（简易程序案件50起、停业整顿案件40起），办理非现场处罚案件60起。", 0)
    fact_rows = [r for r in rows if r.status == "fact"]
    total = rows.index(fact_rows[0])
    assert [(r.token, r.parent) for r in fact_rows] == [("90", None), ("50", total), ("40", total), ("60", None)]


@pytest.mark.parametrize("sentence,token,reason", [
    ("2023年12月8日召开会议。", "2023", "date"),
    ("根据《通知》（办发〔2022〕15号）要求。", "15", "doc_number"),
    ("严格落实“三重一大”制度。", "三", "name_or_slogan"),
    ("群众可拨打12345热线反映问题。", "12345", "name_or_slogan"),
    ("每月召开1次例会。", "1", "frequency"),
    ("做到1个工作日内办结。", "1", "duration_or_threshold"),
    ("全年未发生5人以上集体上访事件。", "5", "duration_or_threshold"),
    ("力争行政复议纠错率达90%以上。", "90", "target_or_plan"),
    ("案件数量同比增长40%。", "40", "delta"),
    ("败诉率下降3个百分点。", "3", "delta"),
    ("区人大常委会第五次会议审议通过。", "五", "ordinal"),
    ("参加县十五届三次会议。", "三", "ordinal"),
    ("一是加强组织领导。", "一", "list_marker"),
    ("进一步完善制度。", "一", "other"),
    ("惠及两三百人。", "两三百", "other"),
    ("2021-2023年累计开展培训。", "2021", "date"),
    ("2023年1-12月共受理案件。", "1", "date"),
    ("在2024法治政府建设中。", "2024", "date"),
    ("树牢“四个意识”。", "四", "name_or_slogan"),
    ("以百分之百的热情投入工作。", "百", "other"),  # a manner, not a figure
    ("力争群众满意率达到百分之九十五。", "百", "target_or_plan"),
    ("案件办结率同比提高百分之五。", "百", "delta"),
    ("上百人参加。", "百", "other"),
    ("发放资料数千份。", "千", "other"),  # 数千: some thousands, no figure
    ("调处率96%。浏览次数：356次", "356", "page_debris"),  # a page counter inside a line of text
    ("工作报告 浏览:5072次 时间:2022-12-07", "5072", "page_debris"),  # the counter with its colon and no 次数
    ("• 索 引 号:370406/2026-00156", "370406", "page_debris"),  # the index number, its label spaced out
    ("发布时间: 2026-03-03 09:36", "09", "date"),  # a time of day
    ("连续6年入选全国百强区。", "6", "duration_or_threshold"),  # a streak
    ("制定出台“静海镇10条”政策。", "10", "name_or_slogan"),  # digits inside a short quoted name
    ("落实省委“1310”具体部署。", "1310", "name_or_slogan"),
    ("同步引入3大创新举措。", "3", "name_or_slogan"),  # N大 + noun is a label, like 八大行动
    ("紧跟区委全面落实两个成为，做细做实三个转型。", "两", "name_or_slogan"),
    ("在原33个成员单位的基础上扩大范围。", "33", "delta"),  # the level before the change
    ("作为唯一入选全省五个推荐项目之一上报。", "五", "ordinal"),  # the size of a list it is one of
    ("办理时限压缩超60%。", "60", "delta"),
    ("制发年度工作安排，细化9个方面重点任务。", "9", "other"),  # the layout of a document
    ("确定创建工作分3个阶段：动员部署、全面推进、总结验收。", "3", "other"),  # ... and of a campaign
    ("本报告包括六个部分内容。", "六", "other"),  # ... and of a report
    ("邀请来自8个部门的专家参与评审。", "8", "other"),  # where the people came from describes them
    ("聘任来自法律、经济、城建3个领域的专家。", "3", "other"),
    ("办事跑动次数由5次减至1次。", "1", "duration_or_threshold"),  # what one case now needs
    ("每年开展党委理论中心组学法、政府常务会学法20余次。", "20", "frequency"),  # a standing rate, far from 每
    ("要件数量由3865件，压缩到2643件。", "3865", "delta"),  # the level before a change, a comma between
    ("浓度稳定控制在标准值的30%以下。", "30", "duration_or_threshold"),  # a bound kept under
    ("断面均为四类水质。", "四", "name_or_slogan"),  # a grade of water
    ("其中罚款1万元以上案件579起。", "1", "duration_or_threshold"),  # the bound naming a class of cases
    ("执法活动总量1000件以上的部门有6个。", "1000", "duration_or_threshold"),  # ... and of departments
    ("全区执法人员人均执法量 6件。", "6", "other"),  # a share per head
    ("死亡人数、直接经济损失同比分别下降25.5%和23.4%。", "23.4", "delta"),  # a list continues its first item's change
    ("发生一起三轮车侧翻事故。", "三", "name_or_slogan"),  # a vehicle, not three rounds
    ("各司法所所均达到4人以上。", "4", "other"),  # a share per office
    ("新建村法治公园3个，谋划创建村法治公园6个。", "6", "target_or_plan"),  # 谋划: planned, not done
    ("将百姓的“最后一百米”保障落到实处。", "一百", "name_or_slogan"),  # a numeral inside a short quoted name
    ("行政诉讼败诉率有望突破至5%。", "5", "target_or_plan"),
    ("败诉率低于市考核指标（5%以下）。", "5", "duration_or_threshold"),  # the bar it is measured against
    ("考核指标为50%。", "50", "duration_or_threshold"),
    ("每两月1次召开例会。", "1", "frequency"),
    ("避免发生5人以上群体性事件。", "5", "duration_or_threshold"),
])
def test_not_a_fact(sentence, token, reason):
    rows = extract_sentence(sentence, 0)
    row = next(r for r in rows if r.token.startswith(token) or token.startswith(r.token))
    assert (row.status, row.reason) == ("skipped", reason)
    assert not any(r.status == "fact" for r in rows if r.start == row.start)


def test_total_restated_as_base_of_breakdown_is_not_counted_twice():
    text = "共受理信访件40件。所交办的40件信访件中办结38件，2件正在办理中。"
    found = [m for m in extract_report(text, [], []) if m.status == "fact"]
    assert [f.value for f in found] == [40, 38, 2]


def test_numbers_in_a_plan_section_are_targets():
    text = "一、工作成效\n开展培训5次。\n二、下一步工作计划\n计划开展培训10次。\n"
    plan_start = text.index("二、")
    rows = extract_report(text, [(plan_start, len(text))], [])
    assert [(r.value, r.status, r.reason) for r in rows if r.unit == "次"] == [(5, "fact", ""), (10, "skipped", "target_or_plan")]


def test_page_debris_is_not_report_text():
    text = "首页 > 政务公开 > 法治政府建设\n索引号：11510422/2024-00012\n浏览次数：1234次\n开展普法活动8场。\n"
    rows = extract_report(text, [], debris_spans(text))
    assert [r.value for r in rows if r.status == "fact"] == [8]
    assert {r.reason for r in rows if r.status == "skipped"} == {"page_debris"}


def test_every_numeral_is_accounted_for():
    sentence = "2024年，我镇开展宣传活动12场，进一步提升群众满意度，第三季度接待群众300人次，涉及资金7。"
    rows = extract_sentence(sentence, 0)
    assert {r.status for r in rows} <= {"fact", "skipped", "unparsed"}
    assert [r.token for r in rows if r.status == "unparsed"] == ["7"]


# Pieces the skip patterns and their gates turn on, so random sentences hit every branch.
_SKIP_PIECES = list("0123456789一二三十百万两第届会次号年月日·.．-—至（()）、是其《》“”\"每天周时不未个项人件场%，。；：\n 法治") + [
    "2023", "1998", "12345", "110", "12", "3", "20", "19", "工作日", "小时", "年内", "会议", "热线", "不少于", "清单", "一村一", "宣传",
    "次会议", "其一", "第3号", "〔2023〕5号", "不少于3人", "未发生", "每月2次", "3个工作日", "十四届三次", "3.15", "一是",
    "（三）", "，3、", "“四个全面”", "两项“", "《法治》", "二〇二三年三月", "三月", "分钟", "个月", "月内", "年来", "日内", "学时",
    "课时", "没有", "杜绝", "不发生", "防止", "避免", "不超过", "不低于", "至少", "3日内", "没有3人", "不发生2起", "避免1次", "不超过5件"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SKIP_PIECES), max_size=10).map("".join))
def test_gates_never_change_what_the_skip_patterns_find(sentence):
    ungated = [(m.start(), m.end(), "name_or_slogan") for m in SLOGANS.finditer(sentence)]
    for reason, pattern in SKIP_PATTERNS:
        ungated += [(m.start(), m.end(), reason) for m in pattern.finditer(sentence) if m.end() > m.start()]
    assert skip_spans(sentence) == ungated


@pytest.mark.parametrize("reason", list(SKIP_GATES))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_every_text_a_skip_pattern_matches_passes_its_gate(reason, data):
    pattern = dict(SKIP_PATTERNS)[reason]
    text = data.draw(st.from_regex(pattern))  # strings holding a match, with odd whitespace and any script around it
    assume(pattern.search(text))
    assert SKIP_GATES[reason].search(text)


_TOLD_FIRST_CHARS = {reason: (pattern, SKIP_FIRST_CHARS[reason]) for reason, pattern in SKIP_PATTERNS if reason in SKIP_FIRST_CHARS} | {
    "target": (TARGET_WORDS, CONTEXT_FIRST_CHARS["target"]), "delta": (DELTA_BEFORE, CONTEXT_FIRST_CHARS["delta"])}


@pytest.mark.parametrize("name", list(_TOLD_FIRST_CHARS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_a_pattern_told_its_first_characters_finds_the_same_matches(name, data):
    pattern, first_chars = _TOLD_FIRST_CHARS[name]
    prefix = f"(?=[{first_chars}])(?:"
    assert pattern.pattern.startswith(prefix)
    body = re.compile(pattern.pattern[len(prefix):-1])
    text = data.draw(st.from_regex(body))  # strings holding a match of the pattern as written
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in body.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SKIP_PIECES + ["\x1c", "\x1f", "\u3000", "\t", "八五普法", "三重一大", "。", "3\x1c月", "次\x1f会议", "5\x1d、"]),
                max_size=12).map("".join))  # whitespace Python's \s has and Rust's lacks, inside the gates
def test_polars_computes_the_same_gate_mask_as_python(text):
    found = candidate_sentences(pl.DataFrame({"report_id": ["r"], "text": [text]}))
    assert [(s, skip_gate_mask(s)) for s in found["sentence"]] == list(found.select("sentence", "skip_gates").iter_rows())


def _quantities_found_by_scanning(sentence):
    """The quantities extract_sentence used to look up: one QUANTITY.finditer pass, taken at the
    numeric runs a previous quantity does not cover."""
    found, covered_until = {m.start(): m.span() for m in QUANTITY.finditer(sentence)}, -1
    out = []
    for run in NUMERIC_RUN.finditer(sentence):
        if run.start() >= covered_until and run.start() in found:
            out.append(found[run.start()])
            covered_until = found[run.start()][1]
    return out


_QUANTITY_PIECES = list("0123456789,.．０５一二两三十百千万亿余多个人件次%％ 　，、年月") + [
    "1,234", "1,23", "2023", "以上", "左右", "个百分点", "平方米", "万余", "十余", "1.5", "0.0."]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=10).map("".join))
def test_the_quantities_in_the_ledger_are_those_a_full_scan_finds(sentence):
    ledger = extract_sentence(sentence, 0)
    matched = [(m.anchor_start, m.anchor_end) for m in ledger if m.anchor_start >= 0]
    assert matched == _quantities_found_by_scanning(sentence)
