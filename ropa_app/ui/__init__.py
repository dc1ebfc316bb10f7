"""PySide6 windows, models, editors and workers: the only layer that imports Qt."""
