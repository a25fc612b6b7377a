"""Chapter 04, transactions: the tutorial's commit of Jason, its savepoint around the invalid student, what has
become of that object after savepoint.rollback(), and the same code without the savepoint."""

from common import Student, describe_database, open_database, statements
from sqlalchemy import exc, inspect, select
from sqlalchemy.orm import Session


def state(session, obj):
    """transient / pending / persistent / deleted / detached, and whether the session still holds it."""
    insp = inspect(obj)
    name = next(s for s in ("transient", "pending", "persistent", "deleted", "detached") if getattr(insp, s))
    return "%s, %s the session, identity %s" % (name, "in" if obj in session else "not in", insp.identity)


def present(engine):
    with engine.connect() as conn:
        names = conn.execute(select(Student.name)).scalars().all()
    print("Kevin present: %s" % ("Kevin" in names))
    print("Invalid present: %s" % ("Invalid Student" in names))


print("Chapter 04, transactions, on %s." % describe_database())

print()
print("== The tutorial's two examples: commit, then a savepoint (begin_nested)")
engine, recorder = open_database()
session = Session(engine)
with recorder.record() as jason:
    try:
        session.add(Student(name="Jason", age=24, grade="A"))
        session.commit()
        print("Jason committed")
    except exc.SQLAlchemyError:
        session.rollback()
        print("Transaction rolled back.")
print(jason.describe())

with recorder.record() as kevin_run:
    session.begin()
    kevin = Student(name="Kevin", age=23, grade="B")
    session.add(kevin)
    session.flush()
    savepoint = session.begin_nested()
    invalid = Student(name="Invalid Student", age=-1, grade="C")
    try:
        session.add(invalid)
        session.flush()
    except exc.SQLAlchemyError as e:
        print("Rolling back to savepoint. (%s)" % type(e.orig).__name__)
        savepoint.rollback()
    after_savepoint = (state(session, kevin), state(session, invalid), list(session.new))
    session.commit()
print("After savepoint.rollback():")
print("  Kevin:           " + after_savepoint[0])
print("  Invalid Student: " + after_savepoint[1])
print("  session.new:     %s" % after_savepoint[2])
print("After commit():")
print("  Kevin:           " + state(session, kevin))
print("  Invalid Student: " + state(session, invalid))
present(engine)
print("%s:" % statements(kevin_run.count))
print(kevin_run.describe())
session.close()

print()
print("== The same without begin_nested: Kevin, the invalid student tried and caught, then commit")
engine, recorder = open_database()
session = Session(engine)
with recorder.record() as naive:
    session.add(Student(name="Kevin", age=23, grade="B"))
    session.flush()
    try:
        session.add(Student(name="Invalid Student", age=-1, grade="C"))
        session.flush()
    except exc.SQLAlchemyError as e:
        print("flush failed: %s (caught)" % type(e.orig).__name__)
    try:
        session.commit()
        print("commit returned normally")
    except exc.SQLAlchemyError as e:
        print("commit threw %s: %s" % (type(e).__name__, str(e).splitlines()[0].split(" (Background")[0]))
        session.rollback()
present(engine)
print("%s:" % statements(naive.count))
print(naive.describe())
session.close()
