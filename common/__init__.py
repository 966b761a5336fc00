"""Small mechanisms every app may use (the lowest layer; no models, no business rules).

Each module is one reusable mechanism that several apps need and none owns: nothing here knows
about learners, courses or certificates. See docs/architecture.md ("common").
"""
