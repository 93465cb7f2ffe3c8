"""The JSON document: its shape, its schema, and byte-for-byte determinism."""
import json

import jsonschema
import pytest

import xining
from xining.io import dumps, page_to_dict, schema, validate


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


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())
