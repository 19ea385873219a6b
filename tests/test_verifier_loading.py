"""The verifier's rules (~900 regular expressions) load with a config that turns semantic
caching on, in the defaults or in one team's file, so a server has them before its first
request; a config that never caches semantically does not load them (a faster start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import sys; from proxy.settings_load import load_settings; "
    "load_settings(sys.argv[1], env={}); print('policies.verify' in sys.modules)"
)


@pytest.mark.parametrize(
    ("config", "team", "loaded"),
    [
        ("", None, "False"),
        ("defaults: {semantic: {enabled: false}}\n", None, "False"),
        ("defaults: {semantic: {enabled: true}}\n", None, "True"),
        ("", "semantic: {enabled: true}\n", "True"),
    ],
)
def test_the_verifier_loads_with_the_config_that_needs_it(
    tmp_path: Path, config: str, team: str | None, loaded: str
) -> None:
    (tmp_path / "llmstash.yaml").write_text(config or "{}\n")
    if team is not None:
        (tmp_path / "teams").mkdir()
        (tmp_path / "teams" / "alpha.yaml").write_text(f"credentials: []\n{team}")
    probe = [sys.executable, "-c", PROBE, str(tmp_path / "llmstash.yaml")]
    done = subprocess.run(probe, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == loaded
