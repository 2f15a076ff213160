"""Writes transforms/data/metrics.csv from the table below: the catalogue's source (design rules in
catalogue_notes.md beside it). Regenerate and check on the tuning half:

    .venv/bin/python dev/annotation/build_metrics.py && .venv/bin/python dev/annotation/metric_check.py --facts dev/annotation/metric_gold/facts_tune.jsonl --gold dev/metric_gold.jsonl
"""
import csv
import io
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "transforms" / "data" / "metrics.csv"

# topic words that must occur as whole jieba words in the subject or the clause before the figure
LAW = ("法治|法律|法规|法律法规|学法|學法|考法|用法|宪法|民法典|法典|法|依法|依法治国|法治思想|法制|条例|條例|以案释法|普法|讲法|"
       "法治讲座|法律讲座|法治宣传|法治建设|法治政府|法治建設|党内法规|法律知识|法治教育|法治理论|行政诉讼法|行政处罚法|行政复议法|行政许可法")
LAW_WORK = "法治|法治建设|法治政府|法治建設|依法|依法治国|法制|依法行政|法治工作|普法|法治化|法治督察|述法|行政应诉|合法性审查"
# the act of reporting on one's rule-of-law duties: a whole word of the subject or its clause (组织27个乡镇主要负责人开展述法)
SHUFA = "述法|法治述职|述职述法|现场述法|述法评议|述法述职"
MEETING_Q = "会|研究|听取|审议|汇报|报告|部署|議"
LEGALITY = "合法性审查|合法性审核|合法性审查把关|法制审核|法治审查|法律审查|合法性审定|审查把关|合法性把关"
NORM = "规范性|文件"
STUDY_HEADS = ("学法|學法|学法活动|學法活動|集体学法|集中学法|专题学法|法治学习|法律学习|法律知识学习|学习|专题学习|集中学习|集体学习|"
               "学习研讨|研讨|专题研讨|研讨活动|学习活动|法治思想|法律法规|法规|民法典|宪法|读书班|学习会|研学|自学|学用|法治专题学习|"
               "新战略|新理念新思想新战略|重要论述|有关论述|论述")
PEOPLE = ("人员|干部|干部职工|干部職工|職工|职工|工作人员|国家工作人员|公职人员|领导干部|党员干部|村干部|机关干部|民警|辅警|执法人员|"
          "法律明白人|法律明白人”|“法律明白人”|人数|人次|人|成员|班子成员|学员|考生|公务员|教师|网格员")

M = []  # code, name_zh, name_en, task, kind, unit_class, definition, heads, verbs, qualifiers, excludes


def m(*row):
    assert len(row) == 11, row
    M.append(row)


# ---------------- T1 政府机构职能 / 放管服 / 政务服务 ----------------
m("service_items", "政务服务事项数", "government service items listed", "T1", "count", "items",
  "政务服务事项清单中的事项数(保留/进驻/梳理的政务服务、审批、通办、一件事事项); 不含办件量, 不含履职/权责/执法/证明事项, 不含其中的分类部分",
  "事项|政务服务事项|服务事项|审批事项|办理事项|通办事项|高频事项|依申请事项|一件事|便民事项|审批服务事项|联办事项",
  "", "政务|服务|审批|通办|一件事|马上办|一次办|一网|网办|即办|联办",
  "其中|其他|中介|公共服务|履职|权责|权力|执法|处罚|证明|裁量|决策|公开|备案|平均|底单|清单|信访|复议|建议|提案|许可|收回|上线|承诺|办件|办理办结")
m("service_cases", "政务服务办件量", "government service applications handled", "T1", "count", "cases",
  "政务服务/行政审批/便民服务中心受理或办理的办件数; 不含网上办件(另计), 不含办结数(另计), 不含信访、12345工单",
  "办件|办件量|业务|事项|审批事项|服务事项|政务服务事项|审批服务事项|申请|审批|审批件|服务件|件",
  "办理|受理|代办|帮办|办件|接件|收件|审批办件", "服务|审批|政务|办件|业务|便民|代办|窗口|大厅",
  "网上|网办|线上|窗口办件|办结|日均|平均|信访|投诉|工单|复议|诉讼|许可|咨询|登记服务咨询|上线")
m("service_cases_closed", "政务服务办结件数", "government service applications closed", "T1", "count", "cases",
  "政务服务/行政审批办件中已办结的件数; 不含受理量, 不含信访、12345工单办结",
  "办件|业务|事项|审批事项|服务事项|政务服务事项|审批服务事项|申请|件", "办结|已办结|办理办结|办毕", "服务|审批|政务|办件|业务|便民|已办结|办结",
  "信访|投诉|工单|热线|复议|诉讼|日均|平均")
m("online_service_cases", "网上办件数", "service applications handled online", "T8", "count", "cases",
  "通过网上/掌上/线上办理的政务服务办件数; 不含事项数",
  "网上办件|网办件|网上办理|线上办理|网上申报|全程网办|网办|掌上办|掌上办件|线上办件|网上受理", "", "", "日均|平均")
m("online_service_rate", "政务服务网上可办率", "share of services available online", "T8", "rate", "rate",
  "政务服务事项网上可办/全程网办/网上办理的比例",
  "网上可办率|网办率|全程网办率|网上办理率|线上办理率|可网办率|网上办|就近办|网上可办|掌上办|全程网办|网上办理|一网通办|一网通办率", "", "", "")
m("one_stop_rate", "一次办/一门办比例", "share of services done in one visit / one counter", "T1", "rate", "rate",
  "政务服务事项实现一次办、一门办、最多跑一次的比例",
  "一次办|一门办|最多跑一次|跑一次|一次办结率|一门式|跑零次|零跑腿|最多跑一次率|一次办好", "", "", "")
m("one_window_rate", "一窗通办事项占比", "share of services at integrated counters", "T1", "rate", "rate",
  "进驻综合窗口一窗通办/无差别受理的事项占比", "占比|比例|比率|覆盖率|率", "", "一窗|综合窗口|无差别", "")
m("licensing_items", "行政许可事项数", "administrative licensing items listed", "T1", "count", "items",
  "行政许可事项清单中的事项数; 不含许可办件量", "行政许可事项|许可事项|许可项目|行政审批事项", "", "", "其中|平均|办理|核发")
m("licences_issued", "行政许可办件数", "administrative licences granted (cases)", "T1", "count", "cases|items",
  "办理/核发/准予的行政许可件数(含许可证、证照的核发); 不含事项清单数",
  "行政许可|许可|许可证|许可件|许可决定|证照|执照|营业执照|许可申请|许可证件|经营许可证|备案证",
  "办理|核发|办结|受理|作出|准予|审批|发放|颁发|发证|换发|新办|延续", "", "事项|日均|平均")
m("proof_commitment_items", "告知承诺制证明事项数", "certification items under notification-commitment", "T1", "count", "items",
  "实行证明事项告知承诺制的证明事项数", "证明事项|事项|证明", "", "告知承诺|承诺制", "取消")
m("proofs_cancelled", "取消证明事项数", "certification requirements cancelled", "T1", "count", "items",
  "清理取消的证明事项数", "证明事项|证明", "取消|清理|减少|精简|砍掉|废止", "", "承诺")
m("service_materials_cut", "精简申报材料数", "application materials cut", "T1", "count", "items",
  "精简/减少/免交的申报材料、证明材料数", "申报材料|材料|申请材料|证明材料|办事材料|要件",
  "精简|减少|压减|取消|免交|免于提交|减免|免提交|削减", "", "")
m("service_steps_cut", "压减办事环节数", "procedure steps cut", "T1", "count", "items",
  "压减/精简的办事或审批环节数", "环节|办事环节|审批环节|流程|办理环节", "压减|精简|减少|压缩|削减|取消", "", "")
m("service_centres", "便民服务中心(站)数", "service centres and stations", "T1", "count", "orgs",
  "便民/政务服务中心、服务站、代办点数; 不含公共法律服务站点",
  "便民服务中心|便民服务站|服务中心|服务站|政务服务中心|政务服务站|服务大厅|政务大厅|便民服务点|服务点|代办点|服务驿站|代办站|帮办代办点|服务专区",
  "", "便民|政务|为民|综合服务|一站式|代办|帮办", "法律|调解|党群")
m("service_visitors", "政务服务接待群众人次", "people served at service centres", "T1", "count", "people",
  "政务/便民服务中心、窗口接待或服务的群众人次", "群众|人次|办事群众|企业群众|人|服务对象|企业和群众|市民",
  "接待|服务|办事", "政务|服务中心|大厅|窗口|便民", "信访|来访|咨询|法律")
m("service_reviews", "好差评评价数", "good/bad service reviews received", "T1", "count", "cases",
  "政务服务“好差评”收到的评价总数; 不含其中非常满意/满意/差评的分项",
  "评价|评价数|合计|好差评|好差评”|评价量|评价件|评价条", "", "好差评|评价", "满意|差评件|差评数|整改")
m("internal_units", "内设机构数", "internal units set up", "T1", "count", "orgs",
  "乡镇(街道)或部门机构改革中设置的内设机构数", "内设机构|内设机构设置|综合办事机构", "", "", "")
m("public_institutions", "事业单位数", "public institutions set up", "T1", "count", "orgs",
  "机构改革中设置的(乡镇街道)事业单位数", "事业单位|事业单位机构|事业机构|事业站所", "", "", "医疗|卫生|星级")
m("duty_list_items", "履职事项清单事项数", "township duty list items (total)", "T1", "count", "items",
  "乡镇(街道)履职事项清单所列事项总数; 不含基本/配合/收回分项, 不含梳理前底单",
  "事项|履职事项|清单事项|履职清单事项|职责事项", "", "履职|职责清单", "基本|配合|收回|平均|底单|新增|取消")
m("duty_items_basic", "基本履职事项数", "basic duty items", "T1", "count", "items",
  "履职事项清单中的基本履职事项数", "事项|履职事项|职责事项", "", "基本履职|基本职责", "平均")
