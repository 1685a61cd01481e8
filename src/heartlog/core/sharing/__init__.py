"""Selective sharing between partners: keys, encrypted bundles, readable exports."""
