"""Pure cache decisions: (request, team policy, now) -> frozen decision objects.

Nothing in this package does I/O, reads a clock or imports `proxy`.
"""
