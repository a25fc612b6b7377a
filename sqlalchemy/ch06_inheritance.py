"""Chapter 06, inheritance: Person, Teacher and Student in one table (the tutorial's polymorphic_on / identity) and
joined (a table per class); the polymorphic query, when a subclass's own columns are loaded, with_polymorphic."""

from common import POSTGRES, describe_database, new_engine, Recorder, statements
from sqlalchemy import Column, ForeignKey, Integer, String, insert, text
from sqlalchemy.orm import Session, declarative_base, with_polymorphic

Single = declarative_base()


class Person(Single):
    __tablename__ = "persons"
    id = Column(Integer, primary_key=True)
    type = Column(String(31), nullable=False)
    name = Column(String(100), nullable=False)
    __mapper_args__ = {"polymorphic_identity": "person", "polymorphic_on": type}


class Teacher(Person):
    subject = Column(String(100))  # a column of persons, declared by the subclass
    __mapper_args__ = {"polymorphic_identity": "teacher"}


class Student(Person):
    grade = Column(String(2))
    __mapper_args__ = {"polymorphic_identity": "student"}


Joined = declarative_base()


class JoinedPerson(Joined):
    __tablename__ = "joined_persons"
    id = Column(Integer, primary_key=True)
    type = Column(String(31), nullable=False)
    name = Column(String(100), nullable=False)
    __mapper_args__ = {"polymorphic_identity": "person", "polymorphic_on": type}


class JoinedTeacher(JoinedPerson):
    __tablename__ = "joined_teachers"
    id = Column(ForeignKey("joined_persons.id", ondelete="CASCADE"), primary_key=True)
    subject = Column(String(100), nullable=False)
    __mapper_args__ = {"polymorphic_identity": "teacher"}


class JoinedStudent(JoinedPerson):
    __tablename__ = "joined_students"
    id = Column(ForeignKey("joined_persons.id", ondelete="CASCADE"), primary_key=True)
    grade = Column(String(2), nullable=False)
    __mapper_args__ = {"polymorphic_identity": "student"}


PEOPLE = [  # (id, class, name, subject or grade): ids alternate between the classes, as in the Java chapter
    (1, "student", "Alice", "A"), (2, "teacher", "Ada", "Mathematics"), (3, "student", "Bob", "B"),
    (4, "student", "Carol", "A"), (5, "teacher", "Marie", "Physics"), (6, "student", "Dave", "C"),
    (7, "student", "Eve", "A"), (8, "person", "Frank", None),
]

engine = new_engine()
Single.metadata.create_all(engine)
Joined.metadata.create_all(engine)
with engine.begin() as conn:
    for id_, kind, name, extra in PEOPLE:
        conn.execute(insert(Person.__table__).values(
            id=id_, type=kind, name=name,
            subject=extra if kind == "teacher" else None, grade=extra if kind == "student" else None))
        conn.execute(insert(JoinedPerson.__table__).values(id=id_, type=kind, name=name))
        if kind == "teacher":
            conn.execute(insert(JoinedTeacher.__table__).values(id=id_, subject=extra))
        if kind == "student":
            conn.execute(insert(JoinedStudent.__table__).values(id=id_, grade=extra))
    if POSTGRES:  # the rows above carry their ids; the SERIAL sequences go on after them
        for table in ("persons", "joined_persons"):
            conn.execute(text("select setval(pg_get_serial_sequence('%s', 'id'), 8)" % table))
recorder = Recorder(engine)

STRATEGIES = [
    ("single table", Person, Teacher, Student),
    ("joined", JoinedPerson, JoinedTeacher, JoinedStudent),
]


def describe(person):
    field = ("subject " + person.subject) if hasattr(person, "subject") else (
        "grade " + person.grade if hasattr(person, "grade") else "")
    return ("   %3s %-6s %-13s %s" % (person.id, person.name, type(person).__name__, field)).rstrip()


def show(title, recording):
    print("%-58s %s" % (title, statements(recording.count)))
    print(recording.describe())


print("Chapter 06, inheritance: a person, a teacher and a student stored two ways, on %s." % describe_database())
print("Single table: persons (id, type, name, subject, grade); joined: joined_persons (id, type, name)"
      " + joined_teachers (id, subject) + joined_students (id, grade).")

print()
print("== Every person, each as its own class: session.query(Person).all(), then each one's subject or grade")
for title, base, teacher, student in STRATEGIES:
    with Session(engine) as session:
        with recorder.record() as query:
            people = session.query(base).order_by(base.id).all()
        with recorder.record() as touched:
            lines = [describe(p) for p in people]
    if title == "single table":
        print("\n".join(lines))
    show("%s: query(%s).all()" % (title, base.__name__), query)
    show("%s: then reading .subject / .grade of each" % title, touched)

print()
print("== The same with with_polymorphic(Person, '*'): the subclasses' columns in the first query")
for title, base, teacher, student in STRATEGIES:
    with Session(engine) as session:
        every = with_polymorphic(base, "*")
        with recorder.record() as query:
            people = session.query(every).order_by(every.id).all()
        with recorder.record() as touched:
            [describe(p) for p in people]
    show("%s: query(with_polymorphic(%s, '*')).all()" % (title, base.__name__), query)
    show("%s: then reading .subject / .grade of each" % title, touched)

print()
print("== Teachers only: session.query(Teacher).all()")
for title, base, teacher, student in STRATEGIES:
    with Session(engine) as session, recorder.record() as query:
        lines = [describe(t) for t in session.query(teacher).order_by(teacher.id).all()]
    if title == "single table":
        print("\n".join(lines))
    show("%s, with each one's subject" % title, query)

print()
print("== Person 8, whatever the class: session.get(Person, 8)")
for title, base, teacher, student in STRATEGIES:
    with Session(engine) as session, recorder.record() as query:
        line = describe(session.get(base, 8))
    if title == "single table":
        print(line)
    show(title, query)

print()
print("== Add one of each: Grace, Helen who teaches Art, Isaac with grade B; add_all, commit")
for title, base, teacher, student in STRATEGIES:
    with Session(engine) as session:
        with recorder.record() as added:
            new = [base(name="Grace"), teacher(name="Helen", subject="Art"), student(name="Isaac", grade="B")]
            session.add_all(new)
            session.commit()
        with recorder.record() as read_again:
            lines = [describe(p) for p in new]  # expired by the commit: this reads them again
    if title == "single table":
        print("\n".join(lines))
    show(title, added)
    show(title + ": then printing them (expired by the commit)", read_again)
