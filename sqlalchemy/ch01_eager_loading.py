"""Chapter 01, eager loading: every student with their courses, lazily (1 + N) and with each eager strategy."""

from common import Student, describe_database, open_database, statements
from sqlalchemy.orm import Session, joinedload, selectinload, subqueryload

engine, recorder = open_database()

print("Every student with their courses: 5 students, 8 enrolments, on %s." % describe_database())
print("For each strategy: how many statements it sent, what it returned, then what it sent, in order.")

STRATEGIES = [
    ("lazy (the default), a loop that touches each student's courses", None),
    ("joinedload(Student.courses)", joinedload(Student.courses)),
    ("joinedload(Student.courses, innerjoin=True)", joinedload(Student.courses, innerjoin=True)),
    ("selectinload(Student.courses)", selectinload(Student.courses)),
    ("subqueryload(Student.courses)", subqueryload(Student.courses)),
]

for title, option in STRATEGIES:
    with Session(engine) as session, recorder.record() as recording:
        query = session.query(Student).order_by(Student.id)
        if option is not None:
            query = query.options(option)
        students = query.all()
        # Courses in id order, sorted here: the tutorial's relationship has no order_by.
        result = " · ".join(
            "%s %s" % (s.name, [c.course_name for c in sorted(s.courses, key=lambda c: c.id)]) for s in students
        )
    print()
    print("%s: %s" % (title, statements(recording.count)))
    print("  " + result.replace("'", ""))
    print(recording.describe())
