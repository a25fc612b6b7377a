"""Chapter 07, raw SQL: the tutorial's SELECT with a bound :age through text(), what a bare string does in 1.4,
and a user's input concatenated into the SQL against bound."""

import warnings

import sqlalchemy.util.deprecations
from common import describe_database, open_database, statements
from sqlalchemy import exc, text
from sqlalchemy.orm import Session

SQL = "SELECT * FROM students WHERE age > :age"
HOSTILE_AGE = "0 OR 1=1"
HOSTILE_NAME = "x' OR '1'='1"
EVERYONE = ["Alice", "Bob", "Carol", "Dave", "Eve"]

engine, recorder = open_database()


def attempt(title, run):
    """Runs one way of sending the SQL; prints the rows or the error, the warnings it gave, and what it sent."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Session(engine) as session, recorder.record() as recording:
            try:
                rows = run(session)
                if isinstance(rows, str):
                    outcome = rows
                else:
                    outcome = ", ".join(str(tuple(row)) for row in rows) if rows else "no row"
            except exc.SQLAlchemyError as e:
                session.rollback()
                first = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
                outcome = "%s: %s" % (type(getattr(e, "orig", None) or e).__name__, first)
    print("%s: %s" % (title, statements(recording.count)))
    print("  -> " + outcome)
    for w in caught:
        print("  warning %s: %s" % (w.category.__name__, str(w.message).split(" (Background")[0]))
    print(recording.describe())


def names(rows):
    found = [row[0] for row in rows]
    return ("every student: " if found == EVERYONE else "") + ", ".join(found) if found else "no student"


print("Chapter 07, raw SQL, on %s." % describe_database())
print("The tutorial's query: %s, with age = 20." % SQL)

print()
print("== The tutorial's query")
attempt("session.execute(text(sql), {'age': 20})", lambda s: s.execute(text(SQL), {"age": 20}).all())
attempt("session.execute(sql) with a bare string, as the tutorial writes it",
        lambda s: s.execute(SQL, {"age": 20}).all())
sqlalchemy.util.deprecations.SQLALCHEMY_WARN_20 = True  # what SQLALCHEMY_WARN_20=1 switches on
attempt("the same with 1.4's 2.0 warnings on (SQLALCHEMY_WARN_20=1)", lambda s: s.execute(SQL, {"age": 20}).all())
attempt("session.connection().execute(sql) with a bare string: handed to the driver as it is",
        lambda s: s.connection().execute(SQL, {"age": 20}).all())
sqlalchemy.util.deprecations.SQLALCHEMY_WARN_20 = False

print()
print('== What a user types: the age "%s" and the name "%s", concatenated into the SQL and bound'
      % (HOSTILE_AGE, HOSTILE_NAME))
attempt("the age concatenated", lambda s: names(s.execute(
    text("SELECT name FROM students WHERE age > " + HOSTILE_AGE + " ORDER BY id")).all()))
attempt("the age bound", lambda s: names(s.execute(
    text("SELECT name FROM students WHERE age > :age ORDER BY id"), {"age": HOSTILE_AGE}).all()))
attempt("the name concatenated", lambda s: names(s.execute(
    text("SELECT name FROM students WHERE name = '" + HOSTILE_NAME + "' ORDER BY id")).all()))
attempt("the name bound", lambda s: names(s.execute(
    text("SELECT name FROM students WHERE name = :name ORDER BY id"), {"name": HOSTILE_NAME}).all()))
