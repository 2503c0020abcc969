"""Operator tasks run from `flask forum`: backups and the consistency check."""
