"""The data-quality and trend pages rendered by headless Chromium (Debian's /usr/bin/chromium,
driven by Playwright): run status shown, facts highlighted, report text inert, figures linked to
their sentence, no network, no console error.

Screenshots go to $LAWREPORTS_SCREENSHOT_DIR when set (to look at them), else a temp folder.
"""
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CRAFTED = (
    "平安县和美镇人民政府2023年法治政府建设工作报告\n一、工作开展情况\n"
    "全年开展法律宣传活动12次，发放资料3000余份。受理矛盾纠纷254件，调处244件，调处率50%。"
    "<script>alert('injected')</script>全镇设立网格237个，巡查中发现问题线索共计4471，已全部处置。\n"
    "平安县和美镇人民政府\n2024年1月10日\n"
)

# a second year of a seed's body (seeds/004 is 西连镇's 2021 report): a trend, and a mover
SECOND_YEAR = (
    "湛江市徐闻县西连镇人民政府2022年度法治政府建设工作报告\n"
    "现将西连镇2022年度法治政府建设情况报告如下：\n一、推进法治政府建设的主要举措和成效\n"
    "镇综治中心全年共受理涉农涉土、家庭邻里等各类纠纷150宗，截至目前已办结141宗，化解率94%。\n"
    "12345平台受理工单120个，已全部办结，办结率100%。\n湛江市徐闻县西连镇人民政府\n2023年1月10日\n"
)

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not os.environ.get("CI"),
                                reason="Debian chromium not installed (.ci/run installs it; CI never skips)")


@pytest.fixture(scope="module")
def pages(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly
    from flows.report import write_report

    tmp = tmp_path_factory.mktemp("pages")
    inputs = tmp / "in"
    shutil.copytree(ROOT / "seeds", inputs)
    (inputs / "和美镇 <script>.txt").write_text(CRAFTED, encoding="utf-8")
    (inputs / "broken.txt").write_bytes(bytes(range(256)) * 4)
    warehouse = tmp / "lawreports.duckdb"
    run = nightly(input_dir=str(inputs), warehouse=str(warehouse))
    out = tmp / "report"
    write_report(warehouse, out)
    return run, out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, url):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    seen = {"errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, seen


def shot_dir(tmp_path):
    target = Path(os.environ.get("LAWREPORTS_SCREENSHOT_DIR", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    return target


def test_run_report_shows_status_and_failures_without_network_or_errors(pages, browser, tmp_path):
    run, out = pages
    page, seen = open_page(browser, (out / "index.html").as_uri())
    status = page.locator("#run-status")
    assert status.is_visible() and status.inner_text() == "succeeded"
    assert "to review" in page.locator("body").inner_text()  # the broken file and the unparsed number
    assert page.locator("text=rate_consistent").count() >= 1  # 254/244 stated as 50% is flagged
    assert page.locator("text=broken.txt").count() >= 1
    suites = set(page.locator("#checks tbody tr td:nth-child(2)").all_inner_texts())
    assert suites == {"facts", "reports"}, suites  # the suite's name, not a Great Expectations class path
    assert page.locator("figure.chart svg").count() == 2  # facts and failures per run, inline SVG
    page.screenshot(path=str(shot_dir(tmp_path) / "index.png"), full_page=True)
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in seen["requests"]), seen["requests"]
    page.close()


def test_review_page_highlights_facts_and_keeps_injected_script_inert(pages, browser, tmp_path):
    _, out = pages
    page, seen = open_page(browser, (out / "index.html").as_uri())
    page.locator("a", has_text="和美镇").first.click()  # from the run report to the report's review page
    page.wait_for_load_state("load")
    rate = page.locator("#text mark.rate").first
    assert rate.is_visible() and rate.inner_text() == "50%"
    assert "flagged" in rate.get_attribute("class")  # the inconsistent rate carries its warning
    colour = rate.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    rate.click()
    assert "调处率" in page.locator("#detail").inner_text() and "50" in page.locator("#detail").inner_text()
    assert page.locator("#text mark.unparsed", has_text="4471").count() == 1
    assert "<script>alert('injected')</script>" in page.locator("#text").inner_text()  # shown as text, not run
    page.screenshot(path=str(shot_dir(tmp_path) / "review.png"), full_page=True)
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in seen["requests"]), seen["requests"]
    page.close()


def test_one_review_page_per_report(pages):
    run, out = pages
    assert len(list((out / "reports").glob("*.html"))) == run["reports_loaded"] == 6


@pytest.fixture(scope="module")
def trend_pages(prefect_harness, tmp_path_factory):
    from flows.pipeline import nightly
    from flows.trends import write_trends

    tmp = tmp_path_factory.mktemp("trends")
    inputs = tmp / "in"
    shutil.copytree(ROOT / "seeds", inputs)
    (inputs / "西连镇2022.txt").write_text(SECOND_YEAR, encoding="utf-8")
    warehouse = tmp / "lawreports.duckdb"
    nightly(input_dir=str(inputs), warehouse=str(warehouse))
    return write_trends(warehouse, tmp / "trends")


def assert_offline_and_clean(seen):
    assert seen["errors"] == [] and seen["dialogs"] == []
    assert all(u.startswith(("file:", "data:", "about:")) for u in seen["requests"]), seen["requests"]


def follow_a_figure(page):
    """Click the first figure of the bodies x years table: the review page opens at its mark."""
    link = page.locator("#values td a[href*='reports/']").first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_load_state("load")
    assert "/reports/" in page.url and page.url.endswith("#" + anchor)
    mark = page.locator(f"#text mark#{anchor}")
    assert mark.count() == 1 and mark.is_visible()


def test_trend_index_shows_coverage_and_reaches_a_metric_and_its_sentence(trend_pages, browser, tmp_path):
    page, seen = open_page(browser, trend_pages.as_uri())
    assert page.locator("#metrics tbody tr").count() >= 40  # one row per catalogue metric
    assert page.locator("#metrics figure.chart svg").count() >= 1  # coverage over 2021-2023
    page.screenshot(path=str(shot_dir(tmp_path) / "trends-index.png"), full_page=True)
    page.locator("#metrics a[href='metrics/mediation_cases.html']").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("metrics/mediation_cases.html")
    assert page.locator("figure.chart svg").count() == 1  # values per year
    assert page.locator("#movers tbody tr").count() >= 1  # 西连镇 118 -> 150
    page.screenshot(path=str(shot_dir(tmp_path) / "trends-metric.png"), full_page=True)
    follow_a_figure(page)
    assert_offline_and_clean(seen)
    page.close()


def test_org_page_charts_the_body_across_years_and_links_figures(trend_pages, browser, tmp_path):
    from flows.trends import org_page_name

    page, seen = open_page(browser, (trend_pages.parent / "orgs" / org_page_name("440825/西连镇")).as_uri())
    assert "西连镇" in page.locator("h1").inner_text()
    assert page.locator("figure.chart svg").count() == 1  # small multiples of the metrics stated in 2021 and 2022
    assert page.locator("#values thead th").all_inner_texts() == ["metric", "2021", "2022"]
    page.screenshot(path=str(shot_dir(tmp_path) / "trends-org.png"), full_page=True)
    follow_a_figure(page)
    page.go_back()
    page.locator("#values a[href^='../metrics/']").first.click()  # from a body to one of its metrics
    page.wait_for_load_state("load")
    assert "/metrics/" in page.url
    assert_offline_and_clean(seen)
    page.close()