m("duty_items_coop", "配合履职事项数", "cooperative duty items", "T1", "count", "items",
  "履职事项清单中的配合履职事项数", "事项|履职事项|职责事项", "", "配合履职|配合职责", "平均")
m("duty_items_returned", "上级部门收回事项数", "duty items taken back by higher departments", "T1", "count", "items",
  "履职事项清单中由上级部门收回(不宜由乡镇承担)的事项数", "事项|履职事项|职责事项", "", "收回", "平均")
m("power_list_items", "权责清单事项数", "items in the power and responsibility list", "T1", "count", "items",
  "部门/乡镇权责清单(权力清单)所列事项数; 不含新增/取消的调整数",
  "权责事项|权力事项|权责清单事项|职权|职权事项|权责清单|权力清单事项", "", "", "新增|取消|调整|下放|赋权|执法")
m("power_items_added", "权责清单新增事项数", "power list items added", "T1", "count", "items",
  "权责清单动态调整中新增的事项数", "权责事项|事项|权力事项|职权|职权事项", "新增|增加|调入", "权责|权力|职权", "")
m("power_items_cancelled", "权责清单取消事项数", "power list items cancelled", "T1", "count", "items",
  "权责清单动态调整中取消/调出的事项数", "权责事项|事项|权力事项|职权|职权事项", "取消|调出|删减|删除|减少", "权责|权力|职权", "")
m("enterprises_visited", "走访服务企业数", "enterprises visited or served", "T1", "count", "orgs",
  "走访、上门服务、帮扶的企业(市场主体)数; 不含执法检查对象",
  "企业|监测点企业|市场主体|商户|经营主体|企业家|民营企业|重点企业", "走访|服务|帮扶|调研|上门|对接|慰问|包联|联系", "", "检查|抽查")
m("enterprise_service_visits", "上门服务企业次数", "service visits to enterprises", "T1", "event", "event",
  "为企业提供上门服务、走访服务、法治体检的次数", "上门服务|服务|走访|调研|法治体检|法律体检|对接", "", "企业|市场主体|商户", "检查")
m("enterprise_requests", "企业诉求办理件数", "enterprise requests handled", "T1", "count", "cases",
  "办理/解决的企业诉求、企业反映问题件数", "诉求|企业诉求|问题|困难|难题|需求|困难问题", "",
  "企业|经营主体|市场主体|商户|服务包", "")

# ---------------- T2 依法行政制度体系 ----------------
m("normative_docs_issued", "制定规范性文件件数", "normative documents issued", "T2", "count", "cases",
  "制定/出台/印发的行政规范性文件件数; 不含审查、备案、清理数",
  "规范性文件|行政规范性文件|文件", "制定|出台|印发|发布|起草|制发|新制定", "规范性",
  "清理|废止|备案|审查|审核|保留|修改|修订|失效|评估")
m("normative_docs_filed", "规范性文件备案件数", "normative documents filed for record", "T2", "count", "cases",
  "报送备案/备案审查的规范性文件件数", "备案|规范性文件|行政规范性文件|文件|备案审查", "备案|报备|报送备案|备案审查", NORM, "")
m("normative_docs_cleaned", "清理规范性文件件数", "normative documents reviewed in clean-ups", "T2", "count", "cases",
  "专项清理/评估清理涉及的规范性文件件数(清理总数); 不含其中保留/废止/修改的分项",
  "规范性文件|行政规范性文件|文件|政策文件|政策措施", "清理|评估清理|专项清理|集中清理|全面清理|梳理", NORM,
  "废止|失效|保留|修改|修订|其中")
m("normative_docs_repealed", "废止/宣布失效规范性文件件数", "normative documents repealed", "T2", "count", "cases",
  "清理后废止或宣布失效的规范性文件件数", "规范性文件|行政规范性文件|文件|政策文件",
  "废止|宣布失效|失效|废除|拟废止", NORM, "")
m("normative_docs_amended", "修改规范性文件件数", "normative documents amended", "T2", "count", "cases",
  "清理后修改/修订的规范性文件件数", "规范性文件|行政规范性文件|文件|政策文件", "修改|修订|修正|拟修改", NORM, "废止")
m("normative_docs_retained", "保留规范性文件件数", "normative documents retained", "T2", "count", "cases",
  "清理后继续保留有效的规范性文件件数", "规范性文件|行政规范性文件|文件|政策文件", "保留|继续有效|继续保留|继续施行", NORM, "废止")
m("normative_doc_reviews", "规范性文件(政府文件)合法性审核件数", "normative and policy documents reviewed for legality", "T2", "count", "cases|items",
  "对规范性文件、政府文件、重要文件进行合法性审查/审核的件数; 不含合同、重大决策审查",
  LEGALITY + "|审核|审查|前置审查|合法性审查意见|规范性文件|行政规范性文件|文件|政府文件|政策文件",
  LEGALITY + "|审核|审查|前置审查|把关|审", "文件", "合同|备案|决策|清理|制定|出台|印发|废止|保留|修改")
m("normative_docs_compliance_rate", "规范性文件合法合规率", "normative documents compliance rate", "T2", "rate", "rate",
  "规范性文件经审查合法合规/合格的比例", "合规率|合格率|合法合规率|合法率|合法性审查率|审核率|审查率|备案率|报备率|备案审查率|及时报备率",
  "", "规范性文件|文件", "")
m("internal_rules_made", "建立完善制度机制项数", "internal rules and mechanisms established", "T2", "count", "items",
  "本机关建立、制定、修订的内部管理制度、工作机制项数; 不含规范性文件",
  "制度|建章立制|规章制度|管理制度|工作制度|机制|工作机制|制度机制|制度文件|内部制度",
  "建立|制定|出台|完善|健全|修订|建章立制|新建|修订完善|建立健全|探索建立|印发", "", "规范性")
m("legislation_comments", "立法征求意见反馈件数", "comments on draft laws and rules", "T2", "count", "cases",
  "对法律法规规章草案征求意见提出/反馈的意见件(条)数", "意见|建议|意见建议|修改意见|立法意见|征求意见|反馈意见",
  "提出|反馈|报送|提交|办理|答复", "立法|草案|法规|规章|条例", "法律意见书")
m("legislation_consultations", "参与立法征求意见次数", "times taking part in legislative consultations", "T2", "event", "event",
  "参与法律法规规章草案征求意见、立法调研的次数", "征求意见|意见征集|立法征求意见|立法调研|意见|调研|论证", "", "立法|草案|法规|规章", "")

# ---------------- T3 行政决策 / 法律顾问 ----------------
m("major_decisions", "重大行政决策事项数", "major administrative decisions made", "T3", "count", "cases",
  "作出/纳入目录的重大行政决策事项数; 不含其合法性审查数",
  "决策事项|重大行政决策|重大决策|重大行政决策事项|重大决策事项|决策", "", "", "审查|审核|合法性|论证|评估|备案")
m("major_decision_reviews", "重大行政决策合法性审查件数", "major decisions reviewed for legality", "T3", "count", "cases",
  "对重大行政决策事项进行合法性审查的件数", LEGALITY + "|审查|审核|重大行政决策|重大决策|决策事项|重大行政决策事项|决策",
  LEGALITY + "|审查|审核|审", "决策", "合同")
m("contract_reviews", "合同合法性审查件数", "contracts reviewed for legality (件)", "T3", "count", "cases|items",
  "对行政合同、村(社区)合同、重大合同进行合法性/法治审查的件数; 不含文件审查",
  LEGALITY + "|审查|审核|合同|协议", "审查|审核|合法性审查|合法性审核|审|把关|法治审查|法律审查", "合同|协议", "文件")
m("legality_reviews", "合法性审查件数(未分类)", "legality reviews (object not stated)", "T3", "count", "cases",
  "合法性审查/审核件数, 对象未区分或为多类事项; 不含分别列明的文件、合同、重大决策审查", LEGALITY, "", "",
  "合同|文件|决策|意见书|案卷")
m("legality_review_sessions", "参与合法性审查次数", "times taking part in legality reviews", "T3", "event", "event",
  "参与/开展合法性审查(含备案审查)的次数", LEGALITY + "|备案审查|审查", "", "", "案卷|评查|督查|督察")
m("legality_review_rate", "合法性审查率", "legality review coverage rate", "T3", "rate", "rate",
  "应审尽审: 经合法性审查的比例", "审查率|审核率|合法性审查率|合法性审核率|审查覆盖率|审核覆盖率", "", "", "规范性文件|文件")
m("legal_opinions", "出具法律意见书件数", "legal opinions issued (件)", "T3", "count", "cases|items",
  "法律顾问、公职律师或合法性审查机构出具的法律意见书/审查意见书件数; 不含立法意见",
  "意见书|法律意见书|审查意见书|法律意见|合法性审查意见书|法律意见函|审查意见|意见",
  "出具|提出|提供|形成|发出|撰写|出|办理", "意见", "立法|草案|观察|建议|征求意见")
m("legal_services_cases", "法律事务(专项法律服务)件数", "legal affairs handled for the government", "T3", "count", "cases",
  "法律顾问、公职律师或司法所为机关办理的法律事务、专项法律服务件数; 不含法律援助、法律咨询",
  "法律事务|法律服务|公共法律服务|业务|事务|专项法律服务|法律问题|涉法事务|涉法问题", "",
  "法律事务|法律顾问|专项法律服务|法律服务|涉法|公职律师", "援助|咨询|站|所|中心")
m("legal_advisers", "法律顾问人数", "legal advisers engaged", "T3", "count", "people",
  "机关、乡镇、村(社区)聘请的法律顾问人数", "法律顾问|常年法律顾问|政府法律顾问|驻村律师|驻点律师|村居法律顾问|顾问律师|法律顾问团队|顾问",
  "", "", "意见|出具")
m("legal_adviser_coverage", "配备法律顾问的单位(村社区)数", "bodies/villages with a legal adviser", "T3", "count", "orgs",
  "聘请/配备了法律顾问的村(社区)、部门、单位数", "社区|村|行政村|村(社区)|村居|单位|部门|乡镇|镇街|街道|村(居)|机关",
  "", "法律顾问|顾问", "")
