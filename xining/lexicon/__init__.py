"""Lexicons as data, one module per domain: newspaper forms, numerals, units, statistics vocabulary."""
