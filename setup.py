"""Where the files go when ISA Desk is installed; everything else is in pyproject.toml.

resources/ (fonts, icons, letter templates) and translations/ (the compiled .qm and .mo files) sit
at the top of the source tree, where translators and designers find them. Installed, they
live inside the package as isa_desk/resources and isa_desk/translations, the layout that
isa_desk.core.paths.resource_path and the frozen bundle expect. pyproject.toml cannot map
folders like that next to an automatic package search, hence this file.
"""

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = {"isa_desk.resources": "resources", "isa_desk.translations": "translations"}


class BuildPy(build_py):
    """Copies only the data of the data folders, not the helper scripts kept beside it."""

    def find_package_modules(self, package, package_dir):
        if package in DATA_FOLDERS:
            return []
        return super().find_package_modules(package, package_dir)


setup(
    # migrations/ and its versions/ have no __init__.py: Alembic reads them as files
    packages=find_namespace_packages(include=["isa_desk*"]) + list(DATA_FOLDERS),
    package_dir=DATA_FOLDERS,
    package_data={
        "isa_desk.resources": ["**/*"],
        "isa_desk.translations": ["*.qm", "*.mo"],
        "isa_desk.core.db.migrations": ["*.mako", "*.ini"],
    },
    cmdclass={"build_py": BuildPy},
)
