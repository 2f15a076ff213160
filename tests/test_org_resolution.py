"""Who reported it: one test per pattern real pages show (invented sentences on real place names;
the dev set's own pages are measured by `make eval`, not copied here)."""
import pytest

from transforms import gazetteer
from transforms.org_resolution import parse_body, place_mentions, resolve_org, short_name_mentions


@pytest.fixture(scope="module")
def gaz():
    return gazetteer.load()


def key(text, gaz, **manifest):
    return resolve_org(text, gaz, manifest.get("org"), manifest.get("county")).org_key


@pytest.mark.parametrize("text, expected, method", [
    # 1. no title: the opening sentence's subject, in a short form
    ("2024年，景泰街坚持以人民为中心，深入推进依法行政。", "440111/景泰街道", "first_sentence+gazetteer"),
    ("2023年，东湖区民政局深入学习贯彻习近平法治思想，开展活动12次。", "360102/民政局", "first_sentence+prefix"),
    ("2021年以来，在县委、县政府的坚强领导下，西连镇坚持依法行政，取得成效。", "440825/西连镇", "first_sentence+gazetteer"),
    ("2022年景泰街道法治政府建设工作，深入贯彻党的二十大精神，扎实推进。", "440111/景泰街道", "first_sentence+gazetteer"),
    # 2. site furniture first: the street office in the last breadcrumb, not the site's district government
    ("白云区人民政府网站 首页 > 政务公开 > 白云区景泰街道2025年法治政府建设年度报告\n2025年，景泰街道坚持……",
     "440111/景泰街道", "title+prefix"),
    ("首页 > 海丰县人民政府门户网站 > 海丰县法治政府建设年度报告公开 > 2025年\n海丰县卫生健康局2025年法治政府建设年度报告\n",
     "441521/卫生健康局", "title+prefix"),  # a site column is not the title
    # ... nor is the disclosure column the breadcrumb ends in (…>沁县法治政府建设情况公开)
    ("当前位置:首页>政府信息公开>依法行政>滑县法治政府建设情况公开\n| 发文机关:滑县民政局 | 主题词: |\n"
     "2025年,滑县民政局坚持依法行政。", "410526/民政局", "metadata+prefix"),
    # a title opening with the year names the body after it
    ("2021年里田乡法治政府建设工作总结\n一、工作情况\n清流县人民法院依法审理……", "350423/里田乡", "title+gazetteer"),
    # a bulleted metadata value (• 法治政府建设 under • 主题分类) is no title either
    ("• 主题分类\n• 法治政府建设\n• 体裁分类\n鲁山县人民政府关于2024年法治政府建设情况的报告\n2024年，鲁山县坚持依法行政。",
     "410423/人民政府", "title+prefix"),
    # 3. metadata blocks in several shapes, the value without its label
    ("索引号：11510422/2024-00012\n发布机构：徐闻县西连镇人民政府\n成文日期：2024-02-20\n我镇开展普法宣传。",
     "440825/西连镇", "metadata+prefix"),
    ("[ 发布机构 ] 徐闻县西连镇人民政府\n我镇开展普法宣传。", "440825/西连镇", "metadata+prefix"),
    ("索 引 号 | 2024-76467 | 成文日期 | 2024-02-19 |\n发布机构 | 西连镇人民政府 |\n我镇开展普法宣传。", "440825/西连镇", "metadata+gazetteer"),
    # 4. joint party-government reports: the government body
    ("中共西湖区西溪街道工作委员会 西湖区西溪街道办事处\n关于2023年法治政府建设工作情况的报告\n一年来……", "330106/西溪街道", "title+prefix"),
    ("中共清水县教育局委员会 清水县教育局关于2023年度法治政府建设情况的报告\n一年来……", "620521/教育局", "title+prefix"),
    ("中共红河州委、红河州人民政府：\n2025年，县委、县政府坚持以习近平法治思想为指导，金平县扎实推进法治政府建设。",
     "532530/人民政府", "first_sentence+text"),
    # 5. self-reference: the type from the text, the county from a later mention
    ("2023年，区司法局在区委、区政府的领导下，推进东湖区法治建设，开展活动。", "360102/司法局", "first_sentence+text"),
    ("南京市人民政府：\n2020年，在市委、市政府的正确领导下，我区认真贯彻纲要，栖霞区综合考核位居前列。",
     "320113/人民政府", "self_reference+text"),
    # a street office as the district government's agency; a page in traditional characters
    ("中共重庆市荣昌区昌元街道工作委员会\n重庆市荣昌区人民政府昌元街道办事处\n关于2021年法治政府建设工作的报告\n", "500153/昌元街道", "title+prefix"),
    ("湘潭縣云湖橋鎮2025年度法治政府建設情況報告\n2025年，云湖橋鎮堅持依法行政。", "430321/云湖桥镇", "title+prefix"),
    # a two-character county (滑县); the county government's office is a department, not the government
    ("滑县万古镇人民政府关于2025年法治政府建设情况的报告\n2025年，万古镇坚持依法行政。", "410526/万古镇", "title+prefix"),
    ("中共武定县委、县人民政府：\n2022年，在县委、县政府的坚强领导下，武定县人民政府办公室坚持依法行政，开展工作。",
     "532329/人民政府办公室", "first_sentence+prefix"),
    ("2024年，长春市政数局坚持依法行政，推进法治政府建设。", "220100/政务服务和数据管理局", "first_sentence+prefix"),  # 政数局
    # a city department speaking as 市司法局 in a text naming its city only by the short name (鄂尔多斯日报)
    ("2024年,在市委、政府的坚强领导下,市司法局深入学习贯彻习近平法治思想,在鄂尔多斯日报开设法治专栏。",
     "150600/司法局", "first_sentence+text"),
    # the line the report is addressed on names its recipients, not its author (who names itself in the opening)
    ("中共三门县委,三门县人民政府/台州市公安局:\n2021年,县公安局在县委县政府的坚强领导下,坚持依法行政。",
     "331022/公安局", "first_sentence+text"),
    # a county-level city's department calls itself 市X局: the city the text names is a county-level one
    ("乳山市委、乳山市人民政府:\n2024年,在市委市政府的正确领导下,市市场监管局把握新形势,规范执法行为。",
     "371083/市场监督管理局", "first_sentence+text"),
    # a page header's title without its body, a metadata block, then the article's title under its body
    ("当前位置: 政府机构 >> 公义镇 >> 正文\n\n2021年法治政府建设工作情况报告\n  • 名 称:2021年法治政府建设工作情况报告\n"
     "\n眉山市彭山区公义镇人民政府\n\n2021年法治政府建设工作情况报告\n2021年我镇深入贯彻落实。", "511403/公义镇", "title+prefix"),
    # a county-level city opening the report (县级市: its name ends in 市)
    ("2022年以来，长葛市坚持依法行政，开展活动20次。", "411082/人民政府", "first_sentence+prefix"),
    # the body after 现将 in the report phrase, not 现将 read into its name
    ("根据钟山区2021年法治政府建设工作要点的要求，现将荷泉街道2021年度法治政府建设工作报告如下。\n一、主要做法",
     "520201/荷泉街道", "first_sentence+gazetteer"),
    # a department named as a committee (发展和改革委员会) is the government's, not a party body
    ("长葛市发展和改革委员会\n关于2023年法治政府建设情况的报告\n今年以来，我委坚持依法行政。", "411082/发展和改革局", "title+prefix"),
    # the titles of a body's other annual reports name it too: disclosure, its year's work
    ("佛坪县民政局\n政府信息公开工作年度报告\n(2023年度)\n现将2023年度政府信息公开工作年度报告如下，县发改局严格执行。",
     "610730/民政局", "title+prefix"),
    ("靖边县信访局 关于2021年度重点工作任务完成情况的报告\n全县父老乡亲：\n我县信访工作扎实推进。", "610824/信访局", "title+prefix"),
    # the government's office publishing for a street office: the source line names the body
    ("索引号 | 11/2023-00063 |\n发布机构 | 海陵区政府办 | 发文日期 | 2023-01-18 |\n- 信息来源:城东街道\n本年报按照实际编制。",
     "321202/城东街道", "source_line+gazetteer+text"),
    # a department by an abbreviation (文旅体局), not the government its site names as the source
    ("荷塘区文旅体局2024年度法治政府建设情况报告\n来源:荷塘区政府 作者:荷塘区政府\n我局认真梳理总结。",
     "430202/文化广电旅游局", "title+prefix"),
    # a site menu naming 政府信息公开 is no title
    ("首   页 走进汉台 新闻中心 政府信息公开 政务服务\n\n汉中市汉台区七里街道办事处2021年度法治政府建设工作报告\n一、成立了街道普法领导小组。",
     "610702/七里街道", "title+prefix"),
])
def test_the_body_is_read_from_each_kind_of_evidence(gaz, text, expected, method):
    org = resolve_org(text, gaz)
    assert (org.org_key, org.method, org.issue) == (expected, method, None)


