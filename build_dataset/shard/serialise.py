"""serialise: a shard's tables -> the bytes of its files (Parquet, the Hugging Face Arrow folder) and of the content hash.

Every Parquet writer option is pinned here, and only here; the packages whose versions can change
these bytes are listed here too (every manifest records them).
"""

from __future__ import annotations

import datetime as dt
import json
from json.encoder import encode_basestring
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from russia_israel_news import contract
from russia_israel_news.contract import KEYS

#: Packages whose versions can change the bytes of a build; recorded in every manifest.
BUILD_PACKAGES = ("pyarrow", "pandas", "pandera", "datasets", "ftfy", "dateparser", "py3langid", "rensa")


#: Every Parquet writer option, pinned: the bytes depend on them (and on the pyarrow version).
PARQUET_OPTIONS = dict(
    version="2.6",
    compression="zstd",
    compression_level=9,
    use_dictionary=True,
    write_statistics=True,
    data_page_size=1 << 20,
    data_page_version="1.0",
    use_byte_stream_split=False,
    store_schema=True,
    write_page_index=False,
    write_page_checksum=False,
    use_compliant_nested_type=True,
)


ROW_GROUP_SIZE = 100_000


def shard_path(config: str, index: int = 0, count: int = 1) -> str:
    """Hugging Face shard naming: CONFIG/train-00000-of-00001.parquet."""
    return f"{config}/train-{index:05d}-of-{count:05d}.parquet"


def parquet_bytes(table: pa.Table) -> bytes:
    """``table`` as a Parquet file, written with the pinned options (no schema metadata)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table.replace_schema_metadata(None), sink, row_group_size=ROW_GROUP_SIZE, **PARQUET_OPTIONS)
    return sink.getvalue().to_pybytes()


def hf_shard_name(index: int, count: int) -> str:
    """``save_to_disk``'s file naming: data-00000-of-00001.arrow."""
    return f"data-{index:05d}-of-{count:05d}.arrow"


def hf_shard_bytes(table: pa.Table, config: str) -> bytes:
    """``table`` (of ``config``) as one Arrow file of a ``save_to_disk`` folder (see :func:`write_hf_shard`)."""
    sink = pa.BufferOutputStream()
    write_hf_shard(table, config, sink)
    return sink.getvalue().to_pybytes()


def write_hf_shard(table: pa.Table, config: str, path) -> None:
    """One Arrow file of a ``datasets`` ``save_to_disk`` folder, written as ``save_to_disk`` writes it.

    Its features are the contract's for ``config`` (:func:`russia_israel_news.contract.features`).
    A build writes one per shard of records, so no step holds every record; with one shard the
    folder is byte for byte what ``save_to_disk(num_shards=1)`` writes (tested).
    """
    from datasets import config as hf_config
    from datasets.arrow_writer import ArrowWriter, get_writer_batch_size_from_data_size

    table = table.replace_schema_metadata(None)
    features = contract.features(config)
    batch = hf_config.DEFAULT_MAX_BATCH_SIZE
    if table.nbytes > 0:
        batch = min(batch, get_writer_batch_size_from_data_size(table.num_rows, table.nbytes))
    if isinstance(path, Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = ArrowWriter(features=features, path=str(path), embed_local_files=True)
    else:  # an Arrow output stream
        writer = ArrowWriter(features=features, stream=path, embed_local_files=True)
    try:
        # One call: the writer joins the table's chunks and cuts record batches of ``batch`` rows,
        # the batches ``save_to_disk`` writes (its cast and checks then run once, not once a batch).
        if table.num_rows:
            writer.write_table(table, writer_batch_size=batch)
        writer.finalize()
    finally:
        writer.close()


def write_hf_state(folder: Path, count: int, config: str, fingerprint: str, description: str) -> None:
    """The ``state.json`` and ``dataset_info.json`` of a ``save_to_disk`` folder of ``count`` Arrow files of ``config``."""
    import json

    import datasets
    from datasets.utils.py_utils import asdict

    state = {"_data_files": [{"filename": hf_shard_name(i, count)} for i in range(count)],
             "_fingerprint": fingerprint[:16], "_format_columns": None, "_format_kwargs": {}, "_format_type": None,
             "_output_all_columns": False, "_split": str(datasets.Split.TRAIN)}
    info = asdict(datasets.DatasetInfo(description=description, features=contract.features(config)))
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "state.json", "w", encoding="utf-8") as f:
        json.dump(state, f, indent=2, sort_keys=True)
    with open(folder / "dataset_info.json", "w", encoding="utf-8") as f:
        json.dump({key: info[key] for key in sorted(info)}, f, indent=2)


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


