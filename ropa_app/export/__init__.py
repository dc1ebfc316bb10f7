"""Builds the register document once and renders it to xlsx, pdf and json. No Qt."""
