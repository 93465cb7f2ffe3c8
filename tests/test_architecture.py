"""The package's shape: every module listed in README in the order data flows, and no import runs back up."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "xining"


def readme_order() -> list[str]:
    """Module names from README's layout block: `lexicon/units.py` -> `lexicon.units`."""
    block = re.search(r"```\nxining/\n(.*?)\n(?=\S)", (ROOT / "README.md").read_text("utf-8"), re.S).group(1)
    return [m.group(1)[:-3].replace("/", ".") for m in re.finditer(r"^  (\S+\.py)\s", block, re.M)]


def package_modules() -> set[str]:
    return {".".join(p.relative_to(PACKAGE).with_suffix("").parts) for p in PACKAGE.rglob("*.py")} - {"lexicon.__init__"}


def module_imports(module: str) -> set[str]:
    """Modules of xining imported at module level (not inside functions) by `module`."""
    path = PACKAGE / (module.replace(".", "/") + ".py")
    package = module.split(".")[:-1]
    found = set()
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            if node.module:
                target = ".".join(base + node.module.split("."))
                found.add(target)
            else:  # `from . import a, b`: the names are modules
                found.update(".".join(base + [alias.name]) for alias in node.names)
    return {t for t in found if t in package_modules()}


def test_readme_lists_every_module_once():
    order = readme_order()
    assert len(order) == len(set(order))
    assert set(order) == package_modules()


def test_no_module_imports_one_below_it():
    order = readme_order()
    rank = {m: i for i, m in enumerate(order)}
    upward = [(m, t) for m in order if m != "__init__" for t in module_imports(m) if rank[t] >= rank[m]]
    assert upward == []


def test_the_model_imports_no_other_module_at_module_level():
    assert module_imports("model") == set()