@pytest.mark.parametrize("text, org_type, issue", [
    ("2023年，我局坚持依法行政，开展活动20次。", "department", "no_org"),          # the type only
    ("2024年，在县委、县政府的领导下，我镇全面推进法治建设。", "township", "no_org"),  # 县政府 modifies, it is not the subject
    ("2023年，区司法局在区委、区政府的领导下开展工作。", "department", "org_ambiguous"),  # no county anywhere: never a guess
    ("2023年，西兴街道坚持依法行政。", "street", "org_ambiguous"),                 # three 西兴街道 in the gazetteer
    ("2024年，河东区司法局在区委的领导下开展工作。", "department", "org_ambiguous"),  # 河东区 of 天津 or of 临沂
    ("2023年，龙华区司法行政系统坚持依法行政。", None, "no_org"),  # a county name going on into a department's is not the county
    # a street office whose name was a town's (春江镇 of 常州 became 春江街道; 杭州 has another): two homonyms
    ("2025年度，在区委、区政府的正确领导下，春江街道坚持依法行政。", "street", "org_ambiguous"),
    # a department the list lacks is still no county government (长葛市 is unambiguous, the body unknown)
    ("2025年，长葛市文博和旅游发展局深入贯彻纲要，坚持依法行政。", None, "no_org"),
    # 市交通运输局 in a text naming 南通 and the county-level city 海安 by short names: either could be its 市
    ("2022年,市交通运输局坚持依法行政,开通海安至如皋毗邻公交专线,优化南通理工学院周边交通。", "department", "org_ambiguous"),
    # nor the city government: a city name going on into a department's name the list lacks (a misspelt one here)
    ("2024年,长春市政务服务化数字化建设管理局坚持以习近平法治思想为指导,推进法治政府建设。", None, "no_org"),
    ("2022年，罗湖区劳动人事争议仲裁院共受理劳动人事争议案件2995件。", None, "no_org"),  # an arbitration court of the district
    ("2023年，南湖区法律援助中心积极履职，受理案件300件。", None, "no_org"),  # a legal-aid centre too
    # the office a bureau stations in a township reports: neither the bureau nor the township
    ("近期,山丹县司法局李桥司法所坚持发挥人民调解作用,深入践行新时代“枫桥经验”。", None, "no_org"),
    ("日前,大浪街道司法所联合社区开展人民调解宣传月活动。", None, "no_org"),
    # a city's department by name, a district's by voice (the site copied the city's name): no key, never the city's
    ("2020年，北京市司法局认真贯彻落实区委、区政府决策部署，推进依法治区。", "department", "org_level_conflict"),
    # a district named like 北京's only one, answering to a province: some other 西城区, never 北京's
    ("西城区2025年法治政府建设工作总结\n2025年，我区对标省州市法治政府建设目标，推进依法行政。", "county_government",
     "org_province_conflict"),
])
def test_what_the_text_does_not_decide_stays_without_a_key(gaz, text, org_type, issue):
    org = resolve_org(text, gaz)
    assert (org.org_key, org.org_type, org.issue) == (None, org_type, issue)


