"""drafts

Revision ID: 0010_drafts
Revises: 0009_thread_listing_index
Create Date: 2026-11-21 15:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_drafts'
down_revision = '0009_thread_listing_index'
branch_labels = None
depends_on = None


def upgrade():
    # A new table only: no batch mode, so nothing else is copied or recreated.
    op.create_table(
        'drafts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('place', sa.String(length=120), nullable=False),
        sa.Column('fields', sa.Text(), nullable=False),
        sa.Column('revision', sa.BigInteger(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_drafts_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts')),
        sa.UniqueConstraint('user_id', 'place', name=op.f('uq_drafts_user_id')),
    )
    op.create_index(op.f('ix_drafts_updated_at'), 'drafts', ['updated_at'], unique=False)


def downgrade():
    op.drop_index(op.f('ix_drafts_updated_at'), table_name='drafts')
    op.drop_table('drafts')
