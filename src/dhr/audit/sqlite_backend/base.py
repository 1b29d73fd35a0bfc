"""SQLite, with the audit table's delete guard kept through `flush`.

On SQLite the audit trail refuses DELETE with a trigger, as PostgreSQL does.
PostgreSQL's `flush` (used between transactional tests and by `dhr flush`)
empties tables with TRUNCATE, which row triggers do not see; SQLite's uses
DELETE, which they do. So, to give `flush` the same meaning on both, it lifts
the guard, empties the tables and puts the guard back, in one transaction.
Nothing else in the application deletes audit records.
"""

from __future__ import annotations

from typing import Any

from django.db.backends.sqlite3 import base, operations

from dhr.audit.sqlite_guard import AUDIT_TABLE, CREATE_DELETE_GUARD, DROP_DELETE_GUARD


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style: Any, tables: Any, **kwargs: Any) -> list[str]:
        sql = super().sql_flush(style, tables, **kwargs)
        if AUDIT_TABLE in tables and sql:
            return [DROP_DELETE_GUARD, *sql, CREATE_DELETE_GUARD]
        return sql


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