def test_homonyms_list_their_candidates_and_a_named_county_decides(gaz):
    text = "2023年，西兴街道坚持依法行政。"
    org = resolve_org(text, gaz)
    # (平昌县's 西兴镇 may have become a street office since the gazetteer's date: a candidate too)
    assert org.candidates.split("; ") == ["黑河市爱辉区西兴街道办事处", "杭州市滨江区西兴街道办事处", "南充市嘉陵区西兴街道办事处",
                                          "巴中市平昌县西兴街道办事处"]
    assert key(text + "滨江区经济平稳增长。", gaz) == "330108/西兴街道"
    assert key(text, gaz, county="滨江区") == "330108/西兴街道"
    assert key("2024年，河东区司法局在区委的领导下开展工作，服务天津市发展。", gaz) == "120102/司法局"
    # short names of a province or city are enough: 广州's 白云区, not 贵阳's
    assert key("2024年，白云区坚持依法行政，法治广州建设考评位居全市第一。", gaz) == "440111/人民政府"
    assert key("2023年，白云区深入学习贯彻总书记视察广东重要讲话精神。", gaz) == "440111/人民政府"
    assert key("2023年，白云区坚持依法行政。", gaz) is None


def test_name_variants_of_one_body_across_years_share_one_key(gaz):
    streets = ["景泰街", "景泰街道", "景泰街道办事处", "广州市白云区景泰街道办事处", "白云区景泰街道"]
    assert {key(f"2023年，{name}坚持依法行政，开展活动。", gaz) for name in streets} == {"440111/景泰街道"}
    departments = ["县司法局", "清水县司法局", "天水市清水县司法局"]
    assert {key(f"2022年，{name}坚持依法行政，服务清水县发展。", gaz) for name in departments} == {"620521/司法局"}
    health = ["东湖区卫健委", "东湖区卫生健康委员会", "东湖区卫生健康局"]
    assert {key(f"2024年，{name}坚持依法行政，开展活动。", gaz) for name in health} == {"360102/卫生健康局"}
    # the county's level restated before its department's name is the department, not the county government
    assert key("2022年，东湖区区卫生健康局坚持依法行政，开展活动。", gaz) == "360102/卫生健康局"
    org = resolve_org("景泰街道办事处2023年法治政府建设工作报告\n2023年，景泰街坚持依法行政。", gaz)
    assert org.aliases == ["广州市白云区景泰街道办事处", "景泰街", "景泰街道办事处"]


