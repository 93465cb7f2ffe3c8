"""The JSON document of a page, both ways, and its schema (shipped in the package).

`make report` writes each page's JSON once; notebooks and the corpus read it back with
`page_from_dict` (or `read_json`) instead of parsing the page again.
"""
from __future__ import annotations

import functools
import json
import math
import os
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from .model import Article, Block, Box, Byline, Check, Credit, Expected, Figure, Headline, Page, Paragraph


def page_to_dict(page: Page) -> dict[str, Any]:
    return {
        "source": page.source,
        "sha256": page.sha256,
        "articles": [article_to_dict(a) for a in page.articles],
        "credits": [{"name": c.name, "text": c.text, "line": c.line} for c in page.credits],
        "unassigned": [{"text": h.text, "lines": [h.first_line, h.last_line]} for h in page.unassigned],
        **({"blocks": [block_to_dict(b) for b in page.blocks]} if page.blocks else {}),
    }


def block_to_dict(b: Block) -> dict[str, Any]:
    """A block kept on the page besides article text: kind, text, the article it frames (if any), where it was printed."""
    return {"kind": b.kind, "text": b.text, "article": f"a{b.group}" if b.group is not None else None,
            "line_map": [list(pair) for pair in b.lines], "boxes": [box_to_list(x) for x in b.boxes]}


def box_to_list(b: Box) -> list[float]:
    """[page, x0, y0, x1, y1] in PDF points (origin bottom-left), rounded to 0.1 pt so the output is stable."""
    return [b.page, *(_plain(round(v, 1)) for v in (b.x0, b.y0, b.x1, b.y1))]


def box_from_list(v: list[float]) -> Box:
    return Box(int(v[0]), float(v[1]), float(v[2]), float(v[3]), float(v[4]))


def article_to_dict(a: Article) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": a.id,
        "headline": a.headline.text if a.headline else None,
        "headline_lines": [a.headline.first_line, a.headline.last_line] if a.headline else None,
        "byline": _byline(a.byline),
        "paragraphs": [p.text for p in a.paragraphs],
        "kinds": [p.kind for p in a.paragraphs],
        "lines": [[p.first_line, p.last_line] for p in a.paragraphs],
        "line_maps": [[list(pair) for pair in p.line_map] for p in a.paragraphs],
        "figures": [figure_to_dict(f) for f in a.figures],
        "checks": [check_to_dict(c) for c in a.checks],
    }
    if any(p.boxes for p in a.paragraphs):  # PDF input: where each line was printed, and each figure
        d["boxes"] = [[box_to_list(b) for b in p.boxes] for p in a.paragraphs]
        where = figure_boxes(a)
        for f, fd in zip(a.figures, d["figures"]):
            fd["box"] = box_to_list(where[f.id]) if f.id in where else None
    return d


def line_boxes(a: Article) -> dict[int, Box]:
    """Where each line of a PDF page's article text was printed (nothing for a text dump)."""
    return {n: box for p in a.paragraphs for (_, n), box in zip(p.line_map, p.boxes)}


def figure_boxes(a: Article) -> dict[str, Box]:
    """Where each body figure of a PDF page was printed: the box of its line (none for a text dump, or a headline)."""
    where = line_boxes(a)
    return {f.id: where[f.line] for f in a.figures if not f.in_headline and f.line in where}


def check_to_dict(c: Check) -> dict[str, Any]:
    refused: dict[str, str] = {}
    expected = None if c.expected is None else {k: _plain(v, f"expected.{k}", refused) for k, v in asdict(c.expected).items()}
    d = {"rule": c.rule, "verdict": c.verdict, "figures": list(c.figures),
         "values": [_plain(v, f"values[{i}]", refused) for i, v in enumerate(c.values)], "expected": expected, "message": c.message,
         "roles": {"whole": c.whole, "parts": list(c.parts), "printed": c.printed},
         "recomputed": c.recomputed, "lines": list(c.lines), "sentences": [list(s) for s in c.sentences]}
    if refused:
        d["refused"] = refused
    return d


FIGURE_FIELDS = (
    "id", "text", "start", "end", "line", "kind", "value", "decimals", "unit", "normalized_value", "normalized_unit",
    "qualifier", "measure", "subject", "period", "scope", "in_headline",
)


def figure_to_dict(f: Figure) -> dict[str, Any]:
    refused: dict[str, str] = {}
    d = {name: _plain(getattr(f, name), name, refused) for name in FIGURE_FIELDS}
    if refused:
        d["refused"] = refused
    return d


