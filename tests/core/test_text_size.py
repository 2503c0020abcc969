"""The text-size control: a cookie for visitors, kept on the account for members."""

from forum.extensions import db
from forum.models import User


def _html_class(response) -> str:
    page = response.get_data(as_text=True)
    return page.split("<html", 1)[1].split(">", 1)[0]


def test_a_visitor_choice_is_a_cookie_and_each_size_is_cached_apart(client):
    assert 'class="text-normal"' in _html_class(client.get("/stories"))
    response = client.get("/text-size?size=larger&next=/stories")
    assert response.status_code == 302 and response.headers["Location"].endswith("/stories")
    cookie = response.headers["Set-Cookie"]
    assert "text_size=larger" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = client.get("/stories")
    assert 'class="text-larger"' in _html_class(page)
    assert 'aria-current="true"' in page.get_data(as_text=True).split('size-larger"', 1)[1].split(">", 1)[0]
    # The visitor page cache keeps one copy per size: the other size is not served to this visitor.
    client.set_cookie("text_size", "normal")
    normal = client.get("/stories")
    assert 'class="text-normal"' in _html_class(normal) and normal.headers["X-Cache"] == "HIT"
    client.set_cookie("text_size", "larger")
    larger = client.get("/stories")
    assert 'class="text-larger"' in _html_class(larger) and larger.headers["X-Cache"] == "HIT"


def test_an_unknown_size_or_a_foreign_next_changes_nothing_harmful(client):
    response = client.get("/text-size?size=huge&next=/tips")
    assert response.status_code == 302 and "text_size=" not in response.headers.get("Set-Cookie", "")
    assert "Choose normal, large or larger text." in client.get("/tips").get_data(as_text=True)
    client.set_cookie("text_size", "enormous")  # a forged cookie is ignored
    assert 'class="text-normal"' in _html_class(client.get("/"))
    response = client.get("/text-size?size=large&next=//evil.example/")
    assert response.headers["Location"] in ("/", "http://localhost/")


def test_a_member_choice_is_kept_on_the_account_for_every_device(app, client, make_user):
    member = make_user("tern")
    client.login(member)
    assert client.post("/text-size", data={"size": "large"}).status_code == 400  # no CSRF token
    response = client.submit("/text-size", {"size": "large", "next": "/tips"})
    assert response.status_code == 302 and response.headers["Location"].endswith("/tips")
    with app.app_context():
        assert db.session.get(User, member.id).text_size == "large"
    other_device = app.test_client()
    from tests.conftest import FormClient

    other = FormClient(other_device)
    other.login(member)
    page = other.get("/")
    assert 'class="text-large"' in _html_class(page)
    assert 'aria-pressed="true"' in page.get_data(as_text=True).split('value="large"', 1)[1].split(">", 1)[0]


def test_a_visitor_cannot_post_a_member_choice(app, client):
    response = client.submit("/text-size", {"size": "large"})
    assert response.status_code == 403
