"""What the nine programs share: the version check, the database, the shared tables and data, the statement counter.

SQLite in memory by default; the project's PostgreSQL with DB=postgres (DB_URL, DB_USER, DB_PASSWORD, read as the
Java kit reads them). On PostgreSQL every fresh database is a private schema, created here and dropped at the end.
"""

import atexit
import os
import re
import secrets
import sys
from contextlib import contextmanager

try:
    import sqlalchemy
except ImportError:
    sys.exit("SQLAlchemy is not installed for " + sys.executable + ": apt-get install python3-sqlalchemy")

PINNED = "1.4"
if not sqlalchemy.__version__.startswith(PINNED + "."):
    sys.exit(
        "These programs are written for SQLAlchemy %s (the tutorial's API); this is %s from %s. "
        "Run them with Debian's python3-sqlalchemy and /usr/bin/python3, as sqlalchemy/check does."
        % (PINNED, sqlalchemy.__version__, os.path.dirname(sqlalchemy.__file__))
    )

from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, event, insert, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import declarative_base, relationship  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# The database

DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/tutorial"


def database_kind():
    kind = os.environ.get("DB", "sqlite").strip().lower() or "sqlite"
    if kind in ("sqlite", "h2"):  # h2 is the Java side's default; here the embedded database is SQLite
        return "sqlite"
    if kind == "postgres":
        return "postgres"
    sys.exit("Unknown DB=%s: use sqlite (the default) or postgres." % kind)


POSTGRES = database_kind() == "postgres"


def _postgres_url():
    raw = os.environ.get("DB_URL") or DEFAULT_URL
    if not raw.startswith("jdbc:postgresql:"):
        sys.exit("DB_URL=%s is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)." % raw)
    url = make_url(raw[len("jdbc:"):].split("?", 1)[0])
    return url.set(
        drivername="postgresql+psycopg2",
        username=os.environ.get("DB_USER") or "tutorial",
        password=os.environ.get("DB_PASSWORD") or "tutorial",
    )


def describe_database():
    if not POSTGRES:
        return "SQLite (in memory), SQLAlchemy %s" % sqlalchemy.__version__
    return "PostgreSQL, SQLAlchemy %s" % sqlalchemy.__version__


_schemas = []
_engines = []


def _drop_schemas():
    for engine in _engines:
        engine.dispose()  # no pooled connection may hold a lock on what is dropped
    if not _schemas:
        return
    admin = create_engine(_postgres_url())
    with admin.begin() as conn:
        for schema in _schemas:
            conn.execute(text('drop schema if exists "%s" cascade' % schema))
    admin.dispose()


atexit.register(_drop_schemas)

if POSTGRES:
    import psycopg2.extensions

    class WireCursor(psycopg2.extensions.cursor):
        """Counts what the server is asked to execute, below SQLAlchemy: one per execute(), one per row of an
        executemany() (psycopg2 sends each parameter set as a statement of its own)."""

        sent = []

        def execute(self, query, vars=None):
            result = super().execute(query, vars)
            WireCursor.sent.append(self.query.decode())
            return result

        def executemany(self, query, vars_list):
            vars_list = list(vars_list)
            result = super().executemany(query, vars_list)
            WireCursor.sent.extend([query] * len(vars_list))
            return result


def new_engine():
    """A fresh, empty database: SQLite in memory, or a new private schema on PostgreSQL."""
    if not POSTGRES:
        return create_engine("sqlite://")
    url = _postgres_url()
    schema = "sqla_%d_%s" % (os.getpid(), secrets.token_hex(4))
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text('create schema "%s"' % schema))
    except sqlalchemy.exc.OperationalError as e:
        sys.exit("Cannot reach PostgreSQL at %s: %s" % (url.render_as_string(hide_password=True), str(e.orig).strip()))
    finally:
        admin.dispose()
    _schemas.append(schema)
    engine = create_engine(url, connect_args={"options": "-c search_path=%s" % schema, "cursor_factory": WireCursor})
    _engines.append(engine)
    return engine


# ---------------------------------------------------------------------------------------------------------------
# The shared tables (common-model's schema) and the canonical data (DESIGN.md, section 5)

Base = declarative_base()

student_courses = Table(
    "student_courses",
    Base.metadata,
    Column("student_id", ForeignKey("students.id", ondelete="CASCADE"), primary_key=True),
    Column("course_id", ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True),
)


