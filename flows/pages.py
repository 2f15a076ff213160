"""The Jinja2 environment of the data-quality and trend pages (templates in flows/templates/).

Pages are self-contained (inline CSS, inline SVG charts, no network asset) so they open from
file:// and from a mail attachment. Autoescaping is on for every template: a value from the
warehouse reaches a page as text unless it is Markup (only chart SVG from flows.charts is).
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import jinja2
from markupsafe import Markup

# next to the module, so the editable install and a checkout read the same files
TEMPLATES = Path(__file__).parent / "templates"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             finalize=lambda v: "" if v is None else v)  # a NULL shows as an empty cell, not "None"
    env.globals.update(zip=zip, json_script=json_script)
    env.filters["figure"] = figure
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def macros():
    """The macros of macros.html, callable from Python (they return Markup)."""
    return environment().get_template("macros.html").module


def figure(value: object) -> str:
    """A number as a reader writes it: 254, 98.5, 1234567 (no exponent, no trailing zeros)."""
    if value is None:
        return ""
    number = float(value)
    if number.is_integer():
        return str(int(number))
    return f"{number:.2f}".rstrip("0").rstrip(".")


def json_script(element_id: str, data: object) -> Markup:
    """Data for inline JS; '<' is escaped so report text cannot close the script element."""
    payload = json.dumps(data, ensure_ascii=False, default=str).replace("<", "\\u003c")
    return Markup("<script type='application/json' id='{}'>").format(element_id) + Markup(payload) + Markup("</script>")
