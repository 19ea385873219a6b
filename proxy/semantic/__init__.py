"""Semantic response cache: per-partition KNN (`index`), the log that keeps every replica's
index in sync (`log`), and the lookup driver (`cache`)."""

from proxy.semantic.index import DimensionMismatch, Match, PartitionIndex, SemanticIndex
from proxy.semantic.log import (
    IndexSync,
    MemorySemanticLog,
    Record,
    RedisSemanticLog,
    SemanticLog,
)

__all__ = [
    "DimensionMismatch",
    "IndexSync",
    "Match",
    "MemorySemanticLog",
    "PartitionIndex",
    "Record",
    "RedisSemanticLog",
    "SemanticIndex",
    "SemanticLog",
]
