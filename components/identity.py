"""Who is using the app: the signed-in user when there is one, else the local analyst."""

from __future__ import annotations

import getpass

import streamlit as st


def current_user() -> str:
    try:
        if st.user.is_logged_in:
            return str(st.user.get("email") or st.user.get("name"))
    except Exception:  # no [auth] configured: st.user has nothing to say  # noqa: BLE001
        pass
    try:
        return f"{getpass.getuser()} (local)"
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "local analyst"
