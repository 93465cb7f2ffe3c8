"""The JSON document of a page, and its schema (shipped in the package)."""
from __future__ import annotations

import json
from dataclasses import asdict
from importlib import resources
from typing import Any

from .model import Article, Byline, Check, Figure, Page


def page_to_dict(page: Page) -> dict[str, Any]:
    return {
        "source": page.source,
        "sha256": page.sha256,
        "articles": [article_to_dict(a) for a in page.articles],
        "credits": [{"name": c.name, "text": c.text, "line": c.line} for c in page.credits],
        "unassigned": [h.text for h in page.unassigned],
    }


def article_to_dict(a: Article) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": a.id,
        "headline": a.headline.text if a.headline else None,
        "headline_lines": [a.headline.first_line, a.headline.last_line] if a.headline else None,
        "byline": _byline(a.byline),
        "paragraphs": [p.text for p in a.paragraphs],
        "kinds": [p.kind for p in a.paragraphs],
        "lines": [[p.first_line, p.last_line] for p in a.paragraphs],
        "figures": [figure_to_dict(f) for f in a.figures],
        "checks": [check_to_dict(c) for c in a.checks],
    }
    return d


def check_to_dict(c: Check) -> dict[str, Any]:
    expected = None if c.expected is None else {k: _plain(v) for k, v in asdict(c.expected).items()}
    return {"rule": c.rule, "verdict": c.verdict, "figures": list(c.figures), "values": [_plain(v) for v in c.values],
            "expected": expected, "message": c.message}


FIGURE_FIELDS = (
    "id", "text", "start", "end", "line", "kind", "value", "decimals", "unit", "normalized_value", "normalized_unit",
    "qualifier", "measure", "subject", "period", "scope", "in_headline",
)


def figure_to_dict(f: Figure) -> dict[str, Any]:
    return {name: _plain(getattr(f, name)) for name in FIGURE_FIELDS}


def _plain(value: Any) -> Any:
    """Floats that are whole print as such (801.0 -> 801), so the JSON reads as the page does."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, float):
        return float(f"{value:.12g}")
    return value


def _byline(b: Byline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"agency": b.agency, "reporters": list(b.reporters), "correspondents": list(b.correspondents)}


def dumps(doc: Any) -> str:
    """Deterministic JSON: the same page gives byte-identical output."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    return json.loads(resources.files("xining").joinpath("schema/page.schema.json").read_text("utf-8"))


def validate(doc: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `doc` does not follow the page schema."""
    import jsonschema

    jsonschema.validate(doc, schema())
