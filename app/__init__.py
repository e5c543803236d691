"""SalesDesk 售楼接待台: the reception desk of a real-estate sales office."""

__version__ = "0.1.0"