m("legal_adviser_coverage_rate", "法律顾问覆盖率", "legal adviser coverage rate", "T3", "rate", "rate",
  "村(社区)、部门配备法律顾问的比例", "覆盖率|全覆盖|配备率|聘请率|覆盖", "", "法律顾问|顾问", "")
m("public_lawyers", "公职律师人数", "public-sector lawyers", "T3", "count", "people",
  "机关配备的公职律师人数", "公职律师|公司律师", "", "", "")
m("legal_staff", "专职法治工作人员数", "full-time rule-of-law staff", "T9", "count", "people",
  "机关、乡镇配备的专(兼)职法治工作人员数(法制员、法治专干)",
  "法治工作人员|法制工作人员|法治人员|法制员|法治专干|法治专员|法制专干|法制审核人员|法治工作力量|法律专业人员", "", "", "培训|考试")

# ---------------- T4 行政执法 ----------------
m("enforcement_inspections", "行政执法检查次数", "law enforcement inspections", "T4", "event", "event",
  "开展行政检查、执法检查、监督抽查、巡查的次数; 不含法治督察, 不含案卷评查",
  "检查|执法检查|行政检查|监督检查|抽查|随机抽查|双随机抽查|专项检查|巡查|执法巡查|检查行动|日常检查|现场检查|执法行动",
  "", "", "督导|督察|督查|案卷|评查|法治|考核|自查|述法|合法性")
m("joint_inspections", "综合查一次(联合检查)次数", "joint inspections", "T4", "event", "event",
  "跨部门联合检查、综合查一次的次数", "综合查一次|查一次|联合检查|联合执法|联合执法检查|联合抽查", "", "", "")
m("joint_inspection_scenarios", "综合查一次应用场景数", "joint inspection scenarios defined", "T4", "count", "items",
  "综合查一次、执法监管一件事的应用场景数", "场景|应用场景|一件事|一件事”|执法监管一件事", "", "综合查一次|查一次|执法监管", "")
m("inspected_entities", "检查市场主体(单位)户次", "entities inspected", "T4", "count", "orgs",
  "执法检查覆盖的企业、市场主体、场所、单位户(家)次",
  "市场主体|企业|单位|场所|商户|门店|经营户|户次|家次|户|经营主体|对象|点位|经营单位|生产经营单位|查一次|摊点|店铺",
  "检查|抽查|巡查|排查|查|核查|检测|执法检查|监督检查|综合查一次", "", "走访|督察|督查|督导|述法|考核")
m("penalty_cases", "行政处罚(查办)案件数", "administrative penalty cases", "T4", "count", "cases",
  "立案查处/办理的行政处罚案件总数; 不含简易/一般程序分项, 不含按违法类型列的分项, 不含复议诉讼",
  "案件|行政处罚案件|处罚案件|违法案件|执法案件|行政处罚|处罚|违法行为|立案|案|违章行为|行政案件",
  "查办|查处|办理|立案|处罚|作出|办结|查获|实施|立案查处|行政处罚",
  "", "诉讼|复议|应诉|信访|援助|刑事|民事|矛盾|纠纷|争议|简易|一般|普通程序|评查|审查|移送|其中|案卷|调解|败诉|重点")
m("penalty_cases_simple", "简易程序处罚案件数", "penalty cases under simplified procedure", "T4", "count", "cases",
  "适用简易程序办理的行政处罚案件数", "简易案件|简易程序案件|简易程序|简易处罚", "", "", "")
m("penalty_cases_general", "一般程序处罚案件数", "penalty cases under general procedure", "T4", "count", "cases",
  "适用一般(普通)程序办理的行政处罚案件数", "一般案件|一般程序案件|普通程序案件|一般程序", "", "", "")
m("fines_amount", "罚没金额", "fines and confiscations", "T4", "count", "money",
  "行政处罚罚款和没收金额", "罚款|罚没款|罚没|罚金|罚没金额|罚款金额|罚没收入|处罚金额|罚没资金", "", "", "")
m("enforcement_staff", "行政执法人员数", "certified law enforcement officers", "T4", "count", "people",
  "持有执法证件的行政执法人员数", "执法人员|行政执法人员|执法队员|持证人员|持证执法人员|执法证|执法证件|执法资格证|行政执法资格证|执法力量|一线执法人员|执法辅助人员",
  "", "", "培训|注销|考试|考|参训|收回|暂扣")
m("enforcement_certs_revoked", "注销执法证件人数", "enforcement certificates revoked", "T4", "count", "people",
  "注销、收回、暂扣执法证件的执法人员数", "执法人员|执法证|执法证件|证件|人员",
  "注销|收回|暂扣|吊销", "执法|证", "")
m("enforcement_training", "行政执法培训次数", "law enforcement training sessions", "T4", "event", "event",
  "对行政执法人员开展的执法业务/法律培训次数", "培训|培训班|专题培训|业务培训|轮训|执法培训|讲座|业务培训班|培训会", "", "执法", "明白人")
m("enforcement_trainees", "执法人员培训人次", "law enforcement officers trained", "T4", "count", "people",
  "参加培训的行政执法人员人次", "执法人员|行政执法人员|人次|人员|执法队员|人|学员|培训|执法培训|轮训|集中培训", "培训|轮训|参训|培训班|集中培训", "执法", "考")
m("enforcement_cert_exam_pass_rate", "执法资格考试通过率", "enforcement qualification exam pass rate", "T4", "rate", "rate",
  "行政执法资格考试通过率", "通过率|合格率|及格率", "", "执法资格|资格考试|执法证", "")
m("case_file_reviews", "评查执法案卷数", "enforcement case files reviewed", "T4", "count", "cases",
  "评查/抽查的行政执法案卷数", "案卷|执法案卷|行政执法案卷|卷宗|案件|处罚案卷|许可案卷",
  "评查|抽查|审查|检查|评审|集中评查|交叉评查", "案卷|卷宗", "")
m("case_file_review_rounds", "案卷评查次数", "case file review rounds", "T4", "event", "event",
  "开展行政执法案卷评查的次数", "评查|案卷评查|评查活动|执法案卷评查|集中评查|交叉评查", "", "", "")
m("case_file_pass_rate", "案卷合格率", "case file pass rate", "T4", "rate", "rate",
  "评查案卷的合格/优良率", "合格率|优秀率|优良率|达标率", "", "案卷|卷宗", "")
m("enforcement_matters", "行政执法事项数", "law enforcement matters listed", "T4", "count", "items",
  "执法事项清单所列或承接、划转的行政执法事项数; 不含赋权镇街事项",
  "执法事项|行政执法事项|事项|执法职权|职权|处罚事项|行政处罚事项|检查事项|行政检查事项", "", "执法|处罚|检查",
  "裁量|赋权|下放|赋予|平均|高频执法事项")
m("enforcement_matters_devolved", "赋权镇街执法事项数", "enforcement powers devolved to townships", "T4", "count", "items",
  "下放/赋予乡镇(街道)的行政执法事项数", "执法事项|行政执法事项|事项|执法职权|职权|执法权|权限|处罚事项",
  "赋权|下放|赋予|授权|委托", "", "")
m("discretion_standards", "行政裁量基准(事项)数", "discretion benchmark items", "T4", "count", "items",
  "制定/细化行政裁量权基准的事项(条)数", "事项|执法事项|裁量基准|裁量标准|基准|裁量权基准|裁量事项|高频执法事项", "", "裁量", "")
m("enforcement_monitoring_points", "涉企执法监测点数", "enforcement monitoring points", "T4", "count", "orgs",
  "行政执法监督(涉企执法检查)监测点、联系点数", "监测点|联系点|监督点|监督联系点|观测点", "", "执法|监测", "立法")
m("hazards_found", "发现问题隐患数", "hazards found", "T4", "count", "cases|items",
  "检查、排查中发现的问题隐患数; 不含整改数",
  "隐患|问题隐患|安全隐患|风险隐患|事故隐患|风险点|隐患问题", "发现|排查|查出|查处|检查|查找|处置|摸排|排查出|查改",
  "", "整改|消除|销号")
m("hazards_fixed", "整改隐患数", "hazards rectified", "T4", "count", "cases",
  "整改/消除的问题隐患数", "隐患|问题隐患|安全隐患|风险隐患|事故隐患|隐患问题", "整改|消除|销号|整治|治理|排除", "", "")
m("sampling_inspections", "抽检批次", "product sampling inspections", "T4", "event", "event",
  "食品药品等产品监督抽检、快检批次", "抽检|抽样|抽样检测|监督抽检|快检|快速检测|检测|抽样检验", "", "", "")

# ---------------- T5 突发事件应对 ----------------
m("emergency_drills", "应急演练次数", "emergency drills", "T5", "event", "event",
  "应急演练、演习场次", "演练|应急演练|演习|综合演练|疏散演练|应急演习|实战演练|桌面推演|推演", "", "", "培训|执法|实务")
m("emergency_plans", "应急预案数", "emergency plans", "T5", "count", "items",
  "制定/修订的应急预案数", "预案|应急预案|专项预案|处置预案", "", "", "")
m("safety_accidents", "安全事故起数", "safety accidents", "T5", "count", "cases",
  "发生/接报的生产安全、交通、火灾事故起数", "事故|安全事故|生产安全事故|交通事故|火灾|火灾事故|安全生产事故", "", "", "隐患|预防")
m("accident_deaths", "事故死亡人数", "accident deaths", "T5", "count", "people",
  "事故死亡人数", "死亡|死亡人数|遇难|死亡人员|遇难人数", "", "", "")
m("accident_injuries", "事故受伤人数", "accident injuries", "T5", "count", "people",
  "事故受伤(重伤)人数", "重伤|受伤|受伤人数|伤", "", "", "")

