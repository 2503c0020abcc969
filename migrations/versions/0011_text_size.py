"""text size chosen by a member

Revision ID: 0011_text_size
Revises: 0010_drafts
Create Date: 2026-11-21 15:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0011_text_size'
down_revision = '0010_drafts'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text_size', sa.String(length=8), server_default='normal', nullable=False))


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('text_size')
