"""Deterministic synthetic corpus of 法治政府建设 reports for benchmarks and crash tests.

Reports have the shape of real ones (title, opening with a document reference, numbered
sections with subsections, filler prose, a problems section, a plan section whose targets are
not facts, a signature and date) with varied orgs, years and figures, written in UTF-8 (plain
or BOM), GB18030 or UTF-16, and a share saved as government HTML pages. Each report's fact
templates say how many facts it states; the corpus manifest sums them for a sanity check.

    python -m bench.corpus OUT_DIR N [--seed 7]
"""
from __future__ import annotations

import argparse
import codecs
import json
import random
from dataclasses import dataclass
from pathlib import Path

PLACE_PARTS = list("平安永和青山东林西河南溪北岭长宁新丰清水白云红石金沙龙泉桃源双江凤凰柳城玉田华阳太和")
COUNTY_SUFFIX = ["县", "县", "区", "市"]
TOWN_SUFFIX = ["镇人民政府", "乡人民政府", "街道办事处", "镇人民政府"]
DEPARTMENTS = ["司法局", "民政局", "市场监督管理局", "自然资源局", "生态环境局", "交通运输局", "应急管理局"]
TOPICS = ["法律宣传", "普法宣传", "民法典宣传", "法治文化", "反诈宣传", "禁毒宣传", "扫黑除恶宣传"]
COURSES = ["法治专题", "行政执法", "依法行政", "法律知识"]
WHO = ["干部职工", "执法人员", "网格员", "村（社区）干部"]
FILLER = [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实上级关于法治政府建设的决策部署。",
    "把法治政府建设纳入年度重点工作，与经济社会发展同部署、同推进、同督促、同考核。",
    "主要负责人切实履行推进法治建设第一责任人职责，定期听取法治建设工作汇报。",
    "严格落实重大行政决策程序规定，坚持公众参与、专家论证、风险评估、合法性审查和集体讨论决定。",
    "持续深化“放管服”改革，优化营商环境，推动政务服务事项网上可办。",
    "健全行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
    "坚持和发展新时代“枫桥经验”，推动矛盾纠纷多元化解。",
    "深入开展“八五”普法，落实“谁执法谁普法”普法责任制。",
    "加强村（社区）法律顾问工作，推动公共法律服务向基层延伸。",
    "自觉接受人大监督、政协民主监督和社会舆论监督，认真办理建议提案。",
    "依法全面推进政务公开，主动公开政府信息，及时回应社会关切。",
    "加强行政规范性文件管理，严格执行合法性审核和备案审查制度。",
]
PROBLEMS = ["法治宣传的形式还不够丰富，针对性和实效性有待增强。", "基层执法力量相对薄弱，执法人员专业素质有待提升。",
            "部分干部运用法治思维和法治方式解决问题的能力还需加强。"]


@dataclass
class Report:
    name: str
    data: bytes
    facts: int
    encoding: str
    org: str
    year: int


def org_name(rng: random.Random) -> tuple[str, str]:
    county = "".join(rng.sample(PLACE_PARTS, 2)) + rng.choice(COUNTY_SUFFIX)
    if rng.random() < 0.25:
        return county + rng.choice(DEPARTMENTS), county
    return county + "".join(rng.sample(PLACE_PARTS, 2)) + rng.choice(TOWN_SUFFIX), county


