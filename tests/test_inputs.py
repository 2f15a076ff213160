"""One test per kind of input a government website or an archive folder throws at us.
Fixtures are generated here (no binaries committed); each bad kind gets a status and a reason."""
import codecs
import io
import os
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.batch import MAX_FILE_MB, ingest_file
from flows.pipeline import discover_files
from transforms import normalise
from transforms.ingest import ingest_bytes

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "001_c3df3a8828558d68.txt").read_text(encoding="utf-8")
REPORT = ("平安县和美镇人民政府2023年法治政府建设工作报告\n一、主要工作\n全年开展法律宣传活动20次，发放资料5000余份。"
          "受理矛盾纠纷254件，调处244件，调处率96%。\n和美镇人民政府\n2024年1月10日\n")


def facts_of(text: str) -> pl.DataFrame:
    ingested = pl.DataFrame({"report_id": ["r"], "source_file": ["x"], "file_sha256": ["h"], "encoding": ["e"], "text": [text]})
    _, zones = normalise.report_frame(ingested)
    return normalise.fact_frame(normalise.mention_frame(normalise.candidate_sentences(ingested), zones))


def ingest(tmp_path: Path, name: str, data: bytes | None = None) -> dict:
    if data is not None:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return ingest_file(tmp_path, name, {})


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-be-bom"])
def test_every_encoding_decodes_to_the_same_text(codec):
    raw = codecs.BOM_UTF16_BE + SEED.encode("utf-16-be") if codec == "utf-16-be-bom" else SEED.encode(codec)
    assert ingest_bytes("r.txt", raw).text == SEED


def test_the_same_report_in_three_encodings_gives_identical_facts():
    frames = [facts_of(ingest_bytes("r.txt", raw).text) for raw in
              (SEED.encode("utf-8"), SEED.encode("gb18030"), codecs.BOM_UTF16_LE + SEED.encode("utf-16-le"))]
    assert frames[0].height > 10
    assert frames[0].equals(frames[1]) and frames[0].equals(frames[2])


