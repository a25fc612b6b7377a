"""Chapter 02, bulk insert: George, Helen and Isaac by bulk_insert_mappings and by add_all, then 1,000 students,
then 120 students of which the 76th is invalid (age -1)."""

from common import POSTGRES, Student, describe_database, open_database, statements
from sqlalchemy import exc, select
from sqlalchemy.orm import Session

TUTORIAL = [dict(name="George", age=20, grade="A"), dict(name="Helen", age=22, grade="B"), dict(name="Isaac", age=21, grade="C")]


def generated(n, invalid_at=None):
    rows = [dict(name="Student %05d" % (i + 1), age=18 + i % 10, grade="ABCD"[i % 4]) for i in range(n)]
    if invalid_at is not None:
        rows[invalid_at] = dict(name="Invalid Student", age=-1, grade="C")
    return rows


def bulk_insert_mappings(session, rows):
    session.bulk_insert_mappings(Student, rows)
    session.commit()


def bulk_insert_mappings_return_defaults(session, rows):
    session.bulk_insert_mappings(Student, rows, return_defaults=True)
    session.commit()


def add_all(session, rows):
    session.add_all([Student(**row) for row in rows])
    session.commit()


APPROACHES = [
    ("bulk_insert_mappings", bulk_insert_mappings),
    ("bulk_insert_mappings(return_defaults=True)", bulk_insert_mappings_return_defaults),
    ("add_all, then commit (the unit of work)", add_all),
]


def rows_afterwards(engine, limit=None):
    with engine.connect() as conn:
        rows = conn.execute(select(Student.id, Student.name, Student.age, Student.grade).order_by(Student.id)).all()
    if not rows:
        return "none"
    return ", ".join("%s (id %d, %d, %s)" % (r.name, r.id, r.age, r.grade) for r in rows)


def wire(recording):
    """What the server was asked to execute: the INSERTs, each with its number of rows."""
    inserts = [q for q in recording.wire if q.lstrip().upper().startswith("INSERT")]
    rows = [q.count("),(") + 1 if " VALUES (" in q.upper() else 1 for q in inserts]
    return len(inserts), rows


print("Chapter 02, bulk insert, on %s." % describe_database())
print()
print("== George, Helen and Isaac, with each approach in a fresh database")
for title, approach in APPROACHES:
    engine, recorder = open_database(canonical=False)
    with Session(engine) as session, recorder.record() as recording:
        approach(session, [dict(row) for row in TUTORIAL])  # return_defaults writes the ids into the dicts
    print()
    print("%s: %s" % (title, statements(recording.count)))
    print(recording.describe())
    if POSTGRES:
        count, rows = wire(recording)
        print("  on the wire, the server was asked to execute %d INSERT%s: %s" % (count, "" if count == 1 else "s", " | ".join(
            q.strip() for q in recording.wire if q.lstrip().upper().startswith("INSERT"))))
    print("  rows in students afterwards: " + rows_afterwards(engine))

print()
print("== 1,000 students, with each approach in a fresh database")
print()
header = "%-44s %6s %10s %12s" % ("approach", "rows", "statements", "executemany")
print(header + ("  %s" % "on the wire: INSERTs (rows each)" if POSTGRES else ""))
for title, approach in APPROACHES:
    engine, recorder = open_database(canonical=False)
    with Session(engine) as session, recorder.record() as recording:
        approach(session, generated(1000))
    with engine.connect() as conn:
        stored = conn.execute(select(Student.id)).all()
    many = sum(1 for e in recording.entries if e[0] == "sql" and e[2] is not None)
    line = "%-44s %6d %10d %12d" % (title, len(stored), recording.count, many)
    if POSTGRES:
        count, rows = wire(recording)
        line += "  %d (%s)" % (count, "1 each" if set(rows) == {1} else " + ".join(map(str, rows)))
    print(line)
print("(statements: cursor executions SQLAlchemy made, an executemany counted once; executemany: how many of them)")

print()
print("== 120 students, the 76th of them the tutorial's Invalid Student (age -1), with each approach in a fresh database")
for title, approach in APPROACHES:
    engine, recorder = open_database(canonical=False)
    with Session(engine) as session, recorder.record() as recording:
        try:
            approach(session, generated(120, invalid_at=75))
            print("\n%s: no error?" % title)
        except exc.IntegrityError as e:
            session.rollback()
            print("\n%s: %s, rolled back" % (title, type(e.orig).__name__))
    failed = [e for e in recording.entries if e[3]]
    print("  %s, %d failed; then: %s" % (statements(recording.count), len(failed), ", ".join(
        e[1] for e in recording.entries if e[0] == "event") or "no commit or rollback"))
    print("  rows in students afterwards: " + rows_afterwards(engine))