class Student(Base):
    __tablename__ = "students"
    id = Column(Integer, primary_key=True)  # the tutorial's key: autoincrement (SQLite rowid, PostgreSQL SERIAL)
    name = Column(String(100), nullable=False)
    age = Column(Integer, nullable=False)
    grade = Column(String(2), nullable=False)
    courses = relationship("Course", secondary=student_courses, back_populates="students")

    def __repr__(self):
        return "Student(%s, %s, %s, %s)" % (self.id, self.name, self.age, self.grade)


class Course(Base):
    __tablename__ = "courses"
    id = Column(Integer, primary_key=True)
    course_name = Column(String(100), nullable=False, unique=True)
    students = relationship("Student", secondary=student_courses, back_populates="courses")


# The CHECK lives in the table (as in the Java schema), not in the mapping.
Student.__table__.append_constraint(sqlalchemy.CheckConstraint("age >= 0", name="students_age_not_negative"))

COURSES = ["Mathematics", "Physics", "Chemistry", "History", "Art"]
STUDENTS = [
    ("Alice", 22, "A", ["Mathematics", "Physics"]),
    ("Bob", 21, "B", ["Mathematics"]),
    ("Carol", 23, "A", ["Physics", "Chemistry", "History"]),
    ("Dave", 20, "C", []),
    ("Eve", 24, "A", ["Mathematics", "History"]),
]


def load_canonical(engine):
    """Courses, then students, in the documented order (ids 1..5 each), then who takes what."""
    with engine.begin() as conn:
        for name in COURSES:
            conn.execute(insert(Course.__table__).values(course_name=name))
        for name, age, grade, _ in STUDENTS:
            conn.execute(insert(Student.__table__).values(name=name, age=age, grade=grade))
        pairs = [
            {"student_id": s + 1, "course_id": COURSES.index(c) + 1}
            for s, (_, _, _, taken) in enumerate(STUDENTS)
            for c in taken
        ]
        conn.execute(insert(student_courses), pairs)


def open_database(metadata=Base.metadata, canonical=True):
    """A fresh database with the tables of this metadata and, unless told otherwise, the canonical data."""
    engine = new_engine()
    metadata.create_all(engine)
    if canonical:
        load_canonical(engine)
    return engine, Recorder(engine)


# ---------------------------------------------------------------------------------------------------------------
# The statement counter

_WHITESPACE = re.compile(r"\s+")
_SELECT_LIST = re.compile(r"(?i)^select (.+?) from ")


def compact(sql):
    """One line; a long select list shortened to "…" (the Java kit's rule)."""
    line = _WHITESPACE.sub(" ", sql.strip())
    found = _SELECT_LIST.search(line)
    if len(line) > 120 and found and len(found.group(1)) > 20:
        line = line[: found.start(1)] + "…" + line[found.end(1):]
    return line


class Recording:
    def __init__(self):
        # [kind, text, rows, failed]: kind "sql", "event" (commit, rollback) or "note" (a program's own line)
        self.entries = []
        self.wire = []

    @property
    def statements(self):
        return [e for e in self.entries if e[0] == "sql"]

    @property
    def count(self):
        return len(self.statements)

    def describe(self, indent="  "):
        lines = []
        for kind, line, rows, failed in self.entries:
            if kind == "sql":
                line = compact(line) + ("  [executemany of %d]" % rows if rows is not None else "")
                line += "  [failed]" if failed else ""
            lines.append(indent + line)
        return "\n".join(lines) if lines else indent + "(nothing)"


class Recorder:
    """Sees every statement the engine hands to the driver (before_cursor_execute), an executemany once, as JDBC
    counts a batch once; and the commits and rollbacks of its connections."""

    def __init__(self, engine):
        self.engine = engine
        self.current = None
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "handle_error", self._failed)
        event.listen(engine, "commit", lambda conn: self._add("event", "commit"))
        event.listen(engine, "rollback", lambda conn: self._add("event", "rollback"))

    def _add(self, kind, line, rows=None):
        if self.current is not None:
            self.current.entries.append([kind, line, rows, False])

    def _statement(self, conn, cursor, statement, parameters, context, executemany):
        self._add("sql", statement, len(parameters) if executemany else None)

    def _failed(self, context):
        if self.current is not None and self.current.entries and self.current.entries[-1][0] == "sql":
            self.current.entries[-1][3] = True

    def note(self, line):
        """A line of the program's own (an event hook that ran, say) in the order of the statements."""
        self._add("note", line)

    @contextmanager
    def record(self):
        recording = Recording()
        self.current = recording
        wire_before = len(WireCursor.sent) if POSTGRES else 0
        try:
            yield recording
        finally:
            self.current = None
            if POSTGRES:
                recording.wire = WireCursor.sent[wire_before:]


def statements(n):
    return "%d statement%s" % (n, "" if n == 1 else "s")
