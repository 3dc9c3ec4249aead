"""Who may write: the rules, in every mode."""

import pytest

from parley.access import decide_access

EDITORS = ["Ana@Example.org", "ben@example.org"]


@pytest.mark.parametrize("configured, email, read_only, can_write, role", [
    (False, None, False, True, "local"),              # local use stays open
    (False, None, True, False, "read-only"),          # a public demo
    (True, None, False, False, "viewer"),             # not signed in yet
    (True, "ana@example.org", False, True, "editor"),  # e-mail compared without case
    (True, " ben@example.org ", False, True, "editor"),
    (True, "eve@example.org", False, False, "viewer"),
    (True, "ana@example.org", True, False, "read-only"),  # read-only wins over editor rights
])
def test_who_may_write(configured, email, read_only, can_write, role):
    access = decide_access(sign_in_configured=configured, email=email, editors=EDITORS, read_only=read_only)
    assert (access.can_write, access.role) == (can_write, role)
    assert bool(access.reason) != can_write  # a refusal always says why, a permission never does


def test_the_reason_names_the_reader_and_what_to_ask_for():
    access = decide_access(sign_in_configured=True, email="eve@example.org", editors=EDITORS, read_only=False)
    assert access.who == "eve@example.org" and "add or correct articles" in access.reason