def test_merged_departments_and_city_branches_in_a_district(gaz):
    # two departments merged in one small county are a body type of their own, named as they are
    assert key("革吉县民政和退役军人事务局2025年度法治政府建设情况报告\n2025年，我局开展活动。", gaz) == "542525/民政和退役军人事务局"
    assert key("革吉县文化和旅游局2025年度法治政府建设情况报告\n2025年，我局开展活动。", gaz) == "542525/文化广电旅游局"  # an alias stays its canonical
    # a city department's branch in a district is that district's department, whether 区 is written or not
    branch = "巴中市自然资源和规划局巴州分局关于2023年法治政府建设工作情况的报告\n我局开展活动，服务巴中市发展，巴中市。"
    assert key(branch, gaz) == "511902/自然资源局"
    assert key("杭州市公安局西湖区分局2023年法治政府建设年度报告\n2023年，我局开展活动。", gaz) == "330106/公安局"
    # a branch of no district of that city is no body
    assert parse_body("巴中市自然资源和规划局西湖分局", gaz) is None


def test_a_text_and_manifest_that_disagree_are_flagged_not_silently_resolved(gaz):
    text = "徐闻县西连镇2023年法治政府建设工作报告\n开展活动20次。"
    org = resolve_org(text, gaz, "徐闻县南山镇人民政府", None)
    assert (org.org_key, org.issue, org.candidates) == ("440825/西连镇", "org_conflict", "manifest says 徐闻县南山镇人民政府")
    assert resolve_org("2023年，我局开展活动20次。", gaz, "东湖区民政局", None).org_key == "360102/民政局"


