"""`make run` and CI check the Debian packages of one list: nothing to do when all are
there, installed when allowed, else the exact command is printed (dpkg, apt-get, id and
sudo are stand-ins on PATH)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests import ROOT

SCRIPT = ROOT / "packaging" / "system-deps.sh"
LIST = ROOT / "packaging" / "debian-packages.txt"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def listed(group: str) -> list[str]:
    names = []
    for line in LIST.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words and not words[0].startswith("#") and (group == "test" or words[1] == "[run]"):
            names.append(words[0])
    return names


def stand_ins(folder, installed: list[str], uid: int, sudo: bool):
    """Commands that answer as a machine with `installed` packages would; apt-get and
    sudo write what they were asked to a log."""
    folder.mkdir()
    log = folder / "log"
    scripts = {
        "dpkg": 'for p in {}; do [ "$2" = "$p" ] && exit 0; done; exit 1'.format(
            " ".join(installed)
        ),
        "id": f"echo {uid}",
        "apt-get": f'echo "apt-get $*" >> {log}',
    }
    if sudo:
        scripts["sudo"] = (
            f'[ "$1" = -n ] && shift; [ $# -eq 1 ] && exit 0; echo "sudo" >> {log}; "$@"'
        )
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/bin/bash\n{body}\n")
        path.chmod(0o755)
    return log


def run(tmp_path, group, installed, uid=1000, sudo=False):
    log = stand_ins(tmp_path / "bin", installed, uid, sudo)
    env = {**os.environ, "PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin"}
    result = subprocess.run(
        ["bash", str(SCRIPT), group], capture_output=True, text=True, env=env, timeout=60
    )
    return result, log.read_text() if log.exists() else ""


def test_the_scripts_parse():
    for script in (SCRIPT, ROOT / ".ci" / "run"):
        assert subprocess.run(["bash", "-n", str(script)]).returncode == 0, script


def test_everything_there_means_nothing_to_do(tmp_path):
    result, log = run(tmp_path, "test", listed("test"))
    assert (result.returncode, result.stdout, result.stderr, log) == (0, "", "", "")


def test_without_the_right_to_install_the_exact_command_is_printed(tmp_path):
    have = [p for p in listed("run") if p not in ("libxcb-cursor0", "fonts-noto-cjk")]
    result, log = run(tmp_path, "run", have)
    assert result.returncode == 1 and log == ""
    assert (
        "  sudo apt-get install --no-install-recommends libxcb-cursor0 fonts-noto-cjk\n"
        in result.stderr
    )


def test_run_needs_only_the_window_packages(tmp_path):
    result, _log = run(tmp_path, "run", listed("run"))
    assert result.returncode == 0
    assert "libreoffice-calc-nogui" in listed("test") and "libreoffice-calc-nogui" not in listed(
        "run"
    )


def test_root_installs_what_is_missing(tmp_path):
    have = [p for p in listed("test") if p != "poppler-utils"]
    result, log = run(tmp_path, "test", have, uid=0)
    assert result.returncode == 0 and "installing: poppler-utils" in result.stdout
    assert log.splitlines() == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends poppler-utils",
    ]


def test_sudo_without_a_password_installs_too(tmp_path):
    have = [p for p in listed("run") if p != "libegl1"]
    result, log = run(tmp_path, "run", have, sudo=True)
    assert result.returncode == 0
    assert "apt-get install -y -qq --no-install-recommends libegl1" in log


def test_ci_installs_the_whole_list_through_the_same_script():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "packaging/system-deps.sh test" in ci and "make lint" in ci and "make test" in ci
    assert "packaging/system-deps.sh run" in (ROOT / "Makefile").read_text()
