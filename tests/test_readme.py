"""The README's set-up commands are the Makefile's, and CI runs the README's test command."""

import re

from parley.settings import ROOT

README = (ROOT / "README.md").read_text()
MAKEFILE = (ROOT / "Makefile").read_text()


def _make_targets() -> set[str]:
    return set(re.findall(r"^([a-z][\w-]*):", MAKEFILE, re.MULTILINE))


def test_readme_shows_make_run_and_make_test_first():
    commands = re.findall(r"^\s*(make \w+)", README, re.MULTILINE)
    assert commands[:2] == ["make run", "make test"]


def test_every_make_command_in_the_readme_exists():
    mentioned = set(re.findall(r"`make (\w+)`|^\s*make (\w+)", README, re.MULTILINE))
    names = {a or b for a, b in mentioned}
    assert names and names <= _make_targets()


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_upload_limit_is_the_same_in_streamlit_config_and_parley():
    from parley.settings import DEFAULT_MAX_FILE_MB

    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert re.search(rf"^maxUploadSize = {DEFAULT_MAX_FILE_MB}$", config, re.MULTILINE)
    assert f"{DEFAULT_MAX_FILE_MB} MB" in README


def test_a_viewer_never_sees_a_stack_trace():
    config = (ROOT / ".streamlit" / "config.toml").read_text()
    assert re.search(r'^showErrorDetails = "none"$', config, re.MULTILINE)
