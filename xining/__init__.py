"""xining: Chinese municipal newspaper pages to articles, figures, checks and reports."""
from importlib.metadata import PackageNotFoundError, version

from .errors import InputError, UnreadableNumber
from .model import Article, Byline, Check, Credit, Expected, Figure, Headline, Page, Paragraph
from .pipeline import parse_bytes, parse_text, read_page, read_pages

try:
    __version__ = version("xining")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Article", "Byline", "Check", "Credit", "Expected", "Figure", "Headline", "InputError", "Page", "Paragraph", "UnreadableNumber",
    "parse_bytes", "parse_text", "read_page", "read_pages", "__version__",
]
