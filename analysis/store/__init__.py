"""The table store: keys, Parquet segments, corpus manifests, the DuckDB query layer, Dask tasks.

- ``keys``: an article's key, its bucket, a segment's id.
- ``segments``: ``Store``, one Parquet dataset per table partitioned by bucket, atomic segments.
- ``manifest``: which stored articles make up the corpus of a source (for notebook kernels).
- ``query``: ``CorpusQuery``, DuckDB views and aggregates over a corpus's tables.
- ``tasks``: the engine, analysis of batches in-process or on a Dask cluster.
"""
