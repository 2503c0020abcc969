"""The schema comes only from migrations, and the migrations make exactly the models' schema."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from forum.extensions import db

# The full-text parts are database-specific and live only in migration 0005.
FULL_TEXT_OBJECTS = ("search_fts", "search_vector", "ix_search_documents_vector")


def _modelled(obj, name, type_, reflected, compare_to) -> bool:
    return not (name or "").startswith(FULL_TEXT_OBJECTS)


def test_migrations_match_the_models(app):
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_object": _modelled})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_migration_history_is_linear(app):
    from alembic.script import ScriptDirectory
    from flask_migrate import Config

    from forum import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert len(script.get_heads()) == 1


def test_sqlite_full_text_triggers_survive_every_migration(app):
    """Batch-mode migrations recreate tables on SQLite, which would silently drop these."""
    from sqlalchemy import text

    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            with db.engine.connect() as connection:
                column = connection.execute(
                    text(
                        "SELECT 1 FROM information_schema.columns WHERE table_name = 'search_documents' "
                        "AND column_name = 'search_vector'"
                    )
                ).scalar()
            assert column == 1
            return
        with db.engine.connect() as connection:
            names = set(connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert names == {"search_documents_ai", "search_documents_ad", "search_documents_au"}
