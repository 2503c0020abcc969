"""The `flask forum ...` commands."""

from sqlalchemy import func, select

from forum.models import Category, Post, User


def test_seed_categories_is_idempotent(app, db, runner):
    assert "Added 8 categories" in runner.invoke(args=["forum", "seed-categories"]).output
    assert "Added 0 categories" in runner.invoke(args=["forum", "seed-categories"]).output
    with app.app_context():
        slugs = set(db.session.scalars(select(Category.slug)))
    assert {"newly-diagnosed", "introductions", "treatments", "emotional-support"} <= slugs


def test_create_admin_without_prompting(app, db, runner):
    result = runner.invoke(args=["forum", "create-admin", "admin", "--email", "a@example.org", "--password", "x" * 12])
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalar(select(User))
    assert user.username == "admin" and user.role == "admin"


def test_create_admin_refuses_a_taken_name(runner, make_user):
    make_user("taken_name")
    result = runner.invoke(
        args=["forum", "create-admin", "TAKEN_NAME", "--email", "b@example.org", "--password", "x" * 12]
    )
    assert result.exit_code != 0
    assert "taken" in result.output


def test_set_role(app, db, runner, make_user):
    make_user("river_stone")
    result = runner.invoke(args=["forum", "set-role", "River_Stone", "moderator"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.scalar(select(User.role)) == "moderator"
    assert runner.invoke(args=["forum", "set-role", "nobody", "moderator"]).exit_code != 0
    assert runner.invoke(args=["forum", "set-role", "river_stone", "emperor"]).exit_code != 0


def test_recook_rerenders_every_post(app, db, runner, make_thread):
    make_thread(body="**bold** text")
    with app.app_context():
        db.session.execute(Post.__table__.update().values(body_html="stale", content_version=0))
        db.session.commit()
    result = runner.invoke(args=["forum", "recook"])
    assert "Re-rendered 1 posts" in result.output
    with app.app_context():
        post = db.session.scalar(select(Post))
        assert post.body_html == "<p><strong>bold</strong> text</p>"
    assert "Re-rendered 0 posts" in runner.invoke(args=["forum", "recook", "--stale-only"]).output


def test_seed_demo_writes_a_living_community(app, db, runner):
    from forum.models import Thread

    result = runner.invoke(args=["forum", "seed-demo"])
    assert result.exit_code == 0, result.output
    assert "willow_admin" in result.output and "marin_mod" in result.output
    with app.app_context():
        roles = [role for (role,) in db.session.execute(select(User.role))]
        assert len(roles) >= 10 and roles.count("admin") == 1 and roles.count("moderator") == 1
        assert db.session.scalar(select(func.count(Thread.id))) >= 25
        assert db.session.scalar(select(func.max(Post.depth))) >= 4
        kinds = dict(db.session.execute(select(Thread.kind, func.count()).group_by(Thread.kind)).all())
        assert kinds["story"] >= 10 and kinds["tip"] >= 30
        used = db.session.scalar(select(func.count(func.distinct(Thread.category_id))))
        assert used == db.session.scalar(select(func.count(Category.id))) == 8
        # every reply is later than the post it answers
        posts = {p.id: p for p in db.session.scalars(select(Post))}
        assert all(p.created_at > posts[p.parent_id].created_at for p in posts.values() if p.parent_id)
    again = runner.invoke(args=["forum", "seed-demo", "--if-empty"])
    assert again.exit_code == 0 and "not written again" in again.output and "willow_admin" in again.output
    twice = runner.invoke(args=["forum", "seed-demo"])
    assert twice.exit_code != 0 and "already exist" in twice.output
