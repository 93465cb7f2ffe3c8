"""Rule 1, encodings: UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM; CRLF or LF; refuse the rest."""
import pytest

from xining import InputError
from xining.reading import decode, read_bytes

TEXT = "本报讯（记者 张三）3月25日，全市工业增长9.0%。\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-le-bom", "utf16-be-bom", "crlf", "cr"],
)
def test_decodes_to_the_same_text(data):
    assert decode(data) == TEXT


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04\x14\x00", "zip"),
        ("正文\x00正文".encode(), "NUL"),
        ("正文\x07正文".encode(), "control character"),
        (b"\xff\xfe\x00\xd8", "undecodable"),  # UTF-16 BOM then a lone surrogate
        (b"\x81\x30\x81\xff\xff\xfe\x80", "undecodable"),
    ],
    ids=["empty", "whitespace", "png", "zip", "nul", "bell", "bad-utf16", "bad-bytes"],
)
def test_refuses_with_one_line_naming_the_problem(data, problem):
    with pytest.raises(InputError) as err:
        decode(data, "page.txt")
    message = str(err.value)
    assert message.startswith("page.txt: ") and problem in message and "\n" not in message


def test_mojibake_is_refused_not_returned():
    latin1_bytes = "Über größe äöü ñç øå, très été, señor".encode("latin-1")
    with pytest.raises(InputError, match="undecodable"):
        decode(latin1_bytes, "x.txt")


@pytest.mark.parametrize("data, what", [
    (b"<!DOCTYPE html><html><body>\xe9\xa1\xb5\xe9\x9d\xa2\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8</body></html>",
     "an HTML page, perhaps a failed download"),
    (b"\n<html><head><title>404</title></head></html>", "an HTML page, perhaps a failed download"),
    (b"\x89PNG\r\n\x1a\n0000", "a PNG image"),
    (b"", "an empty file"),
    ("本报讯（记者 张明）河道综合治理工程日前完工。".encode(), "no %PDF- header"),
])
def test_a_file_named_pdf_that_is_no_pdf_says_what_it_holds(tmp_path, data, what):
    path = tmp_path / "2024-04-19-A06.PDF"
    path.write_bytes(data)
    with pytest.raises(InputError) as e:
        read_bytes(path)
    assert str(e.value) == f"{path}: not a PDF ({what})"
