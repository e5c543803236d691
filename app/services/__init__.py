"""Use cases. Each opens one session, works in one transaction, returns domain dataclasses.

Services never import PySide6.
"""
