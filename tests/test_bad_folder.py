"""The whole CLI on one folder holding every bad kind of input beside good reports: exit 0,
every file accounted for in dq.files with a status and a reason, a one-line message each."""
import codecs
import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.test_inputs import GOV_PAGE, REPORT, _pdf

# the CLI and worker processes these tests start use the session's Prefect server (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def build_folder(root: Path, outside: Path) -> dict[str, str]:
    """Write the folder; returns file -> expected status."""
    expected = {}

    def put(rel: str, data: bytes, status: str) -> None:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        expected[rel] = status

    seed = SEEDS[1].read_text(encoding="utf-8")
    put("县/和美镇/2023 年度 \"法治\" 报告 (终稿).txt", seed.encode("utf-8"), "loaded")
    put("县/和美镇/copy gb18030.txt", seed.encode("gb18030"), "duplicate")
    put("县/和美镇/copy utf16.txt", codecs.BOM_UTF16_LE + seed.encode("utf-16-le"), "duplicate")
    put("县/和美镇/copy with bom.txt", codecs.BOM_UTF8 + seed.encode("utf-8"), "duplicate")
    html_body = "".join(f"<p>{line}</p>" for line in SEEDS[2].read_text(encoding="utf-8").splitlines() if line.strip())
    put("web/page.html", (GOV_PAGE % html_body).encode("gb18030"), "loaded")
    put("its'name.txt", SEEDS[3].read_bytes(), "loaded")
    put("deep/a/b/c/d/report.txt", SEEDS[4].read_bytes(), "loaded")
    import docx

    document, buf = docx.Document(), io.BytesIO()
    for line in REPORT.splitlines():
        document.add_paragraph(line)
    document.save(buf)
    put("office/report.docx", buf.getvalue(), "loaded")
    put("office/report.pdf", _pdf(REPORT.replace("和美镇", "白云镇").splitlines()), "loaded")
    put("office/scan.pdf", _pdf([]), "quarantined")
    put("office/old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "quarantined")
    put("office/sheet.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "quarantined")
    put("office/photo.jpg", b"\xff\xd8\xff\xe0" + os.urandom(256), "quarantined")
    put("bad/empty.txt", b"", "quarantined")
    put("bad/random.bin.txt", os.urandom(8192), "quarantined")
    put("bad/truncated.txt", SEEDS[0].read_bytes()[:-1], "loaded")
    lines = REPORT.replace("和美镇", "清水镇").splitlines()
    put("bad/mixed.txt", b"\n".join(ln.encode("utf-8" if i % 2 else "gb18030") for i, ln in enumerate(lines)), "loaded")
    put("bad/one line.txt", (REPORT.replace("\n", "") * 6000).encode("utf-8"), "loaded")  # ~1 MB, no newline
    put("bad/anonymous.txt", "开展法律宣传活动20次，发放资料5000余份。".encode(), "loaded")
    with (root / "bad" / "dump.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    expected["bad/dump.txt"] = "quarantined"
    put("bad/secret.txt", "西岭镇2023年开展法律宣传活动20次。".encode(), "loaded" if os.geteuid() == 0 else "failed")
    (root / "bad" / "secret.txt").chmod(0o000)
    (outside / "elsewhere.txt").write_text(REPORT, encoding="utf-8")
    (root / "link out.txt").symlink_to(outside / "elsewhere.txt")
    expected["link out.txt"] = "quarantined"
    (root / "link dir").symlink_to(outside, target_is_directory=True)
    expected["link dir"] = "quarantined"
    (root / "link in.txt").symlink_to(root / "its'name.txt")
    expected["link in.txt"] = "duplicate"
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    expected["dangling.txt"] = "failed"
    os.mkfifo(root / "pipe.txt")
    expected["pipe.txt"] = "quarantined"
    return expected


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    (tmp / "in").mkdir()
    (tmp / "outside").mkdir()
    expected = build_folder(tmp / "in", tmp / "outside")
    warehouse = tmp / "w.duckdb"
    proc = subprocess.run([str(Path(sys.executable).parent / "lawreports"), "run", "--input", str(tmp / "in"),
                           "--warehouse", str(warehouse)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    return proc, expected, warehouse


def test_the_run_goes_on_and_exits_0(bad_run):
    proc, _, _ = bad_run
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_every_file_has_a_status_and_a_reason(bad_run):
    proc, expected, warehouse = bad_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select source_file, status, reason from dq.files").fetchall()
    got = {f: s for f, s, _ in rows}
    assert got == expected
    assert all(reason for _, status, reason in rows if status != "loaded")
    for source_file, status, reason in rows:  # the one-line message per file that was not simply loaded
        if status != "loaded" or reason:
            assert f"{status}: {source_file}: {reason}" in proc.stderr


def test_copies_in_other_encodings_are_duplicates_of_the_first(bad_run):
    _, _, warehouse = bad_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        reasons = con.execute("select reason from dq.files where source_file like '%copy%'").fetchall()
    assert {r for (r,) in reasons} == {"same text as 县/和美镇/2023 年度 \"法治\" 报告 (终稿).txt"}


def test_the_html_page_gives_the_facts_of_its_text(bad_run, tmp_path):
    _, _, warehouse = bad_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        html_values = sorted(v for (v,) in con.execute("select value from analytics.facts where source_file = 'web/page.html'").fetchall())
        org = con.execute("select org_name from analytics.reports where source_file = 'web/page.html'").fetchone()[0]
    from tests.test_inputs import facts_of

    text_values = sorted(facts_of(SEEDS[2].read_text(encoding="utf-8"))["value"].to_list())
    assert html_values == text_values and len(html_values) > 10
    assert org


def test_reasons_name_the_problem(bad_run):
    _, _, warehouse = bad_run
    with duckdb.connect(str(warehouse), read_only=True) as con:
        reason = dict(con.execute("select source_file, reason from dq.files").fetchall())
    assert reason["bad/dump.txt"].startswith("file too large: 52.4 MB")
    assert reason["office/scan.pdf"] == "PDF has no text layer (scanned image); needs OCR"
    assert "outside the input folder" in reason["link out.txt"] and "outside the input folder" in reason["link dir"]
    assert reason["bad/anonymous.txt"] == "loaded without a report year; loaded without a reporting body key (no_org)"
    assert "mixed" in reason["bad/mixed.txt"] and "truncated" in reason["bad/truncated.txt"]
    assert reason["pipe.txt"].startswith("not a regular file")
