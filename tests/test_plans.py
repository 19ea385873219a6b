"""The memo of chat decisions and keys: used only for an identical request and tenant."""

from __future__ import annotations

from policies.cacheability import Decision
from proxy.plans import MAX_BODY, Plan, Plans
from proxy.settings import TeamPolicy
from proxy.tenancy import Tenant


def tenant(team: str = "t.a", counters: dict[str, int] | None = None) -> Tenant:
    return Tenant(team, TeamPolicy(), team, 0, None, {} if counters is None else counters)


def plan_for(who: Tenant, key: str = "k") -> Plan:
    return Plan(Decision(read=True, write=True), key, who)


def test_a_plan_is_found_only_for_the_same_inputs() -> None:
    plans, a = Plans(), tenant()
    plans.put(b'{"x":1}', None, None, plan_for(a))
    assert plans.get(b'{"x":1}', a, None, None) == plan_for(a)
    assert plans.get(b'{"x": 1}', a, None, None) is None  # other bytes
    assert plans.get(b'{"x":1}', tenant(), None, None) is None  # an equal but other tenant
    assert plans.get(b'{"x":1}', a, "no-cache", None) is None
    assert plans.get(b'{"x":1}', a, None, "ns") is None


def test_a_version_bump_is_another_plan() -> None:
    counters: dict[str, int] = {}
    plans, a = Plans(), tenant(counters=counters)
    plans.put(b"{}", None, None, plan_for(a, "v0-key"))
    counters["t.a"] = 1  # what an invalidation does
    assert plans.get(b"{}", a, None, None) is None


def test_plans_are_bounded() -> None:
    plans, a = Plans(max_plans=3, max_bytes=10**6), tenant()
    for i in range(5):
        plans.put(b"%d" % i, None, None, plan_for(a, str(i)))
    assert len(plans) == 3
    assert [plans.get(b"%d" % i, a, None, None) is not None for i in range(5)] == [
        False,
        False,
        True,
        True,
        True,
    ]
    small = Plans(max_plans=100, max_bytes=10)
    for i in range(5):
        small.put(b"abcd%d" % i, None, None, plan_for(a))  # 5 bytes each: two fit
    assert len(small) == 2
    small.put(b"x" * (MAX_BODY + 1), None, None, plan_for(a))  # too big to remember
    assert small.get(b"x" * (MAX_BODY + 1), a, None, None) is None


def test_header_values_count_toward_the_byte_bound() -> None:
    # a caller chooses its query string and project headers (up to 8 KB each): they are
    # held in the memo as much as the body is
    plans, a = Plans(max_bytes=20_000), tenant()
    big = "p" * 8_000
    for i in range(4):
        plans.put(b"{}", None, None, plan_for(a, str(i)), variant=big + str(i))
    assert len(plans) == 2  # 2 x ~8 KB fit in 20 KB, not 4
    plans.put(b"{}", "x" * MAX_BODY, None, plan_for(a))  # too large to remember at all
    assert plans.get(b"{}", a, "x" * MAX_BODY, None) is None
    assert plans.get(b"{}", a, None, None, big + "3") == plan_for(a, "3")
