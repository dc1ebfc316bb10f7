"""The register's model, vocabularies, legal reference data and checks. Pure Python: no Qt, no SQL."""
