def test_nightly_deployment_runs_at_two_shanghai_time():
    from flows.deploy import nightly_deployment

    deployment = nightly_deployment()
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == "Asia/Shanghai"
    assert deployment.parameters["warehouse"].endswith(".duckdb")


def test_cli_run_refuses_a_missing_input_folder(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["run", "--input", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "input folder not found" in result.output
