"""Who may change the corpus. Pages hide the controls that write, and the store refuses the
write itself (``Store.with_access``), so a forged request from a viewer changes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Access:
    """What one person may do: ``who`` is recorded with their rulings and deadlines."""

    who: str
    can_write: bool
    role: str  # "editor", "viewer", "local" or "read-only"
    reason: str = ""  # why not, when can_write is False, in words a viewer can act on


LOCAL = Access(who="local analyst", can_write=True, role="local")


def decide_access(*, sign_in_configured: bool, email: str | None, editors: Iterable[str],
                  read_only: bool, local_name: str = LOCAL.who) -> Access:
    """The rules, in order: a read-only instance lets nobody write; with sign-in configured,
    listed editors write and everyone else signed in reads; without it, local use is open.
    ``email`` is None for someone not signed in (the page asks them to sign in first)."""
    who = email or local_name
    if read_only:
        return Access(who, False, "read-only", "This instance is read-only (PARLEY_READ_ONLY).")
    if not sign_in_configured:
        return Access(who, True, "local")
    if email is None:
        return Access("not signed in", False, "viewer", "Sign in first.")
    if email.strip().casefold() in {e.strip().casefold() for e in editors}:
        return Access(email, True, "editor")
    return Access(email, False, "viewer",
                  f"{email} may read but not change the corpus; ask whoever runs this instance "
                  "if you need to add or correct articles.")
