"""The one Store per process and database URL, shared by every session and page."""

from __future__ import annotations

import streamlit as st
from sqlalchemy.engine import make_url

from components.access import current_access
from parley.errors import StoreError
from parley.settings import database_url
from parley.store import Store


@st.cache_resource(show_spinner=False)
def _store_for(url: str) -> Store:
    return Store(url)


def get_store() -> Store:
    """The store for ``PARLEY_DATABASE_URL`` as the current user may use it (writes refused for
    readers); stops the page with a message if it cannot open."""
    url = database_url()
    try:
        return _store_for(url).with_access(current_access())
    except StoreError as exc:
        st.error(f"The database cannot be used: {exc}")
        st.stop()
    except Exception as exc:  # a wrong URL or an unreachable server: say which, not a trace
        st.error(f"The database could not be opened ({type(exc).__name__}). "
                 "Check PARLEY_DATABASE_URL.")
        st.stop()


def database_label(url: str) -> str:
    """Where the data lives, in words and without credentials (shown to editors only)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"a SQLite file, {parsed.database}" if parsed.database else "memory (lost when the app stops)"
    name = {"postgresql": "PostgreSQL"}.get(parsed.get_backend_name(), parsed.get_backend_name())
    return f"the {name} database {parsed.database or ''} on {parsed.host or 'this computer'}"
