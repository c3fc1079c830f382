"""A pytest fixture for mock-ndes: start the jar, wait for its ready file, stop it after the session.

Needs: java 17+, Debian's python3-pytest and python3-requests, and micromdm's scepclient
(apt-get install -y python3-pytest python3-requests scep). MOCK_NDES_JAR points at the server jar
(default: server/target/mock-ndes.jar). The build runs these tests (RecipesTest).
"""
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests


class MockNdes:
    """A running mock-ndes: its ready file's facts and a few admin API calls."""

    def __init__(self, ready):
        self.scep_url = ready["scepUrl"]
        self.admin_url = ready["adminUrl"]
        self.ca_sha256 = ready["caThumbprints"]["sha256"]
        self.logs = ready["logs"]

    def use_scenario(self, name):
        answer = requests.put(f"{self.admin_url}/scenario", json={"name": name}, timeout=30)
        answer.raise_for_status()
        return answer.json()

    def mint_intune_challenge(self, subject, subject_alt_names=(), minutes=60):
        answer = requests.post(f"{self.admin_url}/intune/challenges", timeout=30, json={
            "subject": subject, "subjectAltNames": list(subject_alt_names), "validityMinutes": minutes})
        answer.raise_for_status()
        return answer.json()["challenge"]

    def recent_lines(self, log, lines=20):
        answer = requests.get(f"{self.admin_url}/logs/{log}", params={"lines": lines}, timeout=30)
        answer.raise_for_status()
        return answer.text.splitlines()


@pytest.fixture(scope="session")
def mock_ndes():
    jar = os.environ.get("MOCK_NDES_JAR", "server/target/mock-ndes.jar")
    with tempfile.TemporaryDirectory() as work:
        ready_file = Path(work) / "ready.json"
        server = subprocess.Popen(
            ["java", "-jar", jar, "serve", "--port", "0", "--admin-port", "0", "--challenge-mode", "intune",
             "--log-dir", str(Path(work) / "logs"), "--ready-file", str(ready_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while not ready_file.exists():
                if server.poll() is not None:
                    pytest.fail(f"mock-ndes exited with status {server.returncode} before it was ready")
                if time.monotonic() > deadline:
                    pytest.fail("mock-ndes was not ready within 60 s")
                time.sleep(0.1)
            yield MockNdes(json.loads(ready_file.read_text()))
        finally:
            server.terminate()
            server.wait(timeout=30)
        assert not ready_file.exists(), "a clean stop removes the ready file"


@pytest.fixture(autouse=True)
def healthy(mock_ndes):
    """Every test starts on the healthy scenario."""
    mock_ndes.use_scenario("healthy")


def enrol(mock_ndes, directory, cn, challenge):
    """Enrols with micromdm's scepclient; returns its completed process (check returncode)."""
    return subprocess.run(
        ["scepclient", "-server-url", mock_ndes.scep_url, "-challenge", challenge, "-cn", cn,
         "-private-key", str(Path(directory) / "key.pem"), "-certificate", str(Path(directory) / "cert.pem")],
        capture_output=True, text=True, timeout=120)
