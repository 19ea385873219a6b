"""Per-model prices: what a cache hit would have cost upstream.

The table ships as data in `config/prices.yaml` (USD per 1M input / output tokens, keyed by
model name or glob). A deployment overrides it with `LLMSTASH_PRICES=FILE` (or `llmstash serve
--prices FILE`): its entries replace the shipped ones model by model. Money is counted in
integer micro-USD, so it adds up exactly across replicas.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from proxy.settings import ConfigError

ENV = "LLMSTASH_PRICES"
SHIPPED = "config/prices.yaml"


@dataclass(frozen=True, slots=True)
class Price:
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens


class PriceTable:
    """Model -> Price: the exact name first, then the longest matching glob."""

    def __init__(self, prices: Mapping[str, Price]) -> None:
        self._exact = {k: v for k, v in prices.items() if not _is_glob(k)}
        self._globs = sorted(
            ((k, v) for k, v in prices.items() if _is_glob(k)), key=lambda kv: -len(kv[0])
        )
        self._memo: dict[str, Price | None] = {}

    def __len__(self) -> int:
        return len(self._exact) + len(self._globs)

    def price(self, model: str) -> Price | None:
        if model in self._memo:
            return self._memo[model]
        found = self._exact.get(model)
        if found is None:
            found = next((p for g, p in self._globs if fnmatch.fnmatchcase(model, g)), None)
        if len(self._memo) < 10_000:
            self._memo[model] = found
        return found

    def nano_usd(self, model: str, prompt_tokens: int, completion_tokens: int) -> int:
        """Cost in nano-USD (USD per 1M tokens x tokens = micro-USD; x 1000), rounded to a
        whole nano-USD; 0 unpriced."""
        price = self.price(model)
        if price is None:
            return 0
        return round((prompt_tokens * price.input + completion_tokens * price.output) * 1000)


def load_prices(
    override: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> PriceTable:
    """The shipped table, updated by `override` (or the file named by LLMSTASH_PRICES)."""
    env = os.environ if env is None else env
    prices: dict[str, Price] = {}
    shipped = _shipped_path()
    if shipped is not None:
        prices.update(read_prices(shipped))
    override = override or env.get(ENV) or None
    if override:
        prices.update(read_prices(Path(override)))
    return PriceTable(prices)


def read_prices(path: Path) -> dict[str, Price]:
    """Parse one prices file; errors name the file and the model."""
    try:
        raw = yaml.safe_load(path.read_text())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read prices file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    models = (raw or {}).get("models") if isinstance(raw, dict) else None
    if not isinstance(models, dict):
        raise ConfigError(f"{path}: expected a mapping 'models: {{name: {{input, output}}}}'")
    return {str(name): _price(entry, path, str(name)) for name, entry in models.items()}


def _price(entry: Any, path: Path, name: str) -> Price:
    if not isinstance(entry, dict) or set(entry) - {"input", "output"}:
        raise ConfigError(f"{path}: 'models.{name}' must be {{input: USD, output: USD}}")
    values = []
    for side in ("input", "output"):
        value = entry.get(side, 0)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"{path}: 'models.{name}.{side}' must be a number >= 0")
        values.append(float(value))
    return Price(*values)


def _shipped_path() -> Path | None:
    """`config/prices.yaml` of the source tree, else of the working directory (Docker)."""
    for root in (Path(__file__).resolve().parent.parent, Path.cwd()):
        candidate = root / SHIPPED
        if candidate.is_file():
            return candidate
    return None


def _is_glob(name: str) -> bool:
    return any(c in name for c in "*?[")