#: What ``encode_basestring`` writes for a backslash, a double quote and the control characters
#: that have a short escape (the backslash first: the others add backslashes).
_SHORT_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t"),
                  ("\b", "\\b"), ("\f", "\\f"))


def _json_strings(values: pa.Array) -> pa.Array:
    """``encode_basestring`` of every string of ``values`` (no nulls), in Arrow. Only the strings with
    a backslash, a double quote or a control character are escaped (most have none); the rare one with
    a control character that has no short escape goes to ``encode_basestring`` itself."""
    quote, empty = pa.scalar('"', pa.large_string()), pa.scalar("", pa.large_string())
    special = pc.match_substring_regex(values, '[\\\\"\\x00-\\x1f]')
    if not pc.any(special).as_py():
        return pc.binary_join_element_wise(quote, values, quote, empty)
    escaped = pc.filter(values, special)
    for char, escape in _SHORT_ESCAPES:
        escaped = pc.replace_substring(escaped, char, escape)
    escaped = pc.binary_join_element_wise(quote, escaped, quote, empty)
    rare = pc.match_substring_regex(escaped, "[\\x00-\\x1f]")
    if pc.any(rare).as_py():
        originals = pc.filter(pc.filter(values, special), rare).to_pylist()
        escaped = pc.replace_with_mask(escaped, rare, pa.array(map(encode_basestring, originals), pa.large_string()))
    return pc.replace_with_mask(pc.binary_join_element_wise(quote, values, quote, empty), special, escaped)


def _json_values(column: pa.ChunkedArray) -> pa.Array:
    """``json.dumps(value, ensure_ascii=False)`` of every value of a column, as an Arrow array."""
    column = column.combine_chunks()
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        # each distinct string encoded once (ids, labels and rules repeat on every line of a page)
        codes = column.dictionary_encode()
        encoded = _json_strings(codes.dictionary.cast(pa.large_string())).take(codes.indices)
    elif pa.types.is_integer(column.type):
        encoded = pc.cast(column, pa.large_string())
    else:  # dates (as ISO strings), and anything else, value by value
        encoded = pa.array([json.dumps(_jsonable(v), ensure_ascii=False) for v in column.to_pylist()], pa.large_string())
    return pc.fill_null(encoded, "null")


def content_bytes(table: pa.Table, config: str) -> bytes:
    """The rows of ``table`` as the content hash reads them, in key order, UTF-8: for each row "\n",
    then ``json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))``.

    Built column by column in Arrow (each distinct string JSON-encoded once, the rows joined in
    one call): a shard's lines take milliseconds, not a row-by-row Python loop.
    """
    if table.num_rows == 0:
        return b""
    order = pc.sort_indices(table, sort_keys=[(k, "ascending") for k in KEYS[config]])  # stable, like sorted()
    if not np.array_equal(order.to_numpy(), np.arange(table.num_rows)):
        table = table.take(order)
    parts: list = []
    for k, name in enumerate(sorted(table.schema.names)):
        parts.append(pa.scalar(("\n{" if k == 0 else ",") + encode_basestring(name) + ":", pa.large_string()))
        parts.append(_json_values(table.column(name)))
    parts.append(pa.scalar("}", pa.large_string()))
    rows = pc.binary_join_element_wise(*parts, pa.scalar("", pa.large_string()))
    _, offsets, data = rows.buffers()  # no nulls: the rows' bytes are the data buffer, end to end
    offsets = np.frombuffer(offsets, dtype=np.int64)[rows.offset:rows.offset + len(rows) + 1]
    return data[int(offsets[0]):int(offsets[-1])].to_pybytes()
