"""ROPA Desk: a record of processing activities (GDPR Art. 30) kept in a local register file."""

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("ropa-desk")
except PackageNotFoundError:  # frozen app or a checkout without install
    __version__ = "0.1.0"
