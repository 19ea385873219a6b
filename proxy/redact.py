"""Credentials out of what is shown: logs, `check-config`, `/healthz`, error messages."""

from __future__ import annotations

import re

# scheme://userinfo@ : everything up to the last "@" (a password may hold / ? # too: masking
# a little more than the user info is the safe side)
_USERINFO = re.compile(r"(?<=://)\S*@")
# secrets some clients take as query parameters (redis-py: `?password=`)
_SECRET_PARAM = re.compile(r"([?&](?:password|pass|pwd|token|key|api[_-]?key)=)[^&#\s]*", re.I)


def masked_url(text: str) -> str:
    """`text` (a URL, or a message holding URLs) with every URL's user info and any
    password-like query value as `***`: `redis://:pw@host/0` -> `redis://***@host/0`."""
    return _SECRET_PARAM.sub(r"\1***", _USERINFO.sub("***@", text))
