"""ReportLab forms. Each takes a domain dataclass and writes a PDF; none touches the database."""