# ---------------- T6 矛盾纠纷预防调处化解 ----------------
m("mediation_cases", "矛盾纠纷受理(调解)件数", "disputes received or mediated", "T6", "count", "cases",
  "人民调解组织受理/调解/排查调处的矛盾纠纷件数; 不含调解成功(化解)数, 不含单纯排查、预防数, 不含信访、行政争议、劳动仲裁",
  "纠纷|矛盾纠纷|调解纠纷|民间纠纷|矛盾|调解案件|纠纷案件|矛盾纠纷案件|人民调解案件|各类纠纷|案件",
  "受理|调解|办理|接收|受理调解|登记|接待|收到|排查调处|调解纠纷|开展调解|参与调解|处理|排查化解",
  "纠纷|矛盾|调解", "成功|化解率|预防|行政争议|劳动|信访|其中|诉讼|诉前|复议|仲裁")
m("mediation_resolved", "矛盾纠纷调处(化解)件数", "disputes resolved", "T6", "count", "cases",
  "调处化解、调解成功的矛盾纠纷件数",
  "纠纷|矛盾纠纷|调解纠纷|民间纠纷|矛盾|调解成功|成功调解|纠纷案件|矛盾纠纷案件|化解|调处|调结",
  "调处|化解|调解成功|成功调解|成功化解|调结|妥善处理|调处化解|成功调处|达成协议|达成调解协议",
  "", "受理|排查|预防|行政争议|劳动|信访|诉讼|复议|仲裁")
m("disputes_screened", "排查矛盾纠纷件数", "disputes identified in screenings", "T6", "count", "cases",
  "排查/摸排发现的矛盾纠纷件数", "纠纷|矛盾纠纷|矛盾|纠纷隐患|矛盾隐患|不稳定因素", "排查|摸排|排查出|摸排出|梳理",
  "", "调处|化解|调解|预防")
m("dispute_screening_rounds", "矛盾纠纷排查次数", "dispute screening rounds", "T6", "event", "event",
  "开展矛盾纠纷排查的次数", "纠纷|矛盾纠纷|矛盾|矛盾纠纷排查|纠纷排查|矛盾纠纷排查活动|排查矛盾纠纷", "排查|摸排", "", "")
m("mediation_success_rate", "调解成功率", "dispute mediation success rate", "T6", "rate", "rate",
  "矛盾纠纷调处(调解)成功率/化解率",
  "调处率|调解成功率|调处成功率|成功率|化解率|成功调处率|调解率|化解成功率|调结率|矛盾化解率", "", "", "信访|复议|诉讼|考")
m("mediation_committees", "人民调解组织数", "mediation bodies", "T6", "count", "orgs",
  "人民调解委员会、调解室(工作室)、评理说事点等调解组织数",
  "调委会|调解委员会|人民调解委员会|调解组织|调解室|调解工作室|调解中心|说事点|评理说事点|调解站|调解点|人民调解组织|调解工作站|人民调委会",
  "", "", "")
m("mediators", "人民调解员人数", "mediators", "T6", "count", "people",
  "人民调解员(专兼职)人数", "调解员|人民调解员|专职调解员|调解人员|兼职调解员|专职人民调解员", "", "", "")
m("admin_disputes_resolved", "化解行政争议件数", "administrative disputes resolved", "T6", "count", "cases",
  "化解/调解的行政争议件数", "行政争议|争议|行政争议案件", "化解|调解|调处|解决|实质化解|协调化解", "行政", "")
m("labour_disputes", "劳动人事争议案件数", "labour disputes", "T6", "count", "cases",
  "受理/调解/仲裁的劳动人事争议案件数", "劳动争议|劳动纠纷|劳动人事争议|仲裁案件|劳动争议案件|劳动人事争议案件|劳资纠纷", "", "", "")
m("petition_items", "信访事项件数", "petition items received", "T6", "count", "cases",
  "受理/登记的信访事项(来信、来访、网上信访、交办件)件数; 不含办结、化解数",
  "信访|信访事项|信访件|信访案件|来信|来访|来信来访|上访|信访问题|初信初访|信访量|网上信访|交办|转办|交办件|批次|访",
  "", "信访|访|来信", "办结|化解|重点|人员|息访|率")
m("petitions_closed", "信访事项办结(化解)件数", "petition items closed or resolved", "T6", "count", "cases",
  "办结/化解的信访事项件数", "信访|信访事项|信访件|信访案件|来信|来访|信访问题|积案|初信初访|访",
  "办结|化解|结案|息访|化解率|办理完毕|妥善处理", "访|信访|积案", "人员|率")
m("petition_visitors", "接待来访群众人次", "petition visitors received", "T6", "count", "people",
  "信访接待的来访群众人次", "人次|群众|人|来访群众|上访人员|来访人员|上访群众", "接待|来访", "访", "重点")
m("key_petitioners", "重点信访人员数", "key petitioners under management", "T6", "count", "people",
  "列管的重点信访人员数", "重点信访人员|重点人员|重点上访人员|重点信访对象", "", "", "")
m("hotline_orders", "12345热线工单件数", "12345 hotline tickets", "T6", "count", "cases",
  "12345政务服务便民热线等受理/办理的工单(诉求)件数; 不含办结数",
  "工单|热线工单|诉求|12345|热线|12345热线|市民热线|来电|诉求件|工单量|热线件|市民诉求|群众诉求|热线诉求",
  "", "", "办结|按时|满意|企业|服务包|率")
m("hotline_orders_closed", "12345热线工单办结件数", "12345 hotline tickets closed", "T6", "count", "cases",
  "12345热线等办结/答复的工单件数", "工单|热线工单|诉求|12345|热线|12345热线|市民热线|诉求件|市民诉求|群众诉求",
  "办结|办理完结|答复|回复|办毕|完结", "", "企业|服务包|率")
m("complaints", "投诉举报件数", "complaints and reports received", "T6", "count", "cases",
  "受理/处理的投诉、举报件数", "投诉|投诉举报|举报|投诉件|投诉案件|举报件|消费投诉|举报线索|咨询投诉|投诉诉求", "", "", "率|满意")
m("closure_rate", "办结率", "closure rate", "T6", "rate", "rate",
  "信访、工单、投诉、复议、政务服务等受理事项的办结率/结案率(总体); 按时/按期另见 ontime_closure_rate",
  "办结率|结案率|办结", "", "", "按时|按期|及时|时限")
m("ontime_closure_rate", "按时办结率", "on-time closure rate", "T6", "rate", "rate",
  "按时/按期/在规定时限内办结、完成、答复的比例",
  "按时办结率|按期办结率|及时办结率|按时完成率|按期完成率|及时完成率|时限内完成率|按时办理率|及时处置率|按时回复率|按期答复率|"
  "及时受理率|按时办结|及时率|按时率|按期办结|办结及时率|按时答复率|及时回复率", "", "", "报备|备案")
m("satisfaction_rate", "群众满意率", "public satisfaction rate", "T6", "rate", "rate",
  "群众/企业对办理结果或服务的满意率(满意度); 不含“非常满意”等评价分项占比",
  "满意率|满意度|群众满意率|满意测评率|好评率|群众满意度|综合满意率", "", "", "知晓率")
m("admin_reconsideration_cases", "行政复议案件数(收案)", "administrative reconsideration cases received", "T6", "count", "cases",
  "收到/受理/新增的行政复议申请(案件)数; 不含审结、纠错分项",
  "案件|行政复议案件|复议案件|行政复议|复议|复议申请|行政复议申请|申请|复议件", "", "复议",
  "纠错|撤销|变更|确认违法|驳回|维持|审结|办结|结案|其中|败诉|调解|和解|终止|率|化解")
m("admin_reconsideration_closed", "行政复议审结案件数", "administrative reconsideration cases closed", "T6", "count", "cases",
  "审结/办结的行政复议案件数", "案件|行政复议案件|复议案件|行政复议|复议|复议申请|行政复议申请|复议件",
  "审结|办结|结案|作出决定|办理完毕", "复议", "纠错|撤销|变更|确认违法|率")
m("admin_reconsideration_corrected", "行政复议纠错案件数", "administrative reconsideration decisions corrected", "T6", "count", "cases",
  "复议决定撤销、变更、确认违法、责令履行等纠错的案件数", "案件|行政复议案件|复议案件|行政复议|复议|纠错|纠错案件",
  "纠错|撤销|变更|确认违法|责令履行|直接纠错", "复议|纠错", "率")
m("admin_reconsideration_correction_rate", "行政复议纠错率", "administrative reconsideration correction rate", "T6", "rate", "rate",
  "行政复议纠错率", "纠错率|直接纠错率|复议纠错率", "", "", "")
m("admin_litigation_cases", "行政诉讼(应诉)案件数", "administrative litigation cases", "T6", "count", "cases",
  "作为被告应诉/新收的行政诉讼案件数; 不含审结、败诉等分项",
  "案件|行政诉讼案件|诉讼案件|应诉案件|行政应诉案件|一审案件|行政诉讼|诉讼", "", "诉讼|应诉",
  "败诉|胜诉|审结|结案|撤诉|调撤|其中|出庭|率|民事|刑事|重点|研判|化解")
m("admin_litigation_concluded", "行政诉讼审结案件数", "administrative litigation cases concluded", "T6", "count", "cases",
  "审结/结案的行政诉讼(应诉)案件数", "案件|行政诉讼案件|诉讼案件|应诉案件|行政应诉案件|行政诉讼",
  "审结|结案|判决|办结|审理终结", "诉讼|应诉", "败诉|胜诉|率")
m("admin_litigation_lost", "行政诉讼败诉案件数", "administrative litigation cases lost", "T6", "count", "cases",
  "行政诉讼(应诉)败诉案件数", "案件|败诉|败诉案件|行政诉讼案件|应诉案件|行政应诉案件", "", "败诉", "率")
m("admin_litigation_loss_rate", "行政诉讼败诉率", "administrative litigation loss rate", "T6", "rate", "rate",
  "行政诉讼(应诉)案件败诉率", "败诉率|行政败诉率|案件败诉率", "", "", "")
m("court_appearance_rate", "行政机关负责人出庭应诉率", "agency heads appearing in court rate", "T6", "rate", "rate",
  "行政机关负责人出庭应诉率", "出庭应诉率|出庭率|应诉率|负责人出庭应诉率|出庭应诉比例|出庭应诉", "", "", "败诉")
