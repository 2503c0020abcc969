"""Many members replying to one thread at once: every reply arrives, counts are exact, the tree holds."""

import random
import threading

from sqlalchemy import func, select

from forum.discussions.services import reply
from forum.extensions import db as _db
from forum.models import Post, Thread, User


def test_200_concurrent_replies_by_20_members(app, db, make_user, make_thread):
    thread = make_thread()
    members = [make_user() for _ in range(20)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(members))

    def write(member_id: int, seed: int) -> None:
        rng = random.Random(seed)
        try:
            with app.app_context():
                start.wait()
                for n in range(10):
                    author = _db.session.get(User, member_id)
                    target = _db.session.get(Thread, thread.id)
                    known = list(_db.session.scalars(select(Post.id).where(Post.thread_id == thread.id)))
                    parent = rng.choice(known) if rng.random() < 0.7 else None
                    reply(author, target, f"Reply {n} from {member_id}", parent)
                    _db.session.remove()
        except BaseException as error:  # reported below, with the others
            errors.append(error)

    workers = [threading.Thread(target=write, args=(m.id, i)) for i, m in enumerate(members)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert not errors, errors[:3]

    with app.app_context():
        posts = {p.id: p for p in db.session.scalars(select(Post).where(Post.thread_id == thread.id))}
        saved = db.session.get(Thread, thread.id)
        assert len(posts) == 201
        assert saved.reply_count == 200
        for post in posts.values():
            if post.parent_id is None:
                assert post.depth == 0 and post.path == f"{post.id:010d}"
                continue
            parent = posts[post.parent_id]
            assert post.depth == parent.depth + 1
            assert post.path == f"{parent.path}/{post.id:010d}"
        by_author = dict(
            db.session.execute(
                select(Post.author_id, func.count()).where(Post.depth > 0).group_by(Post.author_id)
            ).all()
        )
        assert sorted(by_author.values()) == [10] * 20
        counts = dict(db.session.execute(select(User.id, User.approved_post_count)).all())
        assert all(counts[m.id] == 10 for m in members)
