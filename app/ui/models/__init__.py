"""Qt item models: lazy tables over the services, one shape (see STYLE.md)."""
