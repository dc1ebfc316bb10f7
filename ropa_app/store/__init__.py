"""The SQLite register file through sqlite-utils: schema, migrations, queries, audit log, backups. No Qt."""

from .errors import (
    CorruptRegisterError,
    NewerVersionError,
    NotARegisterError,
    ReadOnlyRegisterError,
    RecordNotFoundError,
    RegisterError,
    RegisterNotFoundError,
)
from .register import RegisterStore
from .schema import SCHEMA_VERSION

__all__ = [
    "CorruptRegisterError",
    "NewerVersionError",
    "NotARegisterError",
    "ReadOnlyRegisterError",
    "RecordNotFoundError",
    "RegisterError",
    "RegisterNotFoundError",
    "RegisterStore",
    "SCHEMA_VERSION",
]