def test_party_bodies_and_words_are_not_bodies(gaz):
    assert [parse_body(p, gaz) for p in ("中共东湖区委员会", "全镇", "我局", "镇党委", "2023年，西兴街道")] == [None] * 5
    body = parse_body("北京市朝阳区", gaz)
    assert [p.code for p in body.places] == ["110105"]  # the outer prefix picks one of the two 朝阳区


def test_place_mentions_count_full_and_autonomous_short_names(gaz):
    found = place_mentions("镇宁自治县获评示范县，镇宁布依族苗族自治县在安顺市。", gaz)
    assert found["镇宁布依族苗族自治县"] == 2 and found["安顺市"] == 1
    assert short_name_mentions("深入学习贯彻总书记视察广东重要讲话，法治广州建设，广州市。", gaz) == {"广东省": 1, "广州市": 1}


def test_a_municipality_district_speaking_of_its_city_keeps_its_key(gaz):
    # 中央、省、市、区 is boilerplate even in 上海: only a province in the chain of command (省委, 全省) conflicts
    assert key("西城区2025年法治政府建设工作总结\n2025年，我区认真落实中央、省、市、区决策部署，推进依法行政。", gaz) == "110102/人民政府"


@pytest.mark.parametrize("text, expected", [
    # a department speaking only as 我局 names itself in the titles of its own documents
    ("2024年，我局坚持依法行政。制定《2024年度霍邱县应急管理局学法计划》《2024年霍邱县应急管理局普法责任清单》。",
     "341522/应急管理局"),
    # two departments in the titles: which one reports is not decided
    ("2024年，我局坚持依法行政。落实《霍邱县应急管理局学法计划》和《霍邱县司法局普法责任清单》。", None),
    # a city department's notice cited by a county bureau says nothing of who reports
    ("2024年，我局坚持依法行政。落实《六安市司法局关于开展学法考试的通知》。", None),
])
def test_a_bureau_speaking_as_wo_ju_is_named_by_its_own_documents(gaz, text, expected):
    assert resolve_org(text, gaz).org_key == expected


def test_a_street_office_once_a_town_is_placed_by_its_countys_short_name(gaz):
    # 海安街道 is not in the gazetteer; 海安镇 is, in 海安市 and in 徐闻县: 法治海安 names the county
    text = "海安街道2024年法治政府建设情况报告\n2024年，海安街道坚持依法行政，为法治海安、平安海安建设贡献力量。"
    assert resolve_org(text, gaz).org_key == "320685/海安街道"
    assert resolve_org(text.replace("法治海安、平安海安", "法治建设"), gaz).org_key is None  # nothing decides


def test_a_township_upgraded_after_the_gazetteer_is_found_by_its_former_name_where_the_text_names_its_county(gaz):
    # the gazetteer knows 涪陵区's 罗云乡; the report of 2025 calls it 罗云镇
    named = resolve_org("2025年，罗云镇坚持依法行政，严格对标涪陵区细化落实措施。", gaz)
    assert (named.org_key, named.org_type, named.issue) == ("500102/罗云镇", "township", "org_not_in_gazetteer")
    # without its county named a new town may be another one of that name: no key
    unnamed = resolve_org("2025年，罗云镇坚持依法行政。", gaz)
    assert (unnamed.org_key, unnamed.org_type) == (None, "township")
    # a town the gazetteer knows is not also every 乡 of its stem
    assert key("2023年，万古镇坚持依法行政。滑县经济平稳增长。", gaz) == "410526/万古镇"