def fact_sentences(rng: random.Random) -> list[tuple[str, int]]:
    """(sentence, facts it states), each template written as reports phrase it."""
    accepted = rng.randint(20, 400)
    resolved = rng.randint(accepted * 8 // 10, accepted)
    return [
        (f"全年共开展{rng.choice(TOPICS)}活动{rng.randint(3, 80)}次，发放宣传资料{rng.randint(5, 90) * 100}余份。", 2),
        (f"举办{rng.choice(COURSES)}培训班{rng.randint(2, 12)}期，培训{rng.choice(WHO)}{rng.randint(40, 900)}人次。", 2),
        (f"受理矛盾纠纷{accepted}件，调处成功{resolved}件，调处成功率{round(100 * resolved / accepted, 1)}%。", 3),
        (f"接待群众法律咨询{rng.randint(30, 2000)}人次，办理法律援助案件{rng.randint(1, 60)}件。", 2),
        (f"开展行政执法检查{rng.randint(5, 120)}次，查处违法案件{rng.randint(1, 50)}起，罚没款{rng.randint(1, 90)}万元。", 3),
        (f"为{rng.randint(5, 40)}个村（社区）配备法律顾问，实现法律顾问全覆盖。", 1),
        (f"全年办理行政复议案件{rng.randint(0, 20)}件，行政应诉案件{rng.randint(0, 15)}件。", 2),
    ]


def report_text(rng: random.Random, org: str, county: str, year: int) -> tuple[str, int]:
    facts = fact_sentences(rng)
    rng.shuffle(facts)
    short = org.removesuffix("人民政府")
    parts = [f"{org}{year}年度法治政府建设工作报告", "",
             f"根据《{county}全面依法治县委员会办公室关于做好{year}年度法治政府建设年度报告工作的通知》"
             f"（{county[:2]}法办〔{year + 1}〕{rng.randint(1, 30)}号）要求，现将{short}{year}年法治政府建设情况报告如下：",
             "一、主要工作及成效"]
    for i, (sentence, _) in enumerate(facts):
        head = "（" + "一二三四五六七八九"[i] + "）"
        filler = "".join(rng.sample(FILLER, rng.randint(3, 6)))
        parts.append(f"{head}{filler}{sentence}{rng.choice(FILLER)}")
    parts += ["二、存在的问题", "".join(PROBLEMS), "三、下一步工作打算",
              f"{year + 1}年，我们将继续{rng.choice(FILLER)}力争矛盾纠纷调处成功率达到98%以上，全年开展法治宣传活动不少于{rng.randint(10, 30)}次。",
              "", org, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
    return "\n".join(parts) + "\n", sum(n for _, n in facts)


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<script src="/js/jquery.min.js"></script><style>.nav{{color:red}}</style></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 法治政府建设</div>
<table class="meta"><tr><td>索引号：{index}</td><td>发布机构：{org}</td><td>成文日期：{date}</td></tr></table>
<div class="TRS_Editor">{paragraphs}</div>
<div class="footer">【打印本页】【关闭窗口】 回到顶部 版权所有：{county}人民政府 ICP备12345678号</div>
<script>var visits = 12345; document.title += '';</script></body></html>"""


def as_html(text: str, org: str, county: str, year: int, rng: random.Random) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    paragraphs = "".join(f"<p>{ln}</p>" for ln in lines)
    return HTML_PAGE.format(title=lines[0], index=f"11510{rng.randint(100, 999)}/{year + 1}-{rng.randint(10000, 99999)}",
                            org=org, date=f"{year + 1}-0{rng.randint(1, 3)}-1{rng.randint(0, 9)}", paragraphs=paragraphs, county=county)


ENCODINGS = [("utf-8", 0.70), ("gb18030", 0.15), ("utf-8-sig", 0.08), ("utf-16", 0.07)]


def make_report(i: int, seed: int = 7, html_share: float = 0.15) -> Report:
    rng = random.Random(seed * 1_000_003 + i)
    org, county = org_name(rng)
    year = rng.randint(2019, 2024)
    text, facts = report_text(rng, org, county, year)
    if rng.random() < html_share:
        return Report(f"{i:06d}.html", as_html(text, org, county, year, rng).encode("utf-8"), facts, "utf-8+html", org, year)
    encoding = rng.choices([e for e, _ in ENCODINGS], [w for _, w in ENCODINGS])[0]
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le") if encoding == "utf-16" else text.encode(encoding)
    return Report(f"{i:06d}.txt", data, facts, encoding, org, year)


def write_corpus(out: Path, n: int, seed: int = 7, per_folder: int = 1000) -> dict:
    """Write n reports under out/<folder>/ (1000 per folder, as archives are kept); returns the manifest."""
    total_bytes, total_facts, encodings = 0, 0, {}
    for i in range(n):
        r = make_report(i, seed)
        folder = out / f"part_{i // per_folder:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / r.name).write_bytes(r.data)
        total_bytes += len(r.data)
        total_facts += r.facts
        encodings[r.encoding] = encodings.get(r.encoding, 0) + 1
    manifest = {"n_reports": n, "seed": seed, "bytes": total_bytes, "expected_facts": total_facts, "encodings": encodings}
    (out.parent / f"{out.name}.corpus.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(json.dumps(write_corpus(args.out, args.n, args.seed)))