m("court_appearances", "负责人出庭应诉次数", "court appearances by agency heads", "T6", "event", "event",
  "行政机关负责人出庭应诉的次(件)数", "出庭应诉|出庭|应诉|出庭应诉案件", "", "", "旁听")
m("trial_observations", "旁听庭审活动次数", "court hearing attendances", "T9", "event", "event",
  "组织干部旁听庭审活动的场次", "旁听庭审|旁听庭审活动|庭审旁听|旁听|庭审观摩|观摩庭审|旁听庭审活动", "", "", "")
m("trial_observers", "旁听庭审干部人数", "officials attending court hearings", "T9", "count", "people",
  "旁听庭审的领导干部、工作人员人(次)数", PEOPLE, "", "旁听|庭审", "")
m("legal_aid_cases", "法律援助案件数", "legal aid cases", "T6", "count", "cases",
  "受理/办理/指派的法律援助案件数", "法律援助案件|援助案件|法律援助|案件|法援案件", "", "援助", "咨询|其中|率")
m("legal_consultations", "法律咨询人次", "legal consultations (people)", "T6", "count", "people",
  "解答法律咨询的人次", "法律咨询|咨询|人次|群众|解答|咨询群众|来电咨询|答疑|咨询人次", "", "咨询|答疑|解答", "投诉|政务")
m("legal_consultation_cases", "法律咨询件(次)数", "legal consultations (件/次)", "T6", "count", "cases",
  "解答法律咨询的件(条)数", "法律咨询|咨询|答疑|咨询件|法律问题", "", "咨询|答疑", "投诉|登记服务|日均|政务")
m("public_legal_service_points", "公共法律服务站点数", "public legal service points", "T6", "count", "orgs",
  "公共法律服务中心、工作站、工作室、服务点数", "公共法律服务中心|公共法律服务工作站|公共法律服务站|公共法律服务点|公共法律服务室|法律服务站|工作站|服务站|服务点|服务室|法律服务中心|服务中心|工作室|法律服务工作室|服务平台|法律服务所|工作点",
  "", "法律", "")
m("public_legal_services", "公共法律服务活动次数", "public legal service activities", "T6", "event", "event",
  "开展法律服务、法治体检、送法上门、法律咨询活动的次数",
  "法律服务|公共法律服务|公共法律服务活动|服务|法律服务活动|法治体检|法治体检活动|体检活动|法律体检|送法上门|法律咨询|咨询|咨询活动|法律咨询活动|答疑", "", "法律|法治体检|咨询|答疑", "宣传|讲座")
m("notarizations", "公证件数", "notarizations", "T6", "count", "cases", "办理的公证件数", "公证|公证书|公证件|公证事项|公证案件", "", "", "")
m("community_correction", "在册社区矫正对象数", "people under community correction", "T6", "count", "people",
  "在册/在矫的社区矫正对象人数(存量); 不含新接收、解矫数",
  "社区矫正对象|矫正对象|在矫|在册社区矫正对象|社区服刑人员|在矫人员|在册|社区矫正人员|在矫对象", "", "",
  "接收|新接收|入矫|解矫|解除|期满|调查评估|累计|其中")
m("community_correction_received", "新接收社区矫正对象数", "people entering community correction", "T6", "count", "people",
  "新接收(入矫)的社区矫正对象人数", "社区矫正对象|矫正对象|社区服刑人员|人员|对象|入矫|社区矫正人员",
  "接收|新接收|入矫|新入矫|衔接|报到|列管|新增", "矫|服刑", "")
m("community_correction_released", "解除社区矫正人数", "people released from community correction", "T6", "count", "people",
  "期满解除(解矫)的社区矫正对象人数", "解矫|解除矫正|矫正期满|期满解矫|社区矫正对象|矫正对象|社区矫正人员|社区矫正|矫正",
  "解矫|解除|期满|期满解矫|解除矫正", "", "")
m("pre_sentence_assessments", "社区矫正调查评估件数", "pre-sentence social investigations", "T6", "count", "cases",
  "受委托开展的社区矫正调查评估(审前调查)件数", "调查评估|审前调查|调查评估件|社会调查评估|审前社会调查", "", "", "")
m("resettlement", "刑满释放(安置帮教)人员数", "released prisoners under resettlement", "T6", "count", "people",
  "衔接/帮教的刑满释放人员(安置帮教对象)数", "刑满释放人员|安置帮教对象|帮教对象|安置帮教人员|刑释人员|刑满释放|帮教", "", "", "")
m("drug_users", "社区戒毒康复人员数", "people in community drug rehabilitation", "T6", "count", "people",
  "社区戒毒/社区康复、吸毒人员数", "吸毒人员|戒毒人员|社区戒毒人员|社区康复人员|涉毒人员|戒毒康复人员|吸毒", "", "", "")
m("mental_patients", "严重精神障碍患者数", "people with serious mental disorders", "T6", "count", "people",
  "在册严重精神障碍患者数", "精神障碍患者|严重精神障碍患者|精神病人|精神障碍|精神病患者", "", "", "")

# ---------------- T7 行政权力制约和监督 ----------------
m("disclosure_items", "政府信息主动公开条数", "government information disclosed", "T7", "count", "items",
  "主动公开/发布/更新的政府信息、政务(党务)信息条数; 不含依申请公开, 不含普法信息",
  "信息|政府信息|政务信息|公开信息|政务公开信息|动态信息|信息公开|公开|党务信息|财政信息|预决算信息",
  "公开|发布|更新|主动公开|公示|上传|推送|发|刊发", "", "申请|法|普法|宣传|观察")
m("disclosure_requests", "依申请公开件数", "freedom-of-information requests", "T7", "count", "cases",
  "受理/办理/答复的政府信息公开申请件数", "申请|信息公开申请|依申请公开|政府信息公开申请|公开申请|申请件|依申请公开件|申请受理|公开申请受理",
  "受理|办理|回复|答复|收到|接收|办结", "公开", "")
m("nppc_proposals", "人大建议政协提案办理件数", "NPC suggestions and CPPCC proposals handled", "T7", "count", "cases",
  "承办/办理的人大代表建议、政协委员提案件数",
  "建议|提案|建议提案|人大建议|政协提案|代表建议|委员提案|议案|建议和提案|建议、提案|提案件|建议件", "",
  "人大|政协|代表|委员|提案|议案", "观察|立法")
m("supervision_rounds", "法治督察(督查)次数", "rule-of-law inspections of subordinate bodies", "T7", "event", "event",
  "开展法治督察、法治政府建设督查考核、执法监督检查的次数",
  "督察|督查|专项督察|法治督察|实地督察|督导|检查考核|督查考核|督导检查|执法监督|监督检查|评估|考核|专项监督", LAW_WORK + "|执法", "", "")
m("supervised_units", "受督察(考核)单位数", "bodies inspected or assessed", "T7", "count", "orgs",
  "接受法治督察、法治建设考核、执法监督的乡镇(街道)、部门、单位数",
  "单位|部门|乡镇|县直单位|镇街|乡(镇、区)|镇(街道)|乡镇(街道)|乡(镇)|街道|县直部门|区直部门|区直单位|乡镇区|组成部门|政府部门|工作部门",
  "", "督察|督查|督导|考核|评估|执法监督|监督检查", "述法|述职|优秀|先进|合格|达标|示范|星级")
m("annual_reports_published", "公开法治政府建设年度报告的单位数", "bodies publishing their annual rule-of-law report", "T7", "count", "orgs",
  "按时公开法治政府建设年度报告的乡镇、部门数", "单位|部门|乡镇|政府组成部门|组成部门|街道|镇街|工作部门|县直部门",
  "", "年度报告|年报", "")
m("problems_found", "督察检查发现问题数", "problems found by inspections", "T7", "count", "cases",
  "督察、督查、检查、巡察、评查中发现、反馈、通报的问题数; 不含安全隐患, 不含整改数",
  "问题|突出问题|问题清单|具体问题|各类问题|问题点",
  "发现|反馈|通报|查找|查摆|排查|梳理|指出|督察|检查|纳入|交办|点评|查出|检视|列出|发现问题",
  "", "整改|隐患|解决|化解|难题|企业|线索|群众|诉求|类别|率")
m("problems_rectified", "整改问题数", "problems rectified", "T7", "count", "cases",
  "已整改(到位)的问题数", "问题|问题清单|突出问题|具体问题|各类问题", "整改|整改到位|完成整改|销号|已整改|立行立改", "", "隐患|率|企业")
m("rectification_rate", "问题整改率", "rectification rate", "T7", "rate", "rate",
  "发现问题的整改(完成/到位)率", "整改率|整改完成率|整改到位率|销号率|问题整改率|整改落实率", "", "", "")
m("problem_clues", "问题线索件数", "problem leads received or handed over", "T7", "count", "cases",
  "受理/移交/处置的问题线索、违法线索件数", "线索|问题线索|违法线索|案件线索|违纪线索", "", "", "")
m("supervision_notices", "督办单(提醒函)份数", "supervision notices issued", "T7", "count", "items",
  "发出的督办单、督办函、提醒函、整改通知书、法治督察建议书等份数",
  "督办单|督办函|提醒函|提示函|建议书|整改通知书|整改通知|通知书|督察建议书|提醒清单|提醒单|整改单|督察函|提示单|提醒书", "", "", "观察")
m("law_observation_points", "法治观察点数", "rule-of-law observation points", "T7", "count", "orgs",
  "设立的法治观察点(站)数", "观察点|法治观察点|观察站|观察员工作站", "", "观察", "")
m("law_observation_reports", "法治观察意见建议条数", "rule-of-law observation suggestions", "T7", "count", "items",
  "法治观察点(员)报送的意见书、建议条(份)数", "建议|意见书|意见|报告|建议书|观察报告|信息|意见建议", "", "观察", "")
