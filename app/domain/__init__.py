"""Plain-Python domain: enums, dataclasses, pure rules, validation, errors. No Qt, no SQLAlchemy."""
