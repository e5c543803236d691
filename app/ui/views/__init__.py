"""Views: widgets and layout only. Behaviour lives in the dialog or page subclassing them."""
