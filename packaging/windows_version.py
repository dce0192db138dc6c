"""The version resource of the Windows program (Explorer's "Details" tab), from the version
of the installed package. Used by isa_desk.spec; kept apart so it can be checked anywhere."""

from __future__ import annotations

import re

GERMAN_UNICODE = "040704B0"  # language German (0x0407), code page Unicode (1200)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); '0.2rc1' -> (0, 2, 0, 0): Windows wants four numbers."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info(version: str, file_name: str, description: str):
    # PyInstaller's version resource classes need pefile, which it installs on Windows only
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = numeric_version(version)
    strings = [
        StringStruct("CompanyName", "ISA – Chinesisch-Deutsche Industriestädteallianz"),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", file_name),
        StringStruct("OriginalFilename", f"{file_name}.exe"),
        StringStruct("ProductName", "ISA Desk"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(GERMAN_UNICODE, strings)]),
            VarFileInfo([VarStruct("Translation", [0x0407, 1200])]),
        ],
    )
