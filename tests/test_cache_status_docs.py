"""README's Cache-Status section names every `detail` the code can put in a Cache-Status:
collected from the code itself (AST), so a new reason or error detail fails here until
it is documented."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    path
    for folder in ("proxy", "policies")
    for path in sorted((ROOT / folder).rglob("*.py"))
    if "verify" not in path.parts
]


def _strings(node: ast.AST | None) -> list[str]:
    """The string constants of a tuple or list literal (or of one string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List):
        elements = [e for e in node.elts if isinstance(e, ast.Constant)]
        return [e.value for e in elements if isinstance(e.value, str)]
    return []


class _Details(ast.NodeVisitor):
    """Bypass reasons (`reasons.append("x")`, `reasons=("x",)`, `Decision(..., ("x",))`,
    the tuple a `*refusals*` function returns) and error details (`detail = "x"`)."""

    def __init__(self) -> None:
        self.found: set[str] = set()
        self._functions: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in ("append", "extend")
            and isinstance(func.value, ast.Name)
            and func.value.id == "reasons"
        ):
            for arg in node.args:
                self.found.update(_strings(arg))
        if isinstance(func, ast.Attribute) and func.attr == "bypass" and node.args:
            self.found.update(_strings(node.args[0]))  # `status.bypass(("x",))`
        if isinstance(func, ast.Name) and func.id == "Decision" and len(node.args) == 5:
            self.found.update(_strings(node.args[4]))
        for keyword in node.keywords:
            if keyword.arg == "reasons":
                self.found.update(_strings(keyword.value))
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        if self._functions and "refusal" in self._functions[-1]:
            self.found.update(_strings(node.value))
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "detail" for t in node.targets):
            self.found.update(_strings(node.value))
        self.generic_visit(node)


def code_details() -> set[str]:
    details = _Details()
    for path in SOURCES:
        details.visit(ast.parse(path.read_text(), str(path)))
    for path in SOURCES:  # literal ones in Cache-Status values: `detail=semantic`, ...
        for match in re.finditer(r'detail=\\?"?([a-z][a-z-]*)', path.read_text()):
            details.found.add(match[1])
    return details.found


def cache_status_section() -> str:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("Responses carry `Cache-Status`")
    return readme[start : readme.index("\n## ", start)]


def test_code_details_are_found() -> None:
    found = code_details()
    # (the collector still sees each kind of source: a reason, an error's, a literal one)
    assert {"body-too-large", "unkeyable", "only-if-cached", "semantic", "passthrough"} <= found


def test_readme_lists_every_detail_the_code_emits() -> None:
    section = cache_status_section()
    forms = ("`{}`", '"{}"', "detail={};")
    missing = sorted(
        d for d in code_details() if not any(form.format(d) in section for form in forms)
    )
    assert not missing, f"Cache-Status details the README does not list: {missing}"


def test_readme_lists_no_detail_the_code_does_not_emit() -> None:
    # the bypass row's reasons are the backticked words before each explanation
    lines = cache_status_section().splitlines()
    row = next(line for line in lines if 'fwd=bypass; detail="..."' in line)
    listed = set(re.findall(r"`([a-z][a-z-]*)`", row.split("|")[2]))
    settings = {"models_allow", "models_deny", "max_body_bytes", "max_temperature"}
    settings |= {"cache_tools", "cache_n", "cache_logprobs", "cache_seed", "input_type"}
    stale = sorted(listed - code_details() - settings)
    assert not stale, f"README lists bypass details the code never emits: {stale}"
