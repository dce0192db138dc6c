"""A throwaway PostgreSQL server for the tests: a cluster in a folder of its own, on localhost.

    python3 tests/postgres_server.py start FOLDER   prints the server's URL
    python3 tests/postgres_server.py stop FOLDER

The suite uses the server named by ISA_DESK_TEST_POSTGRES (CI starts one with this script);
without it, the test session starts its own where PostgreSQL's programs are installed
(Debian's `postgresql` package) and stops it at the end. The cluster trades safety for speed
(no fsync): it holds nothing but test databases. Only the standard library is used here, so
CI can run it before the program is installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

URL_ENV = "ISA_DESK_TEST_POSTGRES"  # postgresql+psycopg://user@host:port/database
REQUIRE_ENV = "ISA_DESK_TEST_REQUIRE_POSTGRES"  # "1": no server is an error, not a skip
SUPERUSER = "isa_test"
SYSTEM_USER = "postgres"  # initdb refuses root; as root the cluster belongs to this user


def bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: Debian keeps them per version, off the PATH."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SYSTEM_USER, "--", *command]


def url_of(folder: Path) -> str:
    port = (folder / "port").read_text().strip()
    return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"


def start(folder: Path) -> str:
    """Make a cluster in `folder` (once) and start it; the URL of its `postgres` database."""
    programs = bin_dir()
    if programs is None:
        raise RuntimeError("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, SYSTEM_USER)
    if not data.exists():
        subprocess.run(
            _as_owner(
                [
                    str(programs / "initdb"),
                    "--pgdata",
                    str(data),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    "C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
        )
    port = _free_port()
    options = (
        f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        _as_owner(
            [
                str(programs / "pg_ctl"),
                "--pgdata",
                str(data),
                "--log",
                str(folder / "server.log"),
                "--options",
                options,
                "--wait",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    (folder / "port").write_text(str(port))
    return url_of(folder)


def stop(folder: Path) -> None:
    programs = bin_dir()
    if programs is None or not (folder / "data").exists():
        return
    subprocess.run(
        _as_owner(
            [
                str(programs / "pg_ctl"),
                "--pgdata",
                str(folder / "data"),
                "--mode",
                "immediate",
                "--wait",
                "stop",
            ]
        ),
        check=False,
        capture_output=True,
    )


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: postgres_server.py start|stop FOLDER")
    where = Path(sys.argv[2]).resolve()
    if sys.argv[1] == "start":
        print(start(where))
    else:
        stop(where)
