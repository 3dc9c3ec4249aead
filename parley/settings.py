"""Run-time settings read from the environment, with the defaults a local user wants."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
SEED_DIR = DATA_DIR / "articles"
DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'parley.db'}"

# Uploads over this are refused before any parsing; .streamlit/config.toml sets the same
# limit for the browser (server.maxUploadSize, in MB) so the two never disagree silently.
DEFAULT_MAX_FILE_MB = 20
# Characters of article text (after cleaning) ingest accepts: about 50,000 words, ten times a long
# report. Extraction's time grows with the text; this keeps a file well inside the time limit.
DEFAULT_MAX_ARTICLE_CHARS = 300_000
# Files one upload may hold: each is read, extracted and embedded while the person waits.
DEFAULT_MAX_FILES = 20


def database_url() -> str:
    """The SQLAlchemy URL of the store: ``PARLEY_DATABASE_URL`` or the embedded SQLite file."""
    return os.environ.get("PARLEY_DATABASE_URL") or DEFAULT_DATABASE_URL


def max_file_bytes() -> int:
    """The largest file ingest accepts, from ``PARLEY_MAX_FILE_MB`` (default 20 MB)."""
    raw = os.environ.get("PARLEY_MAX_FILE_MB", "")
    megabytes = float(raw) if raw.strip() else DEFAULT_MAX_FILE_MB
    return int(megabytes * 1024 * 1024)


def max_article_chars() -> int:
    """The longest article text ingest accepts, from ``PARLEY_MAX_ARTICLE_CHARS`` (default 300,000)."""
    raw = os.environ.get("PARLEY_MAX_ARTICLE_CHARS", "")
    return int(raw) if raw.strip() else DEFAULT_MAX_ARTICLE_CHARS


def max_files_per_upload() -> int:
    """How many files one upload may hold, from ``PARLEY_MAX_FILES`` (default 20)."""
    raw = os.environ.get("PARLEY_MAX_FILES", "")
    return int(raw) if raw.strip() else DEFAULT_MAX_FILES


def read_only() -> bool:
    """``PARLEY_READ_ONLY=1``: nobody may change the corpus (a public demo)."""
    return os.environ.get("PARLEY_READ_ONLY", "").strip().lower() in {"1", "true", "yes", "on"}
