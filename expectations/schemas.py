"""Column types of the validation outputs (dq.check_results, dq.failed_rows rows), importable
without importing Great Expectations."""
import polars as pl

CHECK_SCHEMA = {"suite": pl.String, "expectation": pl.String, "column_name": pl.String, "severity": pl.String,
                "success": pl.Boolean, "observed_value": pl.String, "element_count": pl.Int64, "unexpected_count": pl.Int64,
                "unexpected_percent": pl.Float64, "threshold": pl.String, "description": pl.String}
FAILED_SCHEMA = {"suite": pl.String, "expectation": pl.String, "severity": pl.String, "report_id": pl.String,
                 "char_start": pl.Int64, "char_end": pl.Int64, "row_json": pl.String}
