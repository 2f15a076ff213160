"""Raw file bytes -> report text, with a status and a reason a person understands.

Text files: BOM, then strict UTF-8, then strict GB18030, then charset-normalizer; a decode
that is not confident is refused rather than turned into mojibake. HTML: the article body
without navigation, scripts or styles. DOCX: paragraphs. PDF: the text layer, its wrapped lines joined into paragraphs.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
MIN_CJK_SHARE = 0.2  # below this a "report" is not Chinese prose (binary, wrong codec)


@dataclass
class Ingested:
    status: str  # ok | quarantined
    reason: str
    text: str = ""
    encoding: str = ""


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


_NOT_CJK = re.compile("[^\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+")
_SPACES = re.compile(r"\s+")


def cjk_share(text: str) -> float:
    """Share of Chinese characters and CJK punctuation among the visible characters."""
    # counted by deleting the others (findall built a list of one-character strings per file)
    visible = len(_SPACES.sub("", text))
    return len(_NOT_CJK.sub("", text)) / visible if visible else 0.0


def _utf8_line(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_mixed(raw: bytes) -> tuple[str, str] | None:
    """Files pasted together from UTF-8 and GB18030 sources: decode line by line when some
    Chinese lines are valid UTF-8 and others are not (decoding the whole as GB18030 would turn
    the UTF-8 lines into mojibake). None when the file is not such a mix."""
    lines = raw.split(b"\n")
    utf8 = [_utf8_line(line) for line in lines]
    utf8_chinese = sum(1 for t in utf8 if t and cjk_share(t) >= 0.3 and len(t) >= 2)
    other = sum(1 for t in utf8 if t is None)
    if not utf8_chinese or not other:
        return None
    out = [t if t is not None else line.decode("gb18030", errors="replace") for t, line in zip(utf8, lines)]
    replaced = sum(t.count("\ufffd") for t in out)
    note = f"mixed: {utf8_chinese} UTF-8 and {other} GB18030 lines, decoded line by line"
    return "\n".join(out), note + (f"; {replaced} undecodable bytes shown as \ufffd" if replaced else "")


def decode_text(raw: bytes) -> tuple[str, str]:
    """(text, encoding); raises UnicodeDecodeError when no codec reads it confidently."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(codec), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return raw[: exc.start].decode("utf-8"), "utf-8 (truncated: last incomplete character dropped)"
    mixed = decode_mixed(raw)
    if mixed is not None:
        return mixed
    try:
        text = raw.decode("gb18030")
        if cjk_share(text) >= MIN_CJK_SHARE:  # GB18030 decodes most byte soup: accept only Chinese
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise UnicodeDecodeError("unknown", raw[:16], 0, min(len(raw), 16), "no encoding reads this file confidently")
    return str(best), best.encoding


def html_to_text(html: str) -> str:
    """The article body of a saved government web page, one block per line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "button", "select"]):
        tag.decompose()
    meta_lines = [m.get_text(" ", strip=True) for m in soup.find_all(string=re.compile("索引号|发布机构|成文日期|发布日期"))]
    body = None
    for selector in (".TRS_Editor", ".trs_editor", "#zoom", ".zoom", "#UCAP-CONTENT", ".article-content",
                     ".article_content", ".content", "#content", "article", ".article", "main"):
        found = soup.select_one(selector)
        if found and len(found.get_text(strip=True)) > 200:
            body = found
            break
    if body is None:
        blocks = soup.find_all(["div", "td", "section", "body"]) or [soup]
        body = max(blocks, key=lambda b: len(b.find_all("p", recursive=False)) * 1000 + len(b.get_text(strip=True)))
    title = soup.title.get_text(strip=True) if soup.title else ""
    lines = [ln.strip() for ln in body.get_text("\n").splitlines() if ln.strip()]
    header = [title] if title and (not lines or title not in lines[0]) else []
    return "\n".join(header + [m for m in meta_lines if m not in lines][:4] + lines)


def docx_to_text(raw: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(raw))
    return "\n".join(p.text for p in document.paragraphs)


def pdf_to_text(raw: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return "\n".join(paragraphs_of_lines(page.extract_text_lines()) for page in pdf.pages)


def paragraphs_of_lines(lines: list[dict]) -> str:
    """A PDF page's text from its visual lines (pdfplumber: text, x0, x1, chars), paragraphs made whole again.
    A line that reaches the right margin, followed by one that is not indented, was wrapped there: the two
    are one text (受理矛 | 盾纠纷254件 is 受理矛盾纠纷254件, and 254 | 件 keeps its unit), as the sentence reader
    needs; a short line (a heading, a paragraph's last) or an indented next line (a new paragraph) ends it.
    Only a page at least 20 characters wide is read so: a page of short lines has no margin to reach. A line
    of cells (a table row: words set apart by two or more gaps) is never joined to the next row."""
    if not lines:
        return ""
    left, right = min(line["x0"] for line in lines), max(line["x1"] for line in lines)
    out = [lines[0]["text"]]
    for before, line in zip(lines, lines[1:]):
        size = (before.get("chars") or [{}])[-1].get("size", 10.0)
        wrapped = (right - left >= 20 * size and right - before["x1"] <= 1.5 * size and line["x0"] - left < size
                   and before["text"].count(" ") < 2)
        out.append(("" if wrapped else "\n") + line["text"])
    return "".join(out)


def ingest_bytes(name: str, raw: bytes) -> Ingested:
    """Decode one input file; never raises for bad input, says why instead."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        return Ingested("quarantined", f"unsupported file type '{suffix}' (supported: txt, html, docx, pdf)")
    if not raw.strip():
        return Ingested("quarantined", "empty file")
    try:
        if suffix == ".docx":
            text, encoding = docx_to_text(raw), "docx"
        elif suffix == ".pdf":
            text, encoding = pdf_to_text(raw), "pdf"
            if not text.strip():
                return Ingested("quarantined", "PDF has no text layer (scanned image); needs OCR")
        else:
            text, encoding = decode_text(raw)
            if suffix in HTML_SUFFIXES or re.match(r"\s*<(!doctype|html)", text[:200], re.I):
                text, encoding = html_to_text(text), encoding + "+html"
    except UnicodeDecodeError:
        return Ingested("quarantined", "text encoding could not be determined confidently (not UTF-8/GB18030/UTF-16)")
    except Exception as exc:  # a corrupt docx/pdf is bad input, not a crashed run
        return Ingested("quarantined", f"could not read {suffix} file: {type(exc).__name__}: {exc}"[:300])
    text = text.lstrip("\ufeff")
    if cjk_share(text) < MIN_CJK_SHARE:
        return Ingested("quarantined", "no Chinese report text found (binary or wrong encoding)", text="", encoding=encoding)
    salvaged = encoding.startswith(("mixed", "utf-8 (truncated"))  # loaded, but the morning reader should know
    return Ingested("ok", f"decoded with repair: {encoding}" if salvaged else "", text, encoding)
