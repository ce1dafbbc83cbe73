"""Python's cycle collector held off during bulk work.

An import or export of 100,000 claims builds millions of small objects, many alive until their
batch is written; the collector's passes over them cost a fifth to a quarter of the run (measured
in `benchmarks/bench_import.py`). Those objects hold no reference cycles worth collecting
meanwhile, and the collector comes back, whatever happens, when the work ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
