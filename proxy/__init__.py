"""llmstash: a transparent caching reverse proxy for OpenAI-compatible APIs."""

import os

# numpy's OpenBLAS runs a matrix product of more than ~460k values (a semantic partition of
# ~300 rows at 1,536 dims, ~1,800 at 256) on extra threads that busy-wait between calls: at
# tens of lookups a second one of them never sleeps, a whole core per process burnt for work
# one thread does in well under a millisecond. One BLAS thread unless the operator sets
# otherwise; set here, before any proxy module imports numpy.
for _name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
