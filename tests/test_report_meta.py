from transforms.report_meta import debris_spans, read_meta, section_starts


def meta(text):
    return read_meta(text, section_starts(text))


def test_title_line_gives_the_year_with_or_without_nian():
    assert meta("安宁区沙井驿街道办事处关于2022年度法治政府建设工作情况的报告\n2022年，我街道……").report_year == 2022
    assert meta("越城区司法局2024法治政府建设年度报告\n一年来，我局……").report_year == 2024


def test_metadata_block_gives_publication_date():
    text = "索引号：11510422/2024-00012\n发布机构：阳光县司法局\n成文日期：2024-02-20\n法治政府建设工作报告\n我局……"
    m = meta(text)
    assert m.published_date == "2024-02-20"
    assert m.report_year == 2023  # the year before publication when the text names none
    assert len(debris_spans(text)) == 3


def test_plan_section_runs_until_the_next_top_level_heading():
    text = "一、主要成效\n开展了培训，效果很好。\n二、下一步工作打算\n（一）加强学习\n三、其他\n"
    plans = [(head, plan) for _, head, plan in section_starts(text)]
    assert plans == [("一、主要成效", False), ("二、下一步工作打算", True), ("（一）加强学习", True), ("三、其他", False)]


def test_a_heading_on_the_years_work_done_is_not_a_plan_even_naming_its_key_tasks():
    text = "一、2023年重点工作完成情况\n开展活动20次。\n二、2024年工作思路\n开展活动30次。\n"
    assert [(head, plan) for _, head, plan in section_starts(text)] == [
        ("一、2023年重点工作完成情况", False), ("二、2024年工作思路", True)]


def test_breadcrumbs_are_debris_but_a_content_line_with_markup_is_not():
    text = "网站首页>>信息公开>>法治政府\n首页 » 新闻 » 通知公告 » 正文\n受理纠纷254件。<b>重点</b>调处率96%。\n"
    lines = [text[s:e] for s, e in debris_spans(text)]
    assert lines == ["网站首页>>信息公开>>法治政府", "首页 » 新闻 » 通知公告 » 正文"]
