"""The shipped seed articles are the shared seeds, word for word, under a metadata header."""

from datetime import date

import pytest

from parley.ingest.frontmatter import KNOWN_KEYS, split_front_matter
from parley.settings import ROOT, SEED_DIR

SHARED = ROOT.parent / "shared" / "seeds"


@pytest.mark.parametrize("path", sorted(SEED_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_seed_has_header_and_original_text(path):
    fields, body = split_front_matter(path.read_text(encoding="utf-8"))
    assert set(fields) <= KNOWN_KEYS
    assert fields["title"] and fields["published"] == date(2025, 7, 23)
    original = SHARED / path.name
    if not original.exists():
        pytest.skip(f"{original} is not beside this checkout")
    assert body == original.read_text(encoding="utf-8")
