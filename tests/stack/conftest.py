"""Tests against the running reference deployment (`make stack`; README "Reference deployment").

They talk to nginx and to each app server over HTTP, and make editorial changes through
`scripts/stack.sh manage shell`, a process with the app servers' own environment. Run with
`pytest -m stack tests/stack` once `scripts/stack.sh start` has brought the stack up.
"""

import json
import os
import shlex
import subprocess
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent.parent
STACK = ROOT / "scripts" / "stack.sh"


class Stack:
    """The running stack: its addresses, its environment, and its operator commands."""

    def __init__(self, env):
        self.env = env
        self.nginx = env["PORTAL_URL"]
        self.app_a, self.app_b = env["PORTAL_APP_URLS"].split()
        self.http = requests.Session()

    def script(self, *args, timeout=600, env_extra=None):
        """scripts/stack.sh with these arguments; its output, or the test fails with its log."""
        done = subprocess.run(  # noqa: S603 (our own script, our own arguments)
            [str(STACK), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={**os.environ, **(env_extra or {})},
        )
        if done.returncode:
            pytest.fail(f"scripts/stack.sh {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        return done.stdout

    def action(self, call):
        """Runs tests.stack.actions.<call> in the app servers' environment; its JSON answer."""
        output = self.script("manage", "shell", "-c", f"from tests.stack import actions; actions.{call}")
        return json.loads(output.strip().splitlines()[-1])

    def get(self, base, path, **kwargs):
        return self.http.get(base + path, timeout=10, allow_redirects=False, **kwargs)

    def search_api(self, base, q, **params):
        response = self.get(base, "/api/v1/search/", params={"q": q, **params})
        assert response.status_code == 200, response.text[:500]
        return response.json()


def stack_environment():
    done = subprocess.run([str(STACK), "env"], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode:
        pytest.fail(f"The stack is not running: start it with `make stack` (scripts/stack.sh start).\n{done.stderr}")
    env = {}
    for line in done.stdout.splitlines():
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = shlex.split(value)[0] if value else ""
    return env


@pytest.fixture(scope="session")
def stack():
    return Stack(stack_environment())


def eventually(check, within, step=0.05):
    """Polls check() until it is true; the seconds it took, or None when `within` passed first."""
    started = time.monotonic()
    while True:
        if check():
            return time.monotonic() - started
        if time.monotonic() - started > within:
            return None
        time.sleep(step)


def unique_word():
    return f"kiemtra{time.time_ns() % 10**12:x}"
