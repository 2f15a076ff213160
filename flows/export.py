"""`lawreports export`: the analyst marts as one Excel workbook, a sheet per mart with Chinese
column headers, because justice-bureau analysts work in Excel. Read-only on the warehouse."""
from __future__ import annotations

from pathlib import Path

import duckdb
import xlsxwriter

ROWS_PER_SHEET = 1_000_000  # Excel holds 1,048,576 rows per sheet
# (sheet name, the mart, what a row is): Excel caps sheet names at 31 characters
SHEETS = [
    ("机构指标年度值", "analytics.org_metric_year", "一行 = 一个机构 × 一个指标 × 一个年度"),
    ("同比变化", "analytics.metric_yoy", "一行 = 一个机构 × 一个指标 × 一个年度，含上一报告年度"),
    ("指标覆盖率", "analytics.metric_coverage", "一行 = 一个指标 × 一个年度 × 一类机构"),
    ("机构年度概况", "analytics.org_scorecard", "一行 = 一个机构 × 一个年度"),
    ("指标目录", "core.dim_metric", "一行 = 一个指标"),
]
HEADERS = {
    "org_key": "机构编码", "org_name": "机构名称", "org_type": "机构类型", "province": "省", "city": "市", "county": "县(区)",
    "metric_code": "指标代码", "metric_name_zh": "指标名称", "name_zh": "指标名称", "name_en": "指标英文名", "task": "纲要任务",
    "kind": "类别", "unit": "单位", "unit_class": "单位类别", "report_year": "报告年度", "value": "数值", "approx": "精确度",
    "value_rule": "取值规则", "n_facts": "表述次数", "fact_ids": "全部事实编号", "fact_id": "所取事实编号",
    "source_file": "来源文件", "report_id": "报告编号", "char_start": "原文起始位置", "char_end": "原文结束位置",
    "evidence": "原文句子", "previous_year": "上一报告年度", "previous_value": "上一年度数值", "years_apart": "相隔年数",
    "comparable": "可比", "change": "变化量", "change_pct": "变化率(%)", "bodies_reporting": "报告该指标的机构数",
    "bodies_with_report": "有报告的机构数", "share": "覆盖率", "median": "中位数", "q1": "下四分位数", "q3": "上四分位数",
    "reports": "报告数", "facts": "事实数", "facts_mapped": "已归入指标的事实数", "metrics": "指标数",
    "mediation_success_rate": "调解成功率(%)", "closure_rate": "办结率(%)", "satisfaction_rate": "满意率(%)",
    "court_appearance_rate": "出庭应诉率(%)", "definition": "定义", "heads": "中心词", "verbs": "动词",
    "qualifiers": "限定词", "excludes": "排除词",
} | {f"t{i}_facts": f"任务T{i}事实数" for i in range(1, 10)} | {f"t{i}_metrics": f"任务T{i}指标数" for i in range(1, 10)}


def header(column: str) -> str:
    """The Chinese header, with the SQL name kept so a sheet maps back to the mart."""
    return f"{HEADERS[column]} ({column})" if column in HEADERS else column


def cell(value: object) -> object:
    """Lists (fact ids, rule words) as one ' | '-joined cell; numbers and text as they are."""
    return " | ".join(map(str, value)) if isinstance(value, list) else value


def write_sheet(book: xlsxwriter.Workbook, name: str, note: str, columns: list[str], rows: list[tuple]) -> None:
    sheet = book.add_worksheet(name)
    bold = book.add_format({"bold": True, "bg_color": "#EEEEEE", "text_wrap": True})
    sheet.write(0, 0, note)
    sheet.write_row(1, 0, [header(c) for c in columns], bold)
    for r, row in enumerate(rows, start=2):
        sheet.write_row(r, 0, [cell(v) for v in row])
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, 1 + len(rows), max(len(columns) - 1, 0))
    for c, column in enumerate(columns):
        sheet.set_column(c, c, 40 if column in ("evidence", "definition", "fact_ids") else 14)


def write_workbook(warehouse: Path, out: Path) -> dict[str, int]:
    """Write every mart to OUT (xlsx); returns rows written per sheet."""
    out.parent.mkdir(parents=True, exist_ok=True)
    written = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        book = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False, "strings_to_urls": False, "constant_memory": True})
        try:
            for name, mart, note in SHEETS:
                cur = con.execute(f"select * from {mart}")
                columns, part = [d[0] for d in cur.description], 1
                while (rows := cur.fetchmany(ROWS_PER_SHEET)) or part == 1:
                    sheet = name if part == 1 else f"{name}({part})"  # a national mart outgrows one sheet
                    write_sheet(book, sheet, f"{note}（{mart}）", columns, rows)
                    written[sheet] = len(rows)
                    part += 1
                    if len(rows) < ROWS_PER_SHEET:
                        break
        finally:
            book.close()
    return written
