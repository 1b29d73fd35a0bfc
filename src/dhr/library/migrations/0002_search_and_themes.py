"""The full-text search structures for each database, and the theme vocabulary.

SQLite: an FTS5 table over the index table's text (external content, porter
stemming), created only on SQLite. PostgreSQL: GIN indexes on the stored
search vectors, created only on PostgreSQL.
"""

from django.db import migrations

FTS5 = (
    "CREATE VIRTUAL TABLE library_fts USING fts5(title, summary, body, "
    "content='library_libraryentry', content_rowid='id', tokenize='porter unicode61')"
)


def create_search(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(FTS5)
    elif vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX library_entry_search_gin ON library_libraryentry "
            "USING gin (search_vector)"
        )


def drop_search(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute("DROP TABLE IF EXISTS library_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS library_entry_search_gin")


def load_themes(apps, schema_editor):
    from dhr.library.themes import vocabulary

    Theme = apps.get_model("library", "Theme")
    for spec in vocabulary():
        Theme.objects.update_or_create(
            slug=spec.slug,
            defaults={
                "label": spec.label,
                "group": spec.group,
                "home_office_option": spec.home_office_option,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [
        migrations.RunPython(create_search, drop_search),
        migrations.RunPython(load_themes, migrations.RunPython.noop),
    ]
