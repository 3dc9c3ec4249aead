"""Who is using the app and what they may do, from Streamlit's sign-in and secrets; the rules
themselves are in parley.access."""

from __future__ import annotations

import getpass

import streamlit as st

from parley.access import Access, decide_access
from parley.settings import read_only


def _secrets_section(name: str) -> dict:
    try:
        return dict(st.secrets.get(name, {}))
    except Exception:  # no secrets file at all: local use  # noqa: BLE001
        return {}


def sign_in_configured() -> bool:
    """Sign-in guards the app only when secrets have an [auth] section."""
    return bool(_secrets_section("auth"))


def _signed_in_email() -> str | None:
    if not st.user.get("is_logged_in"):
        return None
    return str(st.user.get("email") or st.user.get("name") or "signed-in user")


def _local_name() -> str:
    try:
        return f"{getpass.getuser()} (local)"
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "local analyst"


def current_access() -> Access:
    configured = sign_in_configured()
    return decide_access(sign_in_configured=configured, email=_signed_in_email() if configured else None,
                         editors=_secrets_section("parley").get("editors", []), read_only=read_only(),
                         local_name=_local_name())


def require_sign_in() -> None:
    """With sign-in configured, nobody sees a page before signing in."""
    if sign_in_configured() and not st.user.get("is_logged_in"):
        st.title("Parley")
        st.write("This Parley is shared with a team. Sign in to read it.")
        st.button("Sign in", on_click=st.login, type="primary")
        st.stop()


# What each kind of user may do, in plain words; readers are told only what they can do.
_MAY = {"editor": "You can add, correct and delete articles and record rulings.",
        "local": "Running on this computer: you can add, correct and delete articles.",
        "viewer": "You can read everything here.",
        "read-only": "A read-only copy: nothing can be changed here."}


def render_identity(access: Access) -> None:
    """Who is signed in and what they may do, in plain words; sign out when signed in."""
    signed_in = sign_in_configured() and st.user.get("is_logged_in")
    st.caption(f"Signed in as {access.who}. {_MAY[access.role]}" if signed_in else _MAY[access.role])
    if signed_in:
        st.button("Sign out", on_click=st.logout, key="sign-out", icon=":material/logout:")
