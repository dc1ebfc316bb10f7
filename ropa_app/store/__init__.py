"""The SQLite register file through sqlite-utils: schema, migrations, queries, audit log, backups. No Qt."""

import logging

from .backups import BackupInfo, list_backups, restore_backup
from .errors import (
    CorruptRegisterError,
    ForeignSchemaError,
    NewerVersionError,
    NotARegisterError,
    ReadOnlyRegisterError,
    RecordNotFoundError,
    RegisterError,
    RegisterLockedError,
    RegisterNotFoundError,
    RegisterUnavailableError,
    RegisterConstraintError,
    RegisterWriteError,
)
from .location import storage_warning
from .register import RegisterStore
from .schema import SCHEMA_VERSION

# Quiet unless the app sets up its log file (ropa_app.logs): the command line prints its own messages.
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "BackupInfo",
    "CorruptRegisterError",
    "ForeignSchemaError",
    "NewerVersionError",
    "NotARegisterError",
    "ReadOnlyRegisterError",
    "RecordNotFoundError",
    "RegisterError",
    "RegisterLockedError",
    "RegisterNotFoundError",
    "RegisterStore",
    "RegisterUnavailableError",
    "RegisterConstraintError",
    "RegisterWriteError",
    "SCHEMA_VERSION",
    "list_backups",
    "restore_backup",
    "storage_warning",
]