m("legislative_contact_points", "基层立法联系点数", "grassroots legislative contact points", "T7", "count", "orgs",
  "基层立法联系点(信息采集点)数", "立法联系点|联系点|信息采集点|立法信息采集点", "", "立法", "")
m("audits", "审计项目数", "audit projects", "T7", "count", "cases",
  "开展的审计项目(经济责任审计等)数", "审计|审计项目|经济责任审计|审计事项|专项审计", "", "", "问题|整改")

# ---------------- T9 党的领导 / 推进机制 / 学法 / 普法 / 述法 ----------------
m("law_work_meetings", "会议研究法治工作次数", "meetings studying rule-of-law work", "T9", "event", "event",
  "党委(党组、党工委)会议、政府常务会议、依法治X委员会及其办公室、法治专题会议研究部署或听取汇报法治建设工作的次数; 不含会前学法, 不含一般性会议",
  "会议|专题会议|专题会|党委会|党工委会|党组会|常委会|常务会|常务会议|常委会会议|推进会|推进会议|例会|工作会议|全体会议|委员会会议|小组会议|办公室会议|"
  "联席会议|调度会|座谈会|部署会|专题党委会|汇报|工作汇报|情况汇报|报告|情况报告|工作报告|法治建设|法治工作|法治建设工作|法治建設工作|"
  "法治政府建设|法治政府建设工作|事项|重要事项|重大事项|重大问题|专题研究",
  LAW_WORK + "|专题会议", MEETING_Q, "学法|学习|培训|讲座|考试|宣传|述法|研判|专题报告|邀请|列席|安全|疫情|防汛|防疫|经济|项目|招商|党建|"
  "意识形态|巡察|审计|廉政|纪律|财务|人事|民生|环保|生态|乡村振兴|创文|创卫|消防|森林|禁毒|统战|信访|维稳|矫情|分析")
m("law_reports_heard", "听取法治建设工作汇报次数", "rule-of-law work reports heard", "T9", "event", "event",
  "(merged into law_work_meetings; kept empty-matching for history)", "听取法治建设工作汇报专用占位", "", "", "")
m("study_pre_meeting", "会前学法次数", "law study before meetings", "T9", "event", "event",
  "党委(党组、党工委)会、政府常务会议、主任办公会等会议会前学法次数",
  STUDY_HEADS, LAW, "会前|會前|常务会|常委会|办公会|党委会|党工委会|党组会|党政联席会|常务会议|会议|例会|政府会|局务会|局办会|班子会",
  "中心组|中心組|宣|普法|培训|讲座|考")
m("study_center_group", "理论学习中心组学法次数", "law study by the theory study centre group", "T9", "event", "event",
  "党委(党组)理论学习中心组学法(法治专题学习)次数; 不含学习一般政治理论/讲话精神的中心组学习",
  STUDY_HEADS, LAW, "中心组|中心組", "宣|普法|培训|讲座|考|重要讲话|指示精神|第一议题")
m("study_sessions", "集体学法次数", "collective law study sessions", "T9", "event", "event",
  "干部集体/专题学法、学习法律法规和习近平法治思想的次数; 不含会前学法和中心组学法(另计), 不含一般政治理论学习, 不含培训讲座",
  STUDY_HEADS, LAW + "|专题学习", "",
  "精神|二十大|党史|党纪|主题教育|全会|意识形态|中心组|中心組|会前|會前|常务会|常委会|办公会|党委会|党工委会|党组会|党政联席会|会议|例会|局务会|班子会|宣|普法|培训|讲座|考|"
  "重要讲话|指示精神|第一议题|交流|旁听|述法")
m("law_training_sessions", "法治培训(讲座)场次", "law training sessions and lectures for officials", "T9", "event", "event",
  "面向干部职工的法治专题培训、法治讲座、法治专题报告场次; 不含执法人员培训(另计)、法律明白人培训、面向群众的普法讲座",
  "培训|专题培训|培训班|专题培训班|业务培训|集中培训|讲座|专题讲座|法治讲座|法律讲座|知识讲座|法律知识讲座|讲堂|大讲堂|专题报告|辅导|专题辅导|授课|轮训|培训会|法治教育培训|知识培训|专题辅导讲座",
  LAW + "|专题讲座", "", "执法|明白人|带头人|普法|群众|居民|村民|学生|师生|进校园|企业职工|宣|演练|调解员")
m("leader_law_lectures", "领导干部讲法治课次数", "law lectures given by leaders", "T9", "event", "event",
  "主要负责人(领导干部)讲法治课、讲法、上法治党课的次数",
  "讲法|法治课|法治党课|法治党课”|讲法治课|讲法”|法治微课|法治课堂", "", "", "")
m("law_exam_sessions", "学法考试场次", "law exams held", "T9", "event", "event",
  "组织干部学法考试、法律知识测试的场次", "考试|测试|考法|专题考试|知识测试|知识考试|学法考试|法律知识考试", LAW, "", "执法资格")
m("study_exam_participants", "参加学法考试人数", "people taking law exams", "T9", "count", "people",
  "参加学法考法、法治理论考试、任职法律考试的人(次)数",
  PEOPLE + "|考试|考法|学法考试|參加考試|参考人数|参考人员|参考人次|参考", "考试|考法|考試|参考|测试|測試|學法考試|学法考试|学法用法考试", "",
  "资格考试|执法资格|合格|通过")
m("study_exam_pass_rate", "学法考试合格率", "law exam pass rate", "T9", "rate", "rate",
  "学法考法、法治理论考试的合格率/通过率/及格率",
  "合格率|通过率|及格率|通過率|考试合格率|考试通过率|学法考试合格率|考法通过率", "", "",
  "执法资格|资格考试|执法证|规范性文件|文件|案卷|卷宗|备案|决策|产品|抽检|食品|检测|审查")
m("study_exam_participation_rate", "学法考试参考率", "law exam participation rate", "T9", "rate", "rate",
  "应参考人员参加(完成)学法考试的比例", "参考率|参学率|考试率|完成率|参与率|参考覆盖率|考试|考法|参考", "", "考|參考|考試", "合格|通过|及格")
m("training_participation_rate", "法治培训参训率", "law training participation rate", "T9", "rate", "rate",
  "应参训人员参加法治培训(学习)的比例/覆盖率", "参训率|培训覆盖率|学习培训覆盖率|覆盖率|参学率|培训率|学习覆盖率|参训", "", "培训|参训|参学|学习", "考")
m("law_trainees", "法治培训参训人次", "people trained in law", "T9", "count", "people",
  "参加法治培训、法治讲座的干部职工人(次)数; 不含执法人员培训、法律明白人培训",
  PEOPLE + "|参训人员|参训人次|培训人次|培训人数|培训|集中培训|轮训", LAW, "培训|参训|学员|讲座|轮训", "执法|明白人|考")
m("legal_understanders", "法律明白人数", "village legal understanders", "T9", "count", "people",
  "培养/遴选的“法律明白人”人数", "法律明白人|法律明白人”|明白人|“法律明白人”|法律明白人骨干|法律明白人骨干”", "", "", "考|培训|参训")
m("rule_of_law_leaders", "法治带头人数", "village rule-of-law leaders", "T9", "count", "people",
  "培养的村(社区)“法治带头人”人数", "法治带头人|带头人|法治带头人”|“法治带头人”", "", "", "考|培训")
m("legal_understander_training", "法律明白人培训场次", "training sessions for legal understanders", "T9", "event", "event",
  "对法律明白人、法治带头人开展的培训场次", "培训|培训班|专题培训|培训会|轮训|培训活动", "", "明白人|带头人", "")
m("law_model_households", "学法用法示范户数", "model law-abiding households", "T9", "count", "orgs",
  "培育的学法用法示范户(法治示范家庭)数", "示范户|学法用法示范户|示范家庭|法治家庭|示范户”", "", "", "")
m("law_model_villages", "民主法治示范村(社区)数", "democracy and rule-of-law model villages", "T9", "count", "orgs",
  "创建/命名的(民主)法治示范村(社区)数; 不含申报数",
  "示范村|示范社区|示范村(社区)|法治示范村|民主法治示范村|民主法治示范村(社区)|民主法治示范社区|民主法治示范村(居)|示范村”|示范社区”|示范村(社区)”|示范村居", "", "法治", "申报|推荐")
m("law_demo_projects", "法治建设示范(创建)项目数", "rule-of-law demonstration projects", "T9", "count", "items",
  "入选/评选/报送的法治政府建设示范项目、法治品牌项目数; 不含申报数",
  "示范项目|创建项目|品牌项目|特色项目|项目|示范创建项目|典型案例", "", "示范|法治|品牌", "申报|建设项目|工程")
m("law_culture_venues", "法治文化阵地数", "rule-of-law culture venues", "T9", "count", "orgs",
  "建成的法治公园、法治广场、法治长廊、法治文化阵地数",
  "法治公园|法治广场|法治文化广场|法治文化阵地|阵地|法治长廊|法治文化长廊|普法阵地|法治宣传栏|法治书屋|法治文化公园|宪法公园|法治教育基地|普法基地|公园|广场|长廊|宣传栏|文化墙|书屋",
  "", "法", "")
m("pufa_events", "普法宣传活动场次", "legal publicity events", "T9", "event", "event",
  "面向群众的普法宣传、宣讲、以案释法、送法活动场次; 不含干部学法、培训",
  "宣传活动|普法活动|法治宣传活动|法律宣传活动|普法宣传活动|普法宣传|法治宣传|法律宣传|宣传|宣讲|宣讲活动|微宣讲|集中宣讲|宣传教育|"
  "普法讲座|送法|送法下乡|普法|集中宣传|普法宣传”|法治宣传”|普法宣讲|以案释法|法治宣传教育|宣传宣讲|宣讲”|宣传”|活动|活动”|文艺演出|知识竞赛|竞赛|主题活动|法治进|送法上门",
  "", "宣|普法|送法|法治|法律|以案释法|竞赛|演出|宪法|民法典",
  "学法|学习|培训|法治讲座|法律讲座|专题讲座|考|庭审|演练|研讨|会议|述法|督察|检查|创建|政治轮训")