GOV_PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>和美镇2023年法治政府建设工作报告</title>
<style>.x{color:red}</style><script>document.write('开展活动99次')</script></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 法治政府建设</div>
<table><tr><td>索引号：115101/2024-00012</td><td>发布机构：徐闻县西连镇人民政府</td><td>成文日期：2024-02-20</td></tr></table>
<div id="zoom">%s</div><div>【打印本页】【关闭窗口】</div><a href="#top">回到顶部</a>
<script>var hits = 31415;</script></body></html>"""


def test_html_page_gives_the_article_its_facts_and_the_metadata_block():
    body = "".join(f"<p>{line}</p>" for line in REPORT.splitlines()[1:4]).replace("平安县和美镇人民政府2023年", "")
    result = ingest_bytes("page.html", (GOV_PAGE % body).encode("gb18030"))
    assert result.status == "ok" and result.encoding.startswith("gb18030")
    assert "99" not in result.text and "31415" not in result.text and "回到顶部" not in result.text
    assert "首页 > 政务公开" not in result.text
    facts = facts_of(result.text)
    assert sorted(facts["value"].to_list()) == [20.0, 96.0, 244.0, 254.0, 5000.0]
    from transforms import gazetteer
    from transforms.org_resolution import resolve_org
    from transforms.report_meta import read_meta, zones
    meta = read_meta(result.text, zones(result.text)["sections"])
    assert (meta.published_date, meta.report_year) == ("2024-02-20", 2023)
    org = resolve_org(result.text, gazetteer.load())
    assert (org.org_key, org.org_name, org.method) == ("440825/西连镇", "湛江市徐闻县西连镇人民政府", "metadata+prefix")


def test_docx_paragraphs_are_read():
    import docx

    document = docx.Document()
    for line in REPORT.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    result = ingest_bytes("report.docx", buf.getvalue())
    assert result.status == "ok" and len(facts_of(result.text)) == 5


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 11)
    for i, line in enumerate(lines):
        c.drawString(40, 800 - 16 * i, line)
    if not lines:  # a scanned page: an image and no text layer
        c.rect(40, 400, 400, 300, fill=1)
    c.save()
    return buf.getvalue()


def test_pdf_text_layer_is_read_and_a_scanned_pdf_is_quarantined():
    text_pdf = ingest_bytes("report.pdf", _pdf(REPORT.splitlines()))
    assert text_pdf.status == "ok" and len(facts_of(text_pdf.text)) == 5
    scanned = ingest_bytes("scan.pdf", _pdf([]))
    assert scanned.status == "quarantined" and "no text layer" in scanned.reason


def _wrapped_pdf(paragraphs: list[str], chars_per_line: int = 24) -> bytes:
    """A report as a word processor prints it: each paragraph indented two characters and wrapped, its
    wrapped lines justified to the right margin."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf, size, left, y = io.BytesIO(), 11, 40, 800
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", size)
    right = left + chars_per_line * size
    for paragraph in paragraphs:
        rest, indent = paragraph, 2 * size
        while rest:
            line, rest = rest[:chars_per_line - indent // size], rest[chars_per_line - indent // size:]
            width = pdfmetrics.stringWidth(line, "STSong-Light", size)
            spacing = (right - left - indent - width) / max(len(line) - 1, 1) if rest else 0  # justified, but a last line
            c.drawString(left + indent, y, line, charSpace=spacing)
            y, indent = y - 16, 0
    c.save()
    return buf.getvalue()


def test_a_pdfs_wrapped_lines_are_read_as_the_paragraphs_they_print():
    paragraphs = REPORT.splitlines()[:3] + ["组织干部职工参加法治培训120人次，受理行政复议申请12件。"]
    plain = facts_of("\n".join(paragraphs))
    from_pdf = ingest_bytes("report.pdf", _wrapped_pdf(paragraphs))
    assert from_pdf.status == "ok" and from_pdf.text == "\n".join(paragraphs)
    assert facts_of(from_pdf.text).select("subject", "value", "unit").equals(plain.select("subject", "value", "unit"))


@pytest.mark.parametrize("lines,text", [
    # a line reaching the right margin, the next not indented: one paragraph wrapped
    ([(62, 330, "受理矛"), (40, 330, "盾纠纷254"), (40, 120, "件。")], "受理矛盾纠纷254件。"),
    # the next line indented: a new paragraph
    ([(40, 330, "开展活动20次。"), (62, 200, "发放资料50份。")], "开展活动20次。\n发放资料50份。"),
    # a line short of the margin (a heading, a paragraph's end) keeps its break
    ([(40, 120, "一、主要工作"), (40, 330, "全年开展活动20次，发放资料"), (40, 150, "50份。")],
     "一、主要工作\n全年开展活动20次，发放资料50份。"),
    # a page of short lines has no margin to reach
    ([(40, 100, "一、概况"), (40, 100, "二、措施")], "一、概况\n二、措施"),
    # a table row reaching the margin is a row, not a wrapped line
    ([(40, 330, "规章 2 0 2"), (40, 330, "行政规范性文件 2 0 2")], "规章 2 0 2\n行政规范性文件 2 0 2"),
])
def test_pdf_lines_join_where_a_paragraph_was_wrapped(lines, text):
    from transforms.ingest import paragraphs_of_lines
    rows = [{"x0": x0, "x1": x1, "text": t, "chars": [{"size": 11.0}]} for x0, x1, t in lines]
    assert paragraphs_of_lines(rows) == text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("random.txt", os.urandom(4096), "encoding"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "unsupported file type '.doc'"),
    ("sheet.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "unsupported file type '.xls'"),
    ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 64, "unsupported file type '.jpg'"),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "unsupported file type '.png'"),
    ("broken.docx", b"PK\x03\x04 not a zip", "could not read .docx"),
])
def test_bad_files_are_quarantined_with_a_reason(tmp_path, name, data, reason):
    row = ingest(tmp_path, name, data)
    assert row["status"] == "quarantined" and reason in row["reason"]


def test_truncated_utf8_is_loaded_with_a_note():
    result = ingest_bytes("cut.txt", REPORT.encode("utf-8")[:-2])
    assert result.status == "ok" and result.text == REPORT[:-2] and "truncated" in result.reason  # "日" lost a byte


