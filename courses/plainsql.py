"""One model row read in plain SQL, for the few reads every page makes.

Django's ``Model.objects.raw()`` costs about 0.15 ms per read to map its columns to the model
(``bench/pagecost.py``): more than the query itself on the pages every learner opens. ``select_one``
names the model's columns itself and converts their values the way the ORM does (dates, JSON, UUIDs on
each database), so the instance it returns equals the ORM's.
"""

from __future__ import annotations

from functools import cache

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from django.db.models.sql import Query


@cache
def _reader(model: type[Model], alias: str, connection) -> tuple[str, list[str], dict]:
    """The column list, attribute names and value converters (by position) of ``model`` read as ``alias``."""
    fields = model._meta.concrete_fields
    columns = ", ".join(f"{alias}.{connection.ops.quote_name(field.column)}" for field in fields)
    compiler = connection.ops.compiler("SQLCompiler")(Query(model), connection, DEFAULT_DB_ALIAS)
    converters = compiler.get_converters([field.get_col(alias) for field in fields])
    return columns, [field.attname for field in fields], converters


def select_one(model: type[Model], tail: str, params, *, alias: str, extra: tuple[str, ...] = ()):
    """The first row of ``SELECT <every column of model, as alias>, <extra> <tail>`` as ``(instance, extras)``,
    or None when there is none. ``tail`` is the rest of the statement (``FROM <table> <alias> …``)."""
    connection = connections[DEFAULT_DB_ALIAS]
    columns, names, converters = _reader(model, alias, connection)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join([columns, *extra])} {tail}", params)
        row = cursor.fetchone()
    if row is None:
        return None
    values = list(row[: len(names)])
    for position, (functions, expression) in converters.items():
        for convert in functions:
            values[position] = convert(values[position], expression, connection)
    return model.from_db(DEFAULT_DB_ALIAS, names, values), row[len(names):]
