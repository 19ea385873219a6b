"""Storage backends behind one small async interface (see base.Store)."""

from proxy.store.base import Store, StoreError

__all__ = ["Store", "StoreError"]
