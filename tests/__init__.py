"""The test suite, a package so that its sub-packages import as ``tests.quotes``, ``tests.entities``
and so on, never as top-level modules: ``tests/quotes`` as ``quotes`` would shadow the benchmark
script ``benchmarks/quotes.py``, which ``conftest._import_script`` imports under that name."""
