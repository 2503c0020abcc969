"""The benchmarks' own database on a fresh PostgreSQL server."""


def ensure_postgres_database(url: str) -> None:
    """Create the benchmark's database on a fresh server (connecting to its "postgres" database)."""
    import psycopg
    from sqlalchemy.engine import make_url

    target = make_url(url)
    admin = target.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{target.database}"')
