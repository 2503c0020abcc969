"""`flask forum check [--fix]`: each stored summary is corrupted on purpose, found, and repaired."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from forum.models import MAX_TREE_DEPTH, Post, Resource, SearchDocument, Thread, User
from forum.resources.defaults import SECTIONS


@pytest.fixture
def forum_data(app, db, make_user, make_thread, make_reply, make_story):
    """A small forum made by the real services: replies, a chain past the depth cap,
    reactions, a deleted reply, a hidden thread and a resource page."""
    from forum.reactions.services import toggle_reaction
    from forum.resources.services import create_resource

    author, other = make_user("river"), make_user("stone")
    admin = make_user("keeper", role="admin")
    thread = make_thread(author=author, title="Heat helps")
    first = make_reply(thread, author=other, body="It does for me.")
    parent = first
    for n in range(MAX_TREE_DEPTH + 2):
        parent = make_reply(thread, author=author if n % 2 else other, parent=parent, body=f"Back and forth {n}")
    gone = make_reply(thread, author=other, body="Removed later.")
    hidden = make_thread(author=other, title="Hidden one")
    story = make_story(author=author)
    with app.app_context():
        from forum.discussions.services import delete_post, get_post

        members = {u.id: u for u in db.session.scalars(select(User))}
        story_root = db.session.scalar(select(Post.id).where(Post.thread_id == story.id))
        toggle_reaction(members[other.id], get_post(story_root), "support")
        toggle_reaction(members[admin.id], get_post(story_root), "support")
        toggle_reaction(members[admin.id], get_post(story_root), "me_too")

        delete_post(members[other.id], get_post(gone.id))
        from forum.moderation.services import _set_hidden  # noqa: PLC2701

        root = db.session.scalar(select(Post).where(Post.thread_id == hidden.id, Post.depth == 0))
        root.thread = db.session.get(Thread, hidden.id)
        _set_hidden(root, "Off topic.")
        from forum.search.services import index_thread

        index_thread(hidden.id)
        db.session.commit()
        create_resource(
            db.session.get(User, admin.id), title="Heat and cold", section=SECTIONS[0][0], summary="What helps.",
            body="Warm packs ease the pull.", position=1, is_published=True, tags_text="",
        )  # fmt: skip
    return {
        "thread": thread, "first": first, "deepest": parent, "author": author, "hidden": hidden,
        "story_root": story_root,
    }  # fmt: skip


def check(runner, *args):
    return runner.invoke(args=["forum", "check", *args])


def corrupt(app, db, statement) -> None:
    with app.app_context():
        db.session.execute(statement)
        db.session.commit()


def assert_found_then_fixed(runner, *expected: str) -> None:
    found = check(runner)
    assert found.exit_code == 1, found.output
    for words in expected:
        assert f"problem: {words}" in found.output, found.output
    fixed = check(runner, "--fix")
    assert fixed.exit_code == 0, fixed.output
    for words in expected:
        assert f"fixed: {words}" in fixed.output
    again = check(runner)
    assert again.exit_code == 0 and "Everything is consistent." in again.output, again.output


def test_a_forum_made_by_the_services_is_consistent(forum_data, runner):
    result = check(runner)
    assert result.exit_code == 0, result.output
    assert "Everything is consistent." in result.output


def test_thread_counters(app, db, forum_data, runner):
    thread = forum_data["thread"]
    with app.app_context():
        stored = db.session.get(Thread, thread.id)
        replies, last = stored.reply_count, stored.last_activity_at
    corrupt(app, db, update(Thread).where(Thread.id == thread.id).values(reply_count=999))
    corrupt(
        app,
        db,
        update(Thread).where(Thread.id == thread.id).values(last_activity_at=stored.created_at.replace(year=2000)),
    )
    assert_found_then_fixed(runner, f"thread {thread.id}: reply_count is 999", f"thread {thread.id}: last_activity_at")
    with app.app_context():
        repaired = db.session.get(Thread, thread.id)
        assert repaired.reply_count == replies == MAX_TREE_DEPTH + 3
        latest_visible = db.session.scalar(
            select(db.func.max(Post.created_at)).where(Post.thread_id == thread.id, Post.status == "visible")
        )
        assert repaired.last_activity_at == latest_visible <= last  # the deleted reply no longer counts


def test_approved_post_count(app, db, forum_data, runner):
    author = forum_data["author"]
    with app.app_context():
        visible = db.session.scalar(
            select(db.func.count(Post.id)).where(Post.author_id == author.id, Post.status == "visible")
        )
    corrupt(app, db, update(User).where(User.id == author.id).values(approved_post_count=0))
    assert_found_then_fixed(runner, f"member river: approved_post_count is 0, they have {visible} visible posts")
    with app.app_context():
        assert db.session.get(User, author.id).approved_post_count == visible


def test_reaction_counters(app, db, forum_data, runner):
    root = forum_data["story_root"]
    corrupt(app, db, update(Post).where(Post.id == root).values(support_count=7, helpful_count=1))
    assert_found_then_fixed(
        runner, f"post {root}: support_count is 7, it has 2", f"post {root}: helpful_count is 1, it has 0"
    )
    with app.app_context():
        post = db.session.get(Post, root)
        assert (post.support_count, post.me_too_count, post.helpful_count) == (2, 1, 0)


def test_tree_paths_including_replies_past_the_depth_cap(app, db, forum_data, runner):
    first, deepest = forum_data["first"], forum_data["deepest"]
    with app.app_context():
        good = {p.id: (p.path, p.depth) for p in db.session.scalars(select(Post))}
    assert good[deepest.id][1] == MAX_TREE_DEPTH  # filed beside its parent
    # A broken segment high in the tree: every reply below it is judged against the repaired path.
    corrupt(app, db, update(Post).where(Post.id == first.id).values(path="0000000001/9999999999", depth=3))
    corrupt(app, db, update(Post).where(Post.id == deepest.id).values(depth=MAX_TREE_DEPTH + 1))
    assert_found_then_fixed(
        runner, f"post {first.id}: path '0000000001/9999999999' depth 3", f"post {deepest.id}: path"
    )
    with app.app_context():
        assert {p.id: (p.path, p.depth) for p in db.session.scalars(select(Post))} == good


def test_search_index(app, db, forum_data, runner):
    thread, hidden = forum_data["thread"], forum_data["hidden"]
    with app.app_context():
        resource_id = db.session.scalar(select(Resource.id))
    corrupt(app, db, update(SearchDocument).where(SearchDocument.source_id == thread.id).values(title="Stale title"))
    corrupt(app, db, SearchDocument.__table__.delete().where(SearchDocument.kind == "resource"))
    with app.app_context():  # a document for the hidden thread, which must not have one
        db.session.add(SearchDocument(kind="discussion", source_id=hidden.id, title="Hidden one", body="secret"))
        db.session.commit()
    assert_found_then_fixed(
        runner,
        f"discussion {thread.id}: an out-of-date search document",
        f"resource {resource_id}: no search document",
        f"search document for discussion {hidden.id}, which is not public",
    )
    with app.app_context():
        document = select(SearchDocument.title).where(
            SearchDocument.kind == "discussion", SearchDocument.source_id == thread.id
        )
        assert db.session.scalar(document) == "Heat helps"


def test_sqlite_full_text_triggers(app, db, forum_data, runner, client):
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("the FTS5 triggers exist on SQLite only")
    corrupt(app, db, text("DROP TRIGGER search_documents_ai"))
    assert_found_then_fixed(runner, "SQLite full-text search is missing search_documents_ai")
    # The index works again: a thread written after the repair is found.
    assert "Heat helps" in client.get("/search?q=heat").get_data(as_text=True)


def test_sqlite_full_text_index_out_of_step(app, db, forum_data, runner, client):
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("the FTS5 index exists on SQLite only")
    corrupt(app, db, text("INSERT INTO search_fts(rowid, title, keywords, body) VALUES (9999, 'ghost', '', '')"))
    assert_found_then_fixed(runner, "the SQLite full-text index does not match search_documents")


def test_a_changed_document_leaves_no_stale_words_in_the_sqlite_index(app, db, forum_data, runner):
    with app.app_context():
        if db.engine.dialect.name != "sqlite":
            pytest.skip("the FTS5 index exists on SQLite only")
    thread = forum_data["thread"]
    corrupt(app, db, update(SearchDocument).where(SearchDocument.source_id == thread.id).values(keywords="Pillows"))
    corrupt(app, db, update(SearchDocument).where(SearchDocument.source_id == thread.id).values(keywords="Scarves"))
    with app.app_context():
        match = "SELECT rowid FROM search_fts WHERE search_fts MATCH :q"
        assert not db.session.execute(text(match), {"q": "pillows"}).all()  # the old keyword is gone
        assert db.session.execute(text(match), {"q": "scarves"}).all()
    result = check(runner)
    assert result.exit_code == 1 and "search document" in result.output  # the document itself is now stale
    assert "full-text index" not in result.output  # but the index matches it
