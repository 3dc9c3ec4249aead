"""Run the Dockerfile's install and start steps without Docker (these machines have no engine):
a copy of the tracked files in a temporary folder, a fresh venv for the image's Python, every
`RUN pip ...` line in order, then the CMD with the venv's python, until the HEALTHCHECK command
succeeds. Prints each step and exits non-zero on the first failure.

    python3 scripts/check_dockerfile.py [--local-torch]

--local-torch installs torch==2.13.0 from the default index instead of PyTorch's CPU index
(here pip finds the CPU wheel on local disk; there is no network to download.pytorch.org)."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def instructions(dockerfile: Path) -> list[tuple[str, str]]:
    """(instruction, argument) pairs, continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", dockerfile.read_text())
    pairs = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            pairs.append((word.upper(), rest.strip()))
    return pairs


def exec_form(argument: str) -> list[str]:
    return json.loads(argument) if argument.startswith("[") else ["sh", "-c", argument]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--local-torch", action="store_true")
    args = parser.parse_args()
    steps = instructions(ROOT / "Dockerfile")
    base = next(arg for word, arg in steps if word == "FROM")
    wanted = re.search(r"python:(\d+\.\d+)", base).group(1)
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    print(f"FROM {base}: this Python is {here}" + ("" if here == wanted else f" (image has {wanted})"))
    with tempfile.TemporaryDirectory(prefix="parley-image-") as folder:
        app = Path(folder) / "app"
        tracked = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout.split()
        for name in tracked:
            if (ROOT / name).is_file():
                (app / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, app / name)
        subprocess.run([sys.executable, "-m", "venv", str(Path(folder) / "venv")], check=True)
        bin_dir = Path(folder) / "venv" / "bin"
        env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "HOME": folder}
        env.pop("PARLEY_DATABASE_URL", None)
        for word, argument in steps:
            if word == "ENV":
                for key, value in (pair.split("=", 1) for pair in shlex.split(argument)):
                    env[key] = value
            elif word == "RUN" and argument.startswith("pip "):
                command = argument
                if args.local_torch:
                    command = command.replace("--index-url https://download.pytorch.org/whl/cpu ", "")
                print(f"RUN {command}", flush=True)
                started = time.time()
                subprocess.run(["sh", "-c", command.replace("pip ", f"{bin_dir}/python -m pip ", 1)],
                               cwd=app, env=env, check=True)
                print(f"    ok in {time.time() - started:.0f} s", flush=True)
            elif word == "RUN":
                print(f"skipped (needs root in an image, not a venv): RUN {argument}")
        port = _free_port()
        command = exec_form(next(arg for word, arg in steps if word == "CMD"))
        command = [part.replace("8501", str(port)) for part in command]
        health = exec_form(next(arg for word, arg in steps if word == "HEALTHCHECK").split("CMD", 1)[1].strip())
        health = [part.replace("8501", str(port)) for part in health]
        print(f"CMD on port {port}: {command}", flush=True)
        server = subprocess.Popen(command, cwd=app, env=env, start_new_session=True)
        try:
            started = time.time()
            while time.time() - started < 180:
                if server.poll() is not None:
                    print(f"the app exited with {server.returncode}")
                    return 1
                if subprocess.run(health, cwd=app, env=env, capture_output=True).returncode == 0:
                    print(f"HEALTHCHECK passed {time.time() - started:.0f} s after start")
                    return 0
                time.sleep(2)
            print("HEALTHCHECK never passed in 180 s")
            return 1
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
