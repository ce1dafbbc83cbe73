"""Helper processes (an import's parsers and readers) that end with the process that started them.

A pool's worker waits for work on a queue whose both ends it holds itself, so when the app is
killed (or crashes) mid-import its workers would wait forever. Each helper watches its parent
instead, and leaves when it is gone.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading


def end_with_parent() -> None:
    """Called first thing in a spawned helper (a pool's `initializer`)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)  # nothing of the helper's is worth finishing: its work went to the parent

    threading.Thread(target=watch, name="parent watch", daemon=True).start()
