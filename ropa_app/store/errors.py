"""Errors the store raises. Each message is written for the user: what is wrong and what to do."""

from __future__ import annotations


class RegisterError(Exception):
    """Base of every problem with a register file. `str(err)` is the message to show."""


class RegisterNotFoundError(RegisterError):
    pass


class NotARegisterError(RegisterError):
    pass


class CorruptRegisterError(RegisterError):
    pass


class NewerVersionError(RegisterError):
    pass


class ReadOnlyRegisterError(RegisterError):
    pass


class RecordNotFoundError(RegisterError):
    pass
