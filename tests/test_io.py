"""The JSON document: its shape, its schema, and byte-for-byte determinism."""
import json

import jsonschema
import pytest

import xining
from xining.io import dumps, page_from_dict, page_to_dict, read_json, schema, validate


def test_sample_validates_against_the_shipped_schema(sample_page):
    validate(page_to_dict(sample_page))


def test_schema_rejects_a_malformed_document(sample_page):
    doc = page_to_dict(sample_page)
    doc["articles"][0]["id"] = "../etc"
    with pytest.raises(jsonschema.ValidationError):
        validate(doc)


def test_documented_fields(sample_page):
    doc = page_to_dict(sample_page)
    assert set(doc) >= {"source", "sha256", "articles", "credits", "unassigned"}
    a = doc["articles"][3]
    assert a["headline"] == "前两个月我市规上工业增加值增长9.0%"
    assert a["byline"] == {"agency": "本报讯", "reporters": ["张弘靓"], "correspondents": []}
    assert a["lines"][0] == [97, 104] and len(a["lines"]) == len(a["paragraphs"])
    assert doc["credits"] == [{"name": "黎晓刚", "text": "黎晓刚摄", "line": 210}] * 2


def test_same_input_gives_byte_identical_json(sample_path):
    first = dumps(page_to_dict(xining.read_page(sample_path)))
    second = dumps(page_to_dict(xining.read_page(sample_path)))
    assert first == second and json.loads(first)["sha256"] == xining.read_page(sample_path).sha256


#: Pages where the articles stage weighs shared words (boxes moved to their article, orphans folded, briefs split).
_WEIGHED = ("sidebars", "same_city_stats", "briefs_page", "signed_plus_brief", "para_mixed")
_DIGEST = """
import hashlib, sys
sys.path.insert(0, sys.argv[1])
from _composed import compose
import xining
from xining.io import dumps, page_to_dict
h = hashlib.sha256()
for style in sys.argv[2].split(","):
    for seed in range(6):
        h.update(dumps(page_to_dict(xining.parse_text(compose(style, seed)[0]))).encode())
print(h.hexdigest())
"""


def test_json_is_byte_identical_whatever_the_string_hashing_of_the_process(tmp_path):
    """Sets of words iterate in an order each process draws anew: no sum, tie or choice may follow it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    benchmarks = Path(__file__).resolve().parent.parent / "benchmarks"
    digests = set()
    for seed in ("0", "1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-c", _DIGEST, str(benchmarks), ",".join(_WEIGHED)], env=env,
                             capture_output=True, text=True, check=True)
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_reading_the_json_back_gives_the_same_page(sample_page):
    doc = json.loads(dumps(page_to_dict(sample_page)))
    page = page_from_dict(doc)
    assert page_to_dict(page) == doc
    a4 = page.article("a4")
    assert a4.paragraphs == sample_page.article("a4").paragraphs  # line maps survive: any character traces to its line
    assert [f.id for f in a4.statistics] == [f.id for f in sample_page.article("a4").statistics]
    assert a4.checks[0].message == sample_page.article("a4").checks[0].message


def test_unassigned_headlines_keep_their_lines(tmp_path):
    text = "春季植树造林活动启动\n\n本报讯（记者王五）今年全市新建公园8座。\n"
    page = xining.parse_text(text)
    doc = page_to_dict(page)
    validate(doc)
    assert doc["unassigned"] == [{"text": "春季植树造林活动启动", "lines": [1, 1]}]
    path = tmp_path / "page.json"
    path.write_text(dumps(doc), encoding="utf-8")
    assert read_json(path).unassigned == page.unassigned
