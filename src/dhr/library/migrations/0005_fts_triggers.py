"""SQLite: triggers keep the FTS5 table in step with the index table.

The FTS5 table reads external content, so it must be told of every row removed
with the row's old text. Doing that from Python missed every delete that does
not pass through `remove_entries`: a cascade, a raw DELETE, the test runner's
flush between live-server tests. The stale index then made FTS5 report
"database disk image is malformed" on the next search. Triggers see every
insert, update and delete, however it happens. The rebuild heals an index
already out of step.
"""

from django.db import migrations

# Written out whole rather than assembled: these are fixed statements with no
# input in them, and a reader (or bandit) sees exactly what runs.
TRIGGERS = [
    "CREATE TRIGGER library_fts_insert AFTER INSERT ON library_libraryentry BEGIN "
    "INSERT INTO library_fts(rowid, title, summary, lead, rest) VALUES (new.id, new.title, "
    "new.summary, substr(new.body, 1, 20000), substr(new.body, 20001)); END",
    "CREATE TRIGGER library_fts_delete AFTER DELETE ON library_libraryentry BEGIN "
    "INSERT INTO library_fts(library_fts, rowid, title, summary, lead, rest) VALUES ('delete', "
    "old.id, old.title, old.summary, substr(old.body, 1, 20000), substr(old.body, 20001)); END",
    "CREATE TRIGGER library_fts_update AFTER UPDATE OF title, summary, body "
    "ON library_libraryentry BEGIN "
    "INSERT INTO library_fts(library_fts, rowid, title, summary, lead, rest) VALUES ('delete', "
    "old.id, old.title, old.summary, substr(old.body, 1, 20000), substr(old.body, 20001)); "
    "INSERT INTO library_fts(rowid, title, summary, lead, rest) VALUES (new.id, new.title, "
    "new.summary, substr(new.body, 1, 20000), substr(new.body, 20001)); END",
]
NAMES = ["library_fts_insert", "library_fts_delete", "library_fts_update"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in TRIGGERS:
        schema_editor.execute(statement)
    schema_editor.execute("INSERT INTO library_fts(library_fts) VALUES ('rebuild')")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for name in NAMES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("library", "0004_entry_lead")]

    operations = [migrations.RunPython(forwards, backwards)]
