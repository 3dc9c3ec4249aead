from parley import settings


def test_database_url_defaults_to_the_sqlite_file(monkeypatch):
    monkeypatch.delenv("PARLEY_DATABASE_URL", raising=False)
    assert settings.database_url() == f"sqlite:///{settings.DATA_DIR / 'parley.db'}"
    monkeypatch.setenv("PARLEY_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert settings.database_url() == "postgresql+psycopg://u@h/db"


def test_file_limit_from_environment(monkeypatch):
    monkeypatch.delenv("PARLEY_MAX_FILE_MB", raising=False)
    assert settings.max_file_bytes() == 20 * 2**20
    monkeypatch.setenv("PARLEY_MAX_FILE_MB", "2.5")
    assert settings.max_file_bytes() == int(2.5 * 2**20)
