"""Chapter 03, querying: the tutorial's filter, join and COUNT + GROUP BY, with the outer joins, HAVING, pagination
and a bound hostile value of the Java chapter, each one statement."""

from common import Course, Student, describe_database, open_database, statements
from sqlalchemy import func
from sqlalchemy.orm import Session

HOSTILE_GRADE = "A' or '1'='1"

engine, recorder = open_database()


def older_than_with_grade(session, age, grade):
    return session.query(Student.name, Student.age, Student.grade).filter(
        Student.age > age, Student.grade == grade).order_by(Student.id).all()


def per_course(session, outer):
    query = session.query(Course.course_name, func.count(Student.id))
    query = query.outerjoin(Course.students) if outer else query.join(Course.students)
    return query.group_by(Course.id, Course.course_name).order_by(Course.id).all()


def pairs(session):
    return session.query(Student.name, Course.course_name).join(Student.courses).order_by(Student.id, Course.id)


QUESTIONS = [
    ("Filter: students older than 21 with grade A", lambda s: older_than_with_grade(s, 21, "A")),
    ("Join: every (student, course) pair", lambda s: pairs(s).all()),
    ("COUNT and GROUP BY: students per course", lambda s: per_course(s, outer=False)),
    ("LEFT JOIN: students per course, Art included", lambda s: per_course(s, outer=True)),
    ("LEFT JOIN: courses per student, Dave included", lambda s: s.query(Student.name, func.count(Course.id))
        .outerjoin(Student.courses).group_by(Student.id, Student.name).order_by(Student.id).all()),
    ("HAVING and ORDER BY: courses with 2 students or more", lambda s: s.query(Course.course_name, func.count(Student.id))
        .join(Course.students).group_by(Course.id, Course.course_name).having(func.count(Student.id) >= 2)
        .order_by(func.count(Student.id).desc(), Course.id).all()),
    ("Pagination: the 2nd page of 3 pairs", lambda s: pairs(s).offset(3).limit(3).all()),
    ("OFFSET pagination: skip 2 students, take 2",
        lambda s: s.query(Student.id, Student.name).order_by(Student.id).offset(2).limit(2).all()),
    ("Keyset pagination: the 2 students after id 2",
        lambda s: s.query(Student.id, Student.name).filter(Student.id > 2).order_by(Student.id).limit(2).all()),
    ("Bound parameters: the grade %s is a value, not SQL" % HOSTILE_GRADE,
        lambda s: older_than_with_grade(s, 21, HOSTILE_GRADE)),
]

print("Chapter 03, querying: the tutorial's data on %s" % describe_database())
for title, question in QUESTIONS:
    with Session(engine) as session, recorder.record() as recording:
        rows = question(session)
    print()
    print("== " + title)
    for row in rows:
        print("   " + ", ".join(str(v) for v in row))
    if not rows:
        print("   (no rows)")
    print("Query (legacy session.query)  %s" % statements(recording.count))
    print(recording.describe("     "))

print()
print("== The join with whole entities instead of columns: session.query(Student, Course)")
with Session(engine) as session, recorder.record() as recording:
    found = session.query(Student, Course).join(Student.courses).order_by(Student.id, Course.id).all()
print("%d pairs, %s" % (len(found), statements(recording.count)))
print(recording.describe("     "))
