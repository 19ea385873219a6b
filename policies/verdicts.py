"""What the semantic-cache verifier is configured with and what it answers: light types, so
that loading a config, a team's policy or the proxy does not load the verifier's rules (~900
regular expressions, about 0.3 s; `policies.semantic.verifier` loads them when needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Scorer(Protocol):
    """The verifier's classifier (`policies.verify.model.Model`): a score from pair features."""

    def score(self, x: tuple[float, ...]) -> float: ...


@dataclass(frozen=True, slots=True)
class VerifyConfig:
    """Which checks run, and the two cut-offs. Every rule family can be switched off."""

    threshold: float = 0.86
    min_score: float = 0.92
    numbers: bool = True
    units: bool = True
    negation: bool = True
    entities: bool = True
    substitutions: bool = True
    direction: bool = True
    languages: bool = True
    code_languages: bool = True
    time: bool = True
    formats: bool = True
    symbols: bool = True
    questions: bool = True
    qualifiers: bool = True
    context: bool = True
    classifier: bool = True
    model: Scorer | None = field(default=None, repr=False)  # None: the bundled model


@dataclass(frozen=True, slots=True)
class Verdict:
    accept: bool
    similarity: float
    score: float
    reasons: tuple[str, ...]
