"""Imported once by the worker server (``parley.ingest.guard``): loads the parser and runs the
readers and extraction on a tiny article, so every worker forked from the server starts warm
(loading the parser in each worker would cost it a second or more)."""

from __future__ import annotations

import contextlib
import logging

import parley.ingest.warm  # noqa: F401 - the readers' lazy imports

with contextlib.suppress(Exception):  # a failure here only costs the workers their head start
    from parley.extract import extract
    from parley.ingest import make_article
    from parley.ingest.document import RawDocument
    from parley.profile import load_profile

    _sample = RawDocument(text="Both delegations agreed to exchange 1,000 prisoners each, officials said on "
                               "Monday. He said the talks would resume within 30 days.", format="txt")
    extract(make_article(_sample, "warm.txt"), load_profile())
    logging.getLogger("parley.ingest").debug("worker server warm")

with contextlib.suppress(Exception):
    # The sentence model's libraries, imported but not started: a session starts threads, and a
    # process forked from one holding threads can deadlock. Each worker opens its own session.
    import onnxruntime  # noqa: F401
    import tokenizers  # noqa: F401
