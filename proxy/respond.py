"""Writing answers to clients: cache hits (JSON or SSE replay) and flight subscribers."""

from __future__ import annotations

import orjson
from aiohttp import hdrs, web
from multidict import CIMultiDict

from proxy import status
from proxy.errors import UpstreamBroken
from proxy.flights import Flight, Head, Outcome
from proxy.hit_headers import request_id, served, with_request_id
from proxy.observe import CLIENT_LEFT, Observation
from proxy.sse import completion_to_events, without_null_usage

JSON = "application/json"
SSE = "text/event-stream"
SSE_UTF8 = "text/event-stream; charset=utf-8"  # OpenAI's own, for streams the proxy writes


def hit(
    completion: bytes,
    *,
    stream: bool,
    include_usage: bool,
    cache_status: str,
    age: float,
    observation: Observation,
) -> web.Response:
    """A stored completion, as JSON or replayed as SSE, with every header it gets: the hit
    headers of `observation` (its tokens and entries as they are now) and an X-Request-Id,
    in the order `proxy.observe.observed` adds them to other answers (here in one go: every
    hit pays this)."""
    if stream:
        events = completion_to_events(orjson.loads(completion), include_usage=include_usage)
        body = b"".join(events)
        headers = {"Cache-Status": cache_status, "Age": str(int(age)), "Cache-Control": "no-cache"}
        headers["Content-Type"] = SSE_UTF8
    else:
        body = completion
        headers = {"Cache-Status": cache_status, "Age": str(int(age)), "Content-Type": JSON}
    served(observation, headers)["X-Request-Id"] = request_id()
    observation.headed = True
    return web.Response(body=body, headers=headers)


def outcome(
    result: Outcome, *, stream: bool, include_usage: bool, cache_status: str
) -> web.Response:
    """A finished flight's answer for a client that did not get it live."""
    head = result.head
    if head.streaming and result.completion is None:
        # a stream that carried an error event, or left a choice without a finish_reason:
        # relayed as is to the clients that got it live; to the others, it is no answer
        # (never the partial text with a 200)
        error = UpstreamBroken(
            "the upstream stream carried an error event or ended a choice unfinished"
        ).response()
        error.headers["Cache-Status"] = cache_status
        return error
    if stream and result.completion is not None:
        events = completion_to_events(orjson.loads(result.completion), include_usage=include_usage)
        response = web.Response(
            body=b"".join(events), headers=head.headers, content_type=SSE, charset="utf-8"
        )
    else:
        content_type = JSON if result.completion is not None else head.content_type
        response = web.Response(status=head.status, body=result.body, headers=head.headers)
        response.headers["Content-Type"] = content_type
    forwarded(response.headers, cache_status)
    return response


def forwarded(headers: CIMultiDict[str], cache_status: str) -> None:
    """Our `Cache-Status` on an answer of the upstream's (`headers`: its, as passed on),
    after its own members if it sent any (`status.after`)."""
    headers[hdrs.CACHE_STATUS] = status.after(headers.getall(hdrs.CACHE_STATUS, ()), cache_status)


class _LiveResponse(web.StreamResponse):
    # aiohttp writes a StreamResponse's headers at prepare(); held back, they leave in one
    # write with the first events when those are already here (usually: an upstream sends
    # its head and first event together), which saves the client a wake-up.
    _send_headers_immediately = False


async def live(
    request: web.Request, flight: Flight, head: Head, *, include_usage: bool, cache_status: str
) -> web.StreamResponse:
    """Relay a streaming flight's SSE events to one client as they arrive."""
    response = _LiveResponse(status=head.status, headers=head.headers)
    response.headers["Content-Type"] = head.content_type
    forwarded(response.headers, cache_status)
    with_request_id(response.headers)
    await response.prepare(request)
    sent = 0
    headed = False  # headers written
    try:
        while True:
            events = flight.events
            if sent < len(events):
                usage_only = flight.usage_only
                if include_usage:
                    batch = events[sent:]
                else:
                    batch = [
                        without_null_usage(events[i])
                        for i in range(sent, len(events))
                        if not usage_only[i]
                    ]
                sent = len(events)
                if batch:
                    await response.write(b"".join(batch))
                    headed = True
                continue
            if not headed:  # nothing to send with the headers yet: send them alone
                await response.write(b"")
                headed = True
            if flight.closed:
                break
            await flight.changed()
        if flight.complete or flight.ended:
            await response.write_eof()
        elif request.transport is not None:
            request.transport.close()  # upstream broke off: do not fake a clean end
    except ConnectionResetError:  # the client left; the flight goes on without it
        response[CLIENT_LEFT] = True
    return response