def _plain(value: Any, name: str = "", refused: dict[str, str] | None = None) -> Any:
    """Floats that are whole print as such (801.0 -> 801), so the JSON reads as the page does.

    JSON has no Infinity or NaN: such a value becomes null, and `refused[name]` says why.
    """
    if isinstance(value, float) and not math.isfinite(value):
        if refused is not None:
            refused[name] = f"{value} is not a finite number (out of the range of a double), left null"
        return None
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
    """Deterministic, valid JSON: the same page gives byte-identical output; never NaN or Infinity."""
    return json.dumps(_finite(doc), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _finite(doc: Any) -> Any:
    """A non-finite float that reached here without a reason (a table row) becomes null."""
    if isinstance(doc, float):
        return doc if math.isfinite(doc) else None
    if isinstance(doc, dict):
        return {k: _finite(v) for k, v in doc.items()}
    if isinstance(doc, (list, tuple)):
        return [_finite(v) for v in doc]
    return doc


def schema() -> dict[str, Any]:
    return json.loads(resources.files("xining").joinpath("schema/page.schema.json").read_text("utf-8"))


def validate(doc: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when `doc` does not follow the page schema."""
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(doc))
    if error is not None:
        raise error


@functools.cache
def _validator():
    """The schema's validator, built once (checking the schema itself costs more than validating a page)."""
    import jsonschema

    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


# --- back from JSON ----------------------------------------------------------------------
def page_from_dict(doc: dict[str, Any]) -> Page:
    """The `Page` a JSON document describes (the inverse of `page_to_dict`)."""
    return Page(
        doc["source"],
        doc["sha256"],
        tuple(article_from_dict(a) for a in doc["articles"]),
        tuple(Credit(c["name"], c["text"], c.get("line", 1)) for c in doc["credits"]),
        tuple(Headline(h["text"], *h["lines"]) for h in doc["unassigned"]),
        tuple(Block(b["kind"], b["text"], tuple((o, n) for o, n in b["line_map"]), tuple(box_from_list(x) for x in b["boxes"]),
                    int(b["article"][1:]) if b["article"] else None) for b in doc.get("blocks", ())),
    )


def article_from_dict(d: dict[str, Any]) -> Article:
    headline = Headline(d["headline"], *d["headline_lines"]) if d.get("headline") is not None else None
    b = d.get("byline")
    byline = Byline(b["agency"], tuple(b["reporters"]), tuple(b["correspondents"])) if b else None
    boxes = d.get("boxes") or [[] for _ in d["paragraphs"]]
    paragraphs = tuple(
        Paragraph(text, kind, first, last, tuple((offset, line) for offset, line in line_map), tuple(box_from_list(x) for x in bx))
        for text, kind, (first, last), line_map, bx in zip(d["paragraphs"], d["kinds"], d["lines"], d["line_maps"], boxes)
    )
    return Article(d["id"], headline, byline, paragraphs,
                   tuple(figure_from_dict(f) for f in d.get("figures", ())),
                   tuple(check_from_dict(c) for c in d.get("checks", ())))


def figure_from_dict(d: dict[str, Any]) -> Figure:
    fields = {name: d[name] for name in FIGURE_FIELDS}
    for name in ("value", "normalized_value"):
        if fields[name] is not None:
            fields[name] = float(fields[name])
    return Figure(**fields)


def check_from_dict(d: dict[str, Any]) -> Check:
    e = d.get("expected")
    expected = Expected(*(math.nan if e[k] is None else float(e[k]) for k in ("value", "lo", "hi"))) if e else None  # null: refused
    values = tuple(None if v is None else float(v) for v in d["values"])
    roles = d.get("roles") or {}
    return Check(d["rule"], d["verdict"], tuple(d["figures"]), values, expected, d["message"]["zh"], d["message"]["en"],
                 roles.get("whole"), tuple(roles.get("parts", ())), roles.get("printed"), d.get("recomputed"),
                 tuple(d.get("lines", ())), tuple(tuple(s) for s in d.get("sentences", ())))


def holds_another_page(path: str | os.PathLike, page: Page) -> bool:
    """Whether writing `page`'s output at `path` would lose something: a page document of another file with other
    bytes (an earlier run's page of the same stem), or a file that is no page document. Nothing there loses nothing."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return True
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return True
    return doc.get("sha256") != page.sha256 and os.path.realpath(doc["source"]) != os.path.realpath(page.source)


def read_json(path: str | os.PathLike) -> Page:
    """A page from the JSON that `xining parse --out` or `make report` wrote."""
    with open(path, encoding="utf-8") as f:
        return page_from_dict(json.load(f))
