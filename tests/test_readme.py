"""The README stays true: it shows the two commands and documents every CLI command and option."""
import argparse
from pathlib import Path

from xining.cli import _parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_two_commands():
    assert "make report" in README and "make test" in README


def test_every_command_and_option_is_documented():
    for name, sub in _subcommands().items():
        assert f"xining {name}" in README, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert flag in README, f"xining {name} {flag}"