m("pufa_audience", "普法受众人次", "people reached by legal publicity", "T9", "count", "people",
  "普法宣传、宣讲活动覆盖的群众人次",
  "受众|受众人次|群众|受教育群众|受益群众|干部群众|人次|人员|获宣人员|听众|观众|居民|村民|学生|师生|企业职工|成员|讲解|知识讲解|人",
  "覆盖|受益|受教育|受教育群众|受众|参与|惠及|宣|获宣|观看|收看|讲解|宣传|宣讲|普法|辐射|吸引|教育",
  "", "学习|培训|学法|考|接待|服务中心|调解|咨询|援助|信访|矫正|理论")
m("pufa_materials", "普法宣传资料份数", "legal publicity materials distributed", "T9", "count", "items",
  "发放的普法宣传资料、手册、读本份(册)数",
  "宣传资料|宣传材料|宣传册|宣传单|宣传手册|手册|资料|宣传品|折页|普法资料|普法读物|法律书籍|书籍|读本|宣传页|明白纸|单页|彩页|宣传折页|法律读本|普法手册|宣传画|普法宣传册|法治宣传册|普法宣传单|法治宣传单|普法宣传品",
  "发放|派发|赠送|分发|印发|印制|发|编印|送|发放宣传资料|散发|免费发放", "", "学习|证明")
m("pufa_banners", "普法横幅标语条数", "legal publicity banners and posters", "T9", "count", "items",
  "悬挂/张贴的普法横幅、标语、展板、海报数", "横幅|标语|宣传横幅|展板|海报|条幅|宣传标语|宣传展板|LED|电子屏|宣传海报",
  "悬挂|张贴|制作|设置|布置|展出|播放|发布|滚动|摆放|刊播", "", "")
m("pufa_media_posts", "普法信息推送条数", "legal publicity posts published", "T9", "count", "items",
  "通过微信、网站、短信等推送/发布的普法(法治学习)信息、文章、视频条数",
  "信息|推文|文章|短信|视频|短视频|微信|稿件|普法信息|资料|学习资料|案例|作品|动态|普法短信|普法视频|普法文章",
  "推送|发布|发送|转发|刊发|推出|制作|编发|报送|刊登|播放|拍摄", "法|普法|宣传|学习|宪", "")
m("pufa_teams", "普法宣讲队伍数", "legal publicity teams", "T9", "count", "orgs",
  "组建的普法宣讲团、宣讲队、普法志愿服务队数", "宣讲团|宣讲队|普法队|普法志愿者队伍|志愿服务队|志愿队|宣传队|讲师团|普法讲师团|法治宣讲团|宣讲小分队|普法小分队", "", "", "")
m("pufa_volunteers", "普法志愿者(讲师)人数", "legal publicity volunteers and lecturers", "T9", "count", "people",
  "普法志愿者、宣讲员、普法讲师人数", "普法志愿者|志愿者|宣讲员|讲师|普法讲师|宣讲人员|普法骨干", "", "", "")
m("shufa_people", "述法人数", "leaders reporting on their rule-of-law duties", "T9", "count", "people",
  "开展述法(述职述法)的党政主要负责人、领导干部人数",
  "述法|述职述法|负责人|主要负责人|领导干部|干部|班子成员|人员|领导|一把手|述法人员|党政主要负责人|主要负责同志",
  SHUFA, "", "")
m("shufa_units", "述法单位数", "bodies whose heads reported on their rule-of-law duties", "T9", "count", "orgs",
  "主要负责人述法(法治述职)的单位、部门、乡镇数",
  "单位|部门|工作部门|乡镇|镇街|乡镇区|县直部门|街道|区|乡(镇、区)|政府部门|镇(街道)|县直单位|区直单位|组成部门|单位主要负责人|主要负责人|"
  "单位主要负责同志|主要负责同志|一把手|负责人|单位负责人|现场述法|单位主要负责人现场述法|述法|法治述职|现场法治述职", SHUFA, "", "")
m("justice_office_attendance", "司法所长列席会议次数", "justice office heads attending township meetings", "T9", "event", "event",
  "司法所长(法律顾问)列席乡镇(街道)党委会、办公会等会议的次数", "会议|办公会|党委会|党工委会|会|联席会|例会|主任办公会|党政联席会议", "", "列席", "")
m("party_branches", "党支部(党组织)数", "party branches set up", "T9", "count", "orgs",
  "在法律服务行业等组建的党支部、党组织数", "党支部|党组织|联合党支部|独立党支部|党总支", "", "", "")
m("party_building_instructors", "党建指导员人数", "party-building instructors assigned", "T9", "count", "people",
  "选派的党建指导员人数", "党建指导员|指导员", "", "", "")
m("village_rules", "村规民约修订数", "village rules revised", "T9", "count", "items",
  "制定/修订完善的村规民约、居民公约数", "村规民约|居民公约|村规民约(居民公约)|自治章程", "", "", "")
m("social_organisations", "社会组织数", "registered social organisations", "T1", "count", "orgs",
  "登记/管理的社会组织(社会团体、民办非企业单位)数", "社会组织|社会团体|民办非企业单位|社会服务机构|民非", "", "", "")
m("law_firms", "律师事务所数", "law firms", "T6", "count", "orgs", "辖区律师事务所数", "律师事务所|律所", "", "", "党支部")
m("lawyers", "执业律师人数", "practising lawyers", "T6", "count", "people", "辖区执业律师人数", "执业律师|律师|专职律师|兼职律师", "", "", "公职|公司|顾问|驻村")
m("losses_recovered", "挽回经济损失金额", "economic losses recovered", "T6", "count", "money",
  "通过调解、法律援助等为群众挽回/追回的经济损失、欠薪金额", "经济损失|损失|挽回经济损失|挽回损失|工资|欠薪|劳动报酬|农民工工资|欠款",
  "挽回|追回|追讨|讨回|避免|兑现|支付|追索|挽回损失|挽回经济损失", "", "")

m("center_group_study", "理论学习中心组学习次数(一般)", "theory study centre group sessions (any topic)", "T9", "event", "event",
  "党委(党组、党工委)理论学习中心组学习次数, 学习内容未限定为法治; 以法治为题的中心组学法另见 study_center_group",
  "学习|集中学习|理论学习|专题学习|集体学习|学习会|学习研讨|研讨|集中学习研讨", "", "中心组|中心組",
  "召开|党组会|党委会|专题会|述法|法治|学法|法律|普法|法规|宪法|民法典")  # a subject naming law is study_center_group
m("first_topic_study", "传达学习重要讲话精神次数(第一议题)", "sessions conveying and studying leaders' speeches (first topic)", "T9", "event", "event",
  "落实“第一议题”制度传达学习重要讲话、重要指示批示和会议文件精神的次数(一般政治学习); 学习习近平法治思想另见 study_sessions",
  "精神|指示精神|重要讲话精神|讲话精神|重要讲话|重要论述|论述|重要指示批示精神|批示精神|第一议题|“第一议题”",
  "传达|传达学习|学习|跟进学习|学习贯彻|学习传达|研读|专题学习|集中学习|集体学习", "", "法")
m("major_matters_reported", "请示报告重大事项次数", "major matters reported to the party committee", "T9", "event", "event",
  "按《中国共产党政法工作条例》等向上级党委(政法委)请示报告重大事项的次数", "重大事项|事项|重要事项|情况", "请示报告|请示|报告", "重大事项|重要事项", "备案|审查|决策|研究")
m("major_matters_reported_cases", "请示报告重大事项件数", "major matters reported to the party committee (件)", "T9", "count", "cases",
  "major_matters_reported 按件计的版本", "重大事项|事项|重要事项", "请示报告|请示|报告", "重大事项|重要事项", "备案|审查|决策|研究")
m("case_review_meetings", "重点案件(行政争议)研判会次数", "case review meetings", "T6", "event", "event",
  "召开重点案件、行政争议案件分析研判会、会商会的次数", "研判会|分析会|分析研判会|会商会|研讨会|研判会议|会商|集体讨论|案件研判", "", "案件|争议|案", "")
m("online_service_items", "网上可办(上线)事项数", "service items available online", "T8", "count", "items",
  "上线/接入网上办、掌上办的政务服务事项数", "事项|服务事项|政务服务事项|高频事项|重点事项", "上线|网上办|网办|接入|掌上办|全程网办|可网办", "", "其中|平均")
m("law_key_tasks", "法治建设年度重点任务项数", "annual rule-of-law key tasks", "T9", "count", "items",
  "全面依法治县(区)/法治政府建设年度工作要点中的重点工作任务项数", "重点工作|重点任务|任务|工作任务|工作要点|重点工作任务", "", "依法治|法治", "")

# ---------------- catalogue v2 (2026-11-27): concepts the real reports state that v1 had no metric for ----------------
# Grown from the tuning half's unmapped facts (dev/metric_gold.jsonl null) and batches j-k; each is one concept
# an analyst can sum across bodies. The general (non-law) study, training and meeting counts are here so that
# they stop being forced into, or confused with, the law-study metrics: their definitions exclude law topics.
NOT_LAW = "法治|法律|学法|學法|普法|宪法|民法典|法规|依法|以案释法|述法"
m("political_study_sessions", "政治理论学习次数(非学法)", "political theory study sessions (not law study)", "T9", "event", "event",
  "党委(党组、党工委、支部)集体学习政治理论、党纪党史、重要会议精神的次数(专题学习、集中学习、读书班、党课、学习研讨), 内容未说明为法治; "
  "不含中心组学习(center_group_study)、第一议题(first_topic_study)、学法(study_*)、培训讲座",
  "学习|专题学习|集中学习|集体学习|理论学习|学习研讨|集中学习研讨|集体学习研讨|专题研讨|学习会|读书班|党纪学习教育读书班|党课|专题党课|"
  "联组学习|党组学习|支部学习|学习活动|理论学习活动|交流研讨|研学|例会学习",
  "", "", "法|中心组|中心組|第一议题|培训|讲座|宣讲|考|会议")
