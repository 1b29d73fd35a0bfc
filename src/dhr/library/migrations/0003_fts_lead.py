"""SQLite: the FTS5 table reads the text's opening and the rest as two columns.

Snippets come from the opening (the summary and first 20,000 characters, as on
PostgreSQL), so making one never tokenizes a whole 60,000-word report. The
external content is a view over the index table.
"""

from django.db import migrations

VIEW = (
    "CREATE VIEW library_fts_source AS SELECT id, title, summary, "
    "substr(body, 1, 20000) AS lead, substr(body, 20001) AS rest FROM library_libraryentry"
)
FTS5 = (
    "CREATE VIRTUAL TABLE library_fts USING fts5(title, summary, lead, rest, "
    "content='library_fts_source', content_rowid='id', tokenize='porter unicode61')"
)
OLD_FTS5 = (
    "CREATE VIRTUAL TABLE library_fts USING fts5(title, summary, body, "
    "content='library_libraryentry', content_rowid='id', tokenize='porter unicode61')"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute("DROP TABLE IF EXISTS library_fts")
    schema_editor.execute(VIEW)
    schema_editor.execute(FTS5)
    schema_editor.execute("INSERT INTO library_fts(library_fts) VALUES ('rebuild')")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute("DROP TABLE IF EXISTS library_fts")
    schema_editor.execute("DROP VIEW IF EXISTS library_fts_source")
    schema_editor.execute(OLD_FTS5)
    schema_editor.execute("INSERT INTO library_fts(library_fts) VALUES ('rebuild')")


class Migration(migrations.Migration):
    dependencies = [("library", "0002_search_and_themes")]

    operations = [migrations.RunPython(forwards, backwards)]
