"""Where files are offered: the platform's documents folder, as the desktop names it."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from isa_desk.core import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG user directories")
def test_the_documents_folder_of_a_german_desktop_is_made_when_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "user_documents_dir", platformdirs.user_documents_dir)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text(
        'XDG_DESKTOP_DIR="$HOME/Schreibtisch"\nXDG_DOCUMENTS_DIR="$HOME/Dokumente"\n'
    )
    assert paths.documents_dir() == tmp_path / "Dokumente"
    assert (tmp_path / "Dokumente").is_dir() and not (tmp_path / "Documents").exists()


def test_a_documents_folder_that_cannot_be_made_gives_the_home_folder(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(blocked / "Documents"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.documents_dir() == tmp_path
