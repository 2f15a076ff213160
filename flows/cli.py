"""The `lawreports` command line: run the nightly flow, write the data-quality report and the trend pages, serve the schedule."""
from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from flows.settings import configure_environment, ensure_prefect_api

app = typer.Typer(add_completion=False, help="Chinese 法治政府建设 annual reports -> quantitative facts in DuckDB.")
console = Console(stderr=True, soft_wrap=True)  # one line per message: logs stay greppable
@app.command()
def run(
    input: Path = typer.Option(Path("seeds"), "--input", help="folder of reports (txt, html, docx, pdf)"),
    warehouse: Path = typer.Option(Path("warehouse/lawreports.duckdb"), "--warehouse", help="DuckDB file to update"),
    report_dir: Path | None = typer.Option(None, "--report-dir", help="also write the data-quality report here"),
    batch_size: int = typer.Option(0, "--batch-size", min=0, help="files per task (0: up to 1000, evenly over the workers)"),
    workers: int = typer.Option(0, "--workers", min=0, help="local Dask worker processes (0: one per core when there is enough work)"),
    dask_address: str | None = typer.Option(None, "--dask-address", help="run the batch tasks on this Dask scheduler (tcp://HOST:PORT)"),
) -> None:
    """Extract every report under INPUT into WAREHOUSE. Exit 0 when the run worked, even if some
    files were bad (they are recorded in dq.files); 1 when the run itself failed; 2 for bad
    arguments; 3 when another run is writing the same warehouse (nothing touched)."""
    configure_environment()
    if not input.is_dir():
        console.print(f"[red]error:[/red] input folder not found: {input}")
        raise typer.Exit(2)
    from flows.lock import WarehouseLocked, current_holder, describe

    holder = current_holder(warehouse)
    if holder is not None:  # say so before importing and starting Prefect (the flow checks again)
        console.print(f"[yellow]refused:[/yellow] another run is writing {warehouse} ({describe(holder)})")
        raise typer.Exit(3)
    from flows import progress
    from flows.pipeline import discover_files, nightly, start_importing_great_expectations

    start_importing_great_expectations()  # overlaps the Prefect backend's start-up
    found = discover_files(input)
    total = len(found)
    n_workers, batch_size = _plan(input, warehouse, found, workers, batch_size, dask_address)
    with Progress(TextColumn("[bold]lawreports[/bold] {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        job = bar.add_task("extracting", total=max(total, 1))
        progress.install(lambda n: bar.advance(job, n))
        try:
            summary = nightly(input_dir=str(input), warehouse=str(warehouse), batch_size=batch_size, workers=n_workers,
                              dask_address=dask_address)
        except WarehouseLocked as exc:  # not a failed run: nothing was touched
            console.print(f"[yellow]refused:[/yellow] {exc}")
            raise typer.Exit(3) from exc
        except Exception as exc:  # the run itself failed: say so, still write the report, exit non-zero
            console.print(f"[red]run failed:[/red] {type(exc).__name__}: {exc}")
            _write_report(warehouse, report_dir)
            raise typer.Exit(1) from exc
        finally:
            progress.install(None)
    _print_summary(summary)
    _print_file_problems(warehouse, summary["run_id"])
    _write_report(warehouse, report_dir)


def _plan(input: Path, warehouse: Path, found: list[str], workers: int, batch_size: int,
          dask_address: str | None) -> tuple[int, int]:
    """(local worker processes, files per task): a Dask cluster only when there is enough new work."""
    from flows.runners import auto_batch_size, auto_workers, likely_new_files

    new_files = likely_new_files(warehouse, input, found)
    n_workers = workers or auto_workers(new_files, batch_size or 1000)
    if n_workers > 1 or dask_address:
        ensure_prefect_api()  # one Prefect backend shared by the workers
    return n_workers, batch_size or auto_batch_size(len(found), n_workers, new_files)


def _write_report(warehouse: Path, report_dir: Path | None) -> None:
    if report_dir is None or not warehouse.exists():
        return
    from flows.report import write_report

    index = write_report(warehouse, report_dir)
    console.print(f"data-quality report: {index.resolve()}  (markdown: {(index.parent / 'summary.md').resolve()})")


def _print_summary(s: dict) -> None:
    console.print(
        f"run {s['run_id']} {s['status']}: {s['files_seen']} files, {s['reports_loaded']} reports loaded, "
        f"{s['reports_unchanged']} unchanged, {s['duplicates']} duplicates, {s['files_quarantined']} quarantined\n"
        f"facts: {s['facts_event']} event, {s['facts_count']} count, {s['facts_rate']} rate; "
        f"{s['facts_quarantined']} fact rows quarantined, {s['mentions_unparsed']} numbers unparsed, "
        f"{s['checks_failed']} checks failed\ntime: extract {s['extract_seconds']:.1f} s, publish {s['publish_seconds']:.1f} s\n"
        f"warehouse: {s['warehouse']}"
    )


def _print_file_problems(warehouse: Path, run_id: str, limit: int = 50) -> None:
    """One line per file not loaded as a report, or loaded with a note (repaired, no year), from dq.files."""
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select status, source_file, reason from dq.files where run_id = ? and (status not in "
                           "('loaded', 'unchanged') or status = 'loaded' and reason <> '') order by status, source_file", [run_id]).fetchall()
    for status, source_file, reason in rows[:limit]:
        console.print(f"{status}: {source_file}: {reason}", markup=False, highlight=False)
    if len(rows) > limit:
        console.print(f"... and {len(rows) - limit} more: select * from dq.files where run_id = '{run_id}'")


@app.command()
def report(
    warehouse: Path = typer.Option(Path("warehouse/lawreports.duckdb"), "--warehouse"),
    out: Path = typer.Option(Path("warehouse/report"), "--out", help="folder for index.html, summary.md and reports/"),
    run_id: str | None = typer.Option(None, "--run", help="run to report on (default: the latest)"),
) -> None:
    """Write the data-quality report of a run: index.html, one review page per report under
    reports/, and summary.md (self-contained, no network assets)."""
    if not warehouse.exists():
        console.print(f"[red]error:[/red] warehouse not found: {warehouse}")
        raise typer.Exit(2)
    from flows.report import write_report

    try:
        index = write_report(warehouse, out, run_id)
    except ValueError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"data-quality report: {index.resolve()}  (markdown: {(index.parent / 'summary.md').resolve()})")


@app.command()
def trends(
    warehouse: Path = typer.Option(Path("warehouse/lawreports.duckdb"), "--warehouse"),
    out: Path = typer.Option(Path("warehouse/trends"), "--out", help="folder for index.html, metrics/, orgs/ and reports/"),
) -> None:
    """Write the trend pages: each metric's coverage per year (index.html), one page per metric
    and per reporting body, every figure linked to its sentence on the report's review page
    (self-contained, no network assets; read-only on the warehouse)."""
    if not warehouse.exists():
        console.print(f"[red]error:[/red] warehouse not found: {warehouse}")
        raise typer.Exit(2)
    from flows.trends import write_trends

    index = write_trends(warehouse, out)
    console.print(f"trend pages: {index.resolve()}")


@app.command("eval")
def evaluate(
    warehouse: Path = typer.Option(..., "--warehouse", help="warehouse built from the gold's texts"),
    gold: Path = typer.Option(..., "--gold", help="gold facts (JSON Lines, dev/GUIDELINE.md)"),
    texts: Path = typer.Option(..., "--texts", help="folder holding the gold's documents"),
    pages: Path | None = typer.Option(None, "--pages", help="page labels (doc, org_key, year, split, determined_by)"),
    metric_gold: Path | None = typer.Option(None, "--metric-gold", help="metric of each gold fact (dev/metric_gold.jsonl)"),
    split: str | None = typer.Option(None, "--split", help="score only the pages of this split (tune | measure | tune_extra)"),
    name: str = typer.Option("", "--name", help="label of the printed line"),
    errors: bool = typer.Option(False, "--errors", help="also list missed, extra and wrong facts and wrong bodies"),
    as_json: bool = typer.Option(False, "--json", help="print the figures as one JSON object"),
) -> None:
    """Score a warehouse's facts (and reporting bodies, with --pages) against a gold annotation."""
    import json

    import duckdb

    from flows import evaluate as ev

    labels = ev.read_jsonl(pages) if pages else []
    docs = {lab["doc"] for lab in labels if split in (None, lab.get("split"))} if labels else None
    files = sorted(p for p in texts.iterdir() if p.is_file() and (docs is None or p.name in docs))
    doc_texts = {p.name: ev.decoded_text(p) for p in files}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        golds = [g for g in ev.read_jsonl(gold) if g["doc"] in doc_texts]
        golds = ev.with_metric_gold(golds, ev.read_jsonl(metric_gold)) if metric_gold else golds
        facts = ev.score_facts(golds, ev.warehouse_facts(con), doc_texts)
        orgs = ev.score_orgs([lab for lab in labels if lab["doc"] in doc_texts], ev.warehouse_orgs(con)) if labels else None
    figures = {"set": name, **facts.figures(), **({"orgs": orgs} if orgs else {})}
    if errors:
        print("\n".join(facts.errors + [f"WRONG BODY {d}" for d in (orgs or {}).get("wrong_docs", [])]))
    if as_json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    f = figures
    line = (f"{name:<12} docs {f['docs']:>3}  gold {f['gold']:>4}  pred {f['predicted']:>4}  P {f['precision']:.3f}  R {f['recall']:.3f}  "
            f"F1 {f['f1']:.3f}  strict F1 {f['strict_f1']:.3f}  subject {f['subject_acc']:.3f}  value {f['value_acc']:.3f}  kind {f['kind_acc']:.3f}")
    if f["metric_judged"]:
        line += (f"\n{'':<12} metrics: mapped {f['metric_coverage']:.3f} of {f['metric_judged']} matched facts, right "
                 f"{f['metric_precision']:.3f} of those mapped; the gold names a metric for {f['metric_gold_share']:.3f}, "
                 f"found {f['metric_recall']:.3f} of those")
    if orgs:
        line += (f"\n{'':<12} bodies: right {orgs['org_right_of_determined']:.3f} of {orgs['determined_by_text']} named in the text, "
                 f"wrong {orgs['org_wrong']} ({orgs['org_wrong_share']:.3f}), no key {orgs['org_key_missing']}, "
                 f"year pairs linked {orgs['year_pairs_linked']}/{orgs['year_pairs']}, year right {orgs['year_right']:.3f}")
    print(line)


@app.command()
def export(
    warehouse: Path = typer.Option(Path("warehouse/lawreports.duckdb"), "--warehouse"),
    out: Path = typer.Option(Path("warehouse/lawreports.xlsx"), "--out", help="Excel workbook to write (.xlsx)"),
) -> None:
    """Write the analyst marts to an Excel workbook: a sheet per mart, Chinese column headers."""
    if not warehouse.exists():
        console.print(f"[red]error:[/red] warehouse not found: {warehouse}")
        raise typer.Exit(2)
    from flows.export import write_workbook

    sheets = write_workbook(warehouse, out)
    console.print(f"workbook: {out.resolve()}  (" + ", ".join(f"{name} {n} rows" for name, n in sheets.items()) + ")")


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def sql(
    ctx: typer.Context,
    warehouse: Path = typer.Option(Path("warehouse/lawreports.duckdb"), "--warehouse"),
) -> None:
    """Open the warehouse read-only in the DuckDB shell (the pinned duckdb-cli, same version as the
    library); extra arguments go to the shell: lawreports sql -c "from analytics.org_scorecard"."""
    import os
    import shutil

    if not warehouse.exists():
        console.print(f"[red]error:[/red] warehouse not found: {warehouse}")
        raise typer.Exit(2)
    shell = Path(sys.executable).with_name("duckdb")
    shell = str(shell) if shell.exists() else shutil.which("duckdb")
    if shell is None:
        console.print("[red]error:[/red] no duckdb shell: run `make venv` (it installs duckdb-cli)")
        raise typer.Exit(2)
    sys.stdout.flush()
    os.execv(shell, [shell, "-readonly", str(warehouse), *ctx.args])


@app.command()
def serve() -> None:
    """Serve the nightly deployment (02:00 Asia/Shanghai); needs PREFECT_API_URL of a running
    `prefect server start`."""
    configure_environment()
    from prefect import serve as prefect_serve

    from flows.deploy import nightly_deployment

    prefect_serve(nightly_deployment())


if __name__ == "__main__":
    sys.exit(app())