def test_mixed_encodings_are_decoded_line_by_line_not_turned_into_mojibake():
    lines = (REPORT + "http://example.gov.cn/2024\n").splitlines()  # an ASCII line survives too
    raw = b"\n".join(line.encode("utf-8" if i % 2 else "gb18030") for i, line in enumerate(lines)) + b"\n"
    result = ingest_bytes("mixed.txt", raw)
    assert result.status == "ok" and result.text == "\n".join(lines) + "\n" and "mixed" in result.reason


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path):
    with (tmp_path / "dump.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    row = ingest(tmp_path, "dump.txt")
    assert row["status"] == "quarantined" and "file too large: 52.4 MB" in row["reason"] and row["bytes"] == 50 * 1024 * 1024
    assert row["file_sha256"] is not None


def test_the_size_limit_refuses_only_what_is_over_it(tmp_path):
    at_limit, over = int(MAX_FILE_MB * 1e6), int(MAX_FILE_MB * 1e6) + 1
    for name, size in (("at.txt", at_limit), ("over.txt", over)):
        with (tmp_path / name).open("wb") as f:
            f.truncate(size)
    assert "too large" not in ingest(tmp_path, "at.txt")["reason"]  # read, and refused for what it holds
    assert ingest(tmp_path, "over.txt")["reason"].startswith(f"file too large: {over / 1e6:.1f} MB (limit {MAX_FILE_MB:g} MB;")
    assert MAX_FILE_MB == 20  # a report is tens of KB: 20 MB leaves room for a PDF with images, not for a dump


def test_a_1_mb_single_line_is_extracted_in_bounded_pieces():
    # reports whose newlines were lost, one after another (each its own figures: a sentence printed twice is read once)
    line = "".join(REPORT.replace("\n", "").replace("20次", f"{i}次").replace("254件", f"{i + 300}件")
                   for i in range(1_000_000 // len(REPORT)))
    facts = facts_of(line)
    assert facts.height >= 5 * (1_000_000 // len(REPORT)) * 0.9
    no_punctuation = "法治" * 50_000 + "开展活动20次" + "法治" * 50_000
    assert facts_of(no_punctuation)["value"].to_list() == [20.0]


def test_a_report_without_year_or_org_is_loaded_and_flagged_by_checks():
    result = ingest_bytes("anon.txt", "开展法律宣传活动20次，发放资料5000余份。".encode())
    assert result.status == "ok"
    from transforms import gazetteer
    from transforms.org_resolution import resolve_org
    from transforms.report_meta import read_meta, zones
    assert read_meta(result.text, zones(result.text)["sections"]).report_year is None
    org = resolve_org(result.text, gazetteer.load())
    assert (org.org_key, org.org_name, org.issue) == (None, None, "no_org")


@pytest.mark.skipif(os.geteuid() != 0 and not hasattr(os, "seteuid"), reason="needs seteuid")
def test_an_unreadable_file_is_recorded_with_the_os_reason(tmp_path):
    (tmp_path / "secret.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0o000)
    tmp_path.chmod(0o755)
    if os.geteuid() == 0:  # root reads everything: look at the file as 'nobody' does
        os.seteuid(65534)
        try:
            row = ingest_file(tmp_path, "secret.txt", {})
        finally:
            os.seteuid(0)
    else:
        row = ingest_file(tmp_path, "secret.txt", {})
    assert row["status"] == "failed" and row["reason"] == "cannot read file: Permission denied"


def test_links_out_of_the_folder_are_recorded_never_followed(tmp_path):
    inside, outside = tmp_path / "in", tmp_path / "outside"
    (inside / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text(REPORT, encoding="utf-8")
    (inside / "report.txt").write_text(REPORT, encoding="utf-8")
    (inside / "escape.txt").symlink_to(outside / "secret.txt")
    (inside / "escape_dir").symlink_to(outside, target_is_directory=True)
    (inside / "sub" / "alias.txt").symlink_to(inside / "report.txt")
    (inside / "dangling.txt").symlink_to(inside / "gone.txt")
    os.mkfifo(inside / "pipe.txt")
    found = discover_files(inside)
    assert sorted(found) == ["dangling.txt", "escape.txt", "escape_dir", "pipe.txt", "report.txt", "sub/alias.txt"]
    rows = {rel: ingest_file(inside, rel, {}) for rel in found}
    assert "outside the input folder" in rows["escape.txt"]["reason"] and rows["escape.txt"]["text"] is None
    assert "outside the input folder" in rows["escape_dir"]["reason"]
    assert rows["dangling.txt"]["reason"].startswith("cannot read file")
    assert "not a regular file" in rows["pipe.txt"]["reason"]  # and no read that blocks forever
    assert rows["sub/alias.txt"]["status"] == "ok"  # inside the folder: read, then flagged as a duplicate by the run


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.html", "a.docx", "a.pdf", "a"]))
def test_arbitrary_bytes_never_crash_ingest(raw, name):
    result = ingest_bytes(name, raw)
    assert result.status in ("ok", "quarantined") and (result.status == "ok") == bool(result.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("开展活动次件人份余万%％.。，；\n（）一二十百0123456789年月日第号〔〕《》")), max_size=400))
def test_arbitrary_report_like_text_never_crashes_extraction(text):
    facts = facts_of(text)
    assert all(0 <= s < e <= len(text) for s, e in facts.select("char_start", "char_end").iter_rows())
