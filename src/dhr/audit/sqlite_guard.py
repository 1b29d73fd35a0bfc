"""The SQL of SQLite's append-only guards on the audit table (see migrations 0002, 0003)."""

AUDIT_TABLE = "audit_auditrecord"
CREATE_UPDATE_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_record_no_update BEFORE UPDATE ON audit_auditrecord "
    "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;"
)
DROP_UPDATE_GUARD = "DROP TRIGGER IF EXISTS audit_record_no_update;"
CREATE_DELETE_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_record_no_delete BEFORE DELETE ON audit_auditrecord "
    "BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;"
)
DROP_DELETE_GUARD = "DROP TRIGGER IF EXISTS audit_record_no_delete;"
