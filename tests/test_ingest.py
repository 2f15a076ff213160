import codecs

import pytest

from transforms.ingest import decode_text, ingest_bytes

TEXT = "平安镇2023年法治政府建设工作报告\n开展法律宣传活动20次，发放资料5000余份。"


@pytest.mark.parametrize("raw", [
    TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("gb18030"), TEXT.encode("utf-16"),
])
def test_encodings_decode_to_the_same_text(raw):
    assert ingest_bytes("r.txt", raw).text == TEXT


def test_html_keeps_the_article_and_drops_scripts_and_navigation():
    page = ("<html><head><title>平安镇2023年法治政府建设工作报告</title><script>var x='开展99次'</script></head><body>"
            "<nav>首页 &gt; 政务公开</nav><div class='TRS_Editor'><p>" + "开展法律宣传活动20次。" * 20 + "</p></div>"
            "<footer>回到顶部</footer></body></html>")
    result = ingest_bytes("page.html", page.encode("utf-8"))
    assert result.status == "ok"
    assert "开展法律宣传活动20次" in result.text and "99" not in result.text and "首页" not in result.text


@pytest.mark.parametrize("name,raw,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n ", "empty"),
    ("random.txt", bytes(range(256)) * 8, "encoding"),
    ("sheet.xls", b"PK\x03\x04", "unsupported"),
    ("scan.pdf", b"%PDF-1.4 not really", "pdf"),
    ("english.txt", b"just some english text without chinese", "no Chinese"),
])
def test_bad_input_is_quarantined_with_a_reason(name, raw, reason):
    result = ingest_bytes(name, raw)
    assert result.status == "quarantined"
    assert reason.lower() in result.reason.lower()


def test_truncated_utf8_is_not_silently_mangled():
    raw = TEXT.encode("utf-8")[:-1]
    text, codec = decode_text(raw)
    assert codec.startswith("utf-8 (truncated") and text == TEXT[:-1]
