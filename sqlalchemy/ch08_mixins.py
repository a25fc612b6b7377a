"""Chapter 08, mixins: the tutorial's TimestampMixin (created_at and updated_at from datetime.utcnow) on students
and courses; how many clock readings, which time zone, and what an ORM update and the bulk updates do to updated_at.
Times change from run to run: this prints comparisons and properties, never the values."""

from datetime import datetime, timezone

from common import COURSES, POSTGRES, STUDENTS, describe_database, new_engine, Recorder, statements
from sqlalchemy import Column, DateTime, Integer, String, text, update
from sqlalchemy.orm import Session, declarative_base

readings = []


def utcnow():
    """datetime.utcnow, as the tutorial passes it, with each call noted."""
    readings.append(1)
    return datetime.utcnow()


class TimestampMixin:
    created_at = Column(DateTime, default=utcnow)
    updated_at = Column(DateTime, default=utcnow, onupdate=utcnow)


Base = declarative_base()


class Student(TimestampMixin, Base):
    __tablename__ = "stamped_students"
    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    age = Column(Integer, nullable=False)
    grade = Column(String(2), nullable=False)


class Course(TimestampMixin, Base):
    __tablename__ = "stamped_courses"
    id = Column(Integer, primary_key=True)
    course_name = Column(String(100), nullable=False)


engine = new_engine()
Base.metadata.create_all(engine)
recorder = Recorder(engine)


def counted(work):
    del readings[:]
    with recorder.record() as recording:
        result = work()
    return result, len(readings), recording


def show(recording, clock):
    print("  %s, %d reading%s of the clock" % (statements(recording.count), clock, "" if clock == 1 else "s"))
    print(recording.describe("    "))


def alice(session):
    session.expire_all()
    return session.get(Student, 1)


print("Chapter 08, mixins: created_at and updated_at on students and courses, on %s." % describe_database())
print("The column type: %s" % DateTime().compile(dialect=engine.dialect))

with Session(engine) as session:
    print()
    print("== Insert the tutorial's five students, then its five courses (add_all, commit)")
    _, clock, recording = counted(lambda: (session.add_all(
        [Student(name=n, age=a, grade=g) for n, a, g, _ in STUDENTS]), session.commit()))
    show(recording, clock)
    _, clock, recording = counted(lambda: (session.add_all([Course(course_name=c) for c in COURSES]), session.commit()))
    show(recording, clock)

    first = alice(session)
    created, updated = first.created_at, first.updated_at
    print("Alice: created_at <= updated_at: %s (two calls of the clock: equal only when both fall in the same"
          " microsecond)" % (created <= updated))
    print("Alice: created_at.tzinfo: %s, updated_at.tzinfo: %s" % (created.tzinfo, updated.tzinfo))
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    print("Alice: created_at is UTC wall time whatever the host's zone (within a minute of it): %s"
          % (abs((now - created).total_seconds()) < 60))
    if POSTGRES:
        kind = session.execute(text("select pg_typeof(created_at)::text from stamped_students where id = 1")).scalar()
    else:
        kind = session.execute(text("select typeof(created_at) from stamped_students where id = 1")).scalar()
    print("Alice: the database holds created_at as: %s" % kind)

    print()
    print("== Alice turns 23, an update through the object")
    _, clock, recording = counted(lambda: (setattr(alice(session), "age", 23), session.commit()))
    after = alice(session)
    print("  created_at kept: %s, updated_at moved: %s" % (after.created_at == created, after.updated_at > updated))
    show(recording, clock)

    BULK = [
        ("session.query(Student).filter(grade == 'A').update({'grade': 'A+'})",
         lambda: session.query(Student).filter(Student.grade == "A").update(
             {"grade": "A+"}, synchronize_session="evaluate")),
        ("session.execute(update(Student).where(grade == 'A+').values(grade='A'))  (Core)",
         lambda: session.execute(update(Student).where(Student.grade == "A+").values(grade="A")).rowcount),
        ("session.execute(text(\"update stamped_students set grade = 'A+' where grade = 'A'\"))",
         lambda: session.execute(text("update stamped_students set grade = 'A+' where grade = 'A'")).rowcount),
    ]
    for title, bulk in BULK:
        before = alice(session).updated_at
        print()
        print("== Every grade A student changes grade in one bulk UPDATE: " + title)
        rows, clock, recording = counted(lambda: (bulk(), session.commit())[0])
        again = alice(session)
        print("  %d rows; Alice read again: grade %s, created_at kept: %s, updated_at moved: %s"
              % (rows, again.grade, again.created_at == created, again.updated_at > before))
        show(recording, clock)
