"""One spelling for a command-line question asked several ways (pure, precompiled).

A flag of a well-known tool written long or short, from a closed table per tool and
subcommand ("git push -f" / "git push --force", "docker run -d" / "--detach", "kubectl
apply -f" / "--filename", "kubectl logs -f" / "--follow", "rm -R" / "rm -r" / "rm
--recursive", "ls -a" / "ls --all"): each is written long, only when the tool and the
subcommand are the ones the table names ("scp -P" / "scp -p", "git checkout -b" / "-B",
"curl -I" / "curl -i" still differ). An ask for a command ("Command to X", "What's the
command to X", "<tool> command to X") is "How do I X" ("How do I X with <tool>"); "k8s" is
"Kubernetes", "AWS S3" / "Amazon S3" "S3" (EC2 alike).
"""

from __future__ import annotations

import re

__all__ = ["canonical_cli"]

_I = re.IGNORECASE
_RUN = {
    "-d": "--detach",
    "-i": "--interactive",
    "-t": "--tty",
    "-p": "--publish",
    "-v": "--volume",
    "-e": "--env",
}
# (tool, subcommand) -> short flag -> long flag; "*" any subcommand, "" the tool alone
_FLAGS: dict[tuple[str, str], dict[str, str]] = {
    ("git", "push"): {"-f": "--force", "-u": "--set-upstream"},
    ("git", "commit"): {"-m": "--message", "-a": "--all"},
    ("git", "branch"): {"-a": "--all", "-r": "--remotes"},
    ("git", "add"): {"-A": "--all"},
    ("docker", "run"): _RUN,
    ("docker", "create"): _RUN,
    ("docker", "rm"): {"-f": "--force", "-v": "--volumes"},
    ("docker", "rmi"): {"-f": "--force"},
    ("docker", "ps"): {"-a": "--all", "-q": "--quiet"},
    ("docker", "images"): {"-a": "--all", "-q": "--quiet"},
    ("docker-compose", "up"): {"-d": "--detach"},
    ("kubectl", "apply"): {"-f": "--filename", "-n": "--namespace"},
    ("kubectl", "create"): {"-f": "--filename", "-n": "--namespace"},
    ("kubectl", "delete"): {"-f": "--filename", "-n": "--namespace"},
    ("kubectl", "get"): {"-n": "--namespace", "-o": "--output", "-A": "--all-namespaces"},
    ("kubectl", "describe"): {"-n": "--namespace"},
    ("kubectl", "logs"): {"-f": "--follow", "-n": "--namespace"},
    ("rm", ""): {"-r": "--recursive", "-R": "--recursive", "-f": "--force"},
    ("ls", ""): {"-a": "--all"},
}
_TOOLS = frozenset(tool for tool, _ in _FLAGS)
_SUBLESS = frozenset(tool for tool, sub in _FLAGS if not sub)
_TOKEN_RE = re.compile(r"\S+")
_FLAG_RE = re.compile(r"^(-{1,2}[A-Za-z][\w-]*)([?.!,;:]*)$")
_TOOL_HINT_RE = re.compile(r"(?:^|\s)(?:git|docker|docker-compose|kubectl|rm|ls)\s")

_COMMAND_TOOLS = (
    r"git|docker|docker-compose|kubectl|helm|gcloud|aws|az|terraform|npm|pip|systemctl|bash"
)
_ASK_TOOLS = frozenset(_COMMAND_TOOLS.split("|"))
_ASK_RE = re.compile(
    r"^\s*(?:(?:what(?:'s|\s+is)\s+the\s+)?(?P<t>" + _COMMAND_TOOLS + r")?\s*"
    r"(?:cli\s+|shell\s+|terminal\s+)?command\s+(?:to|for)\s+)(?P<x>[a-z][^?\n]*?)\s*[?.]?\s*$",
    _I,
)
_WITH_TOOL_RE = re.compile(r"\s+(?:in|with|using)\s+(" + _COMMAND_TOOLS + r")\s*([?.]?)\s*$", _I)
_ALIAS_RE = re.compile(r"\b(?:AWS|Amazon)\s+(S3|EC2)\b|\b(k8s|K8s|K8S)\b")


def _long_flags(text: str) -> str:
    tokens = text.split(" ")
    tool = sub = ""
    for i, token in enumerate(tokens):
        word = token.rstrip("?.!,;:")
        if word in _TOOLS:
            tool = word
            sub = ""
            if tool not in _SUBLESS and i + 1 < len(tokens):
                sub = tokens[i + 1].rstrip("?.!,;:")
            continue
        if not tool or not token.startswith("-"):
            continue
        m = _FLAG_RE.match(token)
        if m is None:
            continue
        long = _FLAGS.get((tool, "" if tool in _SUBLESS else sub), {}).get(m.group(1))
        if long:
            tokens[i] = long + m.group(2)
    return " ".join(tokens)


def _alias(m: re.Match[str]) -> str:
    return m.group(1) or "Kubernetes"


def canonical_cli(text: str) -> str:
    """``text`` with the flags, asks for a command and names above written one way."""
    if len(text) > 300:
        return text
    if " -" in text and _TOOL_HINT_RE.search(text):
        text = _long_flags(text)
    if "ommand" in text and (m := _ASK_RE.match(text)):
        tool = m.group("t")
        text = f"How do I {m.group('x')}" + (f" with {tool.lower()}?" if tool else "?")
    if text.rstrip(" \t\n?.").rpartition(" ")[2].lower() in _ASK_TOOLS and (
        m := _WITH_TOOL_RE.search(text, max(0, len(text) - 40))
    ):
        text = f"{text[: m.start()]} with {m.group(1).lower()}{m.group(2)}"
    if "S3" in text or "EC2" in text or "8s" in text or "8S" in text:
        text = _ALIAS_RE.sub(_alias, text)
    return text
