"""the SQLite search index forgets a document's old keywords when it changes

Revision ID: 0012_search_fts_update_trigger
Revises: 0011_text_size
Create Date: 2026-11-21 15:50:00.000000

The update trigger of 0005 told FTS5 to delete the old row without its keywords, so an
external-content index kept old tag names searchable and failed its integrity check after
any update. The trigger now deletes exactly what was inserted, and the index is rebuilt
from search_documents. PostgreSQL's generated column never had the problem.
"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0012_search_fts_update_trigger'
down_revision = '0011_text_size'
branch_labels = None
depends_on = None

UPDATE_TRIGGER = (
    "CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, keywords, body) "
    "VALUES ('delete', old.id, old.title, old.keywords, old.body); "
    "INSERT INTO search_fts(rowid, title, keywords, body) VALUES (new.id, new.title, new.keywords, new.body); END"
)
OLD_UPDATE_TRIGGER = (
    "CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO search_fts(rowid, title, keywords, body) VALUES (new.id, new.title, new.keywords, new.body); END"
)


def upgrade():
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS search_documents_au")
    op.execute(UPDATE_TRIGGER)
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")


def downgrade():
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS search_documents_au")
    op.execute(OLD_UPDATE_TRIGGER)