m("training_sessions", "干部培训场次(非法治)", "staff training sessions (not law training)", "T9", "event", "event",
  "面向干部职工的培训班、业务培训、专业培训、专题辅导场次, 内容未说明为法治; 不含法治培训(law_training_sessions)、执法培训(enforcement_training)、普法讲座",
  "培训|业务培训|培训班|专题培训|轮训|辅导|专题辅导|集中培训|培训会|主体培训班|专业培训|专题培训班|业务培训班",
  "", "", "法|执法|明白人|调解员|带头人|演练")
m("training_participants", "干部学习培训参训人次(非法治)", "staff attending study or training (not law)", "T9", "count", "people",
  "参加学习、培训、轮训的干部职工人(次)数, 内容未说明为法治; 不含法治培训参训人次(law_trainees)、执法人员培训、考试人数、普法受众",
  "人次|人员|干部|参训人员|学员|人数|党员干部|机关干部|科级干部|干部职工|党员|人",
  "培训|轮训|参训|学习|参学|覆盖|参训人员|参加培训|参加学习", "", "法|考|执法|调解|律师|群众|居民|村民|学生")
m("publicity_lectures", "宣讲活动场次(非普法)", "policy and theory outreach talks (not legal publicity)", "T9", "event", "event",
  "理论、政策宣讲活动场次(宣讲团、基层宣讲、理论宣讲), 未说明为普法; 普法宣讲见 pufa_events",
  "宣讲|基层宣讲|宣讲活动|理论宣讲|巡回宣讲|集中宣讲|宣讲会|微宣讲|宣讲报告会", "", "", "法")
m("party_meetings", "党委(党组)会、办公会等召开次数(非法治议题)", "leadership meetings held (topic not rule of law)", "T9", "event", "event",
  "召开党委(党组、党工委)会、政府常务会、局务会、办公会、班子会的次数, 未说明研究法治工作; 研究法治工作的会议见 law_work_meetings",
  "党委会|党组会|党工委会|局办会|局务会|办公会|常务会|常务会议|班子会|党委会议|党组会议|党组会、专题会|党委会、局办会|联席会议|会议",
  "召开|开展|组织|主持|举行", "党|局|常务|办公|班子|政府", "法|学习|培训|研判|调解|听证|座谈|列席")
m("meeting_agenda_items", "会议研究议题(事项)数", "agenda items studied by leadership meetings", "T9", "count", "items|cases",
  "党委(党组)会、常务会等会议研究、审议、部署的议题(事项)数",
  "议题|事项|工作|重大事项|重要事项|研究议题|审议议题", "研究|审议|研究部署|讨论|研究审议|部署|审定|决定", "",
  "政务|服务|审批|执法|权责|履职|清单|证明|公开|承诺|许可")
m("law_quiz_events", "法治知识竞赛(答题)活动次数", "law quizzes and contests held", "T9", "event", "event",
  "举办法治(法律)知识竞赛、线上答题、有奖问答活动的次数或期数; 不含干部学法考试(law_exam_sessions)",
  "知识竞赛|竞赛|答题|答题活动|有奖答题|知识问答|竞答|线上答题|线上答题活动|答题活动期数|有奖问答|知识竞答", "",
  "", "党史|党纪|廉|安全|消防|禁毒|反诈|党建|考试")
m("pufa_works", "普法作品(微视频、动漫、宣传片)数", "legal publicity videos and works produced", "T9", "count", "items",
  "制作、推出的普法微视频、动漫、宣传片、情景剧等作品数; 不含推送条数(pufa_media_posts)、宣传资料(pufa_materials)",
  "宣传片|微视频|视频|短视频|动漫|微动漫|作品|微电影|情景剧|节目|微动漫宣传片|普法微动漫宣传片|普法作品|普法短视频|普法微视频",
  LAW, "", "推送|转发|发布")
m("public_legal_service_matters", "公共法律服务事项办理件数", "public legal service matters handled", "T6", "count", "cases",
  "公共法律服务中心(站)、法律服务机构办理/受理的法律服务事项件数(总量); 不含法律援助、法律咨询、公证等分项(另计), 不含政务服务办件",
  "法律服务事项|服务事项|事项|法律服务|业务|服务件", "办理|受理|提供|承办|办结", "法律服务", "政务|审批|专项|援助|咨询|公证")
m("nppc_proposals_reply_rate", "人大建议政协提案办复率", "NPC suggestions and CPPCC proposals answered on time", "T7", "rate", "rate",
  "人大代表建议、政协委员提案的办复率(按时办复率、办结率)", "办复率|按时办复率|办结率|答复率|办理率|按期办复率|办复", "", "建议|提案", "满意")
m("nppc_proposals_satisfaction_rate", "人大建议政协提案满意率", "satisfaction with answers to NPC suggestions and CPPCC proposals", "T7", "rate", "rate",
  "代表、委员对建议提案办理答复的满意率(满意度、基本满意率)", "满意率|满意度|满意和基本满意率|基本满意率", "", "建议|提案", "")
m("study_materials", "学习书籍资料发放册数", "study books and materials handed to staff", "T9", "count", "items",
  "向干部职工发放、配发的学习书籍、读本、学习资料册(份)数; 面向群众的普法资料见 pufa_materials",
  "学习资料|学习材料|书籍|书目|读本|学习读本|图书|学习用书|辅导读本|口袋书|学习手册|应知应会手册", "发放|配发|赠送|征订|下发|购买|订购|印发|发",
  "学习|干部|书", "宣传|普法|群众|居民|村民")

# Words anywhere in the fact's sentence that veto a match: the figure may count another metric the
# sentence names (全年开展专题学习8次 after 健全中心组学法、会前学法制度 is not decided to be collective study).
SENTENCE_EXCLUDES = {
    "study_sessions": "中心组|中心組|会前学法|會前學法|常务会|常委会|党委会|党工委会|党组会|办公会|联席会|第一议题|三会一课|主题党日",
    "study_center_group": "会前学法|會前學法|常务会|常委会|党委会|党工委会|党组会|办公会|联席会|第一议题|三会一课|主题党日|干部职工",
    "study_pre_meeting": "中心组|中心組|第一议题|三会一课|主题党日",
    "center_group_study": "法治|学法|法律",
    "study_exam_participants": "执法资格|资格考试",
    "first_topic_study": "法治思想|学法",
    **{code: NOT_LAW for code in ("political_study_sessions", "training_sessions", "training_participants", "publicity_lectures", "party_meetings")},
}

# Words earlier in the sentence than the figure that stand in for what the subject lacks (transforms/metrics.py):
# the agent of a bare study (理论学习中心组…开展专题学习2次 is the centre group's), the topic of a bare meeting
# (依法治区委员会…各小组会议5次 met on rule-of-law work).
CONTEXT_QUALIFIERS = {
    "study_center_group": "中心组|中心組",
}
CONTEXT_TOPIC = {
    "law_trainees": "法治培训|法治教育培训|法律培训|法治讲座|法治专题培训|法治思想培训|法治专题讲座|法治讲堂|法治课|学法培训",
    "law_work_meetings": "依法治区|依法治县|依法治市|依法治镇|依法治旗|依法治国|法治建设|法治政府建设|法治建設|法治工作|依法行政工作",
}

# drop placeholder row
M[:] = [r for r in M if r[0] != "law_reports_heard"]

HEADER = """# Metric catalogue (dim_metric): comparable metrics the extracted facts map to. Grouped by the nine tasks of
# 法治政府建设实施纲要(2021-2025年): T1 政府机构职能(政务服务,审批,放管服) T2 依法行政制度体系(规范性文件)
# T3 行政决策(重大决策,法律顾问,合法性审查) T4 行政执法 T5 突发事件应对 T6 社会矛盾纠纷预防调处化解
# T7 行政权力制约和监督 T8 数字法治政府 T9 党的领导,推进机制,学法,普法,述法.
# Matching (transforms/metrics.py): a fact matches a metric of its kind whose unit_class holds its unit when its
# subject ENDS with one of `heads` at a jieba word boundary, one of `verbs` (if any) is a whole word of the subject or
# of the clause before the figure (or, weaker, of the rest of the clause, or a `context_topic` word earlier in the
# sentence), one of `qualifiers` (if any) is a substring of the subject (or a `context_qualifiers` word stands earlier
# in the sentence), no `excludes` substring is in the subject, and no `sentence_excludes` word is in its sentence
# unless the subject holds a qualifier. Most specific wins: 10 x head length, + 5 + the length of the verb found
# (+ 5 for a weaker gate), + 5 when a qualifier stands among the modifiers (not inside the head); ties stay unmapped
# (metric_ambiguous), and so does a figure whose coordinated parts are different metrics. When nothing matches, the
# subject is tried without what trails its head (案件中, 率达). `verbs` also carries topic words (法治, 法律...).
# unit_class may list several classes (cases|items: a legal opinion is counted in 件 or 份, one metric either way).
# GENERATED by dev/annotation/build_metrics.py (edit that, then run it); design notes in dev/annotation/catalogue_notes.md.
"""

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["code", "name_zh", "name_en", "task", "kind", "unit_class", "definition", "heads", "verbs", "qualifiers", "excludes",
            "sentence_excludes", "context_qualifiers", "context_topic"])
assert not (set(SENTENCE_EXCLUDES) | set(CONTEXT_QUALIFIERS) | set(CONTEXT_TOPIC)) - {r[0] for r in M}
seen = set()
for r in M:
    assert r[0] not in seen, r[0]
    seen.add(r[0])
    assert r[4] in ("event", "count", "rate") and set(r[5].split("|")) <= {"event", "people", "cases", "items", "orgs", "money", "rate"}, r
    assert "\n" not in "".join(r)
    w.writerow(list(r) + [SENTENCE_EXCLUDES.get(r[0], ""), CONTEXT_QUALIFIERS.get(r[0], ""), CONTEXT_TOPIC.get(r[0], "")])
OUT.write_text(HEADER + buf.getvalue(), encoding="utf-8")
print(len(M), "metrics written to", OUT)
