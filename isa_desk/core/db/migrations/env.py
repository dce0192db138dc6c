"""Alembic environment: runs on the connection the program hands over (see schema.py).

A batch migration that rebuilds a table on SQLite loses AUTOINCREMENT unless it says
`table_kwargs={"sqlite_autoincrement": True}` (the tests check that every table keeps
it); rebuilding `contact` drops the search index's triggers, which the program puts back
at the next start (search_index.install)."""

from alembic import context
from sqlalchemy import create_engine

from isa_desk.core.db.models import Base
from isa_desk.core.db.schema import include_name

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,  # the search index's tables belong to no model
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
