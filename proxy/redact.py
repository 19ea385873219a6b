"""Credentials out of what is shown: logs, `check-config`, `/healthz`, error messages."""

from __future__ import annotations

import logging
import re

from aiohttp.http_exceptions import HttpProcessingError

from proxy.tenancy import CREDENTIAL_PARAMS, param_name

# scheme://userinfo@ : everything up to the last "@" (a password may hold / ? # too: masking
# a little more than the user info is the safe side)
_USERINFO = re.compile(r"(?<=://)\S*@")
# a query parameter: its name (as sent, maybe percent-encoded) after `?`, `&` or `;` (a
# separator for some servers, as `proxy.tenancy` reads it), and its value
_PARAM = re.compile(r"(?<=[?&;])([^=&;#?\s]+)=([^&;#\s]*)")
# names whose value is masked (as `tenancy.param_name` spells them): every credential
# parameter the proxy scopes and forwards by, and the passwords of store URLs (redis-py:
# `?password=`)
SECRET_PARAMS = CREDENTIAL_PARAMS | {"password", "pass", "pwd", "token"}


def masked_url(text: str) -> str:
    """`text` (a URL, or a message holding URLs) with every URL's user info and any
    credential or password query value as `***`: `redis://:pw@host/0` -> `redis://***@host/0`,
    `...?x=1;access_token=secret` -> `...?x=1;access_token=***`."""
    return _PARAM.sub(_masked_param, _USERINFO.sub("***@", text))


def _masked_param(match: re.Match[str]) -> str:
    name = match[1]
    return f"{name}=***" if param_name(name) in SECRET_PARAMS else match[0]


class MalformedRequests(logging.Filter):
    """aiohttp logs a request it cannot parse (`aiohttp.server`, ERROR) with the bytes it
    choked on: the request line, query string included (`?api-key=...`), or a header line
    (`Authorization: Bearer ...`). The record stays, with the kind of error only."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, HttpProcessingError):
            message = record.getMessage()
            record.msg = f"{message}: malformed request refused ({type(exc).__name__} {exc.code})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def hide_malformed_requests() -> None:
    """Install `MalformedRequests` on aiohttp's server logger (once per process)."""
    logger = logging.getLogger("aiohttp.server")
    if not any(isinstance(f, MalformedRequests) for f in logger.filters):
        logger.addFilter(MalformedRequests())
