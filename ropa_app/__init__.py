"""ROPA Desk: a record of processing activities (GDPR Art. 30) kept in a local register file.

`__version__` is read from the installed package's metadata at its first use (PEP 562): importlib.metadata
costs a start 30 ms that the first paint does not need (#21)."""

from typing import Any


def __getattr__(name: str) -> Any:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("ropa-desk")
    except PackageNotFoundError:  # frozen app or a checkout without install
        found = "0.1.0"
    globals()["__version__"] = found
    return found
