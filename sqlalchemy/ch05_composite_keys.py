"""Chapter 05, composite keys: the tutorial's Enrollment, keyed by (student_id, course_id), with its relationships
to Student and Course; every step counted."""

from datetime import date, timedelta

from common import POSTGRES, STUDENTS, COURSES, Base, Course, Student, describe_database, open_database, statements
from sqlalchemy import Column, Date, ForeignKey, Integer, exc
from sqlalchemy.orm import Session, backref, joinedload, relationship

if POSTGRES:
    from sqlalchemy.dialects.postgresql import insert as upsert
else:
    from sqlalchemy.dialects.sqlite import insert as upsert


class Enrollment(Base):
    __tablename__ = "enrollments"
    student_id = Column(Integer, ForeignKey("students.id"), primary_key=True)
    course_id = Column(Integer, ForeignKey("courses.id"), primary_key=True)
    enrollment_date = Column(Date, nullable=False)  # the tutorial has a String; the Java schema a DATE
    student = relationship(Student, backref=backref("enrollments", order_by="Enrollment.course_id"))
    course = relationship(Course, backref=backref("enrollments", order_by="Enrollment.student_id"))


TERM_START = date(2024, 9, 2)
REGISTRATIONS = [  # (student id, course ids, date): the canonical pairs, a day apart per student
    (s + 1, [COURSES.index(c) + 1 for c in taken], TERM_START + timedelta(days=s))
    for s, (_, _, _, taken) in enumerate(STUDENTS) if taken
]


def enroll(engine, student_id, course_ids, day):
    with Session(engine) as session:
        for course_id in course_ids:
            session.add(Enrollment(student_id=student_id, course_id=course_id, enrollment_date=day))
        session.commit()


def show(title, recording, result=None):
    print("%s: %s" % (title, statements(recording.count)))
    if result is not None:
        print("  -> " + result)
    print(recording.describe())


engine, recorder = open_database()
print("Chapter 05, composite primary keys, on %s." % describe_database())
print()
print("The tutorial's eight enrollments, each (student id, course id) with a date, one transaction per student:")
for student_id, course_ids, day in REGISTRATIONS:
    print("  %s in %s on %s" % (STUDENTS[student_id - 1][0], ", ".join(COURSES[c - 1] for c in course_ids), day))

print()
with recorder.record() as alice:
    enroll(engine, *REGISTRATIONS[0])
show("Enroll Alice in Mathematics and Physics", alice)
with recorder.record() as others:
    for registration in REGISTRATIONS[1:]:
        enroll(engine, *registration)
print("Enroll Bob, Carol and Eve the same way: %s" % statements(others.count))

print()
with Session(engine) as session:
    with recorder.record() as found:
        carol_in_chemistry = session.get(Enrollment, (3, 3))
    show("session.get(Enrollment, (3, 3))", found, "an Enrollment dated %s" % carol_in_chemistry.enrollment_date)
    with recorder.record() as names:
        line = "%s in %s" % (carol_in_chemistry.student.name, carol_in_chemistry.course.course_name)
    show("its .student and .course, touched", names, line)
    with recorder.record() as again:
        session.get(Enrollment, (3, 3))
    show("session.get(Enrollment, (3, 3)) again, in the same session (the identity map)", again)

print()
with Session(engine) as session, recorder.record() as carol:
    courses = [(e.course.course_name, str(e.enrollment_date)) for e in session.get(Student, 3).enrollments]
show("Carol's courses: session.get(Student, 3).enrollments and each .course", carol, str(courses))
with Session(engine) as session, recorder.record() as mathematics:
    students = [(e.student.name, str(e.enrollment_date)) for e in session.get(Course, 1).enrollments]
show("The students of Mathematics: session.get(Course, 1).enrollments and each .student", mathematics, str(students))

print()
LISTING = [
    ("lazy (the default)", []),
    ("joinedload(Enrollment.student), joinedload(Enrollment.course)",
     [joinedload(Enrollment.student), joinedload(Enrollment.course)]),
]
for title, options in LISTING:
    with Session(engine) as session, recorder.record() as listing:
        every = session.query(Enrollment).options(*options).order_by(Enrollment.student_id, Enrollment.course_id).all()
        pairs = ["%s-%s" % (e.student.name, e.course.course_name) for e in every]
    show("Every enrollment with its student's and course's names, " + title, listing, ", ".join(pairs))

print()
with Session(engine) as session, recorder.record() as duplicate:
    try:
        session.add(Enrollment(student_id=1, course_id=1, enrollment_date=TERM_START))
        session.commit()
        print("Enroll Alice in Mathematics again: no error?")
    except exc.IntegrityError as e:
        session.rollback()
        print("Enroll Alice in Mathematics again: %s" % type(e.orig).__name__)
print(duplicate.describe())
with recorder.record() as idempotent, engine.begin() as conn:
    inserted = conn.execute(upsert(Enrollment.__table__).values(
        student_id=1, course_id=1, enrollment_date=TERM_START).on_conflict_do_nothing()).rowcount
print("Enroll Alice in Mathematics if absent, insert().on_conflict_do_nothing(): %s"
      % ("inserted" if inserted else "already enrolled, nothing inserted, no error"))
print(idempotent.describe())
