"""``heartlog --self-test``: checks that an installation or a frozen build is complete.

It exercises every layer (core, Qt, resources, translations), so it lives
beside ``core`` and ``ui`` rather than in either.
"""
