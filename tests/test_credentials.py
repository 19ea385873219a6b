"""Credentials -> cache scope: every credential header forwarded to the upstream is part of
the scope, so callers the upstream tells apart never share entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from proxy.settings import load_settings
from proxy.tenancy import ANONYMOUS, Tenancy, key_hash
from tests.proxy_fixtures import Proxy
from tests.team_files import CHAT, SALT, chat, config_dir, hashed
from tests.upstream import FakeUpstream

HIT = "llmstash; hit"
MISS = "llmstash; fwd=miss; stored"


def scope_of(*secrets: str) -> str:
    """The scope of a credential no team lists: its salted hash, as before there were two
    credential headers (so existing entries keep their keys)."""
    return "k" + key_hash(SALT.encode(), "\n".join(secrets))


@pytest.mark.parametrize(
    "headers, scope",
    [
        pytest.param([], ANONYMOUS, id="none"),
        pytest.param([("Authorization", ""), ("api-key", "")], ANONYMOUS, id="empty"),
        pytest.param([("Authorization", "Bearer sk-x")], scope_of("sk-x"), id="bearer"),
        pytest.param([("api-key", "sk-x")], scope_of("sk-x"), id="api-key-alone"),
        pytest.param([("Authorization", "Basic dXNlcg==")], scope_of("Basic dXNlcg=="), id="basic"),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "az-1")],
            scope_of("EMPTY", "az-1"),
            id="both",
        ),
        pytest.param(
            [("api-key", "az-1"), ("Authorization", "Bearer EMPTY")],
            scope_of("EMPTY", "az-1"),
            id="both-any-order",
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "")],
            scope_of("EMPTY"),
            id="empty-api-key",
        ),
        pytest.param(
            [("Authorization", "Bearer sk-a"), ("api-key", "az-1")], "t.a", id="team-in-bearer"
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "sk-a")], "t.a", id="team-in-api-key"
        ),
        pytest.param(
            [("Authorization", "Bearer sk-a"), ("api-key", "sk-b")], "t.a", id="two-teams"
        ),
    ],
)
def test_scope_covers_every_credential_header(
    tmp_path: Path, headers: list[tuple[str, str]], scope: str
) -> None:
    teams = {"a": f"credentials: {hashed('sk-a')}\n", "b": f"credentials: {hashed('sk-b')}\n"}
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, teams), env={}))
    request = CIMultiDictProxy(CIMultiDict(headers))
    assert tenancy.resolve(request).team == scope
    assert tenancy.resolve(request).team == scope  # and again, from the resolved-key cache


async def test_callers_differing_only_in_api_key_never_share_entries(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # an Azure-style upstream authenticates by `api-key`; the SDK sends a placeholder bearer
    proxy: Proxy = await proxy_factory()
    victim = proxy.client("EMPTY", default_headers={"api-key": "victim-azure-key"})
    other = proxy.client("EMPTY", default_headers={"api-key": "not-a-valid-key"})
    assert (await chat(victim, "private question"))[1]["cache-status"] == MISS
    assert (await chat(other, "private question"))[1]["cache-status"] == MISS
    assert (await chat(victim, "private question"))[1]["cache-status"] == HIT
    sent = [(c.headers["Authorization"], c.headers["api-key"]) for c in upstream.calls_to(CHAT)]
    assert sent == [("Bearer EMPTY", "victim-azure-key"), ("Bearer EMPTY", "not-a-valid-key")]
