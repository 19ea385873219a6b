"""Credentials out of what is shown: logs, `check-config`, `/healthz`, error messages."""

from __future__ import annotations

import logging
import re

from aiohttp.http_exceptions import HttpProcessingError

# scheme://userinfo@ : everything up to the last "@" (a password may hold / ? # too: masking
# a little more than the user info is the safe side)
_USERINFO = re.compile(r"(?<=://)\S*@")
# secrets some clients take as query parameters (redis-py: `?password=`)
_SECRET_PARAM = re.compile(r"([?&](?:password|pass|pwd|token|key|api[_-]?key)=)[^&#\s]*", re.I)


def masked_url(text: str) -> str:
    """`text` (a URL, or a message holding URLs) with every URL's user info and any
    password-like query value as `***`: `redis://:pw@host/0` -> `redis://***@host/0`."""
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub("***@", text))


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
